import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { centenTransformer } from '#keten/platform';

export enum BetaalbatchStatus {
  Concept = 'concept',
  Goedgekeurd = 'goedgekeurd',
  Afgewezen = 'afgewezen',
  Betaald = 'betaald',
}

/**
 * A payment run of an inkopende organisatie (sturing-en-schaal.md 1): made by one user, approved by another (the
 * database refuses the maker as approver), immutable once approved, exported as SEPA pain.001.001.09.
 */
@Entity({ name: 'betaalbatch', schema: 'keten' })
@Index('betaalbatch_nummer_uniek', ['nummer'], { unique: true })
@Index('betaalbatch_inkoper', ['inkoperId', 'createdAt'])
@Check('betaalbatch_vier_ogen', `"goedgekeurd_door" IS NULL OR "goedgekeurd_door" <> "aangemaakt_door"`)
@Check('betaalbatch_goedgekeurd', `("status" IN ('goedgekeurd', 'betaald')) = ("goedgekeurd_door" IS NOT NULL)`)
@Check('betaalbatch_betaald', `("status" = 'betaald') = ("betaald_op" IS NOT NULL)`)
@Check('betaalbatch_status', `"status" IN ('concept', 'goedgekeurd', 'afgewezen', 'betaald')`)
export class BetaalbatchEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'betaalbatch_pk' })
  id: string;

  /** MsgId and PmtInfId of the pain.001 (Max35Text). */
  @Column({ type: 'varchar', length: 35 })
  nummer: string;

  @Column({ name: 'inkoper_id', type: 'uuid' })
  inkoperId: string;

  @ManyToOne('OrganisatieEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'inkoper_id', foreignKeyConstraintName: 'betaalbatch_inkoper_fk' })
  inkoper?: unknown;

  /** Declaraties beoordeeld and termijnen due up to and including this day. */
  @Column({ type: 'date' })
  tot: string;

  @Column({ type: 'date' })
  uitvoeringsdatum: string;

  @Column({ type: 'varchar', length: 12 })
  status: BetaalbatchStatus;

  @Column({ name: 'totaal_centen', type: 'bigint', transformer: centenTransformer })
  totaalCenten: number;

  @Column({ name: 'aangemaakt_door', type: 'varchar', length: 60 })
  aangemaaktDoor: string;

  @Column({ name: 'goedgekeurd_door', type: 'varchar', length: 60, nullable: true })
  goedgekeurdDoor: string | null;

  @Column({ name: 'goedgekeurd_op', type: 'timestamptz', nullable: true })
  goedgekeurdOp: Date | null;

  @Column({ name: 'betaald_op', type: 'date', nullable: true })
  betaaldOp: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
