import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who changed what, when (architecture.md 4): one row per change or per read of client-level data. */
@Entity({ name: 'audit_log', schema: 'keten' })
@Index('audit_log_entiteit', ['entiteit', 'entiteitId'])
@Index('audit_log_organisatie_moment', ['organisatieId', 'moment'])
@Index('audit_log_moment', ['moment'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @CreateDateColumn({ name: 'moment', type: 'timestamptz' })
  moment: Date;

  /** gebruiker id, `token:<id>`, or 'bootstrap' / 'systeem'. */
  @Column({ type: 'varchar', length: 64 })
  actor: string;

  @Column({ type: 'varchar', length: 40 })
  rol: string;

  /** The organisatie the actor acted for: its functioneel-beheerder reads the organisatie's own trail. */
  @Column({ name: 'organisatie_id', type: 'uuid', nullable: true })
  organisatieId: string | null;

  @Column({ type: 'varchar', length: 80 })
  actie: string;

  @Column({ type: 'varchar', length: 80 })
  entiteit: string;

  @Column({ name: 'entiteit_id', type: 'varchar', length: 64 })
  entiteitId: string;

  @Column({ type: 'jsonb' })
  details: Record<string, unknown>;
}
