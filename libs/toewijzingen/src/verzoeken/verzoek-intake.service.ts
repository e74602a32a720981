import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  antwoordTermijn,
  beoordeelVot,
  beoordeelVow,
  VerzoekSoort,
  VerzoekStatus,
  type Kalenderdatum,
  type Retourcode,
  type VerzoekBevinding,
} from '#keten/domain';
import {
  bouwBericht,
  maakRetour,
  type Bericht315,
  type Bericht317,
  type Bericht320,
  type Bevinding,
} from '#keten/istandaarden';
import { AuditService, validatieFout, type Principal } from '#keten/platform';
import { OrganisatieCodesService } from '#keten/organisaties';
import { ClientService } from '../clienten/client.service.js';
import { identificatieRetour } from '../regieberichten/regiebericht.service.js';
import { actueleToewijzingen, partijen } from './verzoek-gegevens.util.js';

export type Verzoekbericht = Bericht315 | Bericht317;

export interface VerzoekOntvangst {
  volgnummer: number;
  verzoekId: string;
  referentieAanbieder: string;
  status: VerzoekStatus;
  retourcodes: Retourcode[];
  toelichting: string | null;
}

const OPENSTAAND = [VerzoekStatus.Open, VerzoekStatus.InOnderzoek];

/**
 * Intake of verzoeken om toewijzing (315) and wijziging (317): each is judged by the rules of istandaarden.md 3.6 that
 * need what Keten knows (libs/domain verzoek-checks), stored with its outcome, and either taken into the gemeente's work
 * queue or answered in the retour (316/318) with its codes on the class they concern. Also reads the aanbieder's 320 on
 * a 319 the gemeente sent.
 */
@Injectable()
export class VerzoekIntakeService {
  constructor(
    private readonly clienten: ClientService,
    private readonly organisaties: OrganisatieCodesService,
    private readonly audit: AuditService,
  ) {}

  async verwerk(
    manager: EntityManager,
    principal: Principal,
    bericht: Verzoekbericht,
    berichtId: string,
  ): Promise<VerzoekOntvangst[]> {
    const { gemeenteId, aanbiederId } = await partijen(
      this.organisaties,
      manager,
      bericht.header.ontvanger,
      bericht.header.afzender,
    );
    const bsn = bericht.client.bsn;
    const clientId = (await this.clienten.clientIds(manager, [bsn])).get(bsn)!;
    // A VOT may be the first Keten hears of a client: keep what the 315 says of them (name, birth date) for the 301
    // that honours it, until the gemeente's back office sends its own 301 with the client's full data.
    if (bericht.berichtType === '315' && (await this.clienten.gegevensVan(manager, clientId)) === null) {
      const {
        bsn: _bsn,
        aangevraagdeProducten: _producten,
        commentaar: _commentaar,
        gezagsdragerBekend: _gezag,
        ...client
      } = bericht.client;
      await this.clienten.bewaarGegevens(manager, clientId, {
        ...client,
        naam: { ...client.naam, naamGebruik: '1' },
        contactgegevens: [{ soort: '01' }],
      });
    }
    // One verzoek at a time per client and aanbieder (TR374): judged under a lock, so two messages cannot both pass.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('verzoek'), hashtext($1))`, [
      `${clientId}|${aanbiederId}`,
    ]);
    const referenties =
      bericht.berichtType === '315'
        ? bericht.client.aangevraagdeProducten.map((p) => p.referentieAanbieder)
        : [bericht.client.verzoek.referentieAanbieder];
    const [{ onderhanden }] = (await manager.query(
      `SELECT EXISTS (SELECT 1 FROM keten.verzoek WHERE client_id = $1 AND aanbieder_id = $2 AND domein = $3 AND status = ANY($4::keten.verzoek_status[])) AS onderhanden`,
      [clientId, aanbiederId, bericht.domein, OPENSTAAND],
    )) as { onderhanden: boolean }[];
    const bekend = (await manager.query(
      `SELECT referentie_aanbieder FROM keten.verzoek WHERE aanbieder_id = $1 AND domein = $2 AND referentie_aanbieder = ANY($3::varchar[]) AND status <> 'afgekeurd'`,
      [aanbiederId, bericht.domein, referenties],
    )) as { referentie_aanbieder: string }[];
    const ctx = {
      bekendeReferenties: new Set(bekend.map((r) => r.referentie_aanbieder)),
      verzoekOnderhanden: onderhanden,
    };
    const dagtekening = bericht.header.berichtIdentificatie.dagtekening;

    const eenheden: {
      inhoud: Record<string, unknown>;
      referentie: string;
      bevindingen: VerzoekBevinding[];
      soort: VerzoekSoort;
    }[] = [];
    if (bericht.berichtType === '315') {
      const bevindingen = beoordeelVot(bericht.client.aangevraagdeProducten, ctx);
      // A VOT is decided per product (OP344): a finding on one product refuses that one; one on the Client refuses all.
      bericht.client.aangevraagdeProducten.forEach((p, i) => {
        const pad = `AangevraagdeProducten/AangevraagdProduct[${i + 1}]`;
        eenheden.push({
          inhoud: { ...p },
          referentie: p.referentieAanbieder,
          soort: VerzoekSoort.Toewijzing,
          bevindingen: bevindingen.filter((b) => b.pad === '' || b.pad === pad),
        });
      });
    } else {
      const v = bericht.client.verzoek;
      const actueel = await actueleToewijzingen(manager, {
        gemeenteId,
        domein: bericht.domein,
        clientId,
        aanbiederId,
        peildatum: dagtekening,
      });
      const bevindingen = beoordeelVow(
        {
          referentieAanbieder: v.referentieAanbieder,
          dagtekening,
          ongewijzigd: (v.ongewijzigdeProducten ?? []).map((p) => p.toewijzingNummer),
          teWijzigen: v.teWijzigenProducten ?? [],
          nieuw: v.nieuweProducten ?? [],
        },
        actueel,
        ctx,
      );
      eenheden.push({
        inhoud: { ...v },
        referentie: v.referentieAanbieder,
        soort: VerzoekSoort.Wijziging,
        bevindingen,
      });
    }

    const uit: VerzoekOntvangst[] = [];
    for (const [i, e] of eenheden.entries()) {
      const status = e.bevindingen.length ? VerzoekStatus.Afgekeurd : VerzoekStatus.Open;
      const retourcodes = [...new Set(e.bevindingen.map((b) => b.retourcode))];
      const bevindingen = e.bevindingen.map((b) => ({
        ...b,
        pad: b.pad ? `/Bericht/Client/${b.pad}` : '/Bericht/Client',
      }));
      const [{ id }] = (await manager.query(
        `INSERT INTO keten.verzoek (soort, bericht_id, volgnummer, gemeente_id, aanbieder_id, domein, client_id, referentie_aanbieder, inhoud, dagtekening,
                                    status, termijn, retourcodes, bevindingen)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
        [
          e.soort,
          berichtId,
          i + 1,
          gemeenteId,
          aanbiederId,
          bericht.domein,
          clientId,
          e.referentie,
          JSON.stringify(e.inhoud),
          dagtekening,
          status,
          antwoordTermijn(dagtekening, VerzoekStatus.Open),
          retourcodes,
          JSON.stringify(bevindingen),
        ],
      )) as { id: string }[];
      const toelichting = e.bevindingen.length
        ? e.bevindingen.map((b) => `${b.regel}: ${b.toelichting}`).join('; ')
        : null;
      uit.push({
        volgnummer: i + 1,
        verzoekId: id,
        referentieAanbieder: e.referentie,
        status,
        retourcodes,
        toelichting,
      });
    }
    await this.audit.log(manager, principal, {
      actie: 'verzoek.ontvangen',
      entiteit: 'client',
      entiteitId: clientId,
      details: {
        berichtId,
        verzoeken: uit.map((v) => ({ id: v.verzoekId, status: v.status, retourcodes: v.retourcodes })),
      },
    });
    return uit;
  }

  /**
   * The retour (316 on a 315, 318 on a 317) as XML, from what was stored: each finding on its class, 0200 on the
   * others, no Client at all when nothing was found (OP065). `technisch`: the findings of a message rejected as a
   * whole (0001); `berichtCodes`: header codes such as 9056.
   */
  async retour(
    manager: EntityManager,
    heen: Verzoekbericht,
    berichtId: string,
    opties: {
      dagtekeningRetour: Kalenderdatum;
      technisch?: readonly Bevinding[];
      berichtCodes?: readonly Retourcode[];
    },
  ): Promise<string> {
    let bevindingen: Bevinding[];
    if (opties.technisch?.length) {
      bevindingen = [...opties.technisch];
    } else if (opties.berichtCodes?.length) {
      bevindingen = opties.berichtCodes.map((c) => ({
        retourcode: c,
        regel: c,
        pad: '/Bericht/Header',
        toelichting: '',
      }));
    } else {
      const rijen = (await manager.query(
        `SELECT bevindingen FROM keten.verzoek WHERE bericht_id = $1 ORDER BY volgnummer`,
        [berichtId],
      )) as { bevindingen: Bevinding[] }[];
      bevindingen = rijen.flatMap((r) => r.bevindingen);
    }
    return bouwBericht(
      maakRetour(heen, {
        identificatieRetour: identificatieRetour(berichtId),
        dagtekeningRetour: opties.dagtekeningRetour,
        bevindingen,
      }),
    );
  }

  /** The aanbieder's technical retour (320) on a 319 of this gemeente: its codes are kept on that antwoord. */
  async verwerkAntwoordRetour(
    manager: EntityManager,
    principal: Principal,
    bericht: Bericht320,
    berichtId: string,
  ): Promise<{ verzoekId: string; antwoordId: string; retourcodes: Retourcode[] }> {
    const { gemeenteId, aanbiederId } = await partijen(
      this.organisaties,
      manager,
      bericht.header.afzender,
      bericht.header.ontvanger,
    );
    const identificatie = bericht.header.berichtIdentificatie.identificatie;
    const [antwoord] = (await manager.query(
      `SELECT a.id, a.verzoek_id FROM keten.verzoek_antwoord a JOIN keten.verzoek v ON v.id = a.verzoek_id
        WHERE a.gemeente_id = $1 AND a.domein = $2 AND a.identificatie = $3 AND v.aanbieder_id = $4 FOR UPDATE OF a`,
      [gemeenteId, bericht.domein, identificatie, aanbiederId],
    )) as { id: string; verzoek_id: string }[];
    if (!antwoord) {
      throw validatieFout('onbekend antwoordbericht', [
        {
          veld: 'BerichtIdentificatie',
          reden: `er is u geen antwoordbericht (319) met identificatie ${identificatie} gestuurd`,
        },
      ]);
    }
    const a = bericht.antwoord;
    const retourcodes = [
      ...new Set([
        ...(bericht.header.retourCodes ?? []),
        ...(a?.retourCodes ?? []),
        ...(a?.woonplaatsbeginsel?.retourCodes ?? []),
      ]),
    ];
    await manager.query(`UPDATE keten.verzoek_antwoord SET retour_bericht_id = $2, retour_codes = $3 WHERE id = $1`, [
      antwoord.id,
      berichtId,
      retourcodes,
    ]);
    await this.audit.log(manager, principal, {
      actie: 'verzoek.antwoord.retour',
      entiteit: 'verzoek',
      entiteitId: antwoord.verzoek_id,
      details: { berichtId, antwoordId: antwoord.id, retourcodes },
    });
    return { verzoekId: antwoord.verzoek_id, antwoordId: antwoord.id, retourcodes };
  }
}
