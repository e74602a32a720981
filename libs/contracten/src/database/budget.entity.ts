import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Betaalafspraak, Verantwoordingsafspraak } from '#keten/domain';
import { centenTransformer } from '#keten/platform';
import type { RaamovereenkomstEntity } from './raamovereenkomst.entity.js';
import type { ContractProductEntity } from './contract-product.entity.js';
import { TariefBron } from './tarief.entity.js';

export enum BudgetSoort {
  /** Lumpsum for a task, area or population (uitvoeringsvariant taakgericht). */
  Taakgericht = 'taakgericht',
  /** Grant for an algemene voorziening (Awb): budget, conditions, instalments, verantwoording. */
  Subsidie = 'subsidie',
}

/**
 * One version of a lumpsum budget or subsidy: an amount per kalenderjaar, valid from ingangsdatum through
 * einddatum (a partial year gets its share by days). Versions of one budget (reeks) never overlap; indexation
 * ends a version on 31 December and starts a new one on 1 January (contractstandaard art. 3.2).
 */
@Entity({ name: 'budget', schema: 'keten' })
@Check('budget_periode', `"einddatum" >= "ingangsdatum"`)
@Check('budget_bedrag', `"jaarbedrag_centen" > 0`)
@Check('budget_product_bij_taakgericht', `("soort" = 'taakgericht') = ("contract_product_id" IS NOT NULL)`)
@Exclusion(
  'budget_geen_overlap',
  `USING gist ("reeks_id" WITH =, daterange("ingangsdatum", "einddatum", '[]') WITH &&)`,
)
@Index('budget_raamovereenkomst', ['raamovereenkomstId'])
export class BudgetEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The same for every version of one budget. */
  @Column({ name: 'reeks_id', type: 'uuid' })
  reeksId: string;

  @Column({ name: 'raamovereenkomst_id', type: 'uuid' })
  raamovereenkomstId: string;

  @ManyToOne('RaamovereenkomstEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'raamovereenkomst_id', foreignKeyConstraintName: 'budget_raamovereenkomst_fk' })
  raamovereenkomst?: RaamovereenkomstEntity;

  @Column({ name: 'contract_product_id', type: 'uuid', nullable: true })
  contractProductId: string | null;

  @ManyToOne('ContractProductEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contract_product_id', foreignKeyConstraintName: 'budget_contract_product_fk' })
  product?: ContractProductEntity;

  @Column({ type: 'enum', enum: Object.values(BudgetSoort), enumName: 'budget_soort' })
  soort: BudgetSoort;

  @Column({ type: 'varchar', length: 200 })
  omschrijving: string;

  /** Taakgericht: the task, area or population covered. */
  @Column({ type: 'jsonb', nullable: true })
  opdracht: { soort: 'taak' | 'gebied' | 'populatie'; omschrijving: string } | null;

  /** Subsidie: the subsidievoorwaarden. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  voorwaarden: string[];

  @Column({ name: 'jaarbedrag_centen', type: 'bigint', transformer: centenTransformer })
  jaarbedragCenten: number;

  @Column({ type: 'date' })
  ingangsdatum: string;

  @Column({ type: 'date' })
  einddatum: string;

  @Column({ type: 'jsonb' })
  betaalafspraak: Betaalafspraak;

  @Column({ type: 'jsonb' })
  verantwoording: Verantwoordingsafspraak;

  @Column({ name: 'vorige_versie_id', type: 'uuid', nullable: true })
  vorigeVersieId: string | null;

  @ManyToOne('BudgetEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'vorige_versie_id', foreignKeyConstraintName: 'budget_vorige_versie_fk' })
  vorigeVersie?: BudgetEntity;

  @Column({ type: 'enum', enum: Object.values(TariefBron), enumName: 'tarief_bron', default: TariefBron.Registratie })
  bron: TariefBron;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
