import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Eenheid, type Kostenopbouw } from '#keten/domain';
import { centenTransformer } from '#keten/platform';
import type { ContractProductEntity } from './contract-product.entity.js';

export enum PrijsnormSoort {
  ReelePrijs = 'reelePrijs',
  VastePrijs = 'vastePrijs',
}

/**
 * The price the college set for a product (Wmo 2015 art. 2.6.6, Uitvoeringsbesluit art. 5.4): a reële prijs is a
 * floor under every tariff of the product, a vaste prijs the only allowed tariff. Kept with its build-up.
 */
@Entity({ name: 'prijsnorm', schema: 'keten' })
@Check('prijsnorm_periode', `"einddatum" IS NULL OR "einddatum" >= "ingangsdatum"`)
@Check('prijsnorm_bedrag', `"bedrag_centen" >= 0`)
@Exclusion(
  'prijsnorm_geen_overlap',
  `USING gist ("contract_product_id" WITH =, "eenheid" WITH =, daterange("ingangsdatum", "einddatum", '[]') WITH &&)`,
)
export class PrijsnormEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'contract_product_id', type: 'uuid' })
  contractProductId: string;

  @ManyToOne('ContractProductEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contract_product_id', foreignKeyConstraintName: 'prijsnorm_contract_product_fk' })
  product?: ContractProductEntity;

  @Column({ type: 'enum', enum: Object.values(Eenheid), enumName: 'eenheid' })
  eenheid: Eenheid;

  @Column({ type: 'enum', enum: Object.values(PrijsnormSoort), enumName: 'prijsnorm_soort' })
  soort: PrijsnormSoort;

  @Column({ name: 'bedrag_centen', type: 'bigint', transformer: centenTransformer })
  bedragCenten: number;

  @Column({ type: 'jsonb', nullable: true })
  kostenopbouw: Kostenopbouw | null;

  @Column({ type: 'date' })
  ingangsdatum: string;

  @Column({ type: 'date', nullable: true })
  einddatum: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
