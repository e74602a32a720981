import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  formatEuro,
  valideerBekostiging,
  verantwoordingsschema,
  Uitvoeringsvariant,
  type Bekostiging,
  type Kalenderdatum,
} from '#keten/domain';
import {
  arrayLiteraal,
  AuditService,
  conflict,
  JobOutboxService,
  nietGevonden,
  QueueName,
  validatieFout,
  type Principal,
  type VeldFout,
} from '#keten/platform';
import { ContractGewijzigdJob } from '../wijzig-raamovereenkomst/contract-gewijzigd.job.js';
import { BudgetEntity, BudgetSoort } from '../database/budget.entity.js';
import { ContractProductEntity } from '../database/contract-product.entity.js';
import { TermijnEntity, TermijnStatus } from '../database/termijn.entity.js';
import { RaamovereenkomstService } from '../registreer-raamovereenkomst/raamovereenkomst.service.js';
import type { BetaaldDto, BudgetDto, RegistreerBudgetDto, TermijnDto, TermijnenQueryDto } from './budget.dto.js';
import { budgettermijnen, jaarbudgetten } from './budgettermijnen.util.js';

/**
 * Lumpsum budgets (taakgericht) and subsidies with their payable termijnen (inkoop-en-contracten.md 4–5): the
 * termijnen are rows with a due date and a status gepland → betaalbaar (on the vervaldatum) → betaald.
 */
/** A termijn as sturing traces it (rechtmatigheid): its period and its raamovereenkomst's term. */
export interface TermijnMetContract {
  termijnId: string;
  raamovereenkomstId: string;
  periodeBegindatum: Kalenderdatum;
  periodeEinddatum: Kalenderdatum;
  contractIngangsdatum: Kalenderdatum;
  contractEinddatum: Kalenderdatum;
}

@Injectable()
export class BudgetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly raamovereenkomsten: RaamovereenkomstService,
    private readonly audit: AuditService,
    private readonly outbox: JobOutboxService,
  ) {}

  async registreer(principal: Principal, contractId: string, dto: RegistreerBudgetDto): Promise<BudgetDto> {
    const contract = await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    const einddatum = dto.einddatum ?? contract.einddatum;
    const fouten: VeldFout[] = [];
    let product: ContractProductEntity | null = null;
    if (dto.soort === BudgetSoort.Taakgericht) {
      product = dto.productcode
        ? await this.dataSource
            .getRepository(ContractProductEntity)
            .findOneBy({ raamovereenkomstId: contract.id, productcode: dto.productcode })
        : null;
      if (!product)
        fouten.push({
          veld: 'productcode',
          reden: 'een taakgericht budget hoort bij een product van deze raamovereenkomst',
        });
      else if (product.uitvoeringsvariant !== Uitvoeringsvariant.Taakgericht)
        fouten.push({
          veld: 'productcode',
          reden: `product ${product.productcode} is ${product.uitvoeringsvariant}, niet taakgericht (OP261)`,
        });
    } else if (dto.productcode) {
      fouten.push({
        veld: 'productcode',
        reden: 'een subsidie voor een algemene voorziening hoort niet bij een product',
      });
    }
    if (dto.ingangsdatum < contract.ingangsdatum || einddatum > contract.einddatum) {
      fouten.push({
        veld: 'ingangsdatum',
        reden: `de budgetperiode valt buiten de looptijd ${contract.ingangsdatum} t/m ${contract.einddatum}`,
      });
    }
    // The domain's checks on the funding model, per calendar year (the budget is a jaarbedrag).
    for (const { periode, bedrag } of einddatum >= dto.ingangsdatum
      ? jaarbudgetten({ ...dto, einddatum })
      : [{ periode: { begindatum: dto.ingangsdatum, einddatum }, bedrag: dto.jaarbedragCenten }]) {
      const bekostiging: Bekostiging =
        dto.soort === BudgetSoort.Taakgericht
          ? {
              model: 'taakgericht',
              budget: bedrag,
              periode,
              opdracht: dto.opdracht ?? { soort: 'taak', omschrijving: '' },
              termijnen: dto.betaalafspraak,
              verantwoording: dto.verantwoording,
            }
          : {
              model: 'subsidie',
              budget: bedrag,
              periode,
              voorwaarden: dto.voorwaarden ?? [],
              termijnen: dto.betaalafspraak,
              verantwoording: dto.verantwoording,
            };
      for (const b of valideerBekostiging(bekostiging))
        if (!fouten.some((f) => f.reden === b.melding)) fouten.push({ veld: dto.soort, reden: b.melding });
    }
    // The raamovereenkomst states the maximum value of what can be ordered under it (art. 2.140 Aw): a lumpsum
    // over its whole period may not exceed it.
    if (einddatum >= dto.ingangsdatum) {
      const totaal = jaarbudgetten({ ...dto, einddatum }).reduce((s, j) => s + BigInt(j.bedrag), 0n);
      if (totaal > BigInt(contract.maximaleWaardeCenten)) {
        fouten.push({
          veld: 'jaarbedragCenten',
          reden: `het budget over ${dto.ingangsdatum} t/m ${einddatum} is ${formatEuro(totaal)}, meer dan de maximale waarde ${formatEuro(contract.maximaleWaardeCenten)} van de raamovereenkomst`,
        });
      }
    }
    if (fouten.length) throw validatieFout('het budget klopt niet', fouten);

    const id = await this.dataSource.transaction(async (manager) => {
      const budget = await manager.save(
        manager.create(BudgetEntity, {
          reeksId: randomUUID(),
          raamovereenkomstId: contract.id,
          contractProductId: product?.id ?? null,
          soort: dto.soort,
          omschrijving: dto.omschrijving,
          opdracht: dto.opdracht ?? null,
          voorwaarden: dto.voorwaarden ?? [],
          jaarbedragCenten: dto.jaarbedragCenten,
          ingangsdatum: dto.ingangsdatum,
          einddatum,
          betaalafspraak: { ...dto.betaalafspraak, betaaldag: { ...dto.betaalafspraak.betaaldag } },
          verantwoording: { ...dto.verantwoording, indicatoren: dto.verantwoording.indicatoren.map((i) => ({ ...i })) },
        }),
      );
      const termijnen = await this.planTermijnen(manager, budget);
      await this.meldSturing(manager, contract.id, budget.id);
      await this.audit.log(manager, principal, {
        actie: 'budget.geregistreerd',
        entiteit: 'raamovereenkomst',
        entiteitId: contract.id,
        details: { budgetId: budget.id, soort: dto.soort, jaarbedragCenten: dto.jaarbedragCenten, termijnen },
      });
      return budget.id;
    });
    return (await this.lijst(principal, contractId)).find((b) => b.id === id)!;
  }

  /**
   * Writes the termijnen of a budget version. A termijn of the same budget (an earlier version) for the same
   * period that is already betaalbaar or betaald stays; the new one then pays only the difference.
   */
  async planTermijnen(manager: EntityManager, budget: BudgetEntity): Promise<number> {
    const eerder: { periode_begindatum: string; bedrag_centen: string }[] = await manager.query(
      `SELECT t.periode_begindatum::text, t.bedrag_centen FROM keten.termijn t JOIN keten.budget b ON b.id = t.budget_id
        WHERE b.reeks_id = $1 AND b.id <> $2 AND t.status <> 'gepland' AND t.periode_begindatum >= $3`,
      [budget.reeksId, budget.id, budget.ingangsdatum],
    );
    const alBetaalbaar = new Map<string, number>();
    for (const e of eerder)
      alBetaalbaar.set(e.periode_begindatum, (alBetaalbaar.get(e.periode_begindatum) ?? 0) + Number(e.bedrag_centen));
    const rijen = budgettermijnen(budget).map((t) => ({
      budgetId: budget.id,
      raamovereenkomstId: budget.raamovereenkomstId,
      volgnummer: t.volgnummer,
      periodeBegindatum: t.periode.begindatum,
      periodeEinddatum: t.periode.einddatum,
      vervaldatum: t.vervaldatum,
      // A negative difference (a lower new amount) is not paid out here; recovering it is a separate decision.
      bedragCenten: Math.max(0, t.bedrag - (alBetaalbaar.get(t.periode.begindatum) ?? 0)),
    }));
    if (rijen.length)
      await manager.createQueryBuilder().insert().into(TermijnEntity).values(rijen).orIgnore().execute();
    return rijen.length;
  }

  /** Ends a version on einddatum: its termijnen after that, not yet due, are withdrawn (the next version plans them). */
  async beeindig(manager: EntityManager, budget: BudgetEntity, einddatum: Kalenderdatum): Promise<void> {
    await manager.update(BudgetEntity, { id: budget.id }, { einddatum });
    await manager.query(
      `DELETE FROM keten.termijn WHERE budget_id = $1 AND status = 'gepland' AND periode_begindatum > $2`,
      [budget.id, einddatum],
    );
  }

  async lijst(principal: Principal, contractId: string): Promise<BudgetDto[]> {
    await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    const budgetten = await this.dataSource
      .getRepository(BudgetEntity)
      .createQueryBuilder('b')
      .leftJoinAndMapOne('b.product', ContractProductEntity, 'p', 'p.id = b.contract_product_id')
      .where('b.raamovereenkomst_id = :contractId', { contractId })
      .orderBy('b.omschrijving')
      .addOrderBy('b.reeks_id')
      .addOrderBy('b.ingangsdatum')
      .getMany();
    return budgetten.map((b) => ({
      id: b.id,
      reeksId: b.reeksId,
      soort: b.soort,
      productcode: b.product?.productcode ?? null,
      omschrijving: b.omschrijving,
      opdracht: b.opdracht,
      voorwaarden: b.voorwaarden,
      jaarbedragCenten: b.jaarbedragCenten,
      ingangsdatum: b.ingangsdatum,
      einddatum: b.einddatum,
      betaalafspraak: b.betaalafspraak,
      verantwoording: b.verantwoording,
      bron: b.bron,
      vorigeVersieId: b.vorigeVersieId,
      verantwoordingsmomenten: verantwoordingsschema({
        model: 'subsidie',
        budget: b.jaarbedragCenten,
        periode: { begindatum: b.ingangsdatum, einddatum: b.einddatum },
        voorwaarden: [],
        termijnen: b.betaalafspraak,
        verantwoording: b.verantwoording,
      }).map((m) => ({
        volgnummer: m.volgnummer,
        begindatum: m.periode.begindatum,
        einddatum: m.periode.einddatum,
        uiterlijk: m.uiterlijk,
        indicatoren: m.indicatoren,
      })),
    }));
  }

  async termijnen(principal: Principal, contractId: string, query: TermijnenQueryDto): Promise<TermijnDto[]> {
    await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    const rijen: (Omit<TermijnDto, 'bedragCenten'> & { bedragCenten: string })[] = await this.dataSource.query(
      `SELECT t.id, t.budget_id AS "budgetId", b.reeks_id AS "reeksId", t.volgnummer, t.periode_begindatum::text AS "periodeBegindatum",
              t.periode_einddatum::text AS "periodeEinddatum", t.vervaldatum::text AS vervaldatum, t.bedrag_centen AS "bedragCenten",
              t.status, t.betaald_op::text AS "betaaldOp", t.wacht_op_verantwoording::text AS "wachtOpVerantwoording", t.vasthoudreden
         FROM keten.termijn t JOIN keten.budget b ON b.id = t.budget_id
        WHERE t.raamovereenkomst_id = $1 AND ($2::keten.termijn_status IS NULL OR t.status = $2)
        ORDER BY t.vervaldatum, b.reeks_id, t.periode_begindatum, b.ingangsdatum`,
      [contractId, query.status ?? null],
    );
    return rijen.map((r) => ({ ...r, bedragCenten: Number(r.bedragCenten) }));
  }

  /** A betaalbatch (sturing) paid these termijnen: betaald, and sturing's termijn figures rewritten after commit. */
  async markeerBetaaldDoorBatch(
    manager: EntityManager,
    termijnIds: string[],
    betaaldOp: Kalenderdatum,
    batchId: string,
  ): Promise<number> {
    if (termijnIds.length === 0) return 0;
    const rijen: { raamovereenkomst_id: string }[] = await manager.query(
      `WITH u AS (UPDATE keten.termijn SET status = 'betaald', betaald_op = $2, updated_at = now() WHERE id = ANY($1::uuid[]) AND status <> 'betaald' RETURNING raamovereenkomst_id) SELECT raamovereenkomst_id FROM u`,
      [termijnIds, betaaldOp],
    );
    for (const contractId of new Set(rijen.map((r) => r.raamovereenkomst_id)))
      await this.meldSturing(manager, contractId, `batch-${batchId}`);
    return rijen.length;
  }

  /**
   * Published query for sturing's betaalbatches (architecture.md 1): the betaalbare termijnen (lumpsum, subsidie) due
   * up to `tot` of this inkoper's own contracts, in the order of their id; in the caller's transaction. Which of them a
   * betaalbatch already holds is the caller's to know (its unique claim decides).
   */
  async betaalbareTermijnen(
    manager: EntityManager,
    inkoperId: string,
    tot: Kalenderdatum,
  ): Promise<{ aanbiederId: string; termijnId: string; bedragCenten: string }[]> {
    const rijen = (await manager.query(
      `SELECT r.aanbieder_id, t.id, t.bedrag_centen::text AS bedrag
         FROM keten.termijn t JOIN keten.raamovereenkomst r ON r.id = t.raamovereenkomst_id
        WHERE r.inkoper_id = $1 AND t.status = 'betaalbaar' AND t.vervaldatum <= $2 AND t.bedrag_centen > 0
        ORDER BY t.id`,
      [inkoperId, tot],
    )) as { aanbieder_id: string; id: string; bedrag: string }[];
    return rijen.map((r) => ({ aanbiederId: r.aanbieder_id, termijnId: r.id, bedragCenten: r.bedrag }));
  }

  /** Published query: these termijnen with their period and their contract's term, in the order of vervaldatum and id. */
  async termijnenVan(manager: EntityManager, termijnIds: string[]): Promise<TermijnMetContract[]> {
    if (termijnIds.length === 0) return [];
    const rijen = (await manager.query(
      `SELECT t.id, t.raamovereenkomst_id, t.periode_begindatum::text AS begin, t.periode_einddatum::text AS eind, r.ingangsdatum::text AS r_ingang, r.einddatum::text AS r_eind
         FROM keten.termijn t JOIN keten.raamovereenkomst r ON r.id = t.raamovereenkomst_id
        WHERE t.id = ANY($1::uuid[]) ORDER BY t.vervaldatum, t.id`,
      [arrayLiteraal([...new Set(termijnIds)])],
    )) as { id: string; raamovereenkomst_id: string; begin: string; eind: string; r_ingang: string; r_eind: string }[];
    return rijen.map((r) => ({
      termijnId: r.id,
      raamovereenkomstId: r.raamovereenkomst_id,
      periodeBegindatum: r.begin,
      periodeEinddatum: r.eind,
      contractIngangsdatum: r.r_ingang,
      contractEinddatum: r.r_eind,
    }));
  }

  /** Budgets and termijnen are sturing's realisatie (paid) and verplichting (unpaid): it rewrites them after commit. */
  async meldSturing(manager: EntityManager, contractId: string, wijziging: string): Promise<void> {
    await this.outbox.stage(
      manager,
      QueueName.Sturing,
      ContractGewijzigdJob.naam,
      ContractGewijzigdJob.jobId(`${contractId}-${wijziging}`),
      { raamovereenkomstId: contractId },
    );
  }

  /** Every termijn whose vervaldatum has come becomes betaalbaar (run daily by the worker; idempotent). */
  async werkTermijnenBij(peildatum: Kalenderdatum): Promise<number> {
    const rijen: unknown[] = await this.dataSource.query(
      `UPDATE keten.termijn SET status = 'betaalbaar', updated_at = now() WHERE status = 'gepland' AND vervaldatum <= $1 RETURNING id`,
      [peildatum],
    );
    return rijen.length;
  }

  async markeerBetaald(
    principal: Principal,
    contractId: string,
    termijnId: string,
    dto: BetaaldDto,
  ): Promise<TermijnDto> {
    await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    await this.dataSource.transaction(async (manager) => {
      const termijn = await manager.findOneBy(TermijnEntity, { id: termijnId, raamovereenkomstId: contractId });
      if (!termijn) throw nietGevonden('termijn', termijnId);
      if (termijn.status === TermijnStatus.Betaald) return;
      if (termijn.status !== TermijnStatus.Betaalbaar)
        throw conflict(`termijn ${termijn.volgnummer} is nog niet betaalbaar (vervaldatum ${termijn.vervaldatum})`);
      if (termijn.wachtOpVerantwoording) {
        throw conflict(
          `termijn ${termijn.volgnummer} wordt vastgehouden tot de verantwoording over de periode vanaf ${termijn.wachtOpVerantwoording} is geaccepteerd`,
        );
      }
      await manager.update(
        TermijnEntity,
        { id: termijn.id },
        { status: TermijnStatus.Betaald, betaaldOp: dto.betaaldOp },
      );
      await this.meldSturing(manager, contractId, `betaald-${termijn.id}`);
      await this.audit.log(manager, principal, {
        actie: 'termijn.betaald',
        entiteit: 'termijn',
        entiteitId: termijn.id,
        details: { bedragCenten: termijn.bedragCenten, betaaldOp: dto.betaaldOp },
      });
    });
    return (await this.termijnen(principal, contractId, {})).find((t) => t.id === termijnId)!;
  }
}
