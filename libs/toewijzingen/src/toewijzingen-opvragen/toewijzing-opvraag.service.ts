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
  id: string; toewijzing_nummer: number; client_id: string; agb_code: string; cbs_code: string; domein: Domein; toewijzingsdatum: string; toewijzingstijd: string;
  productcategorie: string | null; productcode: string | null; ingangsdatum: string; einddatum: string | null; volume: number | null;
  eenheid: Eenheid | null; frequentie: Frequentie | null; budget_centen: string | null; reden_wijziging: string | null; aantal_versies?: number;
}

function naarVersie(r: VersieRij): ToewijzingVersie {
  return {
    toewijzingNummer: r.toewijzing_nummer,
    clientId: r.client_id,
    aanbiederAgb: r.agb_code,
    toewijzingsdatum: r.toewijzingsdatum,
    toewijzingstijd: r.toewijzingstijd,
    productCategorie: r.productcategorie?.trim() ?? null,
    productCode: r.productcode,
    ingangsdatum: r.ingangsdatum,
    einddatum: r.einddatum,
    omvang: r.volume !== null && r.eenheid && r.frequentie ? { volume: r.volume, eenheid: r.eenheid, frequentie: r.frequentie } : null,
    budgetCenten: r.budget_centen === null ? null : Number(r.budget_centen),
    redenWijziging: r.reden_wijziging,
  };
}

const VERSIE_KOLOMMEN = `t.id, t.toewijzing_nummer, t.client_id, a.agb_code, g.cbs_code, t.domein, v.toewijzingsdatum, v.toewijzingstijd::text AS toewijzingstijd,
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
   * Current version per ToewijzingNummer, for a batch of numbers, in one query (the beoordeling's). The AGB and CBS
   * codes come from the organisaties context, cached there.
   */
  async actueleVersies(manager: EntityManager, gemeenteId: string, domein: Domein, nummers: number[]): Promise<Map<number, ToewijzingVersie>> {
    if (nummers.length === 0) return new Map();
    const rijen = await voorbereideQuery<Omit<VersieRij, 'agb_code' | 'cbs_code'> & { aanbieder_id: string }>(
      manager,
      'toewijzing-actuele-versies',
      `SELECT DISTINCT ON (t.id) t.id, t.toewijzing_nummer, t.client_id, t.aanbieder_id, t.domein, v.toewijzingsdatum, v.toewijzingstijd::text AS toewijzingstijd,
              v.productcategorie, v.productcode, v.ingangsdatum, v.einddatum, v.volume, v.eenheid, v.frequentie, v.budget_centen, v.reden_wijziging
         FROM keten.toewijzing t
         JOIN keten.toewijzing_versie v ON v.toewijzing_id = t.id
        WHERE t.gemeente_id = $1 AND t.domein = $2 AND t.toewijzing_nummer = ANY($3::int[])
        ORDER BY t.id, v.toewijzingsdatum DESC, v.toewijzingstijd DESC`,
      [gemeenteId, domein, nummers],
    );
    const codes = await this.organisaties.codesVan(manager, [gemeenteId, ...rijen.map((r) => r.aanbieder_id)]);
    const cbs = codes.get(gemeenteId)!.cbsCode!;
    return new Map(rijen.map((r) => [r.toewijzing_nummer, naarVersie({ ...r, agb_code: codes.get(r.aanbieder_id)!.agbCode!, cbs_code: cbs })]));
  }

  async lijst(principal: Principal, filter: { gemeenteCode?: string; agbCode?: string; peildatum?: string }, limiet: number, offset: number): Promise<ToewijzingOverzicht[]> {
    const scope = await this.scope.organisatiesInScope(principal);
    const voorwaarden: string[] = [];
    const params: unknown[] = [];
    const param = (w: unknown) => `$${params.push(w)}`;
    if (scope !== null) voorwaarden.push(principal.rol === Rol.Aanbieder ? `t.aanbieder_id = ANY(${param(scope)}::uuid[])` : `t.gemeente_id = ANY(${param(scope)}::uuid[])`);
    if (filter.gemeenteCode) voorwaarden.push(`g.cbs_code = ${param(filter.gemeenteCode)}`);
    if (filter.agbCode) voorwaarden.push(`a.agb_code = ${param(filter.agbCode)}`);
    const peil = filter.peildatum ? `WHERE c.ingangsdatum <= ${param(filter.peildatum)} AND (c.einddatum IS NULL OR c.einddatum >= $${params.length})` : '';
    const rijen: VersieRij[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (t.id) ${VERSIE_KOLOMMEN}, count(*) OVER (PARTITION BY t.id)::int AS aantal_versies
           FROM keten.toewijzing t
           JOIN keten.toewijzing_versie v ON v.toewijzing_id = t.id
           JOIN keten.organisatie a ON a.id = t.aanbieder_id
           JOIN keten.organisatie g ON g.id = t.gemeente_id
          ${voorwaarden.length ? `WHERE ${voorwaarden.join(' AND ')}` : ''}
          ORDER BY t.id, v.toewijzingsdatum DESC, v.toewijzingstijd DESC) c
       ${peil}
       ORDER BY c.cbs_code, c.toewijzing_nummer LIMIT ${param(limiet)} OFFSET ${param(offset)}`,
      params,
    );
    return rijen.map((r) => {
      const { clientId: _verborgen, ...rest } = naarVersie(r);
      return { ...rest, id: r.id, gemeenteCode: r.cbs_code, domein: r.domein, aantalVersies: r.aantal_versies ?? 1 };
    });
  }

  async haal(principal: Principal, id: string): Promise<ToewijzingOverzicht & { versies: Omit<ToewijzingVersie, 'clientId'>[] }> {
    const rijen: VersieRij[] = await this.dataSource.query(
      `SELECT ${VERSIE_KOLOMMEN}, t.aanbieder_id, t.gemeente_id FROM keten.toewijzing t
         JOIN keten.toewijzing_versie v ON v.toewijzing_id = t.id
         JOIN keten.organisatie a ON a.id = t.aanbieder_id
         JOIN keten.organisatie g ON g.id = t.gemeente_id
        WHERE t.id = $1 ORDER BY v.toewijzingsdatum DESC, v.toewijzingstijd DESC`,
      [id],
    );
    const eerste = rijen[0] as (VersieRij & { aanbieder_id: string; gemeente_id: string }) | undefined;
    const scope = await this.scope.organisatiesInScope(principal);
    const zichtbaar = eerste && (scope === null || scope.includes(principal.rol === Rol.Aanbieder ? eerste.aanbieder_id : eerste.gemeente_id));
    if (!eerste || !zichtbaar) throw nietGevonden('toewijzing', id);
    const versies = rijen.map((r) => {
      const { clientId: _verborgen, ...rest } = naarVersie(r);
      return rest;
    });
    return { ...versies[0], id: eerste.id, gemeenteCode: eerste.cbs_code, domein: eerste.domein, aantalVersies: versies.length, versies };
  }
}
