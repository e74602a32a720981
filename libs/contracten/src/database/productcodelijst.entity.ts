import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { RaamovereenkomstEntity } from './raamovereenkomst.entity.js';
import type { ContractProductEntity } from './contract-product.entity.js';

/**
 * A version of a contract's productcodelijst (a gemeente or regio may use its own codes): the codes in force from
 * ingangsdatum until the next version. A code keeps its one categorie across versions (TR381), because every
 * version refers to the contract's products, whose code is unique per contract.
 */
@Entity({ name: 'productcodelijst', schema: 'keten' })
@Index('productcodelijst_versie_uniek', ['raamovereenkomstId', 'versie'], { unique: true })
@Index('productcodelijst_ingangsdatum_uniek', ['raamovereenkomstId', 'ingangsdatum'], { unique: true })
export class ProductcodelijstEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'raamovereenkomst_id', type: 'uuid' })
  raamovereenkomstId: string;

  @ManyToOne('RaamovereenkomstEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'raamovereenkomst_id', foreignKeyConstraintName: 'productcodelijst_raamovereenkomst_fk' })
  raamovereenkomst?: RaamovereenkomstEntity;

  @Column({ type: 'int' })
  versie: number;

  @Column({ type: 'date' })
  ingangsdatum: string;

  @Column({ type: 'varchar', length: 200 })
  omschrijving: string;

  @ManyToMany('ContractProductEntity')
  @JoinTable({
    name: 'productcodelijst_code',
    schema: 'keten',
    joinColumn: {
      name: 'productcodelijst_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'productcodelijst_code_lijst_fk',
    },
    inverseJoinColumn: {
      name: 'contract_product_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'productcodelijst_code_product_fk',
    },
  })
  producten?: ContractProductEntity[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
