import type { EntityManager } from 'typeorm';
import { Eenheid, Frequentie, type ActueleToewijzing, type Domein, type Kalenderdatum } from '#keten/domain';
import { validatieFout } from '#keten/platform';
import type { OrganisatieCodesService } from '#keten/organisaties';

const REDEN_VERWIJDERD = '13';

/** The gemeente (by CBS code) and aanbieder (by AGB code) a verzoek or antwoord is between. */
export async function partijen(
  organisaties: OrganisatieCodesService,
  manager: EntityManager,
  cbsCode: string,
  agbCode: string,
): Promise<{ gemeenteId: string; aanbiederId: string }> {
  const { gemeenteId, aanbiederId } = await organisaties.partijen(manager, agbCode, cbsCode);
  if (!gemeenteId)
    throw validatieFout('onbekende gemeente', [
      { veld: 'Ontvanger', reden: `gemeentecode ${cbsCode} is niet bekend (TR378)` },
    ]);
  if (!aanbiederId)
    throw validatieFout('onbekende aanbieder', [{ veld: 'Afzender', reden: `AGB-code ${agbCode} is niet bekend` }]);
  return { gemeenteId, aanbiederId };
}

export interface ActueleToewijzingRij extends ActueleToewijzing {
  id: string;
  aanbiederId: string;
}

/**
 * The client's current toewijzingen (latest version by IV013, not removed with reden 13, not ended before the
 * peildatum) in this gemeente and domein; only at one aanbieder when given.
 */
export async function actueleToewijzingen(
  manager: EntityManager,
  filter: { gemeenteId: string; domein: Domein; clientId: string; aanbiederId?: string; peildatum: Kalenderdatum },
): Promise<ActueleToewijzingRij[]> {
  const rijen = (await manager.query(
    `SELECT * FROM (
       SELECT DISTINCT ON (t.id) t.id, t.toewijzing_nummer, t.aanbieder_id, v.productcategorie, v.productcode, v.ingangsdatum::text AS ingangsdatum,
              v.einddatum::text AS einddatum, v.volume, v.eenheid, v.frequentie, v.budget_centen, v.reden_wijziging
         FROM keten.toewijzing t JOIN keten.toewijzing_versie v ON v.toewijzing_id = t.id
        WHERE t.gemeente_id = $1 AND t.domein = $2 AND t.client_id = $3 AND ($4::uuid IS NULL OR t.aanbieder_id = $4)
        ORDER BY t.id, v.toewijzingsdatum DESC, v.toewijzingstijd DESC) c
      WHERE (c.reden_wijziging IS NULL OR c.reden_wijziging <> $5) AND (c.einddatum IS NULL OR c.einddatum >= $6)
      ORDER BY c.toewijzing_nummer`,
    [filter.gemeenteId, filter.domein, filter.clientId, filter.aanbiederId ?? null, REDEN_VERWIJDERD, filter.peildatum],
  )) as {
    id: string;
    toewijzing_nummer: number;
    aanbieder_id: string;
    productcategorie: string | null;
    productcode: string | null;
    ingangsdatum: string;
    einddatum: string | null;
    volume: number | null;
    eenheid: Eenheid | null;
    frequentie: Frequentie | null;
    budget_centen: string | null;
  }[];
  return rijen.map((r) => ({
    id: r.id,
    aanbiederId: r.aanbieder_id,
    toewijzingNummer: r.toewijzing_nummer,
    productCategorie: r.productcategorie?.trim() ?? null,
    productCode: r.productcode,
    ingangsdatum: r.ingangsdatum,
    einddatum: r.einddatum,
    omvang:
      r.volume !== null && r.eenheid && r.frequentie
        ? { volume: r.volume, eenheid: r.eenheid, frequentie: r.frequentie }
        : null,
    budgetCenten: r.budget_centen === null ? null : Number(r.budget_centen),
  }));
}
