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
import { Eenheid, type Kostenopbouw } from '#keten/domain';
import { centenTransformer } from '#keten/platform';
import type { ContractProductEntity } from './contract-product.entity.js';
import type { DeelovereenkomstEntity } from './deelovereenkomst.entity.js';

/** How a tariff version came about (audit trail next to the audit log). */
export enum TariefBron {
  Registratie = 'registratie',
  Wijziging = 'wijziging',
  Tariefblad = 'tariefblad',
  Indexatie = 'indexatie',
  Toetreding = 'toetreding',
}

/**
 * A tariff version for a product and eenheid (WJ756), in integer cents, valid from ingangsdatum through einddatum.
 * History is kept: a change is a new version, and versions of one product, eenheid and scope (the
 * basisovereenkomst, or one deelovereenkomst) never overlap. A tariff may carry its cost build-up (art. 5.4
 * Uitvoeringsbesluit Wmo 2015); the tariff then equals the reële prijs computed from it, kept for audit.
 * A version is never edited: a correction supersedes it (vervangenOp set, kept for audit) with a new version; only
 * the einddatum of a version is closed when a successor starts (a new tariff or an indexation from 1 January).
 */
@Entity({ name: 'tarief', schema: 'keten' })
@Check('tarief_periode', `"einddatum" IS NULL OR "einddatum" >= "ingangsdatum"`)
@Check('tarief_bedrag', `"bedrag_centen" >= 0`)
@Check('tarief_reele_prijs', `"reele_prijs_centen" IS NULL OR "kostenopbouw" IS NOT NULL`)
@Exclusion(
  'tarief_geen_overlap',
  `USING gist ("contract_product_id" WITH =, "eenheid" WITH =, COALESCE("deelovereenkomst_id", '00000000-0000-0000-0000-000000000000'::uuid) WITH =, daterange("ingangsdatum", "einddatum", '[]') WITH &&) WHERE ("vervangen_op" IS NULL)`,
)
@Index('tarief_deelovereenkomst', ['deelovereenkomstId'])
export class TariefEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'contract_product_id', type: 'uuid' })
  contractProductId: string;

  @ManyToOne('ContractProductEntity', 'tarieven', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contract_product_id', foreignKeyConstraintName: 'tarief_contract_product_fk' })
  product?: ContractProductEntity;

  /** null: the tariff of the basisovereenkomst; else the tariff of this deelovereenkomst, which takes precedence. */
  @Column({ name: 'deelovereenkomst_id', type: 'uuid', nullable: true })
  deelovereenkomstId: string | null;

  @ManyToOne('DeelovereenkomstEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deelovereenkomst_id', foreignKeyConstraintName: 'tarief_deelovereenkomst_fk' })
  deelovereenkomst?: DeelovereenkomstEntity;

  @Column({ type: 'enum', enum: Object.values(Eenheid), enumName: 'eenheid' })
  eenheid: Eenheid;

  @Column({ name: 'bedrag_centen', type: 'bigint', transformer: centenTransformer })
  bedragCenten: number;

  @Column({ type: 'date' })
  ingangsdatum: string;

  @Column({ type: 'date', nullable: true })
  einddatum: string | null;

  @Column({ type: 'jsonb', nullable: true })
  kostenopbouw: Kostenopbouw | null;

  /** The reële prijs computed from kostenopbouw (berekenReelePrijs: rounded once, half away from zero). */
  @Column({ name: 'reele_prijs_centen', type: 'bigint', nullable: true, transformer: centenTransformer })
  reelePrijsCenten: number | null;

  /** The version this one follows (indexation, a change, an upload), for the audit trail. */
  @Column({ name: 'vorige_versie_id', type: 'uuid', nullable: true })
  vorigeVersieId: string | null;

  @ManyToOne('TariefEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'vorige_versie_id', foreignKeyConstraintName: 'tarief_vorige_versie_fk' })
  vorigeVersie?: TariefEntity;

  @Column({ type: 'enum', enum: Object.values(TariefBron), enumName: 'tarief_bron', default: TariefBron.Registratie })
  bron: TariefBron;

  /** Set when a correction replaced this version: it is no longer in force but kept for audit. */
  @Column({ name: 'vervangen_op', type: 'timestamptz', nullable: true })
  vervangenOp: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
