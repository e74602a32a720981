import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { centenTransformer } from '#keten/platform';

/**
 * One approved prestatie (signed: a credit is negative) or one termijn in a betaalbatch. The unique indexes are the
 * guarantee that nothing is paid twice: a second batch, even one made at the same moment, cannot claim it
 * (sturing-en-schaal.md 1). A rejected batch releases its posts.
 */
@Entity({ name: 'betaalbatch_post', schema: 'keten' })
@Index('betaalbatch_post_prestatie_uniek', ['declaratieId', 'volgnummer'], { unique: true })
@Index('betaalbatch_post_termijn_uniek', ['termijnId'], { unique: true })
@Index('betaalbatch_post_batch', ['betaalbatchId', 'aanbiederId'])
@Check(
  'betaalbatch_post_soort',
  `("soort" = 'prestatie' AND "declaratie_id" IS NOT NULL AND "volgnummer" IS NOT NULL AND "termijn_id" IS NULL) OR ("soort" = 'termijn' AND "termijn_id" IS NOT NULL AND "declaratie_id" IS NULL AND "volgnummer" IS NULL)`,
)
export class BetaalbatchPostEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'betaalbatch_post_pk' })
  id: string;

  @Column({ name: 'betaalbatch_id', type: 'uuid' })
  betaalbatchId: string;

  @ManyToOne('BetaalbatchEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'betaalbatch_id', foreignKeyConstraintName: 'betaalbatch_post_betaalbatch_fk' })
  betaalbatch?: unknown;

  @Column({ name: 'aanbieder_id', type: 'uuid' })
  aanbiederId: string;

  @Column({ type: 'varchar', length: 10 })
  soort: 'prestatie' | 'termijn';

  @Column({ name: 'declaratie_id', type: 'uuid', nullable: true })
  declaratieId: string | null;

  @Column({ type: 'integer', nullable: true })
  volgnummer: number | null;

  @Column({ name: 'termijn_id', type: 'uuid', nullable: true })
  termijnId: string | null;

  @ManyToOne('TermijnEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'termijn_id', foreignKeyConstraintName: 'betaalbatch_post_termijn_fk' })
  termijn?: unknown;

  @Column({ name: 'bedrag_centen', type: 'bigint', transformer: centenTransformer })
  bedragCenten: number;
}
