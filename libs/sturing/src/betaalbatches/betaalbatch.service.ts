import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { BudgetService } from '#keten/contracten';
import { DeclaratieBetalingService } from '#keten/declaraties';
import { ScopeService } from '#keten/organisaties';
import { AuditService, conflict, JobOutboxService, nietGevonden, validatieFout, type Principal } from '#keten/platform';
import { BetaalbatchStatus } from '../database/betaalbatch.entity.js';
import type { BetaalbatchDto, BetaalbatchLijstQueryDto, MaakBetaalbatchDto, OvergeslagenDto } from './betaalbatch.dto.js';
import { bouwPain001 } from './pain001.util.js';

interface BatchRij {
  id: string; nummer: string; inkoper_id: string; tot: string; uitvoeringsdatum: string; status: BetaalbatchStatus; totaal_centen: string;
  aangemaakt_door: string; goedgekeurd_door: string | null; betaald_op: string | null; created_at: Date;
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
    private readonly outbox: JobOutboxService,
    private readonly audit: AuditService,
  ) {}

  async maak(principal: Principal, dto: MaakBetaalbatchDto): Promise<BetaalbatchDto> {
    const inkoper = await this.inkoper(principal, dto.inkoperId);
    if (!inkoper.iban) throw validatieFout('de betaalbatch kan niet worden gemaakt', [{ veld: 'inkoperId', reden: `${inkoper.naam} heeft geen IBAN om van te betalen` }]);
    if (dto.uitvoeringsdatum < dto.tot) throw validatieFout('de betaalbatch klopt niet', [{ veld: 'uitvoeringsdatum', reden: 'de uitvoeringsdatum ligt vóór de datum tot en met' }]);
    const gemeenten: { id: string }[] = inkoper.soort === 'gemeente'
      ? [{ id: inkoper.id }]
      : await this.dataSource.query(`SELECT DISTINCT gemeente_id AS id FROM keten.regio_deelname WHERE regio_id = $1`, [inkoper.id]);

    const { id, overgeslagen } = await this.dataSource.transaction(async (manager) => {
      const nummer = `KB${dto.tot.replace(/-/g, '')}${randomBytes(5).toString('hex').toUpperCase()}`;
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO keten.betaalbatch (nummer, inkoper_id, tot, uitvoeringsdatum, status, totaal_centen, aangemaakt_door) VALUES ($1, $2, $3, $4, 'concept', 0, $5) RETURNING id`,
        [nummer, inkoper.id, dto.tot, dto.uitvoeringsdatum, principal.actor],
      );
      // Approved prestaties of the organisatie's gemeenten (debet positive, credit negative), beoordeeld up to `tot`.
      await manager.query(
        `INSERT INTO keten.betaalbatch_post (betaalbatch_id, aanbieder_id, soort, declaratie_id, volgnummer, bedrag_centen)
         SELECT $1, p.aanbieder_id, 'prestatie', p.declaratie_id, p.volgnummer, CASE WHEN p.debet_credit = 'C' THEN -p.ingediend_bedrag_centen ELSE p.ingediend_bedrag_centen END
           FROM keten.declaratie d JOIN keten.prestatie p ON p.declaratie_id = d.id AND p.status = 'goedgekeurd'
          WHERE d.gemeente_id = ANY($2::uuid[]) AND d.status = 'beoordeeld' AND (d.beoordeeld_op AT TIME ZONE 'Europe/Amsterdam')::date <= $3
            AND NOT EXISTS (SELECT 1 FROM keten.betaalbatch_post x WHERE x.declaratie_id = p.declaratie_id AND x.volgnummer = p.volgnummer)
          ORDER BY p.declaratie_id, p.volgnummer
         ON CONFLICT DO NOTHING`,
        [id, gemeenten.map((g) => g.id), dto.tot],
      );
      // Due termijnen (lumpsum, subsidie) of the organisatie's own contracts.
      await manager.query(
        `INSERT INTO keten.betaalbatch_post (betaalbatch_id, aanbieder_id, soort, termijn_id, bedrag_centen)
         SELECT $1, r.aanbieder_id, 'termijn', t.id, t.bedrag_centen
           FROM keten.termijn t JOIN keten.raamovereenkomst r ON r.id = t.raamovereenkomst_id
          WHERE r.inkoper_id = $2 AND t.status = 'betaalbaar' AND t.vervaldatum <= $3 AND t.bedrag_centen > 0
            AND NOT EXISTS (SELECT 1 FROM keten.betaalbatch_post x WHERE x.termijn_id = t.id)
          ORDER BY t.id
         ON CONFLICT DO NOTHING`,
        [id, inkoper.id, dto.tot],
      );
      const saldi: { aanbieder_id: string; bedrag: string; naam: string; iban: string | null; agb_code: string }[] = await manager.query(
        `SELECT x.aanbieder_id, sum(x.bedrag_centen)::text AS bedrag, o.naam, o.iban, o.agb_code
           FROM keten.betaalbatch_post x JOIN keten.organisatie o ON o.id = x.aanbieder_id
          WHERE x.betaalbatch_id = $1 GROUP BY x.aanbieder_id, o.naam, o.iban, o.agb_code ORDER BY o.naam, x.aanbieder_id`,
        [id],
      );
      const overgeslagen: OvergeslagenDto[] = [];
      const regels: typeof saldi = [];
      for (const s of saldi) {
        const bedrag = Number(s.bedrag);
        if (bedrag <= 0) overgeslagen.push({ aanbiederId: s.aanbieder_id, bedragCenten: bedrag, reden: 'het saldo is niet positief (meer credit dan debet); het schuift door naar een volgende betaalbatch' });
        else if (!s.iban) overgeslagen.push({ aanbiederId: s.aanbieder_id, bedragCenten: bedrag, reden: 'de aanbieder heeft geen IBAN; het schuift door naar een volgende betaalbatch' });
        else regels.push(s);
      }
      // What is not paid now is released for a next batch.
      if (overgeslagen.length) {
        await manager.query(`DELETE FROM keten.betaalbatch_post WHERE betaalbatch_id = $1 AND aanbieder_id = ANY($2::uuid[])`, [id, overgeslagen.map((o) => o.aanbiederId)]);
      }
      if (regels.length === 0) throw conflict(`er is niets te betalen tot en met ${dto.tot} (of het is al in een andere betaalbatch)`);
      for (const [i, r] of regels.entries()) {
        const kenmerk = `${nummer}-${i + 1}`;
        const nummers: { declaratie_nummer: string }[] = await manager.query(
          `SELECT DISTINCT d.declaratie_nummer FROM keten.betaalbatch_post x JOIN keten.declaratie d ON d.id = x.declaratie_id
            WHERE x.betaalbatch_id = $1 AND x.aanbieder_id = $2 ORDER BY 1`,
          [id, r.aanbieder_id],
        );
        await manager.query(
          `INSERT INTO keten.betaalbatch_regel (betaalbatch_id, aanbieder_id, naam, iban, bedrag_centen, kenmerk, omschrijving) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [id, r.aanbieder_id, r.naam, r.iban, Number(r.bedrag), kenmerk, omschrijving(kenmerk, r.agb_code, nummers.map((n) => n.declaratie_nummer))],
        );
      }
      const totaal = regels.reduce((s, r) => s + Number(r.bedrag), 0);
      await manager.query(`UPDATE keten.betaalbatch SET totaal_centen = $2 WHERE id = $1`, [id, totaal]);
      await this.audit.log(manager, principal, { actie: 'betaalbatch.gemaakt', entiteit: 'betaalbatch', entiteitId: id, details: { nummer, tot: dto.tot, totaalCenten: totaal, regels: regels.length } });
      return { id, overgeslagen };
    });
    return { ...(await this.haal(principal, id)), overgeslagen };
  }

  /** Four eyes: another user than the maker approves; from then on nothing about the batch changes but its payment. */
  // UPDATE … RETURNING runs inside a WITH: TypeORM's query() answers a bare UPDATE with [rows, count], not rows.
  async keurGoed(principal: Principal, id: string): Promise<BetaalbatchDto> {
    const batch = await this.batch(principal, id);
    if (batch.aangemaakt_door === principal.actor) throw conflict('vier ogen: wie de betaalbatch maakte, keurt hem niet goed');
    await this.dataSource.transaction(async (manager) => {
      const rijen: unknown[] = await manager.query(
        `WITH u AS (UPDATE keten.betaalbatch SET status = 'goedgekeurd', goedgekeurd_door = $2, goedgekeurd_op = now() WHERE id = $1 AND status = 'concept' RETURNING id) SELECT id FROM u`,
        [id, principal.actor],
      );
      if (rijen.length === 0) throw conflict(`de betaalbatch is ${batch.status}, niet concept`);
      await this.audit.log(manager, principal, { actie: 'betaalbatch.goedgekeurd', entiteit: 'betaalbatch', entiteitId: id, details: { nummer: batch.nummer } });
    });
    return this.haal(principal, id);
  }

  /** A concept batch that is not approved releases everything it held. */
  async wijsAf(principal: Principal, id: string): Promise<BetaalbatchDto> {
    const batch = await this.batch(principal, id);
    await this.dataSource.transaction(async (manager) => {
      const rijen: unknown[] = await manager.query(`WITH u AS (UPDATE keten.betaalbatch SET status = 'afgewezen' WHERE id = $1 AND status = 'concept' RETURNING id) SELECT id FROM u`, [id]);
      if (rijen.length === 0) throw conflict(`de betaalbatch is ${batch.status}; alleen een concept kan worden afgewezen`);
      await manager.query(`DELETE FROM keten.betaalbatch_post WHERE betaalbatch_id = $1`, [id]);
      await this.audit.log(manager, principal, { actie: 'betaalbatch.afgewezen', entiteit: 'betaalbatch', entiteitId: id, details: { nummer: batch.nummer } });
    });
    return this.haal(principal, id);
  }

  async pain001(principal: Principal, id: string): Promise<{ nummer: string; xml: string }> {
    const batch = await this.batch(principal, id);
    if (batch.status !== BetaalbatchStatus.Goedgekeurd && batch.status !== BetaalbatchStatus.Betaald) throw conflict(`de betaalbatch is ${batch.status}; alleen een goedgekeurde batch wordt betaald`);
    const [betaler]: { naam: string; iban: string }[] = await this.dataSource.query(`SELECT naam, iban FROM keten.organisatie WHERE id = $1`, [batch.inkoper_id]);
    const regels: { kenmerk: string; naam: string; iban: string; bedrag_centen: string; omschrijving: string }[] = await this.dataSource.query(
      `SELECT kenmerk, naam, iban, bedrag_centen, omschrijving FROM keten.betaalbatch_regel WHERE betaalbatch_id = $1 ORDER BY kenmerk`,
      [id],
    );
    const xml = bouwPain001({
      nummer: batch.nummer,
      aangemaaktOp: batch.created_at,
      uitvoeringsdatum: batch.uitvoeringsdatum,
      betaler,
      regels: regels.map((r) => ({ kenmerk: r.kenmerk, naam: r.naam, iban: r.iban, bedragCenten: Number(r.bedrag_centen), omschrijving: r.omschrijving })),
    });
    return { nummer: batch.nummer, xml };
  }

  /** The bank paid it: the termijnen and the fully paid declaraties are betaald. */
  async markeerBetaald(principal: Principal, id: string, betaaldOp: string): Promise<BetaalbatchDto> {
    const batch = await this.batch(principal, id);
    await this.dataSource.transaction(async (manager) => {
      const rijen: unknown[] = await manager.query(`WITH u AS (UPDATE keten.betaalbatch SET status = 'betaald', betaald_op = $2 WHERE id = $1 AND status = 'goedgekeurd' RETURNING id) SELECT id FROM u`, [id, betaaldOp]);
      if (rijen.length === 0) throw conflict(`de betaalbatch is ${batch.status}; alleen een goedgekeurde batch kan betaald zijn`);
      const termijnen: { termijn_id: string }[] = await manager.query(`SELECT termijn_id FROM keten.betaalbatch_post WHERE betaalbatch_id = $1 AND termijn_id IS NOT NULL`, [id]);
      await this.budgetten.markeerBetaaldDoorBatch(manager, termijnen.map((t) => t.termijn_id), betaaldOp, id);
      await this.declaraties.markeerBetaald(manager, await this.volledigBetaald(manager, id), betaaldOp);
      await this.audit.log(manager, principal, { actie: 'betaalbatch.betaald', entiteit: 'betaalbatch', entiteitId: id, details: { nummer: batch.nummer, betaaldOp } });
    });
    this.outbox.publiceerNaCommit();
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
    const regels: { aanbieder_id: string; naam: string; iban: string; bedrag_centen: string; kenmerk: string; omschrijving: string }[] = await this.dataSource.query(
      `SELECT aanbieder_id, naam, iban, bedrag_centen, kenmerk, omschrijving FROM keten.betaalbatch_regel WHERE betaalbatch_id = $1 ORDER BY kenmerk`,
      [id],
    );
    const declaraties: { aanbieder_id: string; declaratie_id: string; declaratie_nummer: string; bedrag: string; aantal: number }[] = await this.dataSource.query(
      `SELECT x.aanbieder_id, x.declaratie_id, d.declaratie_nummer, sum(x.bedrag_centen)::text AS bedrag, count(*)::int AS aantal
         FROM keten.betaalbatch_post x JOIN keten.declaratie d ON d.id = x.declaratie_id
        WHERE x.betaalbatch_id = $1 GROUP BY 1, 2, 3 ORDER BY 3`,
      [id],
    );
    const termijnen: { aanbieder_id: string; termijn_id: string; raamovereenkomst_id: string; bedrag_centen: string }[] = await this.dataSource.query(
      `SELECT x.aanbieder_id, x.termijn_id, t.raamovereenkomst_id, x.bedrag_centen FROM keten.betaalbatch_post x JOIN keten.termijn t ON t.id = x.termijn_id
        WHERE x.betaalbatch_id = $1 ORDER BY t.vervaldatum, x.termijn_id`,
      [id],
    );
    return {
      ...naarDto(batch),
      regels: regels.map((r) => ({
        aanbiederId: r.aanbieder_id,
        naam: r.naam,
        iban: r.iban,
        bedragCenten: Number(r.bedrag_centen),
        kenmerk: r.kenmerk,
        omschrijving: r.omschrijving,
        declaraties: declaraties.filter((d) => d.aanbieder_id === r.aanbieder_id).map((d) => ({ declaratieId: d.declaratie_id, declaratieNummer: d.declaratie_nummer, bedragCenten: Number(d.bedrag), aantalPrestaties: d.aantal })),
        termijnen: termijnen.filter((t) => t.aanbieder_id === r.aanbieder_id).map((t) => ({ termijnId: t.termijn_id, raamovereenkomstId: t.raamovereenkomst_id, bedragCenten: Number(t.bedrag_centen) })),
      })),
    };
  }

  private async volledigBetaald(manager: EntityManager, id: string): Promise<string[]> {
    const rijen: { declaratie_id: string }[] = await manager.query(
      `SELECT DISTINCT x.declaratie_id FROM keten.betaalbatch_post x
        WHERE x.betaalbatch_id = $1 AND x.declaratie_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM keten.prestatie p WHERE p.declaratie_id = x.declaratie_id AND p.status = 'goedgekeurd'
                            AND NOT EXISTS (SELECT 1 FROM keten.betaalbatch_post y JOIN keten.betaalbatch b ON b.id = y.betaalbatch_id
                                             WHERE y.declaratie_id = p.declaratie_id AND y.volgnummer = p.volgnummer AND b.status = 'betaald'))`,
      [id],
    );
    return rijen.map((r) => r.declaratie_id);
  }

  private async batch(principal: Principal, id: string): Promise<BatchRij> {
    const [batch]: BatchRij[] = await this.dataSource.query(`SELECT ${BATCH_KOLOMMEN} FROM keten.betaalbatch WHERE id = $1`, [id]);
    const scope = await this.scope.organisatiesInScope(principal);
    if (!batch || (scope !== null && !scope.includes(batch.inkoper_id))) throw nietGevonden('betaalbatch', id);
    return batch;
  }

  private async inkoper(principal: Principal, id: string): Promise<{ id: string; naam: string; soort: string; iban: string | null }> {
    const [o]: { id: string; naam: string; soort: string; iban: string | null }[] = await this.dataSource.query(
      `SELECT id, naam, soort, iban FROM keten.organisatie WHERE id = $1 AND soort IN ('gemeente', 'regio')`,
      [id],
    );
    const scope = await this.scope.organisatiesInScope(principal);
    if (!o || (scope !== null && !scope.includes(o.id))) throw nietGevonden('inkopende organisatie', id);
    return o;
  }
}

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
