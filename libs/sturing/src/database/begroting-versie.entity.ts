import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { centenTransformer } from '#keten/platform';

export enum BegrotingBron {
  Api = 'api',
  Excel = 'excel',
}

/**
 * The amount of a budgetpost for a year, as a version: the primitieve begroting is versie 1, each
 * begrotingswijziging a next versie; the current amount is the highest versie. Nothing is overwritten.
 */
@Entity({ name: 'sturing_begroting_versie', schema: 'keten' })
@Index('sturing_begroting_versie_uniek', ['budgetpostId', 'jaar', 'versie'], { unique: true })
@Check('sturing_begroting_bedrag', `"bedrag_centen" >= 0`)
@Check('sturing_begroting_jaar', `"jaar" BETWEEN 2000 AND 2100`)
export class BegrotingVersieEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'sturing_begroting_versie_pk' })
  id: string;

  @Column({ name: 'budgetpost_id', type: 'uuid' })
  budgetpostId: string;

  @ManyToOne('BudgetpostEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'budgetpost_id', foreignKeyConstraintName: 'sturing_begroting_versie_budgetpost_fk' })
  budgetpost?: unknown;

  @Column({ type: 'integer' })
  jaar: number;

  @Column({ type: 'integer' })
  versie: number;

  @Column({ name: 'bedrag_centen', type: 'bigint', transformer: centenTransformer })
  bedragCenten: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  toelichting: string | null;

  @Column({ type: 'varchar', length: 10 })
  bron: BegrotingBron;

  /** The gebruiker (or 'bootstrap') who entered it. */
  @Column({ name: 'ingevoerd_door', type: 'varchar', length: 60 })
  ingevoerdDoor: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
