import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Kalenderdatum, Retourcode } from '#keten/domain';
import { bouwBericht, maakRetour, type Bericht305, type Bericht307, type Bevinding } from '#keten/istandaarden';
import { AuditService, JobOutboxService, QueueName, validatieFout, type Principal } from '#keten/platform';
import { OrganisatieCodesService } from '#keten/organisaties';
import { ToewijzingGewijzigdJob } from '../registreer-toewijzing/toewijzing-gewijzigd.job.js';
import { ClientService } from '../clienten/client.service.js';
import { RegieberichtSoort, RegieberichtStatus } from '../database/regiebericht.entity.js';
import {
  beoordeelRegieProduct,
  type ActueleRegie,
  type RegieBevinding,
  type RegieProduct,
} from './regie-regels.util.js';

const REDEN_VERWIJDERD = '13';

export interface RegieProductResultaat {
  volgnummer: number;
  soort: RegieberichtSoort;
  toewijzingNummer: number | null;
  statusAanlevering: string;
  begindatum: Kalenderdatum;
  einddatum: Kalenderdatum | null;
  resultaat: RegieberichtStatus;
  retourcodes: Retourcode[];
  toelichting: string | null;
}

interface ToewijzingRij {
  id: string;
  toewijzing_nummer: number;
  aanbieder_id: string;
  client_id: string;
  reden_wijziging: string | null;
}

interface ActueleRij extends ActueleRegie {
  id: string;
}

type Regiebericht = Bericht305 | Bericht307;

function productenVan(b: Regiebericht): {
  soort: RegieberichtSoort;
  lijst: string;
  item: string;
  producten: (RegieProduct & { toewijzingNummer?: number })[];
} {
  if (b.berichtType === '305') {
    return {
      soort: RegieberichtSoort.Start,
      lijst: 'StartProducten',
      item: 'StartProduct',
      producten: b.client.startProducten.map((p) => ({
        soort: 'start',
        statusAanlevering: p.statusAanlevering as '1' | '3',
        begindatum: p.begindatum,
        toewijzingNummer: p.toewijzingNummer,
      })),
    };
  }
  return {
    soort: RegieberichtSoort.Stop,
    lijst: 'StopProducten',
    item: 'StopProduct',
    producten: b.client.stopProducten.map((p) => ({
      soort: 'stop',
      statusAanlevering: p.statusAanlevering as '1' | '3',
      begindatum: p.begindatum,
      einddatum: p.einddatum,
      redenBeeindiging: p.redenBeeindiging,
      toewijzingNummer: p.toewijzingNummer,
    })),
  };
}

/**
 * Start (305) and stop (307) intake: each StartProduct/StopProduct is related to its toewijzing (TR019), judged by
 * the rules of istandaarden.md 3.5 and stored with its outcome; the retour (306/308) is built from what was stored.
 * Regieberichten inform the gemeente only: the declaratie beoordeling never reads them (OP364).
 */
@Injectable()
export class RegieberichtService {
  constructor(
    private readonly clienten: ClientService,
    private readonly organisaties: OrganisatieCodesService,
    private readonly audit: AuditService,
    private readonly outbox: JobOutboxService,
  ) {}

  async verwerk(
    manager: EntityManager,
    principal: Principal,
    bericht: Regiebericht,
    berichtId: string,
  ): Promise<RegieProductResultaat[]> {
    const partijen = await this.organisaties.partijen(manager, bericht.header.afzender, bericht.header.ontvanger);
    const gemeente = partijen.gemeenteId ? { id: partijen.gemeenteId } : undefined;
    if (!gemeente)
      throw validatieFout('onbekende gemeente', [
        { veld: 'Ontvanger', reden: `gemeentecode ${bericht.header.ontvanger} is niet bekend (TR378)` },
      ]);
    const aanbieder = partijen.aanbiederId ? { id: partijen.aanbiederId } : undefined;
    if (!aanbieder)
      throw validatieFout('onbekende aanbieder', [
        { veld: 'Afzender', reden: `AGB-code ${bericht.header.afzender} is niet bekend` },
      ]);

    const clientId = await this.clienten.bestaandeClientId(manager, bericht.client.bsn);
    const { soort, producten } = productenVan(bericht);
    const nummers = [
      ...new Set(producten.map((p) => p.toewijzingNummer).filter((n): n is number => n !== undefined)),
    ].sort((a, b) => a - b);
    // Locked in a fixed order: regieberichten on one toewijzing are judged one at a time (TR326 has no constraint).
    const toewijzingen = new Map(
      (
        (await manager.query(
          `SELECT t.id, t.toewijzing_nummer, t.aanbieder_id, t.client_id,
                (SELECT v.reden_wijziging FROM keten.toewijzing_versie v WHERE v.toewijzing_id = t.id
                  ORDER BY v.toewijzingsdatum DESC, v.toewijzingstijd DESC LIMIT 1) AS reden_wijziging
           FROM keten.toewijzing t WHERE t.gemeente_id = $1 AND t.domein = $2 AND t.toewijzing_nummer = ANY($3::int[]) AND t.aanbieder_id = $4
          ORDER BY t.id FOR UPDATE OF t`,
          // Only this aanbieder's: another's toewijzing is neither read nor locked (its existence must not show).
          [gemeente.id, bericht.domein, nummers, aanbieder.id],
        )) as ToewijzingRij[]
      ).map((t) => [t.toewijzing_nummer, t]),
    );

    const resultaten: RegieProductResultaat[] = [];
    let eigenClient = false;
    for (const [i, p] of producten.entries()) {
      const toewijzing = p.toewijzingNummer === undefined ? undefined : toewijzingen.get(p.toewijzingNummer);
      const koppeling = this.tr019(p.toewijzingNummer, toewijzing, aanbieder.id, clientId);
      if (!koppeling) eigenClient = true;
      let bevindingen: RegieBevinding[] = koppeling ? [koppeling] : [];
      let teVerwijderen: ActueleRij | null = null;
      if (!koppeling)
        ({ bevindingen, teVerwijderen } = beoordeelRegieProduct(await this.actueel(manager, toewijzing!.id), p));
      const status = bevindingen.length ? RegieberichtStatus.Afgewezen : RegieberichtStatus.Geaccepteerd;
      const retourcodes = bevindingen.map((b) => b.retourcode);
      const toelichting = bevindingen.length ? bevindingen.map((b) => `${b.regel}: ${b.toelichting}`).join('; ') : null;
      const [{ id }] = (await manager.query(
        `INSERT INTO keten.regiebericht (soort, bericht_id, volgnummer, gemeente_id, aanbieder_id, domein, toewijzing_id, client_id, toewijzing_nummer,
                                         begindatum, einddatum, reden_beeindiging, status_aanlevering, status, retourcodes, toelichting)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
        [
          soort,
          berichtId,
          i + 1,
          gemeente.id,
          aanbieder.id,
          bericht.domein,
          koppeling ? null : toewijzing!.id,
          clientId,
          p.toewijzingNummer ?? null,
          p.begindatum,
          p.einddatum ?? null,
          p.redenBeeindiging ?? null,
          p.statusAanlevering,
          status,
          retourcodes,
          toelichting,
        ],
      )) as { id: string }[];
      if (teVerwijderen)
        await manager.query(`UPDATE keten.regiebericht SET verwijderd_door_id = $2 WHERE id = $1`, [
          teVerwijderen.id,
          id,
        ]);
      // An accepted stop (or its removal) ends (or restores) the verplichting: sturing recomputes it after commit.
      if (soort === RegieberichtSoort.Stop && status === RegieberichtStatus.Geaccepteerd) {
        await this.outbox.stage(
          manager,
          QueueName.Sturing,
          ToewijzingGewijzigdJob.naam,
          ToewijzingGewijzigdJob.jobId(id),
          { toewijzingId: toewijzing!.id },
        );
      }
      resultaten.push({
        volgnummer: i + 1,
        soort,
        toewijzingNummer: p.toewijzingNummer ?? null,
        statusAanlevering: p.statusAanlevering,
        begindatum: p.begindatum,
        einddatum: p.einddatum ?? null,
        resultaat: status,
        retourcodes,
        toelichting,
      });
    }
    await this.audit.log(manager, principal, {
      actie: soort === RegieberichtSoort.Start ? 'regiebericht.start.ontvangen' : 'regiebericht.stop.ontvangen',
      // The client only when a toewijzing of this aanbieder linked it: the trail its administrator reads must not
      // tell whether a BSN is known to Keten through another aanbieder (architecture.md 5).
      entiteit: clientId && eigenClient ? 'client' : 'bericht',
      entiteitId: clientId && eigenClient ? clientId : berichtId,
      details: {
        berichtId,
        producten: resultaten.map((r) => ({
          nummer: r.toewijzingNummer,
          resultaat: r.resultaat,
          retourcodes: r.retourcodes,
        })),
      },
    });
    return resultaten;
  }

  /** TR019: the product names a ToewijzingNummer of this gemeente and domein, for this aanbieder and this client. */
  private tr019(
    nummer: number | undefined,
    t: ToewijzingRij | undefined,
    aanbiederId: string,
    clientId: string | null,
  ): RegieBevinding | null {
    const fout = (reden: string): RegieBevinding => ({ retourcode: '9019', regel: 'TR019', toelichting: reden });
    if (nummer === undefined)
      return fout(
        'zonder ToewijzingNummer is het regiebericht aan geen toewijzing te koppelen (de taakgerichte variant zonder toewijzing wordt niet ondersteund)',
      );
    // Another aanbieder's toewijzing answers as an unknown one: an aanbieder must not learn that it exists.
    if (!t || t.aanbieder_id !== aanbiederId)
      return fout(`ToewijzingNummer ${nummer} is bij deze gemeente in dit domein niet bekend voor deze aanbieder`);
    if (t.client_id !== clientId) return fout(`ToewijzingNummer ${nummer} hoort niet bij deze cliënt`);
    // RedenWijziging 13: the toewijzing counts as never sent.
    if (t.reden_wijziging === REDEN_VERWIJDERD)
      return fout(`ToewijzingNummer ${nummer} is verwijderd (RedenWijziging 13)`);
    return null;
  }

  private async actueel(manager: EntityManager, toewijzingId: string): Promise<ActueleRij[]> {
    return (await manager.query(
      `SELECT id, soort::text AS soort, begindatum::text AS begindatum, einddatum::text AS einddatum, reden_beeindiging AS "redenBeeindiging"
         FROM keten.regiebericht
        WHERE toewijzing_id = $1 AND status_aanlevering = '1' AND status = 'geaccepteerd' AND verwijderd_door_id IS NULL
        ORDER BY created_at, volgnummer`,
      [toewijzingId],
    )) as ActueleRij[];
  }

  /**
   * The retour (306 on a 305, 308 on a 307) as XML: product findings on their StartProduct/StopProduct class, 0200 on
   * the others; without any product finding no Client at all (OP065). `technisch` holds the findings of a message
   * rejected as a whole (0001, with their paths), `berichtCodes` header codes such as 9056.
   */
  async retour(
    manager: EntityManager,
    heen: Regiebericht,
    berichtId: string,
    opties: {
      dagtekeningRetour: Kalenderdatum;
      technisch?: readonly Bevinding[];
      berichtCodes?: readonly Retourcode[];
    },
  ): Promise<string> {
    const { lijst, item } = productenVan(heen);
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
        `SELECT volgnummer, retourcodes FROM keten.regiebericht WHERE bericht_id = $1 ORDER BY volgnummer`,
        [berichtId],
      )) as {
        volgnummer: number;
        retourcodes: Retourcode[];
      }[];
      bevindingen = rijen.flatMap((r) =>
        r.retourcodes.map((c) => ({
          retourcode: c,
          regel: c,
          pad: `/Bericht/Client/${lijst}/${item}[${r.volgnummer}]`,
          toelichting: '',
        })),
      );
    }
    return bouwBericht(
      maakRetour(heen, {
        identificatieRetour: identificatieRetour(berichtId),
        dagtekeningRetour: opties.dagtekeningRetour,
        bevindingen,
      }),
    );
  }
}

/** IdentificatieRetour (≤ 12, unique per berichtsoort per afzender, TR056): derived from the bericht, so a refetch repeats it. */
export function identificatieRetour(berichtId: string): string {
  return `R${createHash('sha256').update(berichtId).digest('hex').slice(0, 11)}`;
}
