import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ContractStandService, ContractTariefService, type ContractTarief } from '#keten/contracten';
import {
  dagnummer,
  eersteVanMaand,
  laatsteVanMaand,
  maxDatum,
  minDatum,
  plusDagen,
  vandaag,
  type Domein,
  type Kalenderdatum,
} from '#keten/domain';
import { arrayLiteraal } from '#keten/platform';
import { ToewijzingStandService, type ToewijzingStand } from '#keten/toewijzingen';
import { ONBEKEND_CONTRACT } from '../realisatie/realisatie-bijwerken.service.js';
import { berekenVerplichting } from './verplichting-berekening.util.js';
import { OpgeslagenAntwoordenService } from '../antwoorden/opgeslagen-antwoorden.service.js';

const PER_KEER = 500;

/**
 * Keeps sturing_toegewezen (allocated cost per toewijzing per month) and sturing_termijn (termijnen per month and
 * gemeente) current; called by the jobs that follow toewijzing and contract changes. Each call rewrites the rows of
 * what it was given from the current state, so a repeated or reordered job gives the same rows.
 */
@Injectable()
export class VerplichtingenBijwerkenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly toewijzingen: ToewijzingStandService,
    private readonly contracten: ContractStandService,
    private readonly contracttarieven: ContractTariefService,
    private readonly antwoorden: OpgeslagenAntwoordenService,
  ) {}

  /** An open-ended toewijzing counts to the end of the year it is in today (or of its start, if later). */
  static horizon(ingangsdatum: Kalenderdatum, peildatum: Kalenderdatum = vandaag()): Kalenderdatum {
    return `${maxDatum(ingangsdatum, peildatum).slice(0, 4)}-12-31`;
  }

  async herberekenToewijzingen(toewijzingIds: string[]): Promise<number> {
    let rijen = 0;
    for (let i = 0; i < toewijzingIds.length; i += PER_KEER) {
      const ids = toewijzingIds.slice(i, i + PER_KEER);
      rijen += await this.dataSource.transaction(async (manager) => {
        // One writer per toewijzing at a time (a 301 and a tariff job may run together), in a fixed order.
        await manager.query(
          `SELECT pg_advisory_xact_lock(hashtextextended('sturing|' || id::text, 0)) FROM unnest($1::uuid[]) AS id ORDER BY id`,
          [ids],
        );
        const standen = await this.toewijzingen.stand(manager, ids);
        const tarieven = await this.tarievenPerPartij(standen);
        const uit: {
          toewijzingId: string;
          s: ToewijzingStand;
          raamovereenkomstId: string;
          maand: string;
          bedrag: number;
          zonder: number;
        }[] = [];
        for (const s of standen) {
          if (s.verwijderd) continue;
          const eigen = (tarieven.get(partij(s)) ?? []).filter(
            (t) => s.productcode !== null && t.productcode === s.productcode,
          );
          const v = berekenVerplichting(s, eigen, s.stopdatum, VerplichtingenBijwerkenService.horizon(s.ingangsdatum));
          const raamovereenkomstId = eigen[0]?.raamovereenkomstId ?? ONBEKEND_CONTRACT;
          for (const m of v.maanden)
            uit.push({
              toewijzingId: s.toewijzingId,
              s,
              raamovereenkomstId,
              maand: m.maand,
              bedrag: m.bedragCenten,
              zonder: m.dagenZonderTarief,
            });
        }
        // The old rows out and the new ones in, and their difference added to sturing_toegewezen_totaal in one
        // upsert in key order (two jobs never deadlock on its rows).
        await manager.query(
          `WITH oud AS (DELETE FROM keten.sturing_toegewezen WHERE toewijzing_id = ANY($1::uuid[])
                         RETURNING gemeente_id, domein, maand, aanbieder_id, raamovereenkomst_id, productcategorie, productcode, bedrag_centen),
                nieuw AS (SELECT * FROM unnest($2::uuid[], $3::keten.domein[], $4::date[], $5::uuid[], $6::uuid[], $7::text[], $8::text[], $9::bigint[])
                            AS n(gemeente_id, domein, maand, aanbieder_id, raamovereenkomst_id, productcategorie, productcode, bedrag_centen))
           INSERT INTO keten.sturing_toegewezen_totaal AS t (gemeente_id, domein, maand, aanbieder_id, raamovereenkomst_id, productcategorie, productcode, bedrag_centen, aantal)
           SELECT gemeente_id, domein, maand, aanbieder_id, raamovereenkomst_id, productcategorie, productcode, sum(bedrag), sum(n)
             FROM (SELECT gemeente_id, domein, maand, aanbieder_id, raamovereenkomst_id, productcategorie, productcode, -bedrag_centen AS bedrag, -1 AS n FROM oud
                   UNION ALL
                   SELECT gemeente_id, domein, maand, aanbieder_id, raamovereenkomst_id, productcategorie, productcode, bedrag_centen, 1 FROM nieuw) x
            GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(bedrag) <> 0 OR sum(n) <> 0
            ORDER BY 1, 2, 3, 4, 5, 6, 7
           ON CONFLICT ON CONSTRAINT sturing_toegewezen_totaal_pk DO UPDATE
              SET bedrag_centen = t.bedrag_centen + EXCLUDED.bedrag_centen, aantal = t.aantal + EXCLUDED.aantal`,
          [
            ids,
            ...[
              uit.map((u) => u.s.gemeenteId),
              uit.map((u) => u.s.domein),
              uit.map((u) => u.maand),
              uit.map((u) => u.s.aanbiederId),
              uit.map((u) => u.raamovereenkomstId),
              uit.map((u) => u.s.productcategorie ?? ''),
              uit.map((u) => u.s.productcode ?? ''),
              uit.map((u) => u.bedrag),
            ].map(arrayLiteraal),
          ],
        );
        if (uit.length) {
          await manager.query(
            `INSERT INTO keten.sturing_toegewezen (toewijzing_id, maand, gemeente_id, domein, aanbieder_id, raamovereenkomst_id, productcategorie, productcode, bedrag_centen, dagen_zonder_tarief, toewijzing_nummer, sociaal_team, postcode4, client_id)
             SELECT * FROM unnest($1::uuid[], $2::date[], $3::uuid[], $4::keten.domein[], $5::uuid[], $6::uuid[], $7::text[], $8::text[], $9::bigint[], $10::int[], $11::int[], $12::text[], $13::text[], $14::uuid[])`,
            [
              uit.map((u) => u.toewijzingId),
              uit.map((u) => u.maand),
              uit.map((u) => u.s.gemeenteId),
              uit.map((u) => u.s.domein),
              uit.map((u) => u.s.aanbiederId),
              uit.map((u) => u.raamovereenkomstId),
              uit.map((u) => u.s.productcategorie ?? ''),
              uit.map((u) => u.s.productcode ?? ''),
              uit.map((u) => u.bedrag),
              uit.map((u) => u.zonder),
              uit.map((u) => u.s.toewijzingNummer),
              uit.map((u) => u.s.sociaalTeam ?? ''),
              uit.map((u) => u.s.postcode4 ?? ''),
              uit.map((u) => u.s.clientId),
            ].map(arrayLiteraal),
          );
        }
        await this.antwoorden.verhoog(
          manager,
          standen.map((s) => s.gemeenteId),
        );
        return uit.length;
      });
    }
    return rijen;
  }

  /** A contract's tariffs, budgets or termijnen changed: reprice its toewijzingen and rewrite its termijnen. */
  async herberekenContract(raamovereenkomstId: string): Promise<{ toewijzingen: number; termijnen: number }> {
    const kern = await this.contracten.kern(this.dataSource.manager, raamovereenkomstId);
    if (!kern) return { toewijzingen: 0, termijnen: 0 };
    const termijnen = await this.dataSource.transaction((manager) =>
      this.schrijfTermijnen(manager, raamovereenkomstId, kern.aanbiederId, kern.domein, kern.gemeenteIds),
    );
    const ids = kern.gemeenteIds.length
      ? await this.toewijzingen.idsVoor(this.dataSource.manager, kern.aanbiederId, kern.gemeenteIds, kern.domein)
      : [];
    await this.herberekenToewijzingen(ids);
    return { toewijzingen: ids.length, termijnen };
  }

  private async schrijfTermijnen(
    manager: EntityManager,
    raamovereenkomstId: string,
    aanbiederId: string,
    domein: Domein,
    gemeenteIds: string[],
  ): Promise<number> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('sturing-termijn|' || $1::text, 0))`, [
      raamovereenkomstId,
    ]);
    const termijnen = await this.contracten.termijnen(manager, raamovereenkomstId);
    const rijen: {
      termijnId: string;
      gemeenteId: string;
      maand: string;
      bedrag: number;
      categorie: string;
      code: string;
      betaald: boolean;
    }[] = [];
    for (const t of termijnen) {
      for (const [i, gemeenteId] of gemeenteIds.entries()) {
        // Equal shares per gemeente (the remainder to the first), then spread over the months of the termijn by days.
        const deel =
          Math.floor(t.bedragCenten / gemeenteIds.length) + (i === 0 ? t.bedragCenten % gemeenteIds.length : 0);
        for (const m of perMaand(deel, t.periodeBegindatum, t.periodeEinddatum)) {
          rijen.push({
            termijnId: t.termijnId,
            gemeenteId,
            maand: m.maand,
            bedrag: m.bedrag,
            categorie: t.productcategorie ?? '',
            code: t.productcode ?? '',
            betaald: t.betaald,
          });
        }
      }
    }
    await this.antwoorden.verhoog(manager, gemeenteIds);
    await manager.query(`DELETE FROM keten.sturing_termijn WHERE raamovereenkomst_id = $1`, [raamovereenkomstId]);
    if (rijen.length) {
      await manager.query(
        `INSERT INTO keten.sturing_termijn (termijn_id, gemeente_id, maand, domein, aanbieder_id, raamovereenkomst_id, productcategorie, productcode, bedrag_centen, betaald)
         SELECT r.termijn_id, r.gemeente_id, r.maand, $1, $2, $3, r.categorie, r.code, r.bedrag, r.betaald
           FROM unnest($4::uuid[], $5::uuid[], $6::date[], $7::text[], $8::text[], $9::bigint[], $10::boolean[]) AS r(termijn_id, gemeente_id, maand, categorie, code, bedrag, betaald)`,
        [
          domein,
          aanbiederId,
          raamovereenkomstId,
          ...[
            rijen.map((r) => r.termijnId),
            rijen.map((r) => r.gemeenteId),
            rijen.map((r) => r.maand),
            rijen.map((r) => r.categorie),
            rijen.map((r) => r.code),
            rijen.map((r) => r.bedrag),
            rijen.map((r) => (r.betaald ? 't' : 'f')),
          ].map(arrayLiteraal),
        ],
      );
    }
    return termijnen.length;
  }

  /** The published tariff view per aanbieder, gemeente and domein, once for all toewijzingen of this batch. */
  private async tarievenPerPartij(standen: ToewijzingStand[]): Promise<Map<string, ContractTarief[]>> {
    const uit = new Map<string, ContractTarief[]>();
    const bereik = new Map<string, { s: ToewijzingStand; van: string; tot: string }>();
    for (const s of standen) {
      const tot = s.einddatum ?? VerplichtingenBijwerkenService.horizon(s.ingangsdatum);
      const b = bereik.get(partij(s));
      bereik.set(partij(s), {
        s,
        van: b ? minDatum(b.van, s.ingangsdatum) : s.ingangsdatum,
        tot: b ? maxDatum(b.tot, tot) : tot,
      });
    }
    for (const [sleutel, { s, van, tot }] of bereik) {
      uit.set(
        sleutel,
        await this.contracttarieven.tarievenVoor({
          agbCode: s.aanbiederAgb,
          gemeenteCode: s.gemeenteCode,
          domein: s.domein,
          van,
          tot,
        }),
      );
    }
    return uit;
  }
}

const partij = (s: ToewijzingStand) => `${s.aanbiederId}|${s.gemeenteId}|${s.domein}`;

/** An amount over the months of a period by days, rounded cumulatively so the months add up to the amount. */
export function perMaand(
  bedrag: number,
  begindatum: Kalenderdatum,
  einddatum: Kalenderdatum,
): { maand: Kalenderdatum; bedrag: number }[] {
  const totaal = dagnummer(einddatum) - dagnummer(begindatum) + 1;
  const uit: { maand: Kalenderdatum; bedrag: number }[] = [];
  let vorige = 0;
  let dagen = 0;
  for (let maand = eersteVanMaand(begindatum); maand <= einddatum; maand = plusDagen(laatsteVanMaand(maand), 1)) {
    dagen += dagnummer(minDatum(laatsteVanMaand(maand), einddatum)) - dagnummer(maxDatum(maand, begindatum)) + 1;
    const cumulatief = Math.round((bedrag * dagen) / totaal);
    uit.push({ maand, bedrag: cumulatief - vorige });
    vorige = cumulatief;
  }
  return uit;
}
