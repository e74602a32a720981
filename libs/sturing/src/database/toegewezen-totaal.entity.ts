import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Domein } from '#keten/domain';
import { centenTransformer } from '#keten/platform';

/**
 * sturing_toegewezen summed per gemeente, aanbieder, contract, product and month: what the overzicht, the prognose
 * and the verplichtingen per budgetpost, aanbieder, product or contract read, so that they answer within 500 ms at
 * national scale (issue 13: 75,000 toewijzingen × 12 months per gemeente become some 36,000 rows). Kept in step by
 * the job that rewrites sturing_toegewezen, with the difference in one ordered upsert (verplichtingen-bijwerken).
 */
@Entity({ name: 'sturing_toegewezen_totaal', schema: 'keten' })
export class ToegewezenTotaalEntity {
  @PrimaryColumn({ name: 'gemeente_id', type: 'uuid', primaryKeyConstraintName: 'sturing_toegewezen_totaal_pk' })
  gemeenteId: string;

  @PrimaryColumn({
    type: 'enum',
    enum: Object.values(Domein),
    enumName: 'domein',
    primaryKeyConstraintName: 'sturing_toegewezen_totaal_pk',
  })
  domein: Domein;

  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'sturing_toegewezen_totaal_pk' })
  maand: string;

  @PrimaryColumn({ name: 'aanbieder_id', type: 'uuid', primaryKeyConstraintName: 'sturing_toegewezen_totaal_pk' })
  aanbiederId: string;

  @PrimaryColumn({
    name: 'raamovereenkomst_id',
    type: 'uuid',
    primaryKeyConstraintName: 'sturing_toegewezen_totaal_pk',
  })
  raamovereenkomstId: string;

  @PrimaryColumn({ type: 'varchar', length: 2, primaryKeyConstraintName: 'sturing_toegewezen_totaal_pk' })
  productcategorie: string;

  @PrimaryColumn({ type: 'varchar', length: 5, primaryKeyConstraintName: 'sturing_toegewezen_totaal_pk' })
  productcode: string;

  @Column({ name: 'bedrag_centen', type: 'bigint', transformer: centenTransformer })
  bedragCenten: number;

  /** How many sturing_toegewezen rows are summed here (a row whose count falls to 0 stays, adding nothing). */
  @Column({ name: 'aantal', type: 'integer' })
  aantal: number;
}
