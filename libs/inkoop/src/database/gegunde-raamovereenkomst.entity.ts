import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { OrganisatieEntity } from '#keten/organisaties';
import type { RaamovereenkomstEntity } from '#keten/contracten';
import type { AanbestedingEntity } from './aanbesteding.entity.js';

/**
 * The link from a gunning (or toelating) to the raamovereenkomst contracten registered for it. Written in the
 * transition's transaction with raamovereenkomst_id null; filled once contracten has registered it under the
 * deterministic nummer, so a retry finds the one contract instead of creating a second.
 */
@Entity({ name: 'gegunde_raamovereenkomst', schema: 'keten' })
@Index('gegunde_raamovereenkomst_voorstel_uniek', ['aanbestedingId', 'voorstelId'], { unique: true })
@Index('gegunde_raamovereenkomst_nummer_uniek', ['aanbestedingId', 'nummer'], { unique: true })
@Index('gegunde_raamovereenkomst_raamovereenkomst_uniek', ['raamovereenkomstId'], { unique: true })
export class GegundeRaamovereenkomstEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'aanbesteding_id', type: 'uuid' })
  aanbestedingId: string;

  @ManyToOne('AanbestedingEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'aanbesteding_id', foreignKeyConstraintName: 'gegunde_raamovereenkomst_aanbesteding_fk' })
  aanbesteding?: AanbestedingEntity;

  /** RaamovereenkomstVoorstel.id from the domain. */
  @Column({ name: 'voorstel_id', type: 'varchar', length: 60 })
  voorstelId: string;

  @Column({ name: 'aanbieder_id', type: 'uuid' })
  aanbiederId: string;

  @ManyToOne('OrganisatieEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'aanbieder_id', foreignKeyConstraintName: 'gegunde_raamovereenkomst_aanbieder_fk' })
  aanbieder?: OrganisatieEntity;

  /** The raamovereenkomst nummer: kenmerk + '-RO-nnn', unique per inkoper in contracten. */
  @Column({ type: 'varchar', length: 40 })
  nummer: string;

  @Column({ name: 'raamovereenkomst_id', type: 'uuid', nullable: true })
  raamovereenkomstId: string | null;

  @ManyToOne('RaamovereenkomstEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'raamovereenkomst_id', foreignKeyConstraintName: 'gegunde_raamovereenkomst_raamovereenkomst_fk' })
  raamovereenkomst?: RaamovereenkomstEntity;

  /** Why registering failed the last time (shown to the inkoopadviseur; retried on request). */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  fout: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
