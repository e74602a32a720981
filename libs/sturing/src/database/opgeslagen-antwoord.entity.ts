import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A report that reads every toewijzing of a gemeente (signalen, per wijk or sociaal team), as computed at the
 * gemeente's versie: served again while the versie stands (antwoorden/opgeslagen-antwoorden.service.ts).
 */
@Entity({ name: 'sturing_opgeslagen_antwoord', schema: 'keten' })
export class OpgeslagenAntwoordEntity {
  @PrimaryColumn({ name: 'gemeente_id', type: 'uuid', primaryKeyConstraintName: 'sturing_opgeslagen_antwoord_pk' })
  gemeenteId: string;

  /** The report with the form of its answer, and its parameters, e.g. `signalen:2|2026-12-05|3`. */
  @PrimaryColumn({ type: 'varchar', length: 200, primaryKeyConstraintName: 'sturing_opgeslagen_antwoord_pk' })
  sleutel: string;

  @Column({ type: 'bigint' })
  versie: string;

  @Column({ type: 'jsonb' })
  antwoord: unknown;

  @Column({ name: 'berekend_op', type: 'timestamptz', default: () => 'now()' })
  berekendOp: Date;
}
