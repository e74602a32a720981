import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { centenTransformer } from '#keten/platform';
import type { BudgetEntity } from './budget.entity.js';

export enum TermijnStatus {
  Gepland = 'gepland',
  /** Due: the vervaldatum has come. */
  Betaalbaar = 'betaalbaar',
  Betaald = 'betaald',
}

/** A payable instalment of a lumpsum budget or subsidy, with its due date (termijnschema). */
@Entity({ name: 'termijn', schema: 'keten' })
@Check('termijn_periode', `"periode_einddatum" >= "periode_begindatum"`)
@Check('termijn_bedrag', `"bedrag_centen" >= 0`)
@Check('termijn_betaald', `("status" = 'betaald') = ("betaald_op" IS NOT NULL)`)
@Index('termijn_periode_uniek', ['budgetId', 'periodeBegindatum'], { unique: true })
@Index('termijn_te_betalen', ['status', 'vervaldatum'])
@Index('termijn_raamovereenkomst', ['raamovereenkomstId'])
export class TermijnEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'budget_id', type: 'uuid' })
  budgetId: string;

  @ManyToOne('BudgetEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'budget_id', foreignKeyConstraintName: 'termijn_budget_fk' })
  budget?: BudgetEntity;

  @Column({ name: 'raamovereenkomst_id', type: 'uuid' })
  raamovereenkomstId: string;

  @Column({ type: 'int' })
  volgnummer: number;

  @Column({ name: 'periode_begindatum', type: 'date' })
  periodeBegindatum: string;

  @Column({ name: 'periode_einddatum', type: 'date' })
  periodeEinddatum: string;

  @Column({ type: 'date' })
  vervaldatum: string;

  @Column({ name: 'bedrag_centen', type: 'bigint', transformer: centenTransformer })
  bedragCenten: number;

  @Column({
    type: 'enum',
    enum: Object.values(TermijnStatus),
    enumName: 'termijn_status',
    default: TermijnStatus.Gepland,
  })
  status: TermijnStatus;

  @Column({ name: 'betaald_op', type: 'date', nullable: true })
  betaaldOp: string | null;

  /** Held: not paid until the verantwoording over the period starting on this date is accepted. */
  @Column({ name: 'wacht_op_verantwoording', type: 'date', nullable: true })
  wachtOpVerantwoording: string | null;

  @Column({ name: 'vasthoudreden', type: 'text', nullable: true })
  vasthoudreden: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
