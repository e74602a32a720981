import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { OrganisatieEntity } from '#keten/organisaties';
import type { RaamovereenkomstEntity } from './raamovereenkomst.entity.js';

/**
 * A deelovereenkomst under a raamovereenkomst (the basisovereenkomst), for some of its gemeenten or for a
 * doelgroep, with its own tariffs (inkoop-en-contracten.md 4). Without gemeenten it applies to all of the
 * contract's gemeenten (a doelgroep is then told apart by its own productcodes).
 */
@Entity({ name: 'deelovereenkomst', schema: 'keten' })
@Check('deelovereenkomst_periode', `"einddatum" >= "ingangsdatum"`)
@Index('deelovereenkomst_naam_uniek', ['raamovereenkomstId', 'naam'], { unique: true })
export class DeelovereenkomstEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'raamovereenkomst_id', type: 'uuid' })
  raamovereenkomstId: string;

  @ManyToOne('RaamovereenkomstEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'raamovereenkomst_id', foreignKeyConstraintName: 'deelovereenkomst_raamovereenkomst_fk' })
  raamovereenkomst?: RaamovereenkomstEntity;

  @Column({ type: 'varchar', length: 200 })
  naam: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  doelgroep: string | null;

  @Column({ type: 'date' })
  ingangsdatum: string;

  @Column({ type: 'date' })
  einddatum: string;

  @ManyToMany('OrganisatieEntity')
  @JoinTable({
    name: 'deelovereenkomst_gemeente',
    schema: 'keten',
    joinColumn: {
      name: 'deelovereenkomst_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'deelovereenkomst_gemeente_deelovereenkomst_fk',
    },
    inverseJoinColumn: {
      name: 'gemeente_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'deelovereenkomst_gemeente_gemeente_fk',
    },
  })
  gemeenten?: OrganisatieEntity[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
