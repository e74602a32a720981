import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Domein, isGeldigBsn } from '#keten/domain';
import {
  AuditService,
  geenToegang,
  JobOutboxService,
  QueueName,
  Rol,
  validatieFout,
  type Principal,
} from '#keten/platform';
import { OrganisatieCodesService } from '#keten/organisaties';
import { ToewijzingGewijzigdJob } from './toewijzing-gewijzigd.job.js';
import { ClientService } from '../clienten/client.service.js';
import type { ToewijzingInvoer, ToewijzingProductResultaat } from './toewijzing-invoer.types.js';
import { GoedgekeurdePrestatiesService } from './goedgekeurde-prestaties.service.js';

const REDEN_VERWIJDERD = '13';

/**
 * The toewijzingen ledger: stores each decision as a version of its ToewijzingNummer (IV066), never overwriting;
 * the current version is the latest by Toewijzingsdatum + Toewijzingstijd (IV013).
 */
@Injectable()
export class ToewijzingLedgerService {
  constructor(
    private readonly clienten: ClientService,
    private readonly organisaties: OrganisatieCodesService,
    private readonly prestaties: GoedgekeurdePrestatiesService,
    private readonly audit: AuditService,
    private readonly outbox: JobOutboxService,
  ) {}

  async registreer(
    manager: EntityManager,
    principal: Principal,
    invoer: ToewijzingInvoer,
    berichtId: string | null,
  ): Promise<ToewijzingProductResultaat[]> {
    if (!isGeldigBsn(invoer.bsn))
      throw validatieFout('ongeldig BSN', [{ veld: 'bsn', reden: 'het BSN voldoet niet aan de elfproef (CS002)' }]);
    const partijen = await this.organisaties.partijen(manager, invoer.aanbiederAgb, invoer.gemeenteCode);
    const gemeente = partijen.gemeenteId ? { id: partijen.gemeenteId } : undefined;
    if (!gemeente)
      throw validatieFout('onbekende gemeente', [
        { veld: 'gemeenteCode', reden: `gemeentecode ${invoer.gemeenteCode} is niet bekend (TR378)` },
      ]);
    // The gemeente's back office (toegang) issues toewijzingen, only for its own gemeente.
    if (principal.rol !== Rol.Beheerder && (principal.rol !== Rol.Toegang || principal.organisatieId !== gemeente.id)) {
      throw geenToegang('alleen de toegang van deze gemeente geeft toewijzingen af');
    }
    const aanbieder = partijen.aanbiederId ? { id: partijen.aanbiederId } : undefined;
    if (!aanbieder)
      throw validatieFout('onbekende aanbieder', [
        { veld: 'aanbiederAgb', reden: `AGB-code ${invoer.aanbiederAgb} is niet bekend` },
      ]);

    const clientId = (await this.clienten.clientIds(manager, [invoer.bsn])).get(invoer.bsn)!;
    if (invoer.clientGegevens !== undefined)
      await this.clienten.bewaarGegevens(manager, clientId, invoer.clientGegevens);

    const resultaten: ToewijzingProductResultaat[] = [];
    for (const p of invoer.producten) {
      resultaten.push(
        await this.registreerProduct(
          manager,
          invoer.domein,
          gemeente.id,
          aanbieder.id,
          clientId,
          p,
          berichtId,
          invoer.sociaalTeam ?? null,
          invoer.postcode?.slice(0, 4) ?? null,
        ),
      );
    }
    await this.audit.log(manager, principal, {
      actie: 'toewijzing.ontvangen',
      entiteit: 'client',
      entiteitId: clientId,
      details: {
        gemeente: invoer.gemeenteCode,
        aanbieder: invoer.aanbiederAgb,
        producten: resultaten.map((r) => ({ nummer: r.toewijzingNummer, resultaat: r.resultaat })),
      },
    });
    return resultaten;
  }

  private async registreerProduct(
    manager: EntityManager,
    domein: Domein,
    gemeenteId: string,
    aanbiederId: string,
    clientId: string,
    p: ToewijzingInvoer['producten'][number],
    berichtId: string | null,
    sociaalTeam: string | null,
    postcode4: string | null,
  ): Promise<ToewijzingProductResultaat> {
    await manager.query(
      `INSERT INTO keten.toewijzing (gemeente_id, domein, toewijzing_nummer, aanbieder_id, client_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (gemeente_id, domein, toewijzing_nummer) DO NOTHING`,
      [gemeenteId, domein, p.toewijzingNummer, aanbiederId, clientId],
    );
    const [toewijzing] = (await manager.query(
      `SELECT id, aanbieder_id, client_id FROM keten.toewijzing WHERE gemeente_id = $1 AND domein = $2 AND toewijzing_nummer = $3 FOR UPDATE`,
      [gemeenteId, domein, p.toewijzingNummer],
    )) as { id: string; aanbieder_id: string; client_id: string }[];
    if (toewijzing.aanbieder_id !== aanbiederId || toewijzing.client_id !== clientId) {
      return {
        toewijzingNummer: p.toewijzingNummer,
        resultaat: 'afgewezen',
        retourcodes: ['9332'],
        toelichting: 'dit ToewijzingNummer is in dit domein al gebruikt voor een andere cliënt of aanbieder (TR332)',
      };
    }
    if (p.redenWijziging === REDEN_VERWIJDERD) {
      // TR385: a toewijzing with approved, non-credited prestaties cannot be removed (the declaraties context's query).
      const n = await this.prestaties.aantalOngecrediteerd(manager, gemeenteId, domein, p.toewijzingNummer);
      if (n > 0) {
        return {
          toewijzingNummer: p.toewijzingNummer,
          resultaat: 'afgewezen',
          retourcodes: ['9385'],
          toelichting: `er zijn ${n} goedgekeurde, niet gecrediteerde prestaties op deze toewijzing; verwijderen (reden 13) kan niet (TR385)`,
        };
      }
    }
    const ingevoegd = (await manager.query(
      `INSERT INTO keten.toewijzing_versie (toewijzing_id, toewijzingsdatum, toewijzingstijd, productcategorie, productcode, ingangsdatum, einddatum,
                                           volume, eenheid, frequentie, budget_centen, reden_wijziging, referentie_aanbieder, commentaar, bericht_id, verzoek_id, sociaal_team, postcode4)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
       ON CONFLICT (toewijzing_id, toewijzingsdatum, toewijzingstijd) DO NOTHING RETURNING id`,
      [
        toewijzing.id,
        p.toewijzingsdatum,
        p.toewijzingstijd,
        p.productCategorie ?? null,
        p.productCode ?? null,
        p.ingangsdatum,
        p.einddatum ?? null,
        p.omvang?.volume ?? null,
        p.omvang?.eenheid ?? null,
        p.omvang?.frequentie ?? null,
        p.budget ?? null,
        p.redenWijziging ?? null,
        p.referentieAanbieder ?? null,
        p.commentaar ?? null,
        berichtId,
        p.verzoekId ?? null,
        sociaalTeam,
        postcode4,
      ],
    )) as { id: string }[];
    if (ingevoegd.length === 0)
      return { toewijzingNummer: p.toewijzingNummer, resultaat: 'ongewijzigd', retourcodes: [] };
    // A new version changes the verplichting; sturing recomputes it after commit (the caller publishes the outbox).
    await this.outbox.stage(
      manager,
      QueueName.Sturing,
      ToewijzingGewijzigdJob.naam,
      ToewijzingGewijzigdJob.jobId(ingevoegd[0].id),
      { toewijzingId: toewijzing.id },
    );
    const [{ versies }] = (await manager.query(
      `SELECT count(*)::int AS versies FROM keten.toewijzing_versie WHERE toewijzing_id = $1`,
      [toewijzing.id],
    )) as { versies: number }[];
    return { toewijzingNummer: p.toewijzingNummer, resultaat: versies > 1 ? 'gewijzigd' : 'nieuw', retourcodes: [] };
  }
}
