import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { arrayLiteraal, voorbereideQuery } from '#keten/platform';

export interface OrganisatieCodes {
  agbCode: string | null;
  cbsCode: string | null;
}

/**
 * The published queries of the organisaties context for the other contexts (architecture.md 1): organisaties by
 * the codes the iStandaarden name them with (AGB, CBS), and those codes by id. A registered organisatie keeps its
 * codes (there is no way to change them), so codes by id are cached per process: the beoordeling asks for the same
 * few aanbieders and gemeenten for every declaratie.
 */
@Injectable()
export class OrganisatieCodesService {
  private readonly codes = new Map<string, OrganisatieCodes>();

  /** The aanbieder with this AGB code and the gemeente with this CBS code, in one lookup; missing when unknown. */
  async partijen(manager: EntityManager, agbCode: string, cbsCode: string): Promise<{ aanbiederId?: string; gemeenteId?: string }> {
    const rijen = await voorbereideQuery<{ id: string; soort: string }>(
      manager,
      'organisatie-partijen',
      `SELECT id, soort FROM keten.organisatie WHERE (soort = 'aanbieder' AND agb_code = $1) OR (soort = 'gemeente' AND cbs_code = $2)`,
      [agbCode, cbsCode],
    );
    return { aanbiederId: rijen.find((r) => r.soort === 'aanbieder')?.id, gemeenteId: rijen.find((r) => r.soort === 'gemeente')?.id };
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
    const rijen = (await manager.query(`SELECT id FROM keten.organisatie WHERE soort = 'gemeente' ORDER BY cbs_code`)) as { id: string }[];
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
}
