import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DebetCredit, isGeldigBsn } from '#keten/domain';
import {
  AuditService,
  geenToegang,
  JobOutboxService,
  Rol,
  validatieFout,
  voorbereideQuery,
  type Principal,
  type VeldFout,
} from '#keten/platform';
import { OrganisatieCodesService } from '#keten/organisaties';
import { ClientService } from '#keten/toewijzingen';
import { DeclaratieBron, DeclaratieStatus } from '../database/declaratie.entity.js';
import { BeoordeelDeclaratieJob } from '../beoordeel-declaratie/beoordeel-declaratie.job.js';
import type { DeclaratieInvoer } from './declaratie-invoer.types.js';
import { verpakIngediend } from '../database/ingediende-prestaties.util.js';

/** A declaratie checked and looked up, ready to be stored (DeclaratieIntakeService.bereidVoor). */
export interface VoorbereideDeclaratie {
  principal: Principal;
  invoer: DeclaratieInvoer;
  aanbiederId: string;
  gemeenteId: string;
  /** The client ids of the BSNs Keten knew when it looked. */
  bekendeClienten: Map<string, string>;
}

export interface Ontvangst {
  declaratieId: string;
  status: DeclaratieStatus;
  /** TR333: the DeclaratieNummer was used before; stored, and answered with 9333 by the beoordeling. */
  nummerDubbel: boolean;
}

/**
 * Stores a declaratie and its prestaties at once (status ontvangen) and stages its beoordeling job in the same
 * transaction; the caller publishes after commit. A 25 MB 323 is tens of thousands of prestaties: they are one document
 * until judged (ingediende-prestaties.util.ts).
 */
@Injectable()
export class DeclaratieIntakeService {
  constructor(
    private readonly clienten: ClientService,
    private readonly organisaties: OrganisatieCodesService,
    private readonly outbox: JobOutboxService,
    private readonly audit: AuditService,
  ) {}

  async partijen(
    manager: EntityManager,
    principal: Principal,
    agb: string,
    cbs: string,
  ): Promise<{ aanbiederId: string; gemeenteId: string }> {
    const { aanbiederId, gemeenteId } = await this.organisaties.partijen(manager, agb, cbs);
    const fouten: VeldFout[] = [];
    if (!aanbiederId) fouten.push({ veld: 'aanbiederAgb', reden: `AGB-code ${agb} is niet bekend` });
    if (!gemeenteId) fouten.push({ veld: 'gemeenteCode', reden: `gemeentecode ${cbs} is niet bekend (TR378)` });
    if (fouten.length) throw validatieFout('onbekende partij', fouten);
    // An aanbieder declares only under its own AGB code.
    if (
      principal.rol !== Rol.Beheerder &&
      (principal.rol !== Rol.Aanbieder || principal.organisatieId !== aanbiederId)
    ) {
      throw geenToegang('een aanbieder declareert alleen onder de eigen AGB-code');
    }
    return { aanbiederId: aanbiederId!, gemeenteId: gemeenteId! };
  }

  /**
   * What a declaratie needs before it is stored, all of it read only: the BSNs pass the elfproef, the aanbieder and
   * gemeente are known and the principal declares as that aanbieder, and the clients Keten knows. The intake of a 323
   * sends this together with the message's own insert (one round trip, issue 19).
   */
  async bereidVoor(
    manager: EntityManager,
    principal: Principal,
    invoer: DeclaratieInvoer,
  ): Promise<VoorbereideDeclaratie> {
    const ongeldig = invoer.prestaties.findIndex((p) => !isGeldigBsn(p.bsn));
    if (ongeldig >= 0)
      throw validatieFout('ongeldig BSN', [
        { veld: `prestaties[${ongeldig}].bsn`, reden: 'het BSN voldoet niet aan de elfproef (CS002)' },
      ]);
    const { kop } = invoer;
    const { aanbiederId, gemeenteId } = await this.partijen(manager, principal, kop.aanbiederAgb, kop.gemeente);
    const bekendeClienten = await this.clienten.bestaandeClientIds(
      manager,
      invoer.prestaties.map((p) => p.bsn),
    );
    return { principal, invoer, aanbiederId, gemeenteId, bekendeClienten };
  }

  async ontvang(
    manager: EntityManager,
    voorbereid: VoorbereideDeclaratie,
    bron: DeclaratieBron,
    berichtId: string | null,
  ): Promise<Ontvangst> {
    const { principal, invoer, aanbiederId, gemeenteId, bekendeClienten } = voorbereid;
    const { kop } = invoer;
    const clientIds = await this.clienten.clientIds(
      manager,
      invoer.prestaties.map((p) => p.bsn),
      bekendeClienten,
    );
    const totaal =
      kop.totaalIngediendBedrag.debetCredit === DebetCredit.Credit
        ? -kop.totaalIngediendBedrag.bedrag
        : kop.totaalIngediendBedrag.bedrag;

    // The prestaties as one document, written with the declaratie (ingediende-prestaties.util.ts); the beoordeling
    // writes them as keten.prestatie rows with their result.
    const n = invoer.prestaties.length;
    const kolom = <T>(waarde: (p: DeclaratieInvoer['prestaties'][number]) => T): T[] => {
      const uit = new Array<T>(n);
      for (let i = 0; i < n; i++) uit[i] = waarde(invoer.prestaties[i]);
      return uit;
    };
    const ingediend = await verpakIngediend({
      client_id: kolom((p) => clientIds.get(p.bsn)!),
      referentie_nummer: kolom((p) => p.referentieNummer),
      vorig_referentie_nummer: kolom((p) => p.vorigReferentieNummer),
      toewijzing_nummer: kolom((p) => p.toewijzingNummer),
      productcategorie: kolom((p) => p.productCategorie),
      productcode: kolom((p) => p.productCode),
      begindatum: kolom((p) => p.productPeriode.begindatum),
      einddatum: kolom((p) => p.productPeriode.einddatum),
      geleverd_volume: kolom((p) => p.geleverdVolume),
      eenheid: kolom((p) => p.eenheid),
      product_tarief_centen: kolom((p) => p.productTarief),
      ingediend_bedrag_centen: kolom((p) => p.ingediendBedrag),
      debet_credit: kolom((p) => p.debetCredit),
    });
    const invoegen = (dubbel: boolean) =>
      voorbereideQuery<{ id: string }>(
        manager,
        'declaratie-ontvangen',
        `INSERT INTO keten.declaratie (aanbieder_id, gemeente_id, domein, declaratie_nummer, nummer_dubbel, periode_begin, periode_eind, dagtekening,
                                       totaal_ingediend_centen, status, bron, bericht_id, aantal_prestaties, ingediende_prestaties, bericht_identificatie,
                                       bericht_dagtekening)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'ontvangen', $10, $11, $12, $13, $14, $15)
         ON CONFLICT (aanbieder_id, domein, declaratie_nummer) WHERE NOT nummer_dubbel DO NOTHING RETURNING id`,
        [
          aanbiederId,
          gemeenteId,
          kop.domein,
          kop.declaratieNummer,
          dubbel,
          kop.declaratiePeriode.begindatum,
          kop.declaratiePeriode.einddatum,
          kop.dagtekening,
          totaal,
          bron,
          berichtId,
          n,
          ingediend,
          invoer.berichtIdentificatie?.identificatie ?? null,
          invoer.berichtIdentificatie?.dagtekening ?? null,
        ],
      );
    let nummerDubbel = false;
    let [rij] = await invoegen(false);
    if (!rij) {
      nummerDubbel = true;
      [rij] = await invoegen(true);
    }
    const declaratieId = rij.id;
    await Promise.all([
      this.outbox.stage(
        manager,
        BeoordeelDeclaratieJob.queue,
        BeoordeelDeclaratieJob.naam,
        BeoordeelDeclaratieJob.jobId(declaratieId),
        { declaratieId },
      ),
      this.audit.log(manager, principal, {
        actie: 'declaratie.ontvangen',
        entiteit: 'declaratie',
        entiteitId: declaratieId,
        details: { declaratieNummer: kop.declaratieNummer, prestaties: invoer.prestaties.length, bron, nummerDubbel },
      }),
    ]);
    return { declaratieId, status: DeclaratieStatus.Ontvangen, nummerDubbel };
  }
}
