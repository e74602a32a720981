import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Domein, Eenheid, Uitvoeringsvariant, type Kalenderdatum } from '#keten/domain';
import { voorbereideQuery } from '#keten/platform';
import { OrganisatieCodesService } from '#keten/organisaties';
import { metVoorrang } from '../tarieven/voorrang.util.js';

/** A contracted product with one tariff version, as the declaratie beoordeling needs it (TR418, TR381, OP261). */
export interface ContractTarief {
  raamovereenkomstId: string;
  productcategorie: string;
  productcode: string;
  uitvoeringsvariant: Uitvoeringsvariant;
  /** null for a product without a tariff (taakgericht, or a tariff yet to be set). */
  eenheid: Eenheid | null;
  bedragCenten: number | null;
  /** Validity of the tariff, bounded by the raamovereenkomst's term. */
  ingangsdatum: Kalenderdatum;
  einddatum: Kalenderdatum;
}

/**
 * Precedence between overlapping raamovereenkomsten of one aanbieder for the same product and gemeente: the one with
 * the later ingangsdatum goes first, and on the same ingangsdatum the one registered last (it is the newer agreement).
 * Registration reports the overlap (RaamovereenkomstDto.overlappingen) and audits it; it is never silent.
 */
export const CONTRACT_VOORRANG =
  'de raamovereenkomst met de latere ingangsdatum gaat voor; bij gelijke ingangsdatum de laatst geregistreerde';

/**
 * The published view of contracten for other contexts: every tariff version that an aanbieder has for a gemeente in a
 * domein over a period, in one query (the beoordeling loads it once per declaratie, never per prestatie).
 */
@Injectable()
export class ContractTariefService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organisaties: OrganisatieCodesService,
  ) {}

  async tarievenVoor(
    opvraging: {
      agbCode: string;
      gemeenteCode: string;
      domein: Domein;
      van: Kalenderdatum;
      tot: Kalenderdatum;
    },
    /** A transaction to read in (the beoordeling sends this with its other lookups); the pool otherwise. */
    bron: DataSource | EntityManager = this.dataSource,
  ): Promise<ContractTarief[]> {
    // The organisaties are the organisaties context's: their ids by code come from its published query, which caches
    // them, so the beoordeling still makes one query here per declaratie (architecture.md 1).
    const { aanbiederId, gemeenteId } = await this.organisaties.partijen(
      this.dataSource.manager,
      opvraging.agbCode,
      opvraging.gemeenteCode,
    );
    if (!aanbiederId || !gemeenteId) return [];
    // Superseded versions (corrections) are history, not tariffs. A deelovereenkomst's tariff applies to its
    // gemeenten (or, without gemeenten, to all of the contract's) within its own term, and takes precedence.
    const rijen = await voorbereideQuery<
      ContractTarief & { deel: boolean; bedrag_centen: string | null; rang: string }
    >(
      bron,
      'contract-tarieven-voor-v3',
      `SELECT r.id AS "raamovereenkomstId", r.ingangsdatum::text || '|' || to_char(r.created_at, 'YYYYMMDDHH24MISSUS') || '|' || r.id AS rang, p.productcategorie, p.productcode, p.uitvoeringsvariant, t.eenheid, t.bedrag_centen,
              (t.deelovereenkomst_id IS NOT NULL) AS deel,
              GREATEST(COALESCE(t.ingangsdatum, r.ingangsdatum), r.ingangsdatum, COALESCE(d.ingangsdatum, r.ingangsdatum))::text AS ingangsdatum,
              LEAST(COALESCE(t.einddatum, r.einddatum), r.einddatum, COALESCE(d.einddatum, r.einddatum))::text AS einddatum
         FROM keten.raamovereenkomst r
         JOIN keten.raamovereenkomst_gemeente rg ON rg.raamovereenkomst_id = r.id AND rg.gemeente_id = $2
         JOIN keten.contract_product p ON p.raamovereenkomst_id = r.id
         LEFT JOIN keten.tarief t ON t.contract_product_id = p.id AND t.vervangen_op IS NULL AND t.ingangsdatum <= $5 AND (t.einddatum IS NULL OR t.einddatum >= $4)
              AND (t.deelovereenkomst_id IS NULL OR EXISTS (
                    SELECT 1 FROM keten.deelovereenkomst dx
                     WHERE dx.id = t.deelovereenkomst_id
                       AND (NOT EXISTS (SELECT 1 FROM keten.deelovereenkomst_gemeente x WHERE x.deelovereenkomst_id = dx.id)
                            OR EXISTS (SELECT 1 FROM keten.deelovereenkomst_gemeente x WHERE x.deelovereenkomst_id = dx.id AND x.gemeente_id = rg.gemeente_id))))
         LEFT JOIN keten.deelovereenkomst d ON d.id = t.deelovereenkomst_id
        WHERE r.aanbieder_id = $1 AND r.domein = $3 AND r.ingangsdatum <= $5 AND r.einddatum >= $4
        ORDER BY p.productcode, t.eenheid, t.ingangsdatum`,
      [aanbiederId, gemeenteId, opvraging.domein, opvraging.van, opvraging.tot],
    );
    const tarieven = rijen
      .filter((r) => r.ingangsdatum <= r.einddatum)
      .map((r) => ({
        raamovereenkomstId: r.raamovereenkomstId,
        productcategorie: r.productcategorie,
        productcode: r.productcode,
        uitvoeringsvariant: r.uitvoeringsvariant,
        eenheid: r.eenheid,
        bedragCenten: r.bedrag_centen === null ? null : Number(r.bedrag_centen),
        ingangsdatum: r.ingangsdatum,
        einddatum: r.einddatum,
        deel: r.deel,
        rang: r.rang,
      }));
    const sleutel = (t: (typeof tarieven)[number]) => `${t.raamovereenkomstId}|${t.productcode}|${t.eenheid}`;
    const perContract = metVoorrang(
      tarieven.filter((t) => !t.deel),
      tarieven.filter((t) => t.deel),
      sleutel,
    );
    // Two raamovereenkomsten of this aanbieder for this gemeente and product over one period: the stated precedence
    // (CONTRACT_VOORRANG) decides, so a declaratie is never priced on the tariff of the contract that gave way.
    const rangen = [...new Set(perContract.map((t) => t.rang))].sort();
    let uitkomst: typeof perContract = [];
    for (const rang of rangen) {
      uitkomst = metVoorrang(
        uitkomst,
        perContract.filter((t) => t.rang === rang),
        (t) => `${t.productcode}|${t.eenheid}`,
      );
    }
    return uitkomst
      .map(({ deel: _deel, rang: _rang, ...t }) => t)
      .sort(
        (a, b) =>
          a.productcode.localeCompare(b.productcode) ||
          (a.eenheid ?? '').localeCompare(b.eenheid ?? '') ||
          a.ingangsdatum.localeCompare(b.ingangsdatum),
      );
  }
}
