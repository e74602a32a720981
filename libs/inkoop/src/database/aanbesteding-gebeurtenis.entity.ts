import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ActieType, AanbestedingStatus, type Aanbesteding } from '#keten/domain';
import type { AanbestedingEntity } from './aanbesteding.entity.js';
import { toestandTransformer } from './toestand-json.util.js';

/**
 * Append-only history of an aanbesteding: who did what, on which (domain) date and at which moment. A trigger in the
 * migration refuses UPDATE and DELETE, so the history can only grow.
 */
@Entity({ name: 'aanbesteding_gebeurtenis', schema: 'keten' })
@Index('aanbesteding_gebeurtenis_volgnummer_uniek', ['aanbestedingId', 'volgnummer'], { unique: true })
export class AanbestedingGebeurtenisEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'aanbesteding_id', type: 'uuid' })
  aanbestedingId: string;

  @ManyToOne('AanbestedingEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'aanbesteding_id', foreignKeyConstraintName: 'aanbesteding_gebeurtenis_aanbesteding_fk' })
  aanbesteding?: AanbestedingEntity;

  /** 1, 2, 3 ... per aanbesteding; equals the aanbesteding's versie after the event. */
  @Column({ type: 'integer' })
  volgnummer: number;

  /** null for the registration itself (before any domain action). */
  @Column({ type: 'enum', enum: Object.values(ActieType), enumName: 'aanbesteding_actie', nullable: true })
  actie: ActieType | null;

  /** The date the domain rules were applied on (termijnen, standstill). */
  @Column({ type: 'date' })
  datum: string;

  @Column({ type: 'varchar', length: 64 })
  actor: string;

  @Column({ type: 'varchar', length: 20 })
  rol: string;

  @Column({
    name: 'status_voor',
    type: 'enum',
    enum: Object.values(AanbestedingStatus),
    enumName: 'aanbesteding_status',
    nullable: true,
  })
  statusVoor: AanbestedingStatus | null;

  @Column({ name: 'status_na', type: 'enum', enum: Object.values(AanbestedingStatus), enumName: 'aanbesteding_status' })
  statusNa: AanbestedingStatus;

  /** The action's data as received (scores, motivations, bids); internal, never shown to aanbieders. */
  @Column({ type: 'jsonb' })
  details: Record<string, unknown>;

  /** The domain state after the action: the versions the public OCDS release history is built from. */
  @Column({ name: 'toestand_na', type: 'jsonb', nullable: true, transformer: toestandTransformer })
  toestandNa: Aanbesteding | null;

  @CreateDateColumn({ name: 'moment', type: 'timestamptz' })
  moment: Date;
}
