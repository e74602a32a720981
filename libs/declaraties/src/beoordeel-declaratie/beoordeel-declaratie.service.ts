import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { beoordeelDeclaratie, DebetCredit, Eenheid, type DeclaratieKop, type DeclaratieOordeel, type PrestatieInvoer } from '#keten/domain';
import { BeoordelingContextService } from './beoordeling-context.service.js';

/** Which rules produced a result; stored with every beoordeling (history is kept: architecture.md 4). */
export const REGELVERSIE = 'istandaarden-3.2/keten-2026.11';

interface DeclaratieRij {
  id: string; aanbieder_id: string; gemeente_id: string; domein: DeclaratieKop['domein']; declaratie_nummer: string; periode_begin: string; periode_eind: string;
  dagtekening: string; totaal_ingediend_centen: string; status: string; agb_code: string; cbs_code: string;
}

interface PrestatieRij {
  volgnummer: number; bsn_hash: string; referentie_nummer: string; vorig_referentie_nummer: string | null; toewijzing_nummer: number; productcategorie: string;
  productcode: string; begindatum: string; einddatum: string; geleverd_volume: number; eenheid: Eenheid; product_tarief_centen: string | null;
  ingediend_bedrag_centen: string; debet_credit: 'D' | 'C';
}

/**
 * The beoordeling of one declaratie (istandaarden.md 3.8): serialised per aanbieder and gemeente with a PostgreSQL
 * advisory lock, so two declaraties on the same toewijzing never approve more than allowed together; idempotent, so a
 * job that died halfway (its transaction rolled back) and runs again gives the same result without duplicate rows.
 */
@Injectable()
export class BeoordeelDeclaratieService {
  private readonly logger = new Logger(BeoordeelDeclaratieService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly context: BeoordelingContextService,
  ) {}

  async beoordeel(declaratieId: string): Promise<{ status: 'beoordeeld' | 'al-beoordeeld' | 'onbekend' }> {
    return this.dataSource.transaction(async (manager) => {
      const [d] = (await manager.query(
        `SELECT d.id, d.aanbieder_id, d.gemeente_id, d.domein, d.declaratie_nummer, d.periode_begin::text, d.periode_eind::text, d.dagtekening::text,
                d.totaal_ingediend_centen, d.status, a.agb_code, g.cbs_code
           FROM keten.declaratie d JOIN keten.organisatie a ON a.id = d.aanbieder_id JOIN keten.organisatie g ON g.id = d.gemeente_id
          WHERE d.id = $1`,
        [declaratieId],
      )) as DeclaratieRij[];
      if (!d) return { status: 'onbekend' as const };
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`beoordeling|${d.aanbieder_id}|${d.gemeente_id}`]);
      // Re-read under the lock: another run may have finished it meanwhile.
      const [{ status }] = (await manager.query(`SELECT status FROM keten.declaratie WHERE id = $1 FOR UPDATE`, [declaratieId])) as { status: string }[];
      if (status === 'beoordeeld') return { status: 'al-beoordeeld' as const };

      const prestaties = await this.laadPrestaties(manager, declaratieId);
      const kop = naarKop(d);
      const context = await this.context.laad(manager, { aanbiederId: d.aanbieder_id, gemeenteId: d.gemeente_id }, kop, prestaties, declaratieId);
      const oordeel = beoordeelDeclaratie(kop, prestaties, context);
      await this.bewaar(manager, declaratieId, oordeel);
      return { status: 'beoordeeld' as const };
    });
  }

  private async laadPrestaties(manager: EntityManager, declaratieId: string): Promise<PrestatieInvoer[]> {
    const rijen: PrestatieRij[] = await manager.query(
      // The client's hash by primary key per prestatie: a join let the planner hash the whole client table every time.
      `SELECT p.volgnummer, (SELECT c.bsn_hash FROM keten.client c WHERE c.id = p.client_id) AS bsn_hash, p.referentie_nummer, p.vorig_referentie_nummer,
              p.toewijzing_nummer, p.productcategorie, p.productcode, p.begindatum::text, p.einddatum::text, p.geleverd_volume, p.eenheid,
              p.product_tarief_centen, p.ingediend_bedrag_centen, p.debet_credit
         FROM keten.prestatie p
        WHERE p.declaratie_id = $1 ORDER BY p.volgnummer`,
      [declaratieId],
    );
    return rijen.map((r) => ({
      bsn: r.bsn_hash,
      referentieNummer: r.referentie_nummer,
      vorigReferentieNummer: r.vorig_referentie_nummer,
      toewijzingNummer: r.toewijzing_nummer,
      productCategorie: r.productcategorie.trim(),
      productCode: r.productcode,
      productPeriode: { begindatum: r.begindatum, einddatum: r.einddatum },
      geleverdVolume: r.geleverd_volume,
      eenheid: r.eenheid,
      productTarief: r.product_tarief_centen === null ? null : Number(r.product_tarief_centen),
      ingediendBedrag: Number(r.ingediend_bedrag_centen),
      debetCredit: r.debet_credit === 'C' ? DebetCredit.Credit : DebetCredit.Debet,
    }));
  }

  private async bewaar(manager: EntityManager, declaratieId: string, oordeel: DeclaratieOordeel): Promise<void> {
    // Approved prestaties carry no details: one update by volgnummer for all of them; only the rejected ones (few)
    // carry their retourcodes and findings as a document.
    const goedgekeurd: number[] = [];
    const afgekeurd: { volgnummer: number; retourcodes: string[]; bevindingen: unknown[] }[] = [];
    oordeel.prestaties.forEach((p, volgnummer) => {
      if (p.status === 'goedgekeurd') goedgekeurd.push(volgnummer);
      else afgekeurd.push({ volgnummer, retourcodes: p.retourcodes, bevindingen: p.bevindingen });
    });
    if (goedgekeurd.length > 0) {
      await manager.query(
        `UPDATE keten.prestatie SET status = 'goedgekeurd', retourcodes = '{}', bevindingen = NULL WHERE declaratie_id = $1 AND volgnummer = ANY($2::int[])`,
        [declaratieId, goedgekeurd],
      );
    }
    if (afgekeurd.length > 0) {
      await manager.query(
        `UPDATE keten.prestatie p SET status = 'afgekeurd', retourcodes = r.retourcodes, bevindingen = r.bevindingen
           FROM jsonb_to_recordset($2::jsonb) AS r(volgnummer int, retourcodes text[], bevindingen jsonb)
          WHERE p.declaratie_id = $1 AND p.volgnummer = r.volgnummer`,
        [declaratieId, JSON.stringify(afgekeurd)],
      );
    }
    await manager.query(
      `UPDATE keten.declaratie SET status = 'beoordeeld', totaal_toegekend_centen = $2, retourcodes = $3, bevindingen = $4, regelversie = $5,
              beoordeeld_op = now(), updated_at = now() WHERE id = $1`,
      [declaratieId, oordeel.totaalToegekend.toString(), oordeel.declaratieRetourcodes, JSON.stringify(oordeel.berichtBevindingen), REGELVERSIE],
    );
    this.logger.debug(`declaratie ${declaratieId} beoordeeld`);
  }
}

export function naarKop(d: DeclaratieRij): DeclaratieKop {
  const totaal = Number(d.totaal_ingediend_centen);
  return {
    declaratieNummer: d.declaratie_nummer,
    declaratiePeriode: { begindatum: d.periode_begin, einddatum: d.periode_eind },
    dagtekening: d.dagtekening,
    totaalIngediendBedrag: { bedrag: Math.abs(totaal), debetCredit: totaal < 0 ? DebetCredit.Credit : DebetCredit.Debet },
    domein: d.domein,
    aanbiederAgb: d.agb_code,
    gemeente: d.cbs_code,
  };
}
