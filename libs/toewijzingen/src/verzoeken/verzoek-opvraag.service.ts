import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  isTeLaat,
  vandaag,
  verzoekSignalen,
  type Domein,
  type GevraagdePeriode,
  type RedenAfwijzingVerzoek,
  type VerzoekAntwoord,
  VerzoekSoort,
  VerzoekStatus,
} from '#keten/domain';
import { bouwBericht, maak319, type AangevraagdProduct, type Verzoek } from '#keten/istandaarden';
import { ContractTariefService } from '#keten/contracten';
import { AuditService, nietGevonden, Rol, type Principal } from '#keten/platform';
import { OrganisatieCodesService, ScopeService } from '#keten/organisaties';
import { ClientService } from '../clienten/client.service.js';
import { actueleToewijzingen } from './verzoek-gegevens.util.js';

export interface VerzoekFilter {
  status?: VerzoekStatus;
  openstaand?: boolean;
  teLaat?: boolean;
}

export interface VerzoekOverzicht {
  id: string;
  soort: VerzoekSoort;
  status: VerzoekStatus;
  domein: Domein;
  gemeenteCode: string;
  aanbiederAgb: string;
  referentieAanbieder: string;
  dagtekening: string;
  ontvangenOp: string;
  termijn: string;
  teLaat: boolean;
  gevraagd: Record<string, unknown>;
  retourcodes: string[];
  redenAfwijzing: string | null;
}

interface Rij {
  id: string;
  soort: VerzoekSoort;
  status: VerzoekStatus;
  domein: Domein;
  cbs_code: string;
  agb_code: string;
  referentie_aanbieder: string;
  dagtekening: string;
  created_at: Date;
  termijn: string;
  inhoud: Record<string, unknown>;
  retourcodes: string[];
  reden_afwijzing: string | null;
  gemeente_id: string;
  aanbieder_id: string;
  client_id: string;
  bevindingen: { retourcode: string; regel: string; toelichting: string }[];
}

interface AntwoordRij {
  id: string;
  volgnummer: number;
  verzoek_antwoord: VerzoekAntwoord;
  reden_afwijzing: RedenAfwijzingVerzoek | null;
  woonplaats_gemeente: string | null;
  identificatie: string;
  dagtekening: string;
  retour_codes: string[] | null;
}

const KOLOMMEN = `v.id, v.soort, v.status, v.domein, v.referentie_aanbieder, v.dagtekening::text AS dagtekening, v.created_at,
  v.termijn::text AS termijn, v.inhoud, v.retourcodes, v.reden_afwijzing, v.gemeente_id, v.aanbieder_id, v.client_id, v.bevindingen`;
const VAN = `FROM keten.verzoek v`;

function naarOverzicht(r: Rij, peildatum: string): VerzoekOverzicht {
  return {
    id: r.id,
    soort: r.soort,
    status: r.status,
    domein: r.domein,
    gemeenteCode: r.cbs_code,
    aanbiederAgb: r.agb_code,
    referentieAanbieder: r.referentie_aanbieder,
    dagtekening: r.dagtekening,
    ontvangenOp: r.created_at.toISOString(),
    termijn: r.termijn,
    teLaat: isTeLaat(r.status, r.termijn, peildatum),
    gevraagd: r.inhoud,
    retourcodes: r.retourcodes,
    redenAfwijzing: r.reden_afwijzing,
  };
}

/**
 * The work queue of the gemeente's toegang, and the aanbieder's view of its own verzoeken and their answers: scoped like
 * the toewijzingen (an aanbieder sees only its own; a gemeente its own and its regio's).
 */
@Injectable()
export class VerzoekOpvraagService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly clienten: ClientService,
    private readonly organisaties: OrganisatieCodesService,
    private readonly contracten: ContractTariefService,
    private readonly audit: AuditService,
  ) {}

  async lijst(
    principal: Principal,
    filter: VerzoekFilter,
    limiet: number,
    offset: number,
  ): Promise<VerzoekOverzicht[]> {
    const scope = await this.scope.organisatiesInScope(principal);
    const peildatum = vandaag();
    const voorwaarden: string[] = [];
    const params: unknown[] = [];
    const param = (w: unknown) => `$${params.push(w)}`;
    if (scope !== null)
      voorwaarden.push(
        principal.rol === Rol.Aanbieder
          ? `v.aanbieder_id = ANY(${param(scope)}::uuid[])`
          : `v.gemeente_id = ANY(${param(scope)}::uuid[])`,
      );
    if (filter.status) voorwaarden.push(`v.status = ${param(filter.status)}`);
    const openstaand = `v.status IN ('${VerzoekStatus.Open}', '${VerzoekStatus.InOnderzoek}')`;
    if (filter.openstaand !== undefined) voorwaarden.push(filter.openstaand ? openstaand : `NOT (${openstaand})`);
    if (filter.teLaat !== undefined)
      voorwaarden.push(`${filter.teLaat ? '' : 'NOT '}(${openstaand} AND v.termijn < ${param(peildatum)})`);
    const rijen = (await this.dataSource.query(
      `SELECT ${KOLOMMEN} ${VAN} ${voorwaarden.length ? `WHERE ${voorwaarden.join(' AND ')}` : ''}
        ORDER BY v.termijn, v.created_at, v.volgnummer LIMIT ${param(limiet)} OFFSET ${param(offset)}`,
      params,
    )) as Omit<Rij, 'cbs_code' | 'agb_code'>[];
    return (await this.metCodes(rijen)).map((r) => naarOverzicht(r, peildatum));
  }

  /** The AGB and CBS codes of aanbieder and gemeente, from the organisaties context. */
  private async metCodes(rijen: Omit<Rij, 'cbs_code' | 'agb_code'>[]): Promise<Rij[]> {
    const codes = await this.organisaties.codesVan(
      this.dataSource.manager,
      rijen.flatMap((r) => [r.gemeente_id, r.aanbieder_id]),
    );
    return rijen.map((r) => ({
      ...r,
      cbs_code: codes.get(r.gemeente_id)!.cbsCode!,
      agb_code: codes.get(r.aanbieder_id)!.agbCode!,
    }));
  }

  private async zichtbaar(principal: Principal, id: string): Promise<Rij> {
    const [r] = (await this.dataSource.query(`SELECT ${KOLOMMEN} ${VAN} WHERE v.id = $1`, [id])) as Omit<
      Rij,
      'cbs_code' | 'agb_code'
    >[];
    const scope = await this.scope.organisatiesInScope(principal);
    if (!r || (scope !== null && !scope.includes(principal.rol === Rol.Aanbieder ? r.aanbieder_id : r.gemeente_id)))
      throw nietGevonden('verzoek', id);
    return (await this.metCodes([r]))[0];
  }

  /**
   * One verzoek with what the toegang needs to decide: the client's BSN (this read is audited), the client's current
   * toewijzingen in this gemeente and domein (an aanbieder sees only its own), the answers sent and the toewijzingen
   * that honour it.
   */
  async haal(principal: Principal, id: string) {
    const r = await this.zichtbaar(principal, id);
    return this.dataSource.transaction(async (manager) => {
      const actueel = await actueleToewijzingen(manager, {
        gemeenteId: r.gemeente_id,
        domein: r.domein,
        clientId: r.client_id,
        peildatum: vandaag(),
        ...(principal.rol === Rol.Aanbieder ? { aanbiederId: r.aanbieder_id } : {}),
      });
      const antwoorden = (await manager.query(
        `SELECT id, volgnummer, verzoek_antwoord, reden_afwijzing, woonplaats_gemeente, identificatie, dagtekening::text AS dagtekening, retour_codes
           FROM keten.verzoek_antwoord WHERE verzoek_id = $1 ORDER BY volgnummer`,
        [id],
      )) as AntwoordRij[];
      const toewijzingen = (await manager.query(
        `SELECT DISTINCT t.id, t.toewijzing_nummer FROM keten.toewijzing_versie v JOIN keten.toewijzing t ON t.id = v.toewijzing_id WHERE v.verzoek_id = $1 ORDER BY t.toewijzing_nummer`,
        [id],
      )) as { id: string; toewijzing_nummer: number }[];
      const bsn = (await this.clienten.bsnVan(manager, [r.client_id])).get(r.client_id)!;
      const signalen = await this.signalen(
        r,
        actueel.filter((t) => t.aanbiederId === r.aanbieder_id),
      );
      await this.audit.log(manager, principal, {
        actie: 'verzoek.opgevraagd',
        entiteit: 'client',
        entiteitId: r.client_id,
        details: { verzoekId: id },
      });
      return {
        ...naarOverzicht(r, vandaag()),
        bsn,
        signalen,
        bevindingen: r.bevindingen.map(({ retourcode, regel, toelichting }) => ({ retourcode, regel, toelichting })),
        actueleToewijzingen: actueel.map(({ aanbiederId: _a, ...t }) => t),
        antwoorden: antwoorden.map((a) => ({
          volgnummer: a.volgnummer,
          verzoekAntwoord: a.verzoek_antwoord,
          redenAfwijzing: a.reden_afwijzing,
          woonplaatsbeginselGemeente: a.woonplaats_gemeente,
          identificatie: a.identificatie,
          dagtekening: a.dagtekening,
          retourCodes: a.retour_codes,
        })),
        toewijzingen: toewijzingen.map((t) => ({ id: t.id, toewijzingNummer: t.toewijzing_nummer })),
      };
    });
  }

  /**
   * Hints for the decision (OP259 stapeling, OP296 contract), against this aanbieder's current toewijzingen and its
   * contracted products (the contracten context's published query). A VOW's own overlaps were judged on receipt (TR361).
   */
  private async signalen(r: Rij, actueel: Parameters<typeof verzoekSignalen>[1]) {
    let gevraagd: GevraagdePeriode[];
    if (r.soort === VerzoekSoort.Toewijzing) {
      const p = r.inhoud as unknown as AangevraagdProduct;
      gevraagd = [
        { product: p.product, begindatum: p.toewijzingIngangsdatum, einddatum: p.toewijzingEinddatum ?? null },
      ];
    } else {
      const nieuw = (r.inhoud as unknown as Verzoek).nieuweProducten ?? [];
      gevraagd = nieuw.map((p) => ({
        product: p.product,
        begindatum: p.gewensteIngangsdatum,
        einddatum: p.einddatum ?? null,
      }));
    }
    if (!gevraagd.some((g) => g.product)) return [];
    const van = gevraagd.map((g) => g.begindatum).sort()[0];
    const tot = gevraagd
      .map((g) => g.einddatum ?? '9999-12-31')
      .sort()
      .at(-1)!;
    const tarieven = await this.contracten.tarievenVoor({
      agbCode: r.agb_code,
      gemeenteCode: r.cbs_code,
      domein: r.domein,
      van,
      tot,
    });
    return verzoekSignalen(gevraagd, r.soort === VerzoekSoort.Toewijzing ? actueel : [], tarieven);
  }

  /** The 319 for an answer of this verzoek (the latest unless a volgnummer is asked), rebuilt from what was stored. */
  async antwoord319(principal: Principal, id: string, volgnummer?: number): Promise<string> {
    const r = await this.zichtbaar(principal, id);
    const [a] = (await this.dataSource.query(
      `SELECT id, volgnummer, verzoek_antwoord, reden_afwijzing, woonplaats_gemeente, identificatie, dagtekening::text AS dagtekening, retour_codes
         FROM keten.verzoek_antwoord WHERE verzoek_id = $1 AND ($2::int IS NULL OR volgnummer = $2) ORDER BY volgnummer DESC LIMIT 1`,
      [id, volgnummer ?? null],
    )) as AntwoordRij[];
    if (!a) throw nietGevonden('antwoordbericht bij verzoek', id);
    return bouwBericht(
      maak319({
        domein: r.domein,
        afzender: r.cbs_code,
        ontvanger: r.agb_code,
        berichtIdentificatie: { identificatie: a.identificatie, dagtekening: a.dagtekening },
        antwoord: {
          referentieAanbieder: r.referentie_aanbieder,
          verzoekAntwoord: a.verzoek_antwoord,
          ...(a.reden_afwijzing ? { redenAfwijzingVerzoek: a.reden_afwijzing } : {}),
          ...(a.woonplaats_gemeente ? { woonplaatsbeginsel: { gemeente: a.woonplaats_gemeente } } : {}),
        },
      }),
    );
  }
}
