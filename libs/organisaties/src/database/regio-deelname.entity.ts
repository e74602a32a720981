import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Domein } from '#keten/domain';
import type { OrganisatieEntity } from './organisatie.entity.js';

/** A gemeente's membership of a regio, per domein and over time (herindeling, leaving a region). */
@Entity({ name: 'regio_deelname', schema: 'keten' })
@Check('regio_deelname_periode', `"einddatum" IS NULL OR "einddatum" >= "ingangsdatum"`)
@Exclusion(
  'regio_deelname_geen_overlap',
  `USING gist ("regio_id" WITH =, "gemeente_id" WITH =, "domein" WITH =, daterange("ingangsdatum", "einddatum", '[]') WITH &&)`,
)
@Index('regio_deelname_gemeente', ['gemeenteId'])
export class RegioDeelnameEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'regio_id', type: 'uuid' })
  regioId: string;

  @ManyToOne('OrganisatieEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'regio_id', foreignKeyConstraintName: 'regio_deelname_regio_fk' })
  regio?: OrganisatieEntity;

  @Column({ name: 'gemeente_id', type: 'uuid' })
  gemeenteId: string;

  @ManyToOne('OrganisatieEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'gemeente_id', foreignKeyConstraintName: 'regio_deelname_gemeente_fk' })
  gemeente?: OrganisatieEntity;

  @Column({ type: 'enum', enum: Object.values(Domein), enumName: 'domein' })
  domein: Domein;

  @Column({ type: 'date' })
  ingangsdatum: string;

  @Column({ type: 'date', nullable: true })
  einddatum: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
