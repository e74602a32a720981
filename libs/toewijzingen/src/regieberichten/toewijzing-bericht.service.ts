import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { vandaag, type Domein, type Eenheid, type Frequentie, type RedenWijziging } from '#keten/domain';
import {
  berichtsoort,
  bouwBericht,
  maakHeader,
  type Bericht301,
  type ToegewezenProduct,
  type ToewijzingClient,
} from '#keten/istandaarden';
import { AuditService, conflict, nietGevonden, Rol, type Principal } from '#keten/platform';
import { OrganisatieCodesService, ScopeService } from '#keten/organisaties';
import { ClientService } from '../clienten/client.service.js';

interface ProductRij {
  toewijzing_nummer: number;
  toewijzingsdatum: string;
  toewijzingstijd: string;
  productcategorie: string | null;
  productcode: string | null;
  ingangsdatum: string;
  einddatum: string | null;
  volume: number | null;
  eenheid: Eenheid | null;
  frequentie: Frequentie | null;
  budget_centen: string | null;
  reden_wijziging: string | null;
  referentie_aanbieder: string | null;
  commentaar: string | null;
  versie_id: string;
  laatst_gewijzigd: boolean;
}

function naarProduct(r: ProductRij): ToegewezenProduct {
  const categorie = r.productcategorie?.trim();
  return {
    toewijzingNummer: r.toewijzing_nummer,
    ...(r.referentie_aanbieder ? { referentieAanbieder: r.referentie_aanbieder } : {}),
    ...(categorie ? { product: { categorie, ...(r.productcode ? { code: r.productcode } : {}) } } : {}),
    toewijzingsdatum: r.toewijzingsdatum,
    toewijzingstijd: r.toewijzingstijd,
    ingangsdatum: r.ingangsdatum,
    ...(r.einddatum ? { einddatum: r.einddatum } : {}),
    ...(r.reden_wijziging ? { redenWijziging: r.reden_wijziging as RedenWijziging } : {}),
    ...(r.volume !== null && r.eenheid && r.frequentie
      ? { omvang: { volume: r.volume, eenheid: r.eenheid, frequentie: r.frequentie } }
      : {}),
    ...(r.budget_centen !== null ? { budget: Number(r.budget_centen) } : {}),
    ...(r.commentaar ? { commentaar: r.commentaar } : {}),
  };
}

/**
 * The outbound 301 to the aanbieder, rebuilt from the ledger and the encrypted client block of the last 301: for one
 * client and one aanbieder, every toewijzing valid on or after today plus those changed in the last registration
 * (OP087; "since the previous 301" = the toewijzingen whose current version came in the latest change, including
 * ended or removed ones). Every read is audited; the BSN only travels in the XML, never in logs or audit details.
 */
@Injectable()
export class ToewijzingBerichtService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly clienten: ClientService,
    private readonly organisaties: OrganisatieCodesService,
    private readonly audit: AuditService,
  ) {}

  async bericht301(principal: Principal, toewijzingId: string): Promise<string> {
    const zichtbaar = await this.scope.organisatiesInScope(principal);
    return this.dataSource.transaction(async (manager) => {
      const [rij] = (await manager.query(
        `SELECT t.gemeente_id, t.aanbieder_id, t.client_id, t.domein FROM keten.toewijzing t WHERE t.id = $1`,
        [toewijzingId],
      )) as {
        gemeente_id: string;
        aanbieder_id: string;
        client_id: string;
        domein: Domein;
      }[];
      // An aanbieder reads only its own toewijzingen, the toegang only its gemeente's (architecture.md 5).
      const eigenaar = principal.rol === Rol.Aanbieder ? rij?.aanbieder_id : rij?.gemeente_id;
      if (!rij || (zichtbaar !== null && !zichtbaar.includes(eigenaar!)))
        throw nietGevonden('toewijzing', toewijzingId);
      const codes = await this.organisaties.codesVan(manager, [rij.gemeente_id, rij.aanbieder_id]);
      const t = {
        ...rij,
        cbs_code: codes.get(rij.gemeente_id)!.cbsCode!,
        agb_code: codes.get(rij.aanbieder_id)!.agbCode!,
      };

      const peildatum = vandaag();
      const rijen = (await manager.query(
        `WITH actueel AS (
           SELECT DISTINCT ON (t.id) t.toewijzing_nummer, v.toewijzingsdatum::text AS toewijzingsdatum, v.toewijzingstijd::text AS toewijzingstijd,
                  v.productcategorie, v.productcode, v.ingangsdatum::text AS ingangsdatum, v.einddatum::text AS einddatum, v.volume, v.eenheid,
                  v.frequentie, v.budget_centen, v.reden_wijziging, v.referentie_aanbieder, v.commentaar, v.id AS versie_id, v.created_at
             FROM keten.toewijzing t JOIN keten.toewijzing_versie v ON v.toewijzing_id = t.id
            WHERE t.gemeente_id = $1 AND t.domein = $2 AND t.aanbieder_id = $3 AND t.client_id = $4
            ORDER BY t.id, v.toewijzingsdatum DESC, v.toewijzingstijd DESC)
         SELECT *, created_at = max(created_at) OVER () AS laatst_gewijzigd FROM actueel ORDER BY toewijzing_nummer`,
        [t.gemeente_id, t.domein, t.aanbieder_id, t.client_id],
      )) as ProductRij[];
      const producten = rijen.filter((r) => r.einddatum === null || r.einddatum >= peildatum || r.laatst_gewijzigd);

      const gegevens = (await this.clienten.gegevensVan(manager, t.client_id)) as Omit<
        ToewijzingClient,
        'toegewezenProducten'
      > | null;
      if (!gegevens)
        throw conflict(
          'de cliëntgegevens van deze toewijzing zijn niet bekend (de toewijzing kwam niet met een 301); een 301 is niet op te bouwen',
        );
      const bsn = (await this.clienten.bsnVan(manager, [t.client_id])).get(t.client_id)!;

      await this.audit.log(manager, principal, {
        actie: 'toewijzing.bericht301.opgevraagd',
        entiteit: 'client',
        entiteitId: t.client_id,
        details: {
          toewijzingId,
          gemeente: t.cbs_code,
          aanbieder: t.agb_code,
          toewijzingNummers: producten.map((p) => p.toewijzing_nummer),
        },
      });

      // Identificatie (≤ 12) from what the message holds, so fetching the same state on the same day repeats it (TR056).
      const identificatie = `T${createHash('sha256')
        .update([t.client_id, t.aanbieder_id, peildatum, ...producten.map((p) => p.versie_id)].join('|'))
        .digest('hex')
        .slice(0, 11)}`;
      const bericht: Bericht301 = {
        domein: t.domein,
        berichtType: '301',
        berichtsoort: berichtsoort(t.domein, '301'),
        header: maakHeader({
          afzender: t.cbs_code,
          ontvanger: t.agb_code,
          berichtIdentificatie: { identificatie, dagtekening: peildatum },
        }),
        client: { ...gegevens, bsn, toegewezenProducten: producten.map(naarProduct) },
      };
      return bouwBericht(bericht);
    });
  }
}
