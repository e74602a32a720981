import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { BudgetEntity } from './budget.entity.js';

export enum VerantwoordingStatus {
  Ingediend = 'ingediend',
  /** The inkoopadviseur asked for more; the aanbieder submits again. */
  AanvullingGevraagd = 'aanvulling_gevraagd',
  Geaccepteerd = 'geaccepteerd',
}

/** A realised outcome indicator of a verantwoording. */
export interface Indicatorwaarde {
  code: string;
  waarde: string;
  toelichting?: string;
}

/**
 * The aanbieder's verantwoording over one period of a taakgericht budget or subsidy: the agreed outcome indicators
 * (inkoop-en-contracten.md 4–5). One per budget and period; a new submission after "aanvulling gevraagd" replaces it.
 */
@Entity({ name: 'verantwoording', schema: 'keten' })
@Index('verantwoording_periode_uniek', ['budgetId', 'periodeBegindatum'], { unique: true })
@Index('verantwoording_raamovereenkomst', ['raamovereenkomstId'])
export class VerantwoordingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'budget_id', type: 'uuid' })
  budgetId: string;

  @ManyToOne('BudgetEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'budget_id', foreignKeyConstraintName: 'verantwoording_budget_fk' })
  budget?: BudgetEntity;

  @Column({ name: 'raamovereenkomst_id', type: 'uuid' })
  raamovereenkomstId: string;

  @Column({ name: 'periode_begindatum', type: 'date' })
  periodeBegindatum: string;

  @Column({ name: 'periode_einddatum', type: 'date' })
  periodeEinddatum: string;

  @Column({ type: 'jsonb' })
  indicatoren: Indicatorwaarde[];

  @Column({ type: 'text', nullable: true })
  toelichting: string | null;

  @Column({
    type: 'enum',
    enum: Object.values(VerantwoordingStatus),
    enumName: 'verantwoording_status',
    default: VerantwoordingStatus.Ingediend,
  })
  status: VerantwoordingStatus;

  @Column({ name: 'ingediend_op', type: 'date' })
  ingediendOp: string;

  @Column({ name: 'ingediend_door', type: 'varchar', length: 64 })
  ingediendDoor: string;

  @Column({ name: 'beoordeeld_op', type: 'date', nullable: true })
  beoordeeldOp: string | null;

  @Column({ name: 'beoordeeld_door', type: 'varchar', length: 64, nullable: true })
  beoordeeldDoor: string | null;

  /** What the inkoopadviseur asks for, or why it was accepted. */
  @Column({ name: 'beoordeling_toelichting', type: 'text', nullable: true })
  beoordelingToelichting: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
