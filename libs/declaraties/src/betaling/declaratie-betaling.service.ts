import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Kalenderdatum } from '#keten/domain';
import { arrayLiteraal } from '#keten/platform';

/** An approved prestatie to pay (debet positive, credit negative). */
export interface BetaalbarePrestatie {
  aanbiederId: string;
  declaratieId: string;
  volgnummer: number;
  bedragCenten: string;
}

/** A prestatie as the rechtmatigheid toets needs it. */
export interface PrestatieVoorToets {
  declaratieId: string;
  volgnummer: number;
  declaratieNummer: string;
  referentieNummer: string;
  toewijzingNummer: number;
  productcategorie: string;
  productcode: string;
  begindatum: Kalenderdatum;
  einddatum: Kalenderdatum;
  eenheid: string;
  productTariefCenten: string | null;
  domein: string;
  aanbiederId: string;
  gemeenteId: string;
  clientId: string;
}

/**
 * The published use case and queries for sturing's betaalbatches (architecture.md 1: sturing does not read
 * declaraties' tables): declaraties whose approved prestaties are all paid are betaald. Each method takes the
 * caller's EntityManager, so that a betaalbatch reads and claims in one transaction.
 */
@Injectable()
export class DeclaratieBetalingService {
  async markeerBetaald(manager: EntityManager, declaratieIds: string[], betaaldOp: Kalenderdatum): Promise<number> {
    if (declaratieIds.length === 0) return 0;
    const rijen: unknown[] = await manager.query(
      `WITH u AS (UPDATE keten.declaratie SET betaald_op = $2, updated_at = now() WHERE id = ANY($1::uuid[]) AND betaald_op IS NULL RETURNING id) SELECT id FROM u`,
      [declaratieIds, betaaldOp],
    );
    return rijen.length;
  }

  /**
   * Approved prestaties of these gemeenten's declaraties beoordeeld up to `tot` (a day in Europe/Amsterdam), in the
   * order of declaratie and volgnummer. A declaratie marked betaald has every approved prestatie paid already, so it
   * is left out; which of the rest a betaalbatch already holds is the caller's to know (its unique claim decides).
   */
  async betaalbarePrestaties(
    manager: EntityManager,
    gemeenteIds: string[],
    tot: Kalenderdatum,
  ): Promise<BetaalbarePrestatie[]> {
    if (gemeenteIds.length === 0) return [];
    const rijen = (await manager.query(
      `SELECT p.aanbieder_id, p.declaratie_id, p.volgnummer, (CASE WHEN p.debet_credit = 'C' THEN -p.ingediend_bedrag_centen ELSE p.ingediend_bedrag_centen END)::text AS bedrag
         FROM keten.declaratie d JOIN keten.prestatie p ON p.declaratie_id = d.id AND p.status = 'goedgekeurd'
        WHERE d.gemeente_id = ANY($1::uuid[]) AND d.status = 'beoordeeld' AND d.betaald_op IS NULL AND (d.beoordeeld_op AT TIME ZONE 'Europe/Amsterdam')::date <= $2
        ORDER BY p.declaratie_id, p.volgnummer`,
      [arrayLiteraal(gemeenteIds), tot],
    )) as { aanbieder_id: string; declaratie_id: string; volgnummer: number; bedrag: string }[];
    return rijen.map((r) => ({
      aanbiederId: r.aanbieder_id,
      declaratieId: r.declaratie_id,
      volgnummer: r.volgnummer,
      bedragCenten: r.bedrag,
    }));
  }

  /** The DeclaratieNummer of each of these declaraties, in the order of that nummer. */
  async declaratieNummers(
    manager: EntityManager,
    declaratieIds: string[],
  ): Promise<{ declaratieId: string; declaratieNummer: string }[]> {
    if (declaratieIds.length === 0) return [];
    const rijen = (await manager.query(
      `SELECT id, declaratie_nummer FROM keten.declaratie WHERE id = ANY($1::uuid[]) ORDER BY declaratie_nummer, id`,
      [arrayLiteraal([...new Set(declaratieIds)])],
    )) as { id: string; declaratie_nummer: string }[];
    return rijen.map((r) => ({ declaratieId: r.id, declaratieNummer: r.declaratie_nummer }));
  }

  /** The approved prestaties (declaratie id and volgnummer) of these declaraties. */
  async goedgekeurdePrestaties(
    manager: EntityManager,
    declaratieIds: string[],
  ): Promise<{ declaratieId: string; volgnummer: number }[]> {
    if (declaratieIds.length === 0) return [];
    const rijen = (await manager.query(
      `SELECT declaratie_id, volgnummer FROM keten.prestatie WHERE declaratie_id = ANY($1::uuid[]) AND status = 'goedgekeurd'`,
      [arrayLiteraal([...new Set(declaratieIds)])],
    )) as { declaratie_id: string; volgnummer: number }[];
    return rijen.map((r) => ({ declaratieId: r.declaratie_id, volgnummer: r.volgnummer }));
  }

  /**
   * These prestaties (by declaratie id and volgnummer) as sturing's rechtmatigheid traces them, in the order of
   * DeclaratieNummer and volgnummer; no client data but the pseudonymous client id.
   */
  async prestatiesVan(
    manager: EntityManager,
    sleutels: { declaratieId: string; volgnummer: number }[],
  ): Promise<PrestatieVoorToets[]> {
    if (sleutels.length === 0) return [];
    return (await manager.query(
      `SELECT p.declaratie_id AS "declaratieId", p.volgnummer, d.declaratie_nummer AS "declaratieNummer", p.referentie_nummer AS "referentieNummer",
              p.toewijzing_nummer AS "toewijzingNummer", p.productcategorie, p.productcode, p.begindatum::text AS begindatum, p.einddatum::text AS einddatum,
              p.eenheid::text AS eenheid, p.product_tarief_centen::text AS "productTariefCenten", p.domein::text AS domein, p.aanbieder_id AS "aanbiederId",
              p.gemeente_id AS "gemeenteId", p.client_id AS "clientId"
         FROM unnest($1::uuid[], $2::int[]) AS s(declaratie_id, volgnummer)
         JOIN keten.prestatie p ON p.declaratie_id = s.declaratie_id AND p.volgnummer = s.volgnummer
         JOIN keten.declaratie d ON d.id = p.declaratie_id
        ORDER BY d.declaratie_nummer, p.volgnummer`,
      [arrayLiteraal(sleutels.map((s) => s.declaratieId)), arrayLiteraal(sleutels.map((s) => String(s.volgnummer)))],
    )) as PrestatieVoorToets[];
  }
}
