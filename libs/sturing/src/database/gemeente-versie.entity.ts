import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A counter per gemeente, raised in the same transaction as every change to its sturing figures (realisatie,
 * verplichtingen, termijnen, begroting, wijken, instellingen): a stored answer of an older count is out of date.
 */
@Entity({ name: 'sturing_gemeente_versie', schema: 'keten' })
export class GemeenteVersieEntity {
  @PrimaryColumn({ name: 'gemeente_id', type: 'uuid', primaryKeyConstraintName: 'sturing_gemeente_versie_pk' })
  gemeenteId: string;

  @Column({ type: 'bigint' })
  versie: string;

  /** When it was last raised: answers are prepared ahead once a gemeente's figures have been quiet a while. */
  @Column({ name: 'gewijzigd_op', type: 'timestamptz', default: () => 'now()' })
  gewijzigdOp: Date;
}
