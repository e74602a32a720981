import { Check, Column, CreateDateColumn, Entity, Exclusion, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Eenheid } from '#keten/domain';
import { centenTransformer } from '#keten/platform';
import type { ContractProductEntity } from './contract-product.entity.js';

/**
 * A tariff version for a product and eenheid (WJ756), in integer cents, valid from ingangsdatum through einddatum.
 * History is kept: a change is a new version, and versions of one product and eenheid never overlap.
 */
@Entity({ name: 'tarief', schema: 'keten' })
@Check('tarief_periode', `"einddatum" IS NULL OR "einddatum" >= "ingangsdatum"`)
@Check('tarief_bedrag', `"bedrag_centen" >= 0`)
@Exclusion(
  'tarief_geen_overlap',
  `USING gist ("contract_product_id" WITH =, "eenheid" WITH =, daterange("ingangsdatum", "einddatum", '[]') WITH &&)`,
)
export class TariefEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'contract_product_id', type: 'uuid' })
  contractProductId: string;

  @ManyToOne('ContractProductEntity', 'tarieven', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contract_product_id', foreignKeyConstraintName: 'tarief_contract_product_fk' })
  product?: ContractProductEntity;

  @Column({ type: 'enum', enum: Object.values(Eenheid), enumName: 'eenheid' })
  eenheid: Eenheid;

  @Column({ name: 'bedrag_centen', type: 'bigint', transformer: centenTransformer })
  bedragCenten: number;

  @Column({ type: 'date' })
  ingangsdatum: string;

  @Column({ type: 'date', nullable: true })
  einddatum: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
