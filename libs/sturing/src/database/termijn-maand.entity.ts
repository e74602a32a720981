import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Domein } from '#keten/domain';
import { centenTransformer } from '#keten/platform';

/**
 * A termijn of a lumpsum (taakgericht) or subsidy spread over the months of its period and over the contract's
 * gemeenten (equal shares, the remainder to the first): paid ones are realisatie, unpaid ones verplichting.
 * Rewritten per raamovereenkomst by a job when its budgets or termijnen change.
 */
@Entity({ name: 'sturing_termijn', schema: 'keten' })
@Index('sturing_termijn_gemeente_maand', ['gemeenteId', 'maand'])
@Index('sturing_termijn_raamovereenkomst', ['raamovereenkomstId'])
export class TermijnMaandEntity {
  @PrimaryColumn({ name: 'termijn_id', type: 'uuid', primaryKeyConstraintName: 'sturing_termijn_pk' })
  termijnId: string;

  @PrimaryColumn({ name: 'gemeente_id', type: 'uuid', primaryKeyConstraintName: 'sturing_termijn_pk' })
  gemeenteId: string;

  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'sturing_termijn_pk' })
  maand: string;

  @Column({ type: 'enum', enum: Object.values(Domein), enumName: 'domein' })
  domein: Domein;

  @Column({ name: 'aanbieder_id', type: 'uuid' })
  aanbiederId: string;

  @Column({ name: 'raamovereenkomst_id', type: 'uuid' })
  raamovereenkomstId: string;

  /** Empty for a subsidy (algemene voorziening). */
  @Column({ type: 'varchar', length: 2 })
  productcategorie: string;

  @Column({ type: 'varchar', length: 5 })
  productcode: string;

  @Column({ name: 'bedrag_centen', type: 'bigint', transformer: centenTransformer })
  bedragCenten: number;

  @Column({ type: 'boolean' })
  betaald: boolean;
}
