import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Domein } from '#keten/domain';
import { centenTransformer } from '#keten/platform';

/** Approved amounts per toewijzing and month of care (uitputting, signals); kept by the realisatie job. */
@Entity({ name: 'sturing_toewijzing_realisatie', schema: 'keten' })
@Index('sturing_toewijzing_realisatie_aanbieder', ['gemeenteId', 'aanbiederId', 'maand'])
export class ToewijzingRealisatieEntity {
  @PrimaryColumn({ name: 'gemeente_id', type: 'uuid', primaryKeyConstraintName: 'sturing_toewijzing_realisatie_pk' })
  gemeenteId: string;

  @PrimaryColumn({
    type: 'enum',
    enum: Object.values(Domein),
    enumName: 'domein',
    primaryKeyConstraintName: 'sturing_toewijzing_realisatie_pk',
  })
  domein: Domein;

  @PrimaryColumn({
    name: 'toewijzing_nummer',
    type: 'integer',
    primaryKeyConstraintName: 'sturing_toewijzing_realisatie_pk',
  })
  toewijzingNummer: number;

  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'sturing_toewijzing_realisatie_pk' })
  maand: string;

  @Column({ name: 'aanbieder_id', type: 'uuid' })
  aanbiederId: string;

  @Column({ name: 'bedrag_centen', type: 'bigint', transformer: centenTransformer })
  bedragCenten: number;

  @Column({ name: 'aantal_prestaties', type: 'integer' })
  aantalPrestaties: number;
}
