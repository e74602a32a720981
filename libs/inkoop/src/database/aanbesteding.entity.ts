import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { AanbestedingStatus, Domein, ProcedureType, type Aanbesteding } from '#keten/domain';
import type { OrganisatieEntity } from '#keten/organisaties';
import { toestandTransformer } from './toestand-json.util.js';

/**
 * An aanbesteding: the columns hold what queries and access rules need; `toestand` holds the domain state exactly as
 * voerActieUit returns it (one document, so the state machine stays the single source of truth).
 */
@Entity({ name: 'aanbesteding', schema: 'keten' })
@Index('aanbesteding_kenmerk_uniek', ['inkoperId', 'kenmerk'], { unique: true })
@Check('aanbesteding_kenmerk_formaat', `"kenmerk" ~ '^[A-Za-z0-9._/-]{1,30}$'`)
@Check('aanbesteding_versie', `"versie" >= 1`)
export class AanbestedingEntity {
  /** Also the domain id (Aanbesteding.id) and the OCDS ocid suffix. */
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'inkoper_id', type: 'uuid' })
  inkoperId: string;

  @ManyToOne('OrganisatieEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'inkoper_id', foreignKeyConstraintName: 'aanbesteding_inkoper_fk' })
  inkoper?: OrganisatieEntity;

  /** The inkoper's own reference; with the inkoper the natural key. */
  @Column({ type: 'varchar', length: 30 })
  kenmerk: string;

  @Column({ type: 'varchar', length: 200 })
  naam: string;

  @Column({ name: 'procedure_type', type: 'enum', enum: Object.values(ProcedureType), enumName: 'procedure_type' })
  procedureType: ProcedureType;

  @Column({ type: 'enum', enum: Object.values(Domein), enumName: 'domein' })
  domein: Domein;

  @Column({ type: 'enum', enum: Object.values(AanbestedingStatus), enumName: 'aanbesteding_status' })
  status: AanbestedingStatus;

  @Column({ type: 'date', nullable: true })
  publicatiedatum: string | null;

  /** Onderhands: only the invited aanbieders see the procedure. Null when it is announced publicly. */
  @Column({ type: 'uuid', array: true, nullable: true })
  uitgenodigden: string[] | null;

  @Column({ name: 'deelnemende_gemeenten', type: 'uuid', array: true })
  deelnemendeGemeenten: string[];

  /** Raised by every transition; transitions also lock the row (SELECT ... FOR UPDATE). */
  @Column({ type: 'integer' })
  versie: number;

  @Column({ type: 'jsonb', transformer: toestandTransformer })
  toestand: Aanbesteding;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
