import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Domein, Eenheid } from '#keten/domain';
import { centenTransformer } from '#keten/platform';
import type { DeclaratieEntity } from './declaratie.entity.js';

export enum PrestatieStatus {
  Ontvangen = 'ontvangen',
  Goedgekeurd = 'goedgekeurd',
  Afgekeurd = 'afgekeurd',
}

/**
 * A Prestatie of a declaratie with its beoordeling. An approved ReferentieNummer exists once per aanbieder per domein
 * (TR314): the database refuses a second approval, so nothing is ever paid twice.
 */
@Entity({ name: 'prestatie', schema: 'keten' })
// One index for every ReferentieNummer lookup and for TR314 (migration 1795449300000): its fourth column is true for
// an approved prestatie and NULL otherwise, and NULLs never collide in a unique index, so only a second approval is
// refused. TypeORM cannot declare an expression column, hence synchronize: false.
@Index('prestatie_referentie', { synchronize: false })
// The cumulative checks (TR322, TR369) read the approved prestaties on a toewijzing, which are all its aanbieder's: with
// the aanbieder in the key, one declaratie's toewijzingen share an index page or two (migration 1796720000000).
@Index('prestatie_toewijzing', ['gemeenteId', 'domein', 'aanbiederId', 'toewijzingNummer'], {
  where: `"status" = 'goedgekeurd'`,
})
// An approved credit by the debet it names (TR390, and "gecrediteerd" for TR322/TR369).
@Index('prestatie_credit', ['aanbiederId', 'domein', 'vorigReferentieNummer'], {
  where: `"status" = 'goedgekeurd' AND "debet_credit" = 'C'`,
})
export class PrestatieEntity {
  // Keyed by its place in its declaratie: no surrogate id (one index less to maintain per prestatie).
  @PrimaryColumn({ name: 'declaratie_id', type: 'uuid', primaryKeyConstraintName: 'prestatie_pk' })
  declaratieId: string;

  // Checked once per statement by triggers, not per row by a foreign key (migration 1796730000000, issue 19).
  @ManyToOne('DeclaratieEntity', { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'declaratie_id' })
  declaratie?: DeclaratieEntity;

  /** Position in the document (0-based), for document-order answers. */
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'prestatie_pk' })
  volgnummer: number;

  @Column({ name: 'aanbieder_id', type: 'uuid' })
  aanbiederId: string;

  @Column({ name: 'gemeente_id', type: 'uuid' })
  gemeenteId: string;

  @Column({ type: 'enum', enum: Object.values(Domein), enumName: 'domein' })
  domein: Domein;

  /**
   * keten.client, resolved (or registered) by the intake in the transaction that stored the declaratie. No foreign
   * key: its check took a row lock on the client for every prestatie (a WAL record each, and a MultiXact when two
   * beoordelingen share a client), about a third of writing a prestatie. Keten never deletes a client row, so the key
   * guarded nothing the write path does not.
   */
  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ name: 'referentie_nummer', type: 'varchar', length: 20 })
  referentieNummer: string;

  @Column({ name: 'vorig_referentie_nummer', type: 'varchar', length: 20, nullable: true })
  vorigReferentieNummer: string | null;

  @Column({ name: 'toewijzing_nummer', type: 'integer' })
  toewijzingNummer: number;

  @Column({ type: 'char', length: 2 })
  productcategorie: string;

  @Column({ type: 'varchar', length: 5 })
  productcode: string;

  @Column({ type: 'date' })
  begindatum: string;

  @Column({ type: 'date' })
  einddatum: string;

  @Column({ name: 'geleverd_volume', type: 'integer' })
  geleverdVolume: number;

  @Column({ type: 'enum', enum: Object.values(Eenheid), enumName: 'eenheid' })
  eenheid: Eenheid;

  @Column({ name: 'product_tarief_centen', type: 'bigint', nullable: true, transformer: centenTransformer })
  productTariefCenten: number | null;

  @Column({ name: 'ingediend_bedrag_centen', type: 'bigint', transformer: centenTransformer })
  ingediendBedragCenten: number;

  @Column({ name: 'debet_credit', type: 'char', length: 1 })
  debetCredit: 'D' | 'C';

  @Column({ type: 'enum', enum: Object.values(PrestatieStatus), enumName: 'prestatie_status' })
  status: PrestatieStatus;

  @Column({ type: 'text', array: true, nullable: true })
  retourcodes: string[] | null;

  /** The findings `{ retourcode, regel, toelichting }` that decided a rejection. */
  @Column({ type: 'jsonb', nullable: true })
  bevindingen: unknown[] | null;
}
