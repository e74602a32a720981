import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Jobs staged in the same transaction as the data they refer to, and published to BullMQ after commit
 * (conventions.md 7). A row that outlives a crash is published by the relay; the deterministic job id makes a
 * second publish a no-op.
 */
@Entity({ name: 'job_outbox', schema: 'keten' })
@Index('job_outbox_job_uniek', ['queue', 'jobId'], { unique: true })
export class JobOutboxEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 60 })
  queue: string;

  @Column({ name: 'job_naam', type: 'varchar', length: 80 })
  jobNaam: string;

  @Column({ name: 'job_id', type: 'varchar', length: 200 })
  jobId: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  /** Claimed by a relay until then (a lease): publishing runs outside any transaction, see JobOutboxService.publiceer. */
  @Column({ name: 'geclaimd_tot', type: 'timestamptz', nullable: true })
  geclaimdTot: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
