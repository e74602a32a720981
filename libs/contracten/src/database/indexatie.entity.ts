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
import type { IndexatieParameters } from '#keten/domain';
import type { RaamovereenkomstEntity } from './raamovereenkomst.entity.js';

export enum IndexatieStatus {
  /** Queued: the preview is being computed. */
  Berekenen = 'berekenen',
  /** The preview rows are ready for the inkoopadviseur. */
  Preview = 'preview',
  /** Queued: the new versions are being written. */
  Toepassen = 'toepassen',
  Toegepast = 'toegepast',
  Mislukt = 'mislukt',
}

/** A yearly indexation of a contract's tariffs and budgets (contractstandaard art. 3.2): preview, then apply. */
@Entity({ name: 'indexatie', schema: 'keten' })
@Index('indexatie_raamovereenkomst', ['raamovereenkomstId', 'jaar'])
export class IndexatieEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'raamovereenkomst_id', type: 'uuid' })
  raamovereenkomstId: string;

  @ManyToOne('RaamovereenkomstEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'raamovereenkomst_id', foreignKeyConstraintName: 'indexatie_raamovereenkomst_fk' })
  raamovereenkomst?: RaamovereenkomstEntity;

  @Column({ type: 'int' })
  jaar: number;

  @Column({ type: 'jsonb' })
  parameters: IndexatieParameters;

  /** The weighted percentage, exact decimal (e.g. '3.69'). */
  @Column({ type: 'varchar', length: 60, nullable: true })
  percentage: string | null;

  @Column({
    type: 'enum',
    enum: Object.values(IndexatieStatus),
    enumName: 'indexatie_status',
    default: IndexatieStatus.Berekenen,
  })
  status: IndexatieStatus;

  @Column({ type: 'text', nullable: true })
  fout: string | null;

  @Column({ name: 'aangevraagd_door', type: 'varchar', length: 64 })
  aangevraagdDoor: string;

  @Column({ name: 'toegepast_door', type: 'varchar', length: 64, nullable: true })
  toegepastDoor: string | null;

  @Column({ name: 'toegepast_op', type: 'timestamptz', nullable: true })
  toegepastOp: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
