import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Domein } from '#keten/domain';
import { centenTransformer } from '#keten/platform';

/**
 * The allocated cost of a toewijzing's current version per month of care (verplichting-berekening.util.ts),
 * rewritten by a job whenever the toewijzing, its stop or its contract's tariffs change. The verplichting at a
 * peildatum is the sum from the peildatum's month on; realisatie ÷ this (past months) is the utilisation.
 */
@Entity({ name: 'sturing_toegewezen', schema: 'keten' })
@Index('sturing_toegewezen_gemeente_maand', ['gemeenteId', 'maand'])
export class ToegewezenMaandEntity {
  @PrimaryColumn({ name: 'toewijzing_id', type: 'uuid', primaryKeyConstraintName: 'sturing_toegewezen_pk' })
  toewijzingId: string;

  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'sturing_toegewezen_pk' })
  maand: string;

  @Column({ name: 'toewijzing_nummer', type: 'integer' })
  toewijzingNummer: number;

  @Column({ name: 'gemeente_id', type: 'uuid' })
  gemeenteId: string;

  @Column({ type: 'enum', enum: Object.values(Domein), enumName: 'domein' })
  domein: Domein;

  @Column({ name: 'aanbieder_id', type: 'uuid' })
  aanbiederId: string;

  @Column({ name: 'raamovereenkomst_id', type: 'uuid' })
  raamovereenkomstId: string;

  @Column({ type: 'varchar', length: 2 })
  productcategorie: string;

  @Column({ type: 'varchar', length: 5 })
  productcode: string;

  /** The version's sociaal team; '' when its intake named none (the gemeente's default then counts). */
  @Column({ name: 'sociaal_team', type: 'varchar', length: 60, default: '' })
  sociaalTeam: string;

  /** keten.client's id (pseudonymous): counts clients for the privacy threshold below gemeente level. */
  @Column({ name: 'client_id', type: 'uuid', nullable: true })
  clientId: string | null;

  /** The client's PC4 ('' unknown): the wijk through sturing_wijk_postcode. */
  @Column({ type: 'varchar', length: 4, default: '' })
  postcode4: string;

  @Column({ name: 'bedrag_centen', type: 'bigint', transformer: centenTransformer })
  bedragCenten: number;

  @Column({ name: 'dagen_zonder_tarief', type: 'integer' })
  dagenZonderTarief: number;
}
