import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  beoordeelDeclaratie,
  DebetCredit,
  type DeclaratieKop,
  type DeclaratieOordeel,
  type PrestatieInvoer,
} from '#keten/domain';
import {
  INGEDIENDE_KOLOMMEN,
  pakIngediendUit,
  type IngediendePrestaties,
} from '../database/ingediende-prestaties.util.js';
import { arrayLiteraal, JobOutboxService, QueueName, transactie, voorbereideQuery } from '#keten/platform';
import { OrganisatieCodesService } from '#keten/organisaties';
import { DeclaratieBeoordeeldJob } from './declaratie-beoordeeld.job.js';
import { vatBedragenSamen } from '../goedgekeurde-bedragen/samenvatting.js';
import { BeoordelingContextService } from './beoordeling-context.service.js';

/** Which rules produced a result; stored with every beoordeling (history is kept: architecture.md 4). */
export const REGELVERSIE = 'istandaarden-3.2/keten-2026.11';

interface DeclaratieRij {
  id: string;
  aanbieder_id: string;
  gemeente_id: string;
  domein: DeclaratieKop['domein'];
  declaratie_nummer: string;
  periode_begin: string;
  periode_eind: string;
  dagtekening: string;
  totaal_ingediend_centen: string;
  status: string;
}

/** The declaratie with the codes its aanbieder and gemeente go by in the iStandaarden (from the organisaties context). */
type DeclaratieMetCodes = DeclaratieRij & { agb_code: string; cbs_code: string };

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
    private readonly organisaties: OrganisatieCodesService,
    private readonly outbox: JobOutboxService,
  ) {}

  async beoordeel(declaratieId: string): Promise<{ status: 'beoordeeld' | 'al-beoordeeld' | 'onbekend' }> {
    const uitkomst = await transactie(this.dataSource, async (manager) => {
      // The declaratie's row lock first: a second run of the same job waits here, then reads it as the first left it.
      // Then the pair's: declaraties of one aanbieder and gemeente are judged one after another (cumulative volumes).
      // Sent together with the BEGIN (one round trip): the pair's lock reads its key from the row itself, and the
      // lookups below are statements of their own, so they see what was committed before the lock was granted.
      const [[rij]] = await Promise.all([
        voorbereideQuery<DeclaratieRij & { ingediende_prestaties: Buffer | null; nummer_dubbel: boolean }>(
          manager,
          'beoordeling-declaratie',
          `SELECT d.id, d.aanbieder_id, d.gemeente_id, d.domein, d.declaratie_nummer, d.periode_begin::text, d.periode_eind::text, d.dagtekening::text,
                  d.totaal_ingediend_centen, d.status, d.ingediende_prestaties, d.nummer_dubbel
             FROM keten.declaratie d WHERE d.id = $1 FOR UPDATE`,
          [declaratieId],
        ),
        voorbereideQuery(
          manager,
          'beoordeling-slot',
          `SELECT pg_advisory_xact_lock(hashtextextended('beoordeling|' || d.aanbieder_id || '|' || d.gemeente_id, 0))
             FROM keten.declaratie d WHERE d.id = $1 AND d.status <> 'beoordeeld'`,
          [declaratieId],
        ),
      ]);
      if (!rij) return { status: 'onbekend' as const };
      if (rij.status === 'beoordeeld') return { status: 'al-beoordeeld' as const };
      const { ingediende_prestaties: opgeslagen, nummer_dubbel: nummerDubbel, ...kern } = rij;
      if (!opgeslagen)
        throw new Error(`declaratie ${declaratieId} is ${rij.status} but holds no ingediende prestaties`);
      const codes = await this.organisaties.codesVan(manager, [rij.aanbieder_id, rij.gemeente_id]);
      const d: DeclaratieMetCodes = {
        ...kern,
        agb_code: codes.get(rij.aanbieder_id)!.agbCode!,
        cbs_code: codes.get(rij.gemeente_id)!.cbsCode!,
      };

      const ingediend = pakIngediendUit(opgeslagen);
      const prestaties = this.alsInvoer(ingediend);
      const kop = naarKop(d);
      const context = await this.context.laad(
        manager,
        { aanbiederId: d.aanbieder_id, gemeenteId: d.gemeente_id },
        kop,
        prestaties,
        { id: declaratieId, nummerDubbel },
      );
      const oordeel = beoordeelDeclaratie(kop, prestaties, context);
      await Promise.all([
        this.bewaar(manager, d, ingediend, oordeel),
        // Sturing's realisatie follows from this verdict (architecture.md 1): staged in this transaction.
        this.outbox.stage(
          manager,
          QueueName.Sturing,
          DeclaratieBeoordeeldJob.naam,
          DeclaratieBeoordeeldJob.jobId(declaratieId),
          { declaratieId },
        ),
      ]);
      return { status: 'beoordeeld' as const };
    });
    return uitkomst;
  }

  /** The checks' input: each client as its keten.client id, never the BSN (TR304 compares clients). */
  private alsInvoer(ingediend: IngediendePrestaties): PrestatieInvoer[] {
    return ingediend.referentie_nummer.map((referentieNummer, i) => ({
      bsn: ingediend.client_id[i],
      referentieNummer,
      vorigReferentieNummer: ingediend.vorig_referentie_nummer[i],
      toewijzingNummer: ingediend.toewijzing_nummer[i],
      productCategorie: ingediend.productcategorie[i],
      productCode: ingediend.productcode[i],
      productPeriode: { begindatum: ingediend.begindatum[i], einddatum: ingediend.einddatum[i] },
      geleverdVolume: ingediend.geleverd_volume[i],
      eenheid: ingediend.eenheid[i],
      productTarief: ingediend.product_tarief_centen[i],
      ingediendBedrag: ingediend.ingediend_bedrag_centen[i],
      debetCredit: ingediend.debet_credit[i],
    }));
  }

  /**
   * Every prestatie written once, with its result, in one statement from column arrays; only rejected ones carry their
   * retourcodes and findings. The declaratie drops its ingediende document in the same statement and keeps the
   * summary of its approved amounts, for sturing's realisatie (samenvatting.ts).
   */
  private async bewaar(
    manager: EntityManager,
    d: DeclaratieRij,
    ingediend: IngediendePrestaties,
    oordeel: DeclaratieOordeel,
  ): Promise<void> {
    const n = oordeel.prestaties.length;
    const status = new Array<string>(n);
    const retourcodes = new Array<string | null>(n);
    const bevindingen = new Array<string | null>(n);
    const samenvatting = vatBedragenSamen(
      oordeel.prestaties.map((p, i) => ({
        productcategorie: ingediend.productcategorie[i],
        productcode: ingediend.productcode[i],
        begindatum: ingediend.begindatum[i],
        ingediendBedragCenten: ingediend.ingediend_bedrag_centen[i],
        debetCredit: ingediend.debet_credit[i] === DebetCredit.Credit ? 'C' : 'D',
        goedgekeurd: p.status === 'goedgekeurd',
        retourcodes: p.retourcodes,
      })),
    );
    oordeel.prestaties.forEach((p, i) => {
      const goed = p.status === 'goedgekeurd';
      status[i] = goed ? 'goedgekeurd' : 'afgekeurd';
      // Postgres array literal of the (4-digit) retourcodes: a text[][] parameter cannot be ragged.
      retourcodes[i] = goed ? '{}' : `{${p.retourcodes.join(',')}}`;
      bevindingen[i] = goed ? null : JSON.stringify(p.bevindingen);
    });
    // One statement for the prestaties and the declaratie's verdict (a data-modifying WITH runs to completion).
    await voorbereideQuery(
      manager,
      'beoordeling-bewaar',
      `WITH prestaties AS (
         INSERT INTO keten.prestatie (declaratie_id, volgnummer, aanbieder_id, gemeente_id, domein, client_id, referentie_nummer, vorig_referentie_nummer,
                                      toewijzing_nummer, productcategorie, productcode, begindatum, einddatum, geleverd_volume, eenheid,
                                      product_tarief_centen, ingediend_bedrag_centen, debet_credit, status, retourcodes, bevindingen)
         SELECT $1, r.volgnummer - 1, $2, $3, $4, r.client_id, r.referentie_nummer, r.vorig_referentie_nummer, r.toewijzing_nummer, r.productcategorie,
                r.productcode, r.begindatum, r.einddatum, r.geleverd_volume, r.eenheid::keten.eenheid, r.product_tarief, r.ingediend_bedrag, r.debet_credit,
                r.status::keten.prestatie_status, r.retourcodes::text[], r.bevindingen::jsonb
           FROM unnest($5::uuid[], $6::text[], $7::text[], $8::int[], $9::text[], $10::text[], $11::date[], $12::date[], $13::int[], $14::text[],
                       $15::bigint[], $16::bigint[], $17::text[], $18::text[], $19::text[], $20::text[]) WITH ORDINALITY
                AS r(client_id, referentie_nummer, vorig_referentie_nummer, toewijzing_nummer, productcategorie, productcode, begindatum, einddatum,
                     geleverd_volume, eenheid, product_tarief, ingediend_bedrag, debet_credit, status, retourcodes, bevindingen, volgnummer))
       UPDATE keten.declaratie SET status = 'beoordeeld', totaal_toegekend_centen = $21, retourcodes = $22, bevindingen = $23, regelversie = $24,
              goedgekeurde_bedragen = $25, beoordeeld_op = now(), updated_at = now(), ingediende_prestaties = NULL WHERE id = $1`,
      [
        d.id,
        d.aanbieder_id,
        d.gemeente_id,
        d.domein,
        ...[...INGEDIENDE_KOLOMMEN.map((k) => ingediend[k]), status, retourcodes, bevindingen].map(arrayLiteraal),
        oordeel.totaalToegekend.toString(),
        oordeel.declaratieRetourcodes,
        JSON.stringify(oordeel.berichtBevindingen),
        REGELVERSIE,
        JSON.stringify(samenvatting),
      ],
    );
    this.logger.debug(`declaratie ${d.id} beoordeeld`);
  }
}

export function naarKop(d: DeclaratieMetCodes): DeclaratieKop {
  const totaal = Number(d.totaal_ingediend_centen);
  return {
    declaratieNummer: d.declaratie_nummer,
    declaratiePeriode: { begindatum: d.periode_begin, einddatum: d.periode_eind },
    dagtekening: d.dagtekening,
    totaalIngediendBedrag: {
      bedrag: Math.abs(totaal),
      debetCredit: totaal < 0 ? DebetCredit.Credit : DebetCredit.Debet,
    },
    domein: d.domein,
    aanbiederAgb: d.agb_code,
    gemeente: d.cbs_code,
  };
}
