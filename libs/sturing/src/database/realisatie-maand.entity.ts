import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Domein } from '#keten/domain';
import { centenTransformer } from '#keten/platform';

/**
 * Sturing's aggregate of approved prestaties (debet − credit) per month of care (the month of the ProductPeriode's
 * begindatum) and per gemeente, aanbieder, raamovereenkomst and product: added to by a job after each beoordeling,
 * so reports never scan keten.prestatie (architecture.md 1).
 */
@Entity({ name: 'sturing_realisatie', schema: 'keten' })
@Index('sturing_realisatie_gemeente_maand', ['gemeenteId', 'maand'])
export class RealisatieMaandEntity {
  @PrimaryColumn({ name: 'gemeente_id', type: 'uuid', primaryKeyConstraintName: 'sturing_realisatie_pk' })
  gemeenteId: string;

  @PrimaryColumn({
    type: 'enum',
    enum: Object.values(Domein),
    enumName: 'domein',
    primaryKeyConstraintName: 'sturing_realisatie_pk',
  })
  domein: Domein;

  @PrimaryColumn({ name: 'aanbieder_id', type: 'uuid', primaryKeyConstraintName: 'sturing_realisatie_pk' })
  aanbiederId: string;

  /** The contract whose product this is; the nil uuid when none could be found (never dropped: the money counts). */
  @PrimaryColumn({ name: 'raamovereenkomst_id', type: 'uuid', primaryKeyConstraintName: 'sturing_realisatie_pk' })
  raamovereenkomstId: string;

  @PrimaryColumn({ type: 'varchar', length: 2, primaryKeyConstraintName: 'sturing_realisatie_pk' })
  productcategorie: string;

  @PrimaryColumn({ type: 'varchar', length: 5, primaryKeyConstraintName: 'sturing_realisatie_pk' })
  productcode: string;

  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'sturing_realisatie_pk' })
  maand: string;

  /** The month the declaratie was beoordeeld (Europe/Amsterdam): with maand, the declaration lag (prognose). */
  @PrimaryColumn({ name: 'ontvangen_maand', type: 'date', primaryKeyConstraintName: 'sturing_realisatie_pk' })
  ontvangenMaand: string;

  @Column({ name: 'bedrag_centen', type: 'bigint', transformer: centenTransformer })
  bedragCenten: number;

  @Column({ name: 'aantal_prestaties', type: 'integer' })
  aantalPrestaties: number;
}
