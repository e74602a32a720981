import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Domein } from '#keten/domain';
import { arrayLiteraal } from '#keten/platform';
import { OrganisatieCodesService } from '#keten/organisaties';

/** A toewijzing's current version (IV013) and its accepted 307 stop, for sturing; no client data. */
export interface ToewijzingStand {
  toewijzingId: string;
  toewijzingNummer: number;
  gemeenteId: string;
  gemeenteCode: string;
  aanbiederId: string;
  aanbiederAgb: string;
  domein: Domein;
  productcategorie: string | null;
  productcode: string | null;
  ingangsdatum: string;
  einddatum: string | null;
  volume: number | null;
  eenheid: string | null;
  frequentie: string | null;
  budgetCenten: number | null;
  /** The sociaal team of the current version (null: none given). */
  sociaalTeam: string | null;
  /** keten.client's id (a pseudonymous key, never the BSN): to count clients, for the privacy threshold. */
  clientId: string;
  /** The four digits of the client's postcode, if the intake gave it. */
  postcode4: string | null;
  /** RedenWijziging 13: as never sent. */
  verwijderd: boolean;
  /** The earliest einddatum of the current accepted stops (307), if any. */
  stopdatum: string | null;
}

/** The published query of toewijzingen for sturing's verplichtingen (architecture.md 1). */
@Injectable()
export class ToewijzingStandService {
  constructor(private readonly organisaties: OrganisatieCodesService) {}

  async stand(manager: EntityManager, toewijzingIds: string[]): Promise<ToewijzingStand[]> {
    if (toewijzingIds.length === 0) return [];
    const rijen: (Omit<ToewijzingStand, 'budgetCenten' | 'gemeenteCode' | 'aanbiederAgb'> & {
      budgetCenten: string | null;
    })[] = await manager.query(
      `SELECT t.id AS "toewijzingId", t.toewijzing_nummer AS "toewijzingNummer", t.gemeente_id AS "gemeenteId", t.aanbieder_id AS "aanbiederId", t.domein, v.productcategorie, v.productcode, v.ingangsdatum::text AS ingangsdatum,
              v.einddatum::text AS einddatum, v.volume, v.eenheid::text AS eenheid, v.frequentie, v.budget_centen AS "budgetCenten", v.sociaal_team AS "sociaalTeam", v.postcode4, t.client_id AS "clientId",
              (v.reden_wijziging = '13') AS verwijderd,
              (SELECT min(r.einddatum)::text FROM keten.regiebericht r
                WHERE r.toewijzing_id = t.id AND r.soort = 'stop' AND r.status_aanlevering = '1' AND r.status = 'geaccepteerd'
                  AND r.verwijderd_door_id IS NULL) AS stopdatum
         FROM keten.toewijzing t
         JOIN LATERAL (SELECT * FROM keten.toewijzing_versie x WHERE x.toewijzing_id = t.id
                        ORDER BY x.toewijzingsdatum DESC, x.toewijzingstijd DESC LIMIT 1) v ON true
        WHERE t.id = ANY($1::uuid[])`,
      [toewijzingIds],
    );
    // The codes are the organisaties context's (its published query, cached per process).
    const codes = await this.organisaties.codesVan(
      manager,
      rijen.flatMap((r) => [r.gemeenteId, r.aanbiederId]),
    );
    return rijen.map((r) => ({
      ...r,
      gemeenteCode: codes.get(r.gemeenteId)!.cbsCode!,
      aanbiederAgb: codes.get(r.aanbiederId)!.agbCode!,
      verwijderd: r.verwijderd === true,
      budgetCenten: r.budgetCenten === null ? null : Number(r.budgetCenten),
    }));
  }

  /** The ids of the toewijzingen with these ToewijzingNummers (per gemeente and domein), keyed `gemeenteId|domein|nummer`. */
  async idsOpNummer(
    manager: EntityManager,
    nummers: { gemeenteId: string; domein: string; toewijzingNummer: number }[],
  ): Promise<Map<string, string>> {
    if (nummers.length === 0) return new Map();
    const rijen: { id: string; gemeente_id: string; domein: string; toewijzing_nummer: number }[] = await manager.query(
      `SELECT t.id, t.gemeente_id, t.domein::text AS domein, t.toewijzing_nummer
         FROM unnest($1::uuid[], $2::keten.domein[], $3::int[]) AS s(gemeente_id, domein, nummer)
         JOIN keten.toewijzing t ON t.gemeente_id = s.gemeente_id AND t.domein = s.domein AND t.toewijzing_nummer = s.nummer`,
      [
        arrayLiteraal(nummers.map((n) => n.gemeenteId)),
        arrayLiteraal(nummers.map((n) => n.domein)),
        arrayLiteraal(nummers.map((n) => String(n.toewijzingNummer))),
      ],
    );
    return new Map(rijen.map((r) => [`${r.gemeente_id}|${r.domein}|${Number(r.toewijzing_nummer)}`, r.id]));
  }

  /** The toewijzingen of an aanbieder for these gemeenten in a domein (a contract's reach). */
  async idsVoor(manager: EntityManager, aanbiederId: string, gemeenteIds: string[], domein: Domein): Promise<string[]> {
    const rijen: { id: string }[] = await manager.query(
      `SELECT id FROM keten.toewijzing WHERE aanbieder_id = $1 AND gemeente_id = ANY($2::uuid[]) AND domein = $3 ORDER BY id`,
      [aanbiederId, gemeenteIds, domein],
    );
    return rijen.map((r) => r.id);
  }
}
