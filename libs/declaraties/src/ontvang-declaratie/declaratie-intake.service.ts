import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DebetCredit, isGeldigBsn } from '#keten/domain';
import { AuditService, geenToegang, JobOutboxService, Rol, validatieFout, type Principal, type VeldFout } from '#keten/platform';
import { ClientService } from '#keten/toewijzingen';
import { DeclaratieBron, DeclaratieStatus } from '../database/declaratie.entity.js';
import { BeoordeelDeclaratieJob } from '../beoordeel-declaratie/beoordeel-declaratie.job.js';
import type { DeclaratieInvoer } from './declaratie-invoer.types.js';

export interface Ontvangst {
  declaratieId: string;
  status: DeclaratieStatus;
  /** TR333: the DeclaratieNummer was used before; stored, and answered with 9333 by the beoordeling. */
  nummerDubbel: boolean;
}

/**
 * Stores a declaratie and its prestaties at once (status ontvangen) and stages its beoordeling job in the same
 * transaction; the caller publishes after commit. Bulk statements only: a 25 MB 323 is tens of thousands of rows.
 */
@Injectable()
export class DeclaratieIntakeService {
  constructor(
    private readonly clienten: ClientService,
    private readonly outbox: JobOutboxService,
    private readonly audit: AuditService,
  ) {}

  async partijen(manager: EntityManager, principal: Principal, agb: string, cbs: string): Promise<{ aanbiederId: string; gemeenteId: string }> {
    const rijen: { id: string; soort: string }[] = await manager.query(
      `SELECT id, soort FROM keten.organisatie WHERE (soort = 'aanbieder' AND agb_code = $1) OR (soort = 'gemeente' AND cbs_code = $2)`,
      [agb, cbs],
    );
    const aanbieder = rijen.find((r) => r.soort === 'aanbieder');
    const gemeente = rijen.find((r) => r.soort === 'gemeente');
    const fouten: VeldFout[] = [];
    if (!aanbieder) fouten.push({ veld: 'aanbiederAgb', reden: `AGB-code ${agb} is niet bekend` });
    if (!gemeente) fouten.push({ veld: 'gemeenteCode', reden: `gemeentecode ${cbs} is niet bekend (TR378)` });
    if (fouten.length) throw validatieFout('onbekende partij', fouten);
    // An aanbieder declares only under its own AGB code.
    if (principal.rol !== Rol.Beheerder && (principal.rol !== Rol.Aanbieder || principal.organisatieId !== aanbieder!.id)) {
      throw geenToegang('een aanbieder declareert alleen onder de eigen AGB-code');
    }
    return { aanbiederId: aanbieder!.id, gemeenteId: gemeente!.id };
  }

  async ontvang(manager: EntityManager, principal: Principal, invoer: DeclaratieInvoer, bron: DeclaratieBron, berichtId: string | null): Promise<Ontvangst> {
    const ongeldig = invoer.prestaties.findIndex((p) => !isGeldigBsn(p.bsn));
    if (ongeldig >= 0) throw validatieFout('ongeldig BSN', [{ veld: `prestaties[${ongeldig}].bsn`, reden: 'het BSN voldoet niet aan de elfproef (CS002)' }]);
    const { kop } = invoer;
    const { aanbiederId, gemeenteId } = await this.partijen(manager, principal, kop.aanbiederAgb, kop.gemeente);
    const clientIds = await this.clienten.clientIds(manager, invoer.prestaties.map((p) => p.bsn));
    const totaal = kop.totaalIngediendBedrag.debetCredit === DebetCredit.Credit ? -kop.totaalIngediendBedrag.bedrag : kop.totaalIngediendBedrag.bedrag;

    const invoegen = (dubbel: boolean) =>
      manager.query(
        `INSERT INTO keten.declaratie (aanbieder_id, gemeente_id, domein, declaratie_nummer, nummer_dubbel, periode_begin, periode_eind, dagtekening,
                                       totaal_ingediend_centen, status, bron, bericht_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'ontvangen', $10, $11)
         ON CONFLICT (aanbieder_id, domein, declaratie_nummer) WHERE NOT nummer_dubbel DO NOTHING RETURNING id`,
        [aanbiederId, gemeenteId, kop.domein, kop.declaratieNummer, dubbel, kop.declaratiePeriode.begindatum, kop.declaratiePeriode.einddatum, kop.dagtekening, totaal, bron, berichtId],
      ) as Promise<{ id: string }[]>;
    let nummerDubbel = false;
    let [rij] = await invoegen(false);
    if (!rij) {
      nummerDubbel = true;
      [rij] = await invoegen(true);
    }
    const declaratieId = rij.id;

    await manager.query(
      `INSERT INTO keten.prestatie (declaratie_id, volgnummer, aanbieder_id, gemeente_id, domein, client_id, referentie_nummer, vorig_referentie_nummer,
                                    toewijzing_nummer, productcategorie, productcode, begindatum, einddatum, geleverd_volume, eenheid,
                                    product_tarief_centen, ingediend_bedrag_centen, debet_credit, status)
       SELECT $1, r.volgnummer, $2, $3, $4, r.client_id, r.referentie_nummer, r.vorig_referentie_nummer, r.toewijzing_nummer, r.productcategorie,
              r.productcode, r.begindatum, r.einddatum, r.geleverd_volume, r.eenheid::keten.eenheid, r.product_tarief, r.ingediend_bedrag, r.debet_credit,
              'ontvangen'
         FROM jsonb_to_recordset($5::jsonb) AS r(volgnummer int, client_id uuid, referentie_nummer text, vorig_referentie_nummer text,
              toewijzing_nummer int, productcategorie text, productcode text, begindatum date, einddatum date, geleverd_volume int, eenheid text,
              product_tarief bigint, ingediend_bedrag bigint, debet_credit text)`,
      [
        declaratieId, aanbiederId, gemeenteId, kop.domein,
        JSON.stringify(
          invoer.prestaties.map((p, i) => ({
            volgnummer: i, client_id: clientIds.get(p.bsn), referentie_nummer: p.referentieNummer, vorig_referentie_nummer: p.vorigReferentieNummer,
            toewijzing_nummer: p.toewijzingNummer, productcategorie: p.productCategorie, productcode: p.productCode, begindatum: p.productPeriode.begindatum,
            einddatum: p.productPeriode.einddatum, geleverd_volume: p.geleverdVolume, eenheid: p.eenheid, product_tarief: p.productTarief,
            ingediend_bedrag: p.ingediendBedrag, debet_credit: p.debetCredit,
          })),
        ),
      ],
    );
    await this.outbox.stage(manager, BeoordeelDeclaratieJob.queue, BeoordeelDeclaratieJob.naam, BeoordeelDeclaratieJob.jobId(declaratieId), { declaratieId });
    await this.audit.log(manager, principal, {
      actie: 'declaratie.ontvangen',
      entiteit: 'declaratie',
      entiteitId: declaratieId,
      details: { declaratieNummer: kop.declaratieNummer, prestaties: invoer.prestaties.length, bron, nummerDubbel },
    });
    return { declaratieId, status: DeclaratieStatus.Ontvangen, nummerDubbel };
  }
}
