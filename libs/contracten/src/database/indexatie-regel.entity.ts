import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { centenTransformer } from '#keten/platform';
import type { IndexatieEntity } from './indexatie.entity.js';

/** One old and new amount of an indexation preview: a tariff version or a budget version. */
@Entity({ name: 'indexatie_regel', schema: 'keten' })
@Check('indexatie_regel_een_bron', `("tarief_id" IS NULL) <> ("budget_id" IS NULL)`)
@Index('indexatie_regel_tarief_uniek', ['indexatieId', 'tariefId'], { unique: true })
@Index('indexatie_regel_budget_uniek', ['indexatieId', 'budgetId'], { unique: true })
export class IndexatieRegelEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'indexatie_id', type: 'uuid' })
  indexatieId: string;

  @ManyToOne('IndexatieEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indexatie_id', foreignKeyConstraintName: 'indexatie_regel_indexatie_fk' })
  indexatie?: IndexatieEntity;

  @Column({ name: 'tarief_id', type: 'uuid', nullable: true })
  tariefId: string | null;

  @ManyToOne('TariefEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tarief_id', foreignKeyConstraintName: 'indexatie_regel_tarief_fk' })
  tarief?: unknown;

  @Column({ name: 'budget_id', type: 'uuid', nullable: true })
  budgetId: string | null;

  @ManyToOne('BudgetEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'budget_id', foreignKeyConstraintName: 'indexatie_regel_budget_fk' })
  budget?: unknown;

  /** "02/02A01 eenheid 04 (basis)" for the preview screen. */
  @Column({ type: 'varchar', length: 300 })
  omschrijving: string;

  @Column({ name: 'oud_centen', type: 'bigint', transformer: centenTransformer })
  oudCenten: number;

  @Column({ name: 'nieuw_centen', type: 'bigint', transformer: centenTransformer })
  nieuwCenten: number;

  @Column({ type: 'date' })
  ingangsdatum: string;

  /** Set when applied: the new version. */
  @Column({ name: 'nieuwe_versie_id', type: 'uuid', nullable: true })
  nieuweVersieId: string | null;
}
