import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Domein } from '#keten/domain';

export interface ContractKern {
  raamovereenkomstId: string;
  aanbiederId: string;
  domein: Domein;
  gemeenteIds: string[];
}

export interface ContractTermijn {
  termijnId: string;
  productcategorie: string | null;
  productcode: string | null;
  periodeBegindatum: string;
  periodeEinddatum: string;
  bedragCenten: number;
  betaald: boolean;
}

/** The published query of contracten for sturing: a contract's reach and its termijnen (lumpsum, subsidie). */
@Injectable()
export class ContractStandService {
  async kern(manager: EntityManager, raamovereenkomstId: string): Promise<ContractKern | null> {
    const [r]: { aanbieder_id: string; domein: Domein; gemeenten: string[] }[] = await manager.query(
      `SELECT r.aanbieder_id, r.domein, COALESCE(array_agg(rg.gemeente_id ORDER BY rg.gemeente_id) FILTER (WHERE rg.gemeente_id IS NOT NULL), '{}') AS gemeenten
         FROM keten.raamovereenkomst r LEFT JOIN keten.raamovereenkomst_gemeente rg ON rg.raamovereenkomst_id = r.id
        WHERE r.id = $1 GROUP BY r.id`,
      [raamovereenkomstId],
    );
    return r ? { raamovereenkomstId, aanbiederId: r.aanbieder_id, domein: r.domein, gemeenteIds: r.gemeenten } : null;
  }

  async termijnen(manager: EntityManager, raamovereenkomstId: string): Promise<ContractTermijn[]> {
    const rijen: (Omit<ContractTermijn, 'bedragCenten'> & { bedragCenten: string })[] = await manager.query(
      `SELECT t.id AS "termijnId", p.productcategorie, p.productcode, t.periode_begindatum::text AS "periodeBegindatum",
              t.periode_einddatum::text AS "periodeEinddatum", t.bedrag_centen AS "bedragCenten", (t.status = 'betaald') AS betaald
         FROM keten.termijn t JOIN keten.budget b ON b.id = t.budget_id LEFT JOIN keten.contract_product p ON p.id = b.contract_product_id
        WHERE t.raamovereenkomst_id = $1 ORDER BY t.periode_begindatum, t.id`,
      [raamovereenkomstId],
    );
    return rijen.map((r) => ({ ...r, bedragCenten: Number(r.bedragCenten) }));
  }
}
