import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Domein } from '#keten/domain';
import { voorbereideQuery } from '#keten/platform';
import { OrganisatieCodesService } from '#keten/organisaties';

export interface GoedgekeurdBedrag {
  productcategorie: string;
  productcode: string;
  /** First day of the month of care (the ProductPeriode's begindatum). */
  maand: string;
  /** Approved debet − approved credit, in cents. */
  bedragCenten: number;
  aantalPrestaties: number;
}

export interface ToewijzingBedrag {
  toewijzingNummer: number;
  maand: string;
  bedragCenten: number;
  aantalPrestaties: number;
}

export interface GoedgekeurdeBedragen {
  gemeenteId: string;
  aanbiederId: string;
  domein: Domein;
  gemeenteCode: string;
  aanbiederAgb: string;
  /** First day of the month the beoordeling was made (Europe/Amsterdam): the declaration lag's end. */
  beoordeeldMaand: string;
  regels: GoedgekeurdBedrag[];
  /** The same amounts per toewijzing and month of care (uitputting and signals). */
  perToewijzing: ToewijzingBedrag[];
  /** Prestaties judged, and rejected, in this declaratie (the rejection rate). */
  beoordeeld: number;
  afgekeurd: number;
  /** How often each retourcode was given on a rejected prestatie. */
  retourcodes: { retourcode: string; aantal: number }[];
}

/**
 * The published query of declaraties for sturing: a beoordeelde declaratie's approved amounts per product and month
 * of care, without any client data (sturing-en-schaal.md 2). null when the declaratie is not (yet) beoordeeld.
 */
@Injectable()
export class GoedgekeurdeBedragenService {
  constructor(private readonly organisaties: OrganisatieCodesService) {}

  async vanDeclaratie(manager: EntityManager, declaratieId: string): Promise<GoedgekeurdeBedragen | null> {
    const [rij] = await voorbereideQuery<{
      gemeente_id: string;
      aanbieder_id: string;
      domein: Domein;
      status: string;
      beoordeeld_maand: string;
    }>(
      manager,
      'sturing-declaratie-kop-v2',
      `SELECT d.gemeente_id, d.aanbieder_id, d.domein, d.status,
              date_trunc('month', d.beoordeeld_op AT TIME ZONE 'Europe/Amsterdam')::date::text AS beoordeeld_maand
         FROM keten.declaratie d
        WHERE d.id = $1`,
      [declaratieId],
    );
    if (!rij || rij.status !== 'beoordeeld') return null;
    // The codes are the organisaties context's (its published query, cached per process: codes never change).
    const codes = await this.organisaties.codesVan(manager, [rij.gemeente_id, rij.aanbieder_id]);
    const kop = {
      ...rij,
      cbs_code: codes.get(rij.gemeente_id)!.cbsCode!,
      agb_code: codes.get(rij.aanbieder_id)!.agbCode!,
    };
    // The declaratie's own prestaties through the primary key (OFFSET 0: its status is a filter on those few rows).
    // Asked for "declaratie_id = $1 AND status = 'goedgekeurd'", a generic plan ANDed the key with a bitmap of
    // prestatie_toewijzing, the partial index of every approved prestatie: a read of the whole index per declaratie,
    // 56 ms at 630,000 approved prestaties, so the month cost more per prestatie the larger it was.
    const regels = await voorbereideQuery<{
      productcategorie: string;
      productcode: string;
      maand: string;
      bedrag: string;
      aantal: number;
    }>(
      manager,
      'sturing-declaratie-bedragen',
      `SELECT productcategorie, productcode, date_trunc('month', begindatum)::date::text AS maand,
              sum(CASE WHEN debet_credit = 'C' THEN -ingediend_bedrag_centen ELSE ingediend_bedrag_centen END)::text AS bedrag,
              count(*)::int AS aantal
         FROM (SELECT * FROM keten.prestatie WHERE declaratie_id = $1 OFFSET 0) p WHERE status = 'goedgekeurd'
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      [declaratieId],
    );
    const perToewijzing = await voorbereideQuery<{
      toewijzing_nummer: number;
      maand: string;
      bedrag: string;
      aantal: number;
    }>(
      manager,
      'sturing-declaratie-toewijzingen',
      `SELECT toewijzing_nummer, date_trunc('month', begindatum)::date::text AS maand,
              sum(CASE WHEN debet_credit = 'C' THEN -ingediend_bedrag_centen ELSE ingediend_bedrag_centen END)::text AS bedrag, count(*)::int AS aantal
         FROM (SELECT * FROM keten.prestatie WHERE declaratie_id = $1 OFFSET 0) p WHERE status = 'goedgekeurd' GROUP BY 1, 2 ORDER BY 1, 2`,
      [declaratieId],
    );
    const [telling] = await voorbereideQuery<{ beoordeeld: number; afgekeurd: number }>(
      manager,
      'sturing-declaratie-telling',
      `SELECT count(*)::int AS beoordeeld, count(*) FILTER (WHERE status = 'afgekeurd')::int AS afgekeurd FROM keten.prestatie WHERE declaratie_id = $1`,
      [declaratieId],
    );
    const retourcodes = await voorbereideQuery<{ retourcode: string; aantal: number }>(
      manager,
      'sturing-declaratie-retourcodes',
      `SELECT r.retourcode, count(*)::int AS aantal FROM keten.prestatie p, unnest(p.retourcodes) AS r(retourcode)
        WHERE p.declaratie_id = $1 AND p.status = 'afgekeurd' GROUP BY 1 ORDER BY 1`,
      [declaratieId],
    );
    return {
      perToewijzing: perToewijzing.map((r) => ({
        toewijzingNummer: r.toewijzing_nummer,
        maand: r.maand,
        bedragCenten: Number(r.bedrag),
        aantalPrestaties: r.aantal,
      })),
      beoordeeld: telling.beoordeeld,
      afgekeurd: telling.afgekeurd,
      retourcodes,
      gemeenteId: kop.gemeente_id,
      aanbiederId: kop.aanbieder_id,
      domein: kop.domein,
      gemeenteCode: kop.cbs_code,
      aanbiederAgb: kop.agb_code,
      beoordeeldMaand: kop.beoordeeld_maand,
      regels: regels.map((r) => ({
        productcategorie: r.productcategorie,
        productcode: r.productcode,
        maand: r.maand,
        bedragCenten: Number(r.bedrag),
        aantalPrestaties: r.aantal,
      })),
    };
  }
}
