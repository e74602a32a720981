import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { BudgetService } from '#keten/contracten';
import { DeclaratieBetalingService } from '#keten/declaraties';
import { OrganisatieCodesService, ScopeService } from '#keten/organisaties';
import { arrayLiteraal, AuditService, conflict, nietGevonden, validatieFout, type Principal } from '#keten/platform';
import { BetaalbatchStatus } from '../database/betaalbatch.entity.js';
import type {
  BetaalbatchDto,
  BetaalbatchLijstQueryDto,
  MaakBetaalbatchDto,
  OvergeslagenDto,
} from './betaalbatch.dto.js';
import { bouwPain001 } from './pain001.util.js';

interface BatchRij {
  id: string;
  nummer: string;
  inkoper_id: string;
  tot: string;
  uitvoeringsdatum: string;
  status: BetaalbatchStatus;
  totaal_centen: string;
  aangemaakt_door: string;
  goedgekeurd_door: string | null;
  betaald_op: string | null;
  created_at: Date;
}

const BATCH_KOLOMMEN = `id, nummer, inkoper_id, tot::text AS tot, uitvoeringsdatum::text AS uitvoeringsdatum, status, totaal_centen, aangemaakt_door,
  goedgekeurd_door, betaald_op::text AS betaald_op, created_at`;

/**
 * Betaalbatches (sturing-en-schaal.md 1): every approved, not yet paid prestatie (credits included) and every due
 * termijn of an inkopende organisatie, netted per aanbieder; four eyes; immutable once approved; SEPA pain.001.
 * The claim is one set-based insert against unique indexes, so two runs at the same time share nothing.
 */
@Injectable()
export class BetaalbatchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly budgetten: BudgetService,
    private readonly declaraties: DeclaratieBetalingService,
    private readonly audit: AuditService,
    private readonly organisaties: OrganisatieCodesService,
  ) {}

  async maak(principal: Principal, dto: MaakBetaalbatchDto): Promise<BetaalbatchDto> {
    const inkoper = await this.inkoper(principal, dto.inkoperId);
    if (!inkoper.iban)
      throw validatieFout('de betaalbatch kan niet worden gemaakt', [
        { veld: 'inkoperId', reden: `${inkoper.naam} heeft geen IBAN om van te betalen` },
      ]);
    if (dto.uitvoeringsdatum < dto.tot)
      throw validatieFout('de betaalbatch klopt niet', [
        { veld: 'uitvoeringsdatum', reden: 'de uitvoeringsdatum ligt vóór de datum tot en met' },
      ]);
    const gemeenten =
      inkoper.soort === 'gemeente'
        ? [inkoper.id]
        : await this.organisaties.deelnemersVan(this.dataSource.manager, inkoper.id);

    const { id, overgeslagen } = await this.dataSource.transaction(async (manager) => {
      const nummer = `KB${dto.tot.replace(/-/g, '')}${randomBytes(5).toString('hex').toUpperCase()}`;
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO keten.betaalbatch (nummer, inkoper_id, tot, uitvoeringsdatum, status, totaal_centen, aangemaakt_door) VALUES ($1, $2, $3, $4, 'concept', 0, $5) RETURNING id`,
        [nummer, inkoper.id, dto.tot, dto.uitvoeringsdatum, principal.actor],
      );
      // Approved prestaties of the organisatie's gemeenten (debet positive, credit negative), beoordeeld up to `tot`,
      // from the declaraties context's published query in this transaction. The claim stays one set-based insert
      // against the unique index (betaalbatch_post_prestatie_uniek): a prestatie another batch holds is skipped.
      const prestaties = await this.declaraties.betaalbarePrestaties(manager, gemeenten, dto.tot);
      await manager.query(
        `INSERT INTO keten.betaalbatch_post (betaalbatch_id, aanbieder_id, soort, declaratie_id, volgnummer, bedrag_centen)
         SELECT $1, p.aanbieder_id, 'prestatie', p.declaratie_id, p.volgnummer, p.bedrag
           FROM unnest($2::uuid[], $3::uuid[], $4::int[], $5::bigint[]) WITH ORDINALITY AS p(aanbieder_id, declaratie_id, volgnummer, bedrag, n)
          WHERE NOT EXISTS (SELECT 1 FROM keten.betaalbatch_post x WHERE x.declaratie_id = p.declaratie_id AND x.volgnummer = p.volgnummer)
          ORDER BY p.n
         ON CONFLICT DO NOTHING`,
        [
          id,
          arrayLiteraal(prestaties.map((p) => p.aanbiederId)),
          arrayLiteraal(prestaties.map((p) => p.declaratieId)),
          arrayLiteraal(prestaties.map((p) => String(p.volgnummer))),
          arrayLiteraal(prestaties.map((p) => p.bedragCenten)),
        ],
      );
      // Due termijnen (lumpsum, subsidie) of the organisatie's own contracts (the contracten context's published query).
      const termijnen = await this.budgetten.betaalbareTermijnen(manager, inkoper.id, dto.tot);
      await manager.query(
        `INSERT INTO keten.betaalbatch_post (betaalbatch_id, aanbieder_id, soort, termijn_id, bedrag_centen)
         SELECT $1, t.aanbieder_id, 'termijn', t.termijn_id, t.bedrag
           FROM unnest($2::uuid[], $3::uuid[], $4::bigint[]) WITH ORDINALITY AS t(aanbieder_id, termijn_id, bedrag, n)
          WHERE NOT EXISTS (SELECT 1 FROM keten.betaalbatch_post x WHERE x.termijn_id = t.termijn_id)
          ORDER BY t.n
         ON CONFLICT DO NOTHING`,
        [
          id,
          arrayLiteraal(termijnen.map((t) => t.aanbiederId)),
          arrayLiteraal(termijnen.map((t) => t.termijnId)),
          arrayLiteraal(termijnen.map((t) => t.bedragCenten)),
        ],
      );
      const posten: { aanbieder_id: string; bedrag: string }[] = await manager.query(
        `SELECT aanbieder_id, sum(bedrag_centen)::text AS bedrag FROM keten.betaalbatch_post WHERE betaalbatch_id = $1 GROUP BY aanbieder_id`,
        [id],
      );
      // Name, IBAN and AGB code are the organisaties context's; its query answers in the order of naam (then id).
      const bedragPer = new Map(posten.map((x) => [x.aanbieder_id, x.bedrag]));
      const saldi = (await this.organisaties.organisatiesVan(manager, [...bedragPer.keys()])).map((o) => ({
        aanbieder_id: o.id,
        bedrag: bedragPer.get(o.id)!,
        naam: o.naam,
        iban: o.iban,
        agb_code: o.agbCode ?? '',
      }));
      const overgeslagen: OvergeslagenDto[] = [];
      const regels: typeof saldi = [];
      for (const s of saldi) {
        const bedrag = Number(s.bedrag);
        if (bedrag <= 0)
          overgeslagen.push({
            aanbiederId: s.aanbieder_id,
            bedragCenten: bedrag,
            reden: 'het saldo is niet positief (meer credit dan debet); het schuift door naar een volgende betaalbatch',
          });
        else if (!s.iban)
          overgeslagen.push({
            aanbiederId: s.aanbieder_id,
            bedragCenten: bedrag,
            reden: 'de aanbieder heeft geen IBAN; het schuift door naar een volgende betaalbatch',
          });
        else regels.push(s);
      }
      // What is not paid now is released for a next batch.
      if (overgeslagen.length) {
        await manager.query(
          `DELETE FROM keten.betaalbatch_post WHERE betaalbatch_id = $1 AND aanbieder_id = ANY($2::uuid[])`,
          [id, overgeslagen.map((o) => o.aanbiederId)],
        );
      }
      if (regels.length === 0)
        throw conflict(`er is niets te betalen tot en met ${dto.tot} (of het is al in een andere betaalbatch)`);
      for (const [i, r] of regels.entries()) {
        const kenmerk = `${nummer}-${i + 1}`;
        const declaratieIds: { declaratie_id: string }[] = await manager.query(
          `SELECT DISTINCT declaratie_id FROM keten.betaalbatch_post WHERE betaalbatch_id = $1 AND aanbieder_id = $2 AND declaratie_id IS NOT NULL`,
          [id, r.aanbieder_id],
        );
        const nummers = distinctOpVolgorde(
          (
            await this.declaraties.declaratieNummers(
              manager,
              declaratieIds.map((d) => d.declaratie_id),
            )
          ).map((d) => d.declaratieNummer),
        ).map((n) => ({ declaratie_nummer: n }));
        await manager.query(
          `INSERT INTO keten.betaalbatch_regel (betaalbatch_id, aanbieder_id, naam, iban, bedrag_centen, kenmerk, omschrijving) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            id,
            r.aanbieder_id,
            r.naam,
            r.iban,
            Number(r.bedrag),
            kenmerk,
            omschrijving(
              kenmerk,
              r.agb_code,
              nummers.map((n) => n.declaratie_nummer),
            ),
          ],
        );
      }
      const totaal = regels.reduce((s, r) => s + Number(r.bedrag), 0);
      await manager.query(`UPDATE keten.betaalbatch SET totaal_centen = $2 WHERE id = $1`, [id, totaal]);
      await this.audit.log(manager, principal, {
        actie: 'betaalbatch.gemaakt',
        entiteit: 'betaalbatch',
        entiteitId: id,
        details: { nummer, tot: dto.tot, totaalCenten: totaal, regels: regels.length },
      });
      return { id, overgeslagen };
    });
    return { ...(await this.haal(principal, id)), overgeslagen };
  }

  /** Four eyes: another user than the maker approves; from then on nothing about the batch changes but its payment. */
  // UPDATE … RETURNING runs inside a WITH: TypeORM's query() answers a bare UPDATE with [rows, count], not rows.
  async keurGoed(principal: Principal, id: string): Promise<BetaalbatchDto> {
    const batch = await this.batch(principal, id);
    if (batch.aangemaakt_door === principal.actor)
      throw conflict('vier ogen: wie de betaalbatch maakte, keurt hem niet goed');
    await this.dataSource.transaction(async (manager) => {
      const rijen: unknown[] = await manager.query(
        `WITH u AS (UPDATE keten.betaalbatch SET status = 'goedgekeurd', goedgekeurd_door = $2, goedgekeurd_op = now() WHERE id = $1 AND status = 'concept' RETURNING id) SELECT id FROM u`,
        [id, principal.actor],
      );
      if (rijen.length === 0) throw conflict(`de betaalbatch is ${batch.status}, niet concept`);
      await this.audit.log(manager, principal, {
        actie: 'betaalbatch.goedgekeurd',
        entiteit: 'betaalbatch',
        entiteitId: id,
        details: { nummer: batch.nummer },
      });
    });
    return this.haal(principal, id);
  }

  /** A concept batch that is not approved releases everything it held. */
  async wijsAf(principal: Principal, id: string): Promise<BetaalbatchDto> {
    const batch = await this.batch(principal, id);
    await this.dataSource.transaction(async (manager) => {
      const rijen: unknown[] = await manager.query(
        `WITH u AS (UPDATE keten.betaalbatch SET status = 'afgewezen' WHERE id = $1 AND status = 'concept' RETURNING id) SELECT id FROM u`,
        [id],
      );
      if (rijen.length === 0)
        throw conflict(`de betaalbatch is ${batch.status}; alleen een concept kan worden afgewezen`);
      await manager.query(`DELETE FROM keten.betaalbatch_post WHERE betaalbatch_id = $1`, [id]);
      await this.audit.log(manager, principal, {
        actie: 'betaalbatch.afgewezen',
        entiteit: 'betaalbatch',
        entiteitId: id,
        details: { nummer: batch.nummer },
      });
    });
    return this.haal(principal, id);
  }

  async pain001(principal: Principal, id: string): Promise<{ nummer: string; xml: string }> {
    const batch = await this.batch(principal, id);
    if (batch.status !== BetaalbatchStatus.Goedgekeurd && batch.status !== BetaalbatchStatus.Betaald)
      throw conflict(`de betaalbatch is ${batch.status}; alleen een goedgekeurde batch wordt betaald`);
    const [inkoper] = await this.organisaties.organisatiesVan(this.dataSource.manager, [batch.inkoper_id]);
    const betaler = { naam: inkoper.naam, iban: inkoper.iban! };
    const regels: { kenmerk: string; naam: string; iban: string; bedrag_centen: string; omschrijving: string }[] =
      await this.dataSource.query(
        `SELECT kenmerk, naam, iban, bedrag_centen, omschrijving FROM keten.betaalbatch_regel WHERE betaalbatch_id = $1 ORDER BY kenmerk`,
        [id],
      );
    const xml = bouwPain001({
      nummer: batch.nummer,
      aangemaaktOp: batch.created_at,
      uitvoeringsdatum: batch.uitvoeringsdatum,
      betaler,
      regels: regels.map((r) => ({
        kenmerk: r.kenmerk,
        naam: r.naam,
        iban: r.iban,
        bedragCenten: Number(r.bedrag_centen),
        omschrijving: r.omschrijving,
      })),
    });
    return { nummer: batch.nummer, xml };
  }

  /** The bank paid it: the termijnen and the fully paid declaraties are betaald. */
  async markeerBetaald(principal: Principal, id: string, betaaldOp: string): Promise<BetaalbatchDto> {
    const batch = await this.batch(principal, id);
    await this.dataSource.transaction(async (manager) => {
      const rijen: unknown[] = await manager.query(
        `WITH u AS (UPDATE keten.betaalbatch SET status = 'betaald', betaald_op = $2 WHERE id = $1 AND status = 'goedgekeurd' RETURNING id) SELECT id FROM u`,
        [id, betaaldOp],
      );
      if (rijen.length === 0)
        throw conflict(`de betaalbatch is ${batch.status}; alleen een goedgekeurde batch kan betaald zijn`);
      const termijnen: { termijn_id: string }[] = await manager.query(
        `SELECT termijn_id FROM keten.betaalbatch_post WHERE betaalbatch_id = $1 AND termijn_id IS NOT NULL`,
        [id],
      );
      await this.budgetten.markeerBetaaldDoorBatch(
        manager,
        termijnen.map((t) => t.termijn_id),
        betaaldOp,
        id,
      );
      await this.declaraties.markeerBetaald(manager, await this.volledigBetaald(manager, id), betaaldOp);
      await this.audit.log(manager, principal, {
        actie: 'betaalbatch.betaald',
        entiteit: 'betaalbatch',
        entiteitId: id,
        details: { nummer: batch.nummer, betaaldOp },
      });
    });
    return this.haal(principal, id);
  }

  async lijst(principal: Principal, query: BetaalbatchLijstQueryDto): Promise<BetaalbatchDto[]> {
    const scope = await this.scope.organisatiesInScope(principal);
    const rijen: BatchRij[] = await this.dataSource.query(
      `SELECT ${BATCH_KOLOMMEN} FROM keten.betaalbatch
        WHERE ($1::uuid[] IS NULL OR inkoper_id = ANY($1::uuid[])) AND ($2::uuid IS NULL OR inkoper_id = $2) ORDER BY created_at DESC LIMIT 500`,
      [scope, query.inkoper ?? null],
    );
    return rijen.map(naarDto);
  }

  async haal(principal: Principal, id: string): Promise<BetaalbatchDto> {
    const batch = await this.batch(principal, id);
    const regels: {
      aanbieder_id: string;
      naam: string;
      iban: string;
      bedrag_centen: string;
      kenmerk: string;
      omschrijving: string;
    }[] = await this.dataSource.query(
      `SELECT aanbieder_id, naam, iban, bedrag_centen, kenmerk, omschrijving FROM keten.betaalbatch_regel WHERE betaalbatch_id = $1 ORDER BY kenmerk`,
      [id],
    );
    const perDeclaratie: { aanbieder_id: string; declaratie_id: string; bedrag: string; aantal: number }[] =
      await this.dataSource.query(
        `SELECT aanbieder_id, declaratie_id, sum(bedrag_centen)::text AS bedrag, count(*)::int AS aantal
         FROM keten.betaalbatch_post WHERE betaalbatch_id = $1 AND declaratie_id IS NOT NULL GROUP BY 1, 2`,
        [id],
      );
    const termijnPosten: { aanbieder_id: string; termijn_id: string; bedrag_centen: string }[] =
      await this.dataSource.query(
        `SELECT aanbieder_id, termijn_id, bedrag_centen FROM keten.betaalbatch_post WHERE betaalbatch_id = $1 AND termijn_id IS NOT NULL`,
        [id],
      );
    // DeclaratieNummers and termijnen are other contexts' (published queries), answered in the order shown.
    const [nummers, termijnInfo] = await Promise.all([
      this.declaraties.declaratieNummers(
        this.dataSource.manager,
        perDeclaratie.map((d) => d.declaratie_id),
      ),
      this.budgetten.termijnenVan(
        this.dataSource.manager,
        termijnPosten.map((t) => t.termijn_id),
      ),
    ]);
    const declaratiePost = new Map(perDeclaratie.map((d) => [d.declaratie_id, d]));
    const declaraties = nummers.map((n) => ({
      ...declaratiePost.get(n.declaratieId)!,
      declaratie_nummer: n.declaratieNummer,
    }));
    const termijnPost = new Map(termijnPosten.map((t) => [t.termijn_id, t]));
    const termijnen = termijnInfo.map((t) => ({
      ...termijnPost.get(t.termijnId)!,
      raamovereenkomst_id: t.raamovereenkomstId,
    }));
    return {
      ...naarDto(batch),
      regels: regels.map((r) => ({
        aanbiederId: r.aanbieder_id,
        naam: r.naam,
        iban: r.iban,
        bedragCenten: Number(r.bedrag_centen),
        kenmerk: r.kenmerk,
        omschrijving: r.omschrijving,
        declaraties: declaraties
          .filter((d) => d.aanbieder_id === r.aanbieder_id)
          .map((d) => ({
            declaratieId: d.declaratie_id,
            declaratieNummer: d.declaratie_nummer,
            bedragCenten: Number(d.bedrag),
            aantalPrestaties: d.aantal,
          })),
        termijnen: termijnen
          .filter((t) => t.aanbieder_id === r.aanbieder_id)
          .map((t) => ({
            termijnId: t.termijn_id,
            raamovereenkomstId: t.raamovereenkomst_id,
            bedragCenten: Number(t.bedrag_centen),
          })),
      })),
    };
  }

  /** The declaraties in this batch whose every approved prestatie (declaraties' published query) is in a paid batch. */
  private async volledigBetaald(manager: EntityManager, id: string): Promise<string[]> {
    const inBatch: { declaratie_id: string }[] = await manager.query(
      `SELECT DISTINCT declaratie_id FROM keten.betaalbatch_post WHERE betaalbatch_id = $1 AND declaratie_id IS NOT NULL`,
      [id],
    );
    const ids = inBatch.map((r) => r.declaratie_id);
    if (ids.length === 0) return [];
    const betaald: { declaratie_id: string; volgnummer: number }[] = await manager.query(
      `SELECT y.declaratie_id, y.volgnummer FROM keten.betaalbatch_post y JOIN keten.betaalbatch b ON b.id = y.betaalbatch_id
        WHERE y.declaratie_id = ANY($1::uuid[]) AND b.status = 'betaald'`,
      [arrayLiteraal(ids)],
    );
    const isBetaald = new Set(betaald.map((b) => `${b.declaratie_id}|${b.volgnummer}`));
    const open = new Set(
      (await this.declaraties.goedgekeurdePrestaties(manager, ids))
        .filter((p) => !isBetaald.has(`${p.declaratieId}|${p.volgnummer}`))
        .map((p) => p.declaratieId),
    );
    return ids.filter((d) => !open.has(d));
  }

  private async batch(principal: Principal, id: string): Promise<BatchRij> {
    const [batch]: BatchRij[] = await this.dataSource.query(
      `SELECT ${BATCH_KOLOMMEN} FROM keten.betaalbatch WHERE id = $1`,
      [id],
    );
    const scope = await this.scope.organisatiesInScope(principal);
    if (!batch || (scope !== null && !scope.includes(batch.inkoper_id))) throw nietGevonden('betaalbatch', id);
    return batch;
  }

  private async inkoper(
    principal: Principal,
    id: string,
  ): Promise<{ id: string; naam: string; soort: string; iban: string | null }> {
    const [o] = (await this.organisaties.organisatiesVan(this.dataSource.manager, [id])).filter(
      (x) => x.soort === 'gemeente' || x.soort === 'regio',
    );
    const scope = await this.scope.organisatiesInScope(principal);
    if (!o || (scope !== null && !scope.includes(o.id))) throw nietGevonden('inkopende organisatie', id);
    return o;
  }
}

/** The values once each, in their first order (the published query sorted them). */
const distinctOpVolgorde = (waarden: string[]): string[] => [...new Set(waarden)];

/** Ustrd (≤ 140): the kenmerk, the aanbieder's AGB code and as many DeclaratieNummers as fit; the API lists them all. */
export function omschrijving(kenmerk: string, agb: string, nummers: string[]): string {
  const kop = `${kenmerk} AGB ${agb}`;
  if (nummers.length === 0) return `${kop} termijnen`;
  let uit = `${kop} decl`;
  for (const [i, n] of nummers.entries()) {
    const rest = nummers.length - i - 1;
    const volgende = `${uit} ${n}`;
    if (volgende.length + (rest > 0 ? ` +${rest}`.length : 0) > 140) return `${uit} +${nummers.length - i}`;
    uit = volgende;
  }
  return uit;
}

function naarDto(b: BatchRij): BetaalbatchDto {
  return {
    id: b.id,
    nummer: b.nummer,
    inkoperId: b.inkoper_id,
    tot: b.tot,
    uitvoeringsdatum: b.uitvoeringsdatum,
    status: b.status,
    totaalCenten: Number(b.totaal_centen),
    aangemaaktDoor: b.aangemaakt_door,
    goedgekeurdDoor: b.goedgekeurd_door,
    betaaldOp: b.betaald_op,
  };
}
