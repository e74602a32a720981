import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { OrganisatieEntity } from '#keten/organisaties';
import type { RaamovereenkomstEntity } from './raamovereenkomst.entity.js';

/** An onderaannemer hired by the contract's aanbieder as hoofdaannemer (responsible for the whole traject). */
@Entity({ name: 'onderaannemer', schema: 'keten' })
@Check('onderaannemer_periode', `"einddatum" IS NULL OR "einddatum" >= "ingangsdatum"`)
@Exclusion(
  'onderaannemer_geen_overlap',
  `USING gist ("raamovereenkomst_id" WITH =, "aanbieder_id" WITH =, daterange("ingangsdatum", "einddatum", '[]') WITH &&)`,
)
export class OnderaannemerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'raamovereenkomst_id', type: 'uuid' })
  raamovereenkomstId: string;

  @ManyToOne('RaamovereenkomstEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'raamovereenkomst_id', foreignKeyConstraintName: 'onderaannemer_raamovereenkomst_fk' })
  raamovereenkomst?: RaamovereenkomstEntity;

  @Column({ name: 'aanbieder_id', type: 'uuid' })
  aanbiederId: string;

  @ManyToOne('OrganisatieEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'aanbieder_id', foreignKeyConstraintName: 'onderaannemer_aanbieder_fk' })
  aanbieder?: OrganisatieEntity;

  @Column({ type: 'date' })
  ingangsdatum: string;

  @Column({ type: 'date', nullable: true })
  einddatum: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
