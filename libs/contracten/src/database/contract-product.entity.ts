import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Uitvoeringsvariant } from '#keten/domain';
import type { RaamovereenkomstEntity } from './raamovereenkomst.entity.js';
import type { TariefEntity } from './tarief.entity.js';
import type { SegmentEntity } from './segment.entity.js';

/**
 * A product in a raamovereenkomst: categorie (WMO020/JZ020) + code (≤ 5 chars, the contract's productcodelijst) and
 * its uitvoeringsvariant (OP261). A code belongs to one categorie within a contract (TR381), hence unique per contract.
 */
@Entity({ name: 'contract_product', schema: 'keten' })
@Check('contract_product_code_formaat', `"productcode" ~ '^[A-Za-z0-9]{1,5}$'`)
@Check('contract_product_categorie_formaat', `"productcategorie" ~ '^[0-9]{2}$'`)
@Index('contract_product_code_uniek', ['raamovereenkomstId', 'productcode'], { unique: true })
export class ContractProductEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'raamovereenkomst_id', type: 'uuid' })
  raamovereenkomstId: string;

  @ManyToOne('RaamovereenkomstEntity', 'producten', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'raamovereenkomst_id', foreignKeyConstraintName: 'contract_product_raamovereenkomst_fk' })
  raamovereenkomst?: RaamovereenkomstEntity;

  @Column({ type: 'char', length: 2 })
  productcategorie: string;

  @Column({ type: 'varchar', length: 5 })
  productcode: string;

  @Column({ type: 'enum', enum: Object.values(Uitvoeringsvariant), enumName: 'uitvoeringsvariant' })
  uitvoeringsvariant: Uitvoeringsvariant;

  @Column({ type: 'varchar', length: 200 })
  omschrijving: string;

  @Column({ name: 'segment_id', type: 'uuid', nullable: true })
  segmentId: string | null;

  @ManyToOne('SegmentEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'segment_id', foreignKeyConstraintName: 'contract_product_segment_fk' })
  segment?: SegmentEntity;

  @OneToMany('TariefEntity', 'product', { cascade: ['insert'] })
  tarieven?: TariefEntity[];
}
