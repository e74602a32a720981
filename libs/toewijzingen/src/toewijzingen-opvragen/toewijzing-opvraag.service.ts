import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Domein, Eenheid, Frequentie } from '#keten/domain';
import { nietGevonden, Rol, voorbereideQuery, type Principal } from '#keten/platform';
import { OrganisatieCodesService, ScopeService } from '#keten/organisaties';

export interface ToewijzingVersie {
  toewijzingNummer: number;
  clientId: string;
  aanbiederAgb: string;
  toewijzingsdatum: string;
  toewijzingstijd: string;
  productCategorie: string | null;
  productCode: string | null;
  ingangsdatum: string;
  einddatum: string | null;
  omvang: { volume: number; eenheid: Eenheid; frequentie: Frequentie } | null;
  budgetCenten: number | null;
  redenWijziging: string | null;
}

export interface ToewijzingOverzicht extends Omit<ToewijzingVersie, 'clientId'> {
  id: string;
  gemeenteCode: string;
  domein: Domein;
  aantalVersies: number;
}

interface VersieRij {
  id: string;
  toewijzing_nummer: number;
  client_id: string;
  aanbieder_id: string;
  gemeente_id: string;
  agb_code: string;
  cbs_code: string;
  domein: Domein;
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
  aantal_versies?: number;
}

/** A toewijzing's current version as the beoordeling reads it (only what the checks use). */
export type HuidigeToewijzing = Omit<ToewijzingVersie, 'toewijzingsdatum' | 'toewijzingstijd'>;

type HuidigeRij = Pick<
  VersieRij,
  | 'toewijzing_nummer'
  | 'client_id'
  | 'productcategorie'
  | 'productcode'
  | 'ingangsdatum'
  | 'einddatum'
  | 'volume'
  | 'eenheid'
  | 'frequentie'
  | 'budget_centen'
  | 'reden_wijziging'
>;

function naarHuidige(r: HuidigeRij, agbCode: string): HuidigeToewijzing {
  return {
    toewijzingNummer: r.toewijzing_nummer,
    clientId: r.client_id,
    aanbiederAgb: agbCode,
    productCategorie: r.productcategorie?.trim() ?? null,
    productCode: r.productcode,
    ingangsdatum: r.ingangsdatum,
    einddatum: r.einddatum,
    omvang:
      r.volume !== null && r.eenheid && r.frequentie
        ? { volume: r.volume, eenheid: r.eenheid, frequentie: r.frequentie }
        : null,
    budgetCenten: r.budget_centen === null ? null : Number(r.budget_centen),
    redenWijziging: r.reden_wijziging,
  };
}

function naarVersie(r: VersieRij): ToewijzingVersie {
  return { ...naarHuidige(r, r.agb_code), toewijzingsdatum: r.toewijzingsdatum, toewijzingstijd: r.toewijzingstijd };
}

// Without the organisaties' codes: those come from that context's published query (metCodes).
const VERSIE_KOLOMMEN = `t.id, t.toewijzing_nummer, t.client_id, t.aanbieder_id, t.gemeente_id, t.domein, v.toewijzingsdatum, v.toewijzingstijd::text AS toewijzingstijd,
  v.productcategorie, v.productcode, v.ingangsdatum, v.einddatum, v.volume, v.eenheid, v.frequentie, v.budget_centen, v.reden_wijziging`;

/** The published view of the ledger: current versions (IV013) for the beoordeling and for people. */
@Injectable()
export class ToewijzingOpvraagService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly organisaties: OrganisatieCodesService,
  ) {}

  /**
   * The current version (IV013) of each of these ToewijzingNummers of one aanbieder in a gemeente, in one query: the
   * beoordeling's, which sees no other aanbieder's toewijzingen. They sit side by side in toewijzing_aanbieder_nummer,
   * and with the version from toewijzing_versie_moment_uniek both are read from the index alone; only the columns the
   * checks read come back (every toewijzing judged is parsed by the driver).
   */
  async actueleVersies(
    manager: EntityManager,
    gemeenteId: string,
    domein: Domein,
    nummers: number[],
    aanbiederId: string,
  ): Promise<Map<number, HuidigeToewijzing>> {
    const uit = new Map<number, HuidigeToewijzing>();
    if (nummers.length === 0) return uit;
    const rijen = await voorbereideQuery<HuidigeRij>(
      manager,
      'toewijzing-huidige-versies',
      // The latest version per toewijzing: one backward probe each (unique per moment, so no ties).
      `SELECT t.toewijzing_nummer, t.client_id, v.productcategorie, v.productcode, v.ingangsdatum, v.einddatum, v.volume, v.eenheid, v.frequentie,
              v.budget_centen, v.reden_wijziging
         FROM keten.toewijzing t
        CROSS JOIN LATERAL (SELECT * FROM keten.toewijzing_versie x WHERE x.toewijzing_id = t.id
                             ORDER BY x.toewijzingsdatum DESC, x.toewijzingstijd DESC LIMIT 1) v
        WHERE t.gemeente_id = $1 AND t.domein = $2 AND t.aanbieder_id = $4 AND t.toewijzing_nummer = ANY($3::int[])`,
      [gemeenteId, domein, nummers, aanbiederId],
    );
    if (rijen.length === 0) return uit;
    const agbCode = (await this.organisaties.codesVan(manager, [aanbiederId])).get(aanbiederId)!.agbCode!;
    for (const r of rijen) uit.set(r.toewijzing_nummer, naarHuidige(r, agbCode));
    return uit;
  }

  private async metCodes(rijen: Omit<VersieRij, 'agb_code' | 'cbs_code'>[]): Promise<VersieRij[]> {
    const codes = await this.organisaties.codesVan(
      this.dataSource.manager,
      rijen.flatMap((r) => [r.aanbieder_id, r.gemeente_id]),
    );
    return rijen.map((r) => ({
      ...r,
      agb_code: codes.get(r.aanbieder_id)!.agbCode!,
      cbs_code: codes.get(r.gemeente_id)!.cbsCode!,
    }));
  }

  async lijst(
    principal: Principal,
    filter: { gemeenteCode?: string; agbCode?: string; peildatum?: string; toewijzingNummer?: number },
    limiet: number,
    offset: number,
  ): Promise<ToewijzingOverzicht[]> {
    const scope = await this.scope.organisatiesInScope(principal);
    const voorwaarden: string[] = [];
    const params: unknown[] = [];
    const param = (w: unknown) => `$${params.push(w)}`;
    if (scope !== null)
      voorwaarden.push(
        principal.rol === Rol.Aanbieder
          ? `t.aanbieder_id = ANY(${param(scope)}::uuid[])`
          : `t.gemeente_id = ANY(${param(scope)}::uuid[])`,
      );
    const manager = this.dataSource.manager;
    if (filter.gemeenteCode)
      voorwaarden.push(
        `t.gemeente_id = ANY(${param(await this.organisaties.idsVan(manager, { cbsCode: filter.gemeenteCode }))}::uuid[])`,
      );
    if (filter.agbCode)
      voorwaarden.push(
        `t.aanbieder_id = ANY(${param(await this.organisaties.idsVan(manager, { agbCode: filter.agbCode }))}::uuid[])`,
      );
    if (filter.toewijzingNummer) voorwaarden.push(`t.toewijzing_nummer = ${param(filter.toewijzingNummer)}`);
    // Sorted by gemeentecode, then ToewijzingNummer: the gemeenten in code order come from the organisaties context.
    const volgorde = param(await this.organisaties.gemeentenOpCode(manager));
    const peil = filter.peildatum
      ? `WHERE c.ingangsdatum <= ${param(filter.peildatum)} AND (c.einddatum IS NULL OR c.einddatum >= $${params.length})`
      : '';
    const rijen = await this.metCodes(
      await this.dataSource.query(
        `SELECT * FROM (
           SELECT DISTINCT ON (t.id) ${VERSIE_KOLOMMEN}, count(*) OVER (PARTITION BY t.id)::int AS aantal_versies
             FROM keten.toewijzing t
             JOIN keten.toewijzing_versie v ON v.toewijzing_id = t.id
            ${voorwaarden.length ? `WHERE ${voorwaarden.join(' AND ')}` : ''}
            ORDER BY t.id, v.toewijzingsdatum DESC, v.toewijzingstijd DESC) c
         ${peil}
         ORDER BY array_position(${volgorde}::uuid[], c.gemeente_id), c.toewijzing_nummer LIMIT ${param(limiet)} OFFSET ${param(offset)}`,
        params,
      ),
    );
    return rijen.map((r) => {
      const { clientId: _verborgen, ...rest } = naarVersie(r);
      return { ...rest, id: r.id, gemeenteCode: r.cbs_code, domein: r.domein, aantalVersies: r.aantal_versies ?? 1 };
    });
  }

  async haal(
    principal: Principal,
    id: string,
  ): Promise<ToewijzingOverzicht & { versies: Omit<ToewijzingVersie, 'clientId'>[] }> {
    const rijen = await this.metCodes(
      await this.dataSource.query(
        `SELECT ${VERSIE_KOLOMMEN} FROM keten.toewijzing t
           JOIN keten.toewijzing_versie v ON v.toewijzing_id = t.id
          WHERE t.id = $1 ORDER BY v.toewijzingsdatum DESC, v.toewijzingstijd DESC`,
        [id],
      ),
    );
    const eerste = rijen[0];
    const scope = await this.scope.organisatiesInScope(principal);
    const zichtbaar =
      eerste &&
      (scope === null || scope.includes(principal.rol === Rol.Aanbieder ? eerste.aanbieder_id : eerste.gemeente_id));
    if (!eerste || !zichtbaar) throw nietGevonden('toewijzing', id);
    const versies = rijen.map((r) => {
      const { clientId: _verborgen, ...rest } = naarVersie(r);
      return rest;
    });
    return {
      ...versies[0],
      id: eerste.id,
      gemeenteCode: eerste.cbs_code,
      domein: eerste.domein,
      aantalVersies: versies.length,
      versies,
    };
  }
}
