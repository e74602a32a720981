import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { centenTransformer } from '#keten/platform';

/** One credit transfer of a betaalbatch: the net amount for one aanbieder, to its IBAN, with its trace. */
@Entity({ name: 'betaalbatch_regel', schema: 'keten' })
@Check('betaalbatch_regel_bedrag', `"bedrag_centen" > 0`)
export class BetaalbatchRegelEntity {
  @PrimaryColumn({ name: 'betaalbatch_id', type: 'uuid', primaryKeyConstraintName: 'betaalbatch_regel_pk' })
  betaalbatchId: string;

  @ManyToOne('BetaalbatchEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'betaalbatch_id', foreignKeyConstraintName: 'betaalbatch_regel_betaalbatch_fk' })
  betaalbatch?: unknown;

  @PrimaryColumn({ name: 'aanbieder_id', type: 'uuid', primaryKeyConstraintName: 'betaalbatch_regel_pk' })
  aanbiederId: string;

  @Column({ type: 'varchar', length: 200 })
  naam: string;

  @Column({ type: 'varchar', length: 34 })
  iban: string;

  @Column({ name: 'bedrag_centen', type: 'bigint', transformer: centenTransformer })
  bedragCenten: number;

  /** EndToEndId: unique per regel; the API lists the declaraties and termijnen behind it. */
  @Column({ type: 'varchar', length: 35 })
  kenmerk: string;

  /** Unstructured remittance information (≤ 140): the kenmerk and the DeclaratieNummers. */
  @Column({ type: 'varchar', length: 140 })
  omschrijving: string;
}
