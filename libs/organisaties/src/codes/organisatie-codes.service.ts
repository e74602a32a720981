import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Domein, Kalenderdatum } from '#keten/domain';
import { AgbCodeService, arrayLiteraal, voorbereideQuery } from '#keten/platform';
import { OrganisatieSoort } from '../database/organisatie.entity.js';

export interface OrganisatieCodes {
  agbCode: string | null;
  cbsCode: string | null;
}

/** An organisatie as other contexts name and check it. */
export interface OrganisatieKern extends OrganisatieCodes {
  id: string;
  soort: OrganisatieSoort;
  naam: string;
  iban: string | null;
  kvkNummer: string | null;
}

/**
 * The published queries of the organisaties context for the other contexts (architecture.md 1): organisaties by
 * the codes the iStandaarden name them with (AGB, CBS), and those codes by id. A registered organisatie keeps its
 * codes (there is no way to change them), so codes by id are cached per process: the beoordeling asks for the same
 * few aanbieders and gemeenten for every declaratie.
 */
@Injectable()
export class OrganisatieCodesService extends AgbCodeService {
  private readonly codes = new Map<string, OrganisatieCodes>();
  private readonly aanbiederOpAgb = new Map<string, string>();
  private readonly gemeenteOpCbs = new Map<string, string>();

  constructor(private readonly dataSource: DataSource) {
    super();
  }

  /** For authentication (platform's AgbCodeService): from the per-process cache after the first request. */
  async agbCodeVan(organisatieId: string): Promise<string | null> {
    return (await this.codesVan(this.dataSource.manager, [organisatieId])).get(organisatieId)?.agbCode ?? null;
  }

  /**
   * The aanbieder with this AGB code and the gemeente with this CBS code, in one lookup; missing when unknown. Each
   * code found is cached per process (codes never change): every declaratie names a pair, and at national size each
   * pair comes once a month, but there are only so many aanbieders and gemeenten. An unknown code is not cached: it
   * may be registered.
   */
  async partijen(
    manager: EntityManager,
    agbCode: string,
    cbsCode: string,
  ): Promise<{ aanbiederId?: string; gemeenteId?: string }> {
    const aanbiederId = this.aanbiederOpAgb.get(agbCode);
    const gemeenteId = this.gemeenteOpCbs.get(cbsCode);
    if (aanbiederId && gemeenteId) return { aanbiederId, gemeenteId };
    const rijen = await voorbereideQuery<{ id: string; soort: string }>(
      manager,
      'organisatie-partijen',
      `SELECT id, soort FROM keten.organisatie WHERE (soort = 'aanbieder' AND agb_code = $1) OR (soort = 'gemeente' AND cbs_code = $2)`,
      [agbCode, cbsCode],
    );
    const partijen = {
      aanbiederId: rijen.find((r) => r.soort === 'aanbieder')?.id,
      gemeenteId: rijen.find((r) => r.soort === 'gemeente')?.id,
    };
    if (partijen.aanbiederId) this.aanbiederOpAgb.set(agbCode, partijen.aanbiederId);
    if (partijen.gemeenteId) this.gemeenteOpCbs.set(cbsCode, partijen.gemeenteId);
    return partijen;
  }

  /** Ids of the organisaties with these AGB or CBS codes (for filters by code). */
  async idsVan(manager: EntityManager, filter: { agbCode?: string; cbsCode?: string }): Promise<string[]> {
    const rijen = (await manager.query(
      `SELECT id FROM keten.organisatie WHERE ($1::text IS NULL OR agb_code = $1) AND ($2::text IS NULL OR cbs_code = $2)`,
      [filter.agbCode ?? null, filter.cbsCode ?? null],
    )) as { id: string }[];
    return rijen.map((r) => r.id);
  }

  /** Every gemeente's id in the order of its CBS code: for lists other contexts sort by gemeentecode. */
  async gemeentenOpCode(manager: EntityManager): Promise<string[]> {
    const rijen = (await manager.query(
      `SELECT id FROM keten.organisatie WHERE soort = 'gemeente' ORDER BY cbs_code`,
    )) as { id: string }[];
    return rijen.map((r) => r.id);
  }

  /** AGB and CBS code per organisatie id; one query for the ids not asked before in this process. */
  async codesVan(manager: EntityManager, ids: Iterable<string>): Promise<Map<string, OrganisatieCodes>> {
    const uit = new Map<string, OrganisatieCodes>();
    const onbekend: string[] = [];
    for (const id of new Set(ids)) {
      const codes = this.codes.get(id);
      if (codes) uit.set(id, codes);
      else onbekend.push(id);
    }
    if (onbekend.length === 0) return uit;
    const rijen = await voorbereideQuery<{ id: string; agb_code: string | null; cbs_code: string | null }>(
      manager,
      'organisatie-codes-van',
      `SELECT id, agb_code, cbs_code FROM keten.organisatie WHERE id = ANY($1::uuid[])`,
      [arrayLiteraal(onbekend)],
    );
    for (const r of rijen) {
      const codes = { agbCode: r.agb_code, cbsCode: r.cbs_code };
      this.codes.set(r.id, codes);
      uit.set(r.id, codes);
    }
    return uit;
  }

  /** The organisaties with these ids, in the order of their naam (unknown ids are left out). */
  async organisatiesVan(manager: EntityManager, ids: readonly string[]): Promise<OrganisatieKern[]> {
    if (ids.length === 0) return [];
    const rijen = (await manager.query(
      `SELECT id, soort, naam, agb_code, cbs_code, iban, kvk_nummer FROM keten.organisatie WHERE id = ANY($1::uuid[]) ORDER BY naam, id`,
      [arrayLiteraal([...new Set(ids)])],
    )) as {
      id: string;
      soort: OrganisatieSoort;
      naam: string;
      agb_code: string | null;
      cbs_code: string | null;
      iban: string | null;
      kvk_nummer: string | null;
    }[];
    return rijen.map((r) => ({
      id: r.id,
      soort: r.soort,
      naam: r.naam,
      agbCode: r.agb_code,
      cbsCode: r.cbs_code,
      iban: r.iban,
      kvkNummer: r.kvk_nummer,
    }));
  }

  /** Every gemeente that takes or took part in this regio, in any domein. */
  async deelnemersVan(manager: EntityManager, regioId: string): Promise<string[]> {
    const rijen = (await manager.query(`SELECT DISTINCT gemeente_id FROM keten.regio_deelname WHERE regio_id = $1`, [
      regioId,
    ])) as { gemeente_id: string }[];
    return rijen.map((r) => r.gemeente_id);
  }

  /** The gemeenten that take part in a regio in a domein during (part of) the period van..tot. */
  async deelnemersTijdens(
    manager: EntityManager,
    regioId: string,
    domein: Domein,
    van: Kalenderdatum,
    tot: Kalenderdatum,
  ): Promise<string[]> {
    const rijen = (await manager.query(
      `SELECT DISTINCT gemeente_id FROM keten.regio_deelname
        WHERE regio_id = $1 AND domein = $2 AND ingangsdatum <= $4 AND (einddatum IS NULL OR einddatum >= $3)`,
      [regioId, domein, van, tot],
    )) as { gemeente_id: string }[];
    return rijen.map((r) => r.gemeente_id);
  }
}
