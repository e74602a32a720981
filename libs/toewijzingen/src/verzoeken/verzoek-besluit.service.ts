import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  antwoordTermijn,
  besluitToegestaan,
  Domein,
  Frequentie,
  plusDagen,
  RedenAfwijzingVerzoek,
  vandaag,
  VerzoekAntwoord,
  VerzoekBesluit,
  VerzoekSoort,
  VerzoekStatus,
  type Kalenderdatum,
} from '#keten/domain';
import type { AangevraagdProduct, ProductOmvang, Verzoek } from '#keten/istandaarden';
import { AuditService, conflict, nietGevonden, Rol, validatieFout, type Principal } from '#keten/platform';
import { OrganisatieCodesService } from '#keten/organisaties';
import { ClientService } from '../clienten/client.service.js';
import type { ToegewezenProductInvoer } from '../registreer-toewijzing/toewijzing-invoer.types.js';
import { ToewijzingLedgerService } from '../registreer-toewijzing/toewijzing-ledger.service.js';
import { actueleToewijzingen, type ActueleToewijzingRij } from './verzoek-gegevens.util.js';

export interface BesluitInvoer {
  besluit: VerzoekBesluit;
  redenAfwijzing?: RedenAfwijzingVerzoek;
  woonplaatsbeginselGemeente?: string;
}

interface VerzoekRij {
  id: string;
  soort: VerzoekSoort;
  status: VerzoekStatus;
  gemeente_id: string;
  aanbieder_id: string;
  client_id: string;
  domein: Domein;
  referentie_aanbieder: string;
  inhoud: Record<string, unknown>;
  dagtekening: string;
  cbs_code: string;
  agb_code: string;
}

// RedenWijziging 12 "Geïnitieerd door de aanbieder": a change that honours a VOW (WMO002/JZ002); 13 = verwijderd.
const GEINITIEERD_DOOR_AANBIEDER = '12';
const VERWIJDERD = '13';
const MAX_TOEWIJZING_NUMMER = 999_999_999;

const TIJD = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const zelfdeOmvang = (a: ProductOmvang | null | undefined, b: ProductOmvang | null | undefined) =>
  (!a && !b) || (!!a && !!b && a.volume === b.volume && a.eenheid === b.eenheid && a.frequentie === b.frequentie);

/**
 * The toegang's decision on a verzoek (OP274/OP346): honour it with a 301 through the ledger (OP348, the verzoek copied
 * 1:1 with its ReferentieAanbieder, TR379), refuse it with a 319 and its reason, or answer "aanvraag in onderzoek" once
 * (TR360) with the final answer due within 8 weken.
 */
@Injectable()
export class VerzoekBesluitService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: ToewijzingLedgerService,
    private readonly clienten: ClientService,
    private readonly organisaties: OrganisatieCodesService,
    private readonly audit: AuditService,
  ) {}

  async besluit(principal: Principal, id: string, invoer: BesluitInvoer): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [rij] = (await manager.query(
        `SELECT v.id, v.soort, v.status, v.gemeente_id, v.aanbieder_id, v.client_id, v.domein, v.referentie_aanbieder, v.inhoud, v.dagtekening::text AS dagtekening
           FROM keten.verzoek v WHERE v.id = $1 FOR UPDATE`,
        [id],
      )) as Omit<VerzoekRij, 'cbs_code' | 'agb_code'>[];
      // Only the toegang of the gemeente the verzoek was sent to decides on it.
      if (!rij || (principal.rol !== Rol.Beheerder && principal.organisatieId !== rij.gemeente_id))
        throw nietGevonden('verzoek', id);
      const codes = await this.organisaties.codesVan(manager, [rij.gemeente_id, rij.aanbieder_id]);
      const v: VerzoekRij = {
        ...rij,
        cbs_code: codes.get(rij.gemeente_id)!.cbsCode!,
        agb_code: codes.get(rij.aanbieder_id)!.agbCode!,
      };
      const weigering = besluitToegestaan(v.status, invoer.besluit);
      if (weigering) throw conflict(`${weigering.toelichting} (${weigering.regel}, ${weigering.retourcode})`);
      this.controleerReden(v.domein, invoer);

      const nu = new Date();
      let status: VerzoekStatus;
      let toewijzingen: number[] = [];
      if (invoer.besluit === VerzoekBesluit.Toekennen) {
        toewijzingen = await this.kenToe(manager, principal, v, nu);
        status = VerzoekStatus.Toegekend;
      } else {
        await this.antwoord(manager, v, invoer, nu);
        status = invoer.besluit === VerzoekBesluit.Afwijzen ? VerzoekStatus.Afgewezen : VerzoekStatus.InOnderzoek;
      }
      await manager.query(
        `UPDATE keten.verzoek SET status = $2, termijn = $3, reden_afwijzing = $4, besloten_door = $5, besloten_op = $6, updated_at = now() WHERE id = $1`,
        [id, status, antwoordTermijn(v.dagtekening, status), invoer.redenAfwijzing ?? null, principal.actor, nu],
      );
      await this.audit.log(manager, principal, {
        actie: 'verzoek.besluit',
        entiteit: 'verzoek',
        entiteitId: id,
        details: {
          besluit: invoer.besluit,
          redenAfwijzing: invoer.redenAfwijzing ?? null,
          toewijzingNummers: toewijzingen,
        },
      });
    });
  }

  /** CD085/CD086 and, for iJw, TR377/TR409 (the responsible gemeente with reden 8). */
  private controleerReden(domein: Domein, invoer: BesluitInvoer): void {
    if (invoer.besluit === VerzoekBesluit.Afwijzen && !invoer.redenAfwijzing) {
      throw validatieFout('reden ontbreekt', [
        { veld: 'redenAfwijzing', reden: 'een afwijzing noemt de reden (WJ759, CD085)' },
      ]);
    }
    if (invoer.besluit !== VerzoekBesluit.Afwijzen && invoer.redenAfwijzing) {
      throw validatieFout('reden hoort niet bij dit besluit', [
        { veld: 'redenAfwijzing', reden: 'alleen een afwijzing heeft een reden (CD086)' },
      ]);
    }
    const woonplaats = domein === Domein.Jeugd && invoer.redenAfwijzing === RedenAfwijzingVerzoek.Woonplaatsbeginsel;
    if (woonplaats && !invoer.woonplaatsbeginselGemeente) {
      throw validatieFout('gemeente ontbreekt', [
        {
          veld: 'woonplaatsbeginselGemeente',
          reden: 'bij afwijzing wegens woonplaatsbeginsel (reden 8) de verantwoordelijke gemeente noemen (TR377/TR409)',
        },
      ]);
    }
    if (!woonplaats && invoer.woonplaatsbeginselGemeente) {
      throw validatieFout('gemeente hoort niet bij dit besluit', [
        {
          veld: 'woonplaatsbeginselGemeente',
          reden: 'alleen bij een Jeugd-afwijzing wegens woonplaatsbeginsel (reden 8)',
        },
      ]);
    }
  }

  /** A 319: the verzoek refused or "in onderzoek"; identificatie derived from its own id (≤ 12, unique per gemeente, TR056). */
  private async antwoord(manager: EntityManager, v: VerzoekRij, invoer: BesluitInvoer, nu: Date): Promise<void> {
    const [{ volgnummer }] = (await manager.query(
      `SELECT count(*)::int + 1 AS volgnummer FROM keten.verzoek_antwoord WHERE verzoek_id = $1`,
      [v.id],
    )) as { volgnummer: number }[];
    const identificatie = `A${createHash('sha256').update(`${v.id}|${volgnummer}`).digest('hex').slice(0, 11)}`;
    await manager.query(
      `INSERT INTO keten.verzoek_antwoord (verzoek_id, volgnummer, gemeente_id, domein, verzoek_antwoord, reden_afwijzing, woonplaats_gemeente, identificatie, dagtekening)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        v.id,
        volgnummer,
        v.gemeente_id,
        v.domein,
        invoer.besluit === VerzoekBesluit.Afwijzen
          ? VerzoekAntwoord.VerzoekAfgewezen
          : VerzoekAntwoord.AanvraagInOnderzoek,
        invoer.redenAfwijzing ?? null,
        invoer.woonplaatsbeginselGemeente ?? null,
        identificatie,
        vandaag(nu),
      ],
    );
  }

  /** The honoured verzoek as toewijzingen in the ledger; returns the ToewijzingNummers it issued or changed. */
  private async kenToe(manager: EntityManager, principal: Principal, v: VerzoekRij, nu: Date): Promise<number[]> {
    // Toewijzingsdatum + Toewijzingstijd: the moment of the decision (IV013), at least a second after the client's latest
    // version here, so that the decision is the current version even when two fall within one second.
    const [{ datum, tijd }] = (await manager.query(
      `SELECT to_char(m, 'YYYY-MM-DD') AS datum, to_char(m, 'HH24:MI:SS') AS tijd FROM (
         SELECT greatest($1::timestamp, max(v.toewijzingsdatum + v.toewijzingstijd) + interval '1 second') AS m
           FROM keten.toewijzing t JOIN keten.toewijzing_versie v ON v.toewijzing_id = t.id
          WHERE t.gemeente_id = $2 AND t.domein = $3 AND t.client_id = $4) s`,
      [`${vandaag(nu)} ${TIJD.format(nu)}`, v.gemeente_id, v.domein, v.client_id],
    )) as { datum: string; tijd: string }[];
    const moment = { toewijzingsdatum: datum, toewijzingstijd: tijd };
    const gemeen = { ...moment, referentieAanbieder: v.referentie_aanbieder, verzoekId: v.id };
    const nummers = await this.nummerBron(manager, v.gemeente_id, v.domein);
    let producten: ToegewezenProductInvoer[];
    if (v.soort === VerzoekSoort.Toewijzing) {
      const p = v.inhoud as unknown as AangevraagdProduct;
      producten = [
        {
          ...gemeen,
          toewijzingNummer: await nummers(),
          productCategorie: p.product?.categorie ?? null,
          productCode: p.product?.code ?? null,
          ingangsdatum: p.toewijzingIngangsdatum,
          einddatum: p.toewijzingEinddatum ?? null,
          omvang: p.omvang ?? null,
          budget: p.budget ?? null,
        },
      ];
    } else {
      const actueel = new Map(
        (
          await actueleToewijzingen(manager, {
            gemeenteId: v.gemeente_id,
            domein: v.domein,
            clientId: v.client_id,
            aanbiederId: v.aanbieder_id,
            peildatum: v.dagtekening,
          })
        ).map((t) => [t.toewijzingNummer, t]),
      );
      producten = await this.wijzigingen(v.inhoud as unknown as Verzoek, actueel, gemeen, nummers);
    }
    const resultaten = await this.ledger.registreer(
      manager,
      principal,
      {
        domein: v.domein,
        gemeenteCode: v.cbs_code,
        aanbiederAgb: v.agb_code,
        bsn: (await this.clienten.bsnVan(manager, [v.client_id])).get(v.client_id)!,
        producten,
      },
      null,
    );
    const geweigerd = resultaten.filter((r) => r.resultaat === 'afgewezen');
    if (geweigerd.length)
      throw conflict(
        `de toewijzing kan niet worden afgegeven: ${geweigerd.map((r) => `${r.toewijzingNummer}: ${r.toelichting}`).join('; ')}`,
      );
    return producten.map((p) => p.toewijzingNummer);
  }

  /**
   * A VOW honoured (OP348, IV066/OP033x1): einddatum, budget and a TBGT volume change within the same ToewijzingNummer;
   * any other change of omvang ends the current toewijzing the day before the desired date (or removes it, reden 13,
   * when the change holds for its whole duration) and issues a new ToewijzingNummer from that date. Ongewijzigde
   * producten stay as they are: the 301 carries them anyway (OP087).
   */
  private async wijzigingen(
    verzoek: Verzoek,
    actueel: Map<number, ActueleToewijzingRij>,
    gemeen: Omit<ToegewezenProductInvoer, 'toewijzingNummer' | 'ingangsdatum'>,
    nummers: () => Promise<number>,
  ): Promise<ToegewezenProductInvoer[]> {
    const uit: ToegewezenProductInvoer[] = [];
    for (const p of verzoek.teWijzigenProducten ?? []) {
      const t = actueel.get(p.toewijzingNummer);
      if (!t)
        throw conflict(
          `toewijzing ${p.toewijzingNummer} is niet meer actueel; het verzoek kan niet meer zo worden toegekend`,
        );
      const product = { productCategorie: t.productCategorie, productCode: t.productCode };
      const einddatum = p.einddatum ?? t.einddatum;
      const tbgt =
        t.omvang?.frequentie === Frequentie.TotaalBinnenGeldigheidsduur &&
        p.omvang?.frequentie === Frequentie.TotaalBinnenGeldigheidsduur &&
        t.omvang.eenheid === p.omvang.eenheid;
      if (zelfdeOmvang(t.omvang, p.omvang) || tbgt || (!t.omvang && !p.omvang)) {
        // What the VOW leaves empty stays as it is (an einddatum-only change keeps its budget).
        const omvang = p.omvang ?? (p.budget !== undefined ? null : t.omvang);
        const budget = p.budget ?? (p.omvang ? null : t.budgetCenten);
        uit.push({
          ...gemeen,
          ...product,
          toewijzingNummer: t.toewijzingNummer,
          ingangsdatum: t.ingangsdatum,
          einddatum,
          omvang,
          budget,
          redenWijziging: GEINITIEERD_DOOR_AANBIEDER,
        });
        continue;
      }
      const heel = p.gewensteIngangsdatum <= t.ingangsdatum;
      const oudEinde: Kalenderdatum = heel ? t.ingangsdatum : plusDagen(p.gewensteIngangsdatum, -1);
      uit.push({
        ...gemeen,
        ...product,
        toewijzingNummer: t.toewijzingNummer,
        ingangsdatum: t.ingangsdatum,
        einddatum: oudEinde,
        omvang: t.omvang,
        budget: t.budgetCenten,
        redenWijziging: heel ? VERWIJDERD : GEINITIEERD_DOOR_AANBIEDER,
      });
      uit.push({
        ...gemeen,
        ...product,
        toewijzingNummer: await nummers(),
        ingangsdatum: heel ? t.ingangsdatum : p.gewensteIngangsdatum,
        einddatum,
        omvang: p.omvang ?? null,
        budget: p.budget ?? null,
      });
    }
    for (const p of verzoek.nieuweProducten ?? []) {
      uit.push({
        ...gemeen,
        toewijzingNummer: await nummers(),
        productCategorie: p.product?.categorie ?? null,
        productCode: p.product?.code ?? null,
        ingangsdatum: p.gewensteIngangsdatum,
        einddatum: p.einddatum ?? null,
        omvang: p.omvang ?? null,
        budget: p.budget ?? null,
      });
    }
    return uit;
  }

  /**
   * New ToewijzingNummers for this gemeente and domein (unique there, TR332): the next after the highest in use, under a
   * transaction lock so that two decisions never draw the same one.
   */
  private async nummerBron(manager: EntityManager, gemeenteId: string, domein: Domein): Promise<() => Promise<number>> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('toewijzing-nummer'), hashtext($1))`, [
      `${gemeenteId}|${domein}`,
    ]);
    const [{ hoogste }] = (await manager.query(
      `SELECT coalesce(max(toewijzing_nummer), 0)::int AS hoogste FROM keten.toewijzing WHERE gemeente_id = $1 AND domein = $2`,
      [gemeenteId, domein],
    )) as { hoogste: number }[];
    let volgende = hoogste;
    return async () => {
      volgende += 1;
      if (volgende > MAX_TOEWIJZING_NUMMER)
        throw conflict('de ToewijzingNummers van deze gemeente in dit domein zijn op (LDT_Nummer ≤ 999999999)');
      return volgende;
    };
  }
}
