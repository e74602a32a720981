import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import {
  DataSource,
  EntityManager,
  type EntitySubscriberInterface,
  type QueryRunner,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
} from 'typeorm';
import { QueueName } from './queue-name.enum.js';
import { begrensd, QueueService, REDIS_COMMAND_TIMEOUT_MS, jobId } from './queue.service.js';
import { voorbereideQuery } from '../database/voorbereide-query.util.js';

/** Savepoints open in a transaction, 1 for none (TypeORM keeps it, not in its typings). */
const transactieDiepte = (runner: QueryRunner): number =>
  (runner as unknown as { transactionDepth: number }).transactionDepth;

interface OutboxRij {
  id: string;
  queue: QueueName;
  job_naam: string;
  job_id: string;
  payload: Record<string, unknown>;
}

/**
 * The outbox's own bookkeeping (a claim, the delete after publishing) commits without waiting for the WAL flush, two
 * fewer flushes per job (issue 19). Lost in a crash, a claim runs out and a delete leaves the row to be published
 * again, which the deterministic job id and the idempotent handlers make harmless. Staging is not like this: it
 * commits with the data it belongs to.
 */
const ZONDER_WAL_FLUSH = `set_config('synchronous_commit', 'off', true) IS NOT NULL`;

/** Longer than a bounded publish (REDIS_COMMAND_TIMEOUT_MS per queue): a live relay's claim never runs out under it. */
export const OUTBOX_CLAIM_SECONDEN = 60;

/** How long published rows wait to be deleted together: one statement for every job published meanwhile. */
const VERWIJDER_NA_MS = 50;

/** A row this process staged, with the transaction depth it was staged at (a savepoint rolled back drops it). */
interface Gestaagd {
  rij: OutboxRij;
  diepte: number;
  sinds: number;
}

/**
 * Enqueue-after-commit (conventions.md 7): a use case stages its jobs in keten.job_outbox inside its own
 * transaction; once that commits, this service publishes them (a TypeORM transaction subscriber tells it). What a
 * crash leaves staged, the relay publishes later.
 *
 * A row is staged already claimed by this process for OUTBOX_CLAIM_SECONDEN, so the relay leaves it alone while the
 * process publishes it after the commit from what it remembers: no statement to claim it, and none to find it again.
 * Published rows are deleted together, VERWIJDER_NA_MS later (issue 19: each statement is a round trip, which cost
 * more than the job's own work). A crash in between only leaves a row that the relay publishes again, a no-op.
 */
@Injectable()
export class JobOutboxService implements OnModuleDestroy, EntitySubscriberInterface {
  private readonly logger = new Logger(JobOutboxService.name);
  /** Publishes started after a commit and not yet done: a stop waits for them (bounded) before the database closes. */
  private readonly lopend = new Set<Promise<unknown>>();
  /** Rows staged per open transaction (its QueryRunner), published when it commits and forgotten when it rolls back. */
  private readonly perTransactie = new WeakMap<QueryRunner, Gestaagd[]>();
  /** Rows whose transaction committed, to publish (in staging order). */
  private readonly gecommit: Gestaagd[] = [];
  /** Published rows waiting for their delete. */
  private teVerwijderen: string[] = [];
  private verwijderen: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueService,
  ) {
    dataSource.subscribers.push(this);
  }

  async stage(
    manager: EntityManager,
    queue: QueueName,
    jobNaam: string,
    id: string,
    payload: Record<string, unknown>,
  ): Promise<void> {
    const rijen = await voorbereideQuery<OutboxRij>(
      manager,
      'outbox-stage-geclaimd',
      `INSERT INTO keten.job_outbox (queue, job_naam, job_id, payload, geclaimd_tot)
       VALUES ($1, $2, $3, $4, clock_timestamp() + make_interval(secs => $5))
       ON CONFLICT (queue, job_id) DO NOTHING RETURNING id, queue, job_naam, job_id, payload`,
      [queue, jobNaam, jobId(id), JSON.stringify(payload), OUTBOX_CLAIM_SECONDEN],
    );
    this.onthoud(manager, rijen);
  }

  async stageBulk(
    manager: EntityManager,
    queue: QueueName,
    jobs: { jobNaam: string; id: string; payload: Record<string, unknown> }[],
  ): Promise<void> {
    if (jobs.length === 0) return;
    const rijen: OutboxRij[] = await manager.query(
      `INSERT INTO keten.job_outbox (queue, job_naam, job_id, payload, geclaimd_tot)
       SELECT $1, j.job_naam, j.job_id, j.payload, clock_timestamp() + make_interval(secs => $3)
         FROM jsonb_to_recordset($2::jsonb) AS j(job_naam text, job_id text, payload jsonb)
       ON CONFLICT (queue, job_id) DO NOTHING RETURNING id, queue, job_naam, job_id, payload`,
      [
        queue,
        JSON.stringify(jobs.map((j) => ({ job_naam: j.jobNaam, job_id: jobId(j.id), payload: j.payload }))),
        OUTBOX_CLAIM_SECONDEN,
      ],
    );
    this.onthoud(manager, rijen);
  }

  private onthoud(manager: EntityManager, rijen: OutboxRij[]): void {
    if (rijen.length === 0) return;
    const runner = manager.queryRunner;
    const diepte = runner?.isTransactionActive ? transactieDiepte(runner) : 0;
    const nu = Date.now();
    const gestaagd = rijen.map((rij) => ({ rij: { ...rij, id: String(rij.id) }, diepte, sinds: nu }));
    // Outside a transaction the insert committed on its own.
    if (!runner || diepte === 0) return this.naCommit(gestaagd);
    const lijst = this.perTransactie.get(runner);
    if (lijst) lijst.push(...gestaagd);
    else this.perTransactie.set(runner, gestaagd);
  }

  /** TypeORM: a transaction committed; the rows staged in it are published, unless only a savepoint was released. */
  afterTransactionCommit(event: TransactionCommitEvent): void {
    const lijst = this.perTransactie.get(event.queryRunner);
    if (!lijst || event.queryRunner.isTransactionActive) return;
    this.perTransactie.delete(event.queryRunner);
    this.naCommit(lijst);
  }

  /** TypeORM: a transaction (or a savepoint) rolled back; what was staged in it does not exist. */
  afterTransactionRollback(event: TransactionRollbackEvent): void {
    const lijst = this.perTransactie.get(event.queryRunner);
    if (!lijst) return;
    const diepte = event.queryRunner.isTransactionActive ? transactieDiepte(event.queryRunner) : 0;
    const over = lijst.filter((g) => g.diepte <= diepte);
    if (over.length) this.perTransactie.set(event.queryRunner, over);
    else this.perTransactie.delete(event.queryRunner);
  }

  private naCommit(gestaagd: Gestaagd[]): void {
    this.gecommit.push(...gestaagd);
    // Redis not (yet) reachable: the claims are released, so the relay publishes the rows once it is back; they stay
    // here too, for the next publish after a commit (the first commits after a start can beat Redis's connection).
    if (!this.queues.bereikbaar()) {
      this.volg(this.geefVrij(gestaagd.map((g) => g.rij.id)));
      // Bounded through an outage: what waited longer than a claim is the relay's alone.
      const verlopen = Date.now() - OUTBOX_CLAIM_SECONDEN * 1000;
      const oud = this.gecommit.findIndex((g) => g.sinds >= verlopen);
      this.gecommit.splice(0, oud < 0 ? this.gecommit.length : oud);
      return;
    }
    this.volg(
      this.publiceerGestaagd().catch((e: Error) => this.logger.warn(`outbox publish deferred to relay: ${e.message}`)),
    );
  }

  private volg(werk: Promise<unknown>): void {
    const gevolgd: Promise<unknown> = werk.finally(() => this.lopend.delete(gevolgd));
    this.lopend.add(gevolgd);
  }

  /**
   * Publishes staged jobs in batches; safe to run from several processes at once. No transaction is open while
   * Redis is called (issue 18: one waiting on Redis held every pooled connection): rows are claimed for
   * OUTBOX_CLAIM_SECONDEN in one statement, published, then deleted; on failure the claim is released, and a relay
   * that dies mid-publish leaves a claim that runs out. A second publish of a row is a no-op (deterministic job id).
   */
  async publiceer(batch = 1000): Promise<number> {
    let totaal = 0;
    for (;;) {
      const rijen = await voorbereideQuery<OutboxRij>(
        this.dataSource,
        'outbox-claim',
        `UPDATE keten.job_outbox SET geclaimd_tot = now() + make_interval(secs => $2)
         WHERE id IN (SELECT id FROM keten.job_outbox WHERE geclaimd_tot IS NULL OR geclaimd_tot < now() ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
           AND ${ZONDER_WAL_FLUSH}
         RETURNING id, queue, job_naam, job_id, payload`,
        [batch, OUTBOX_CLAIM_SECONDEN],
      );
      if (rijen.length === 0) return totaal;
      await this.publiceerGeclaimd(rijen);
      totaal += rijen.length;
      if (rijen.length < batch) return totaal;
    }
  }

  /**
   * Publishes the rows of this process's committed transactions (claimed when staged). A row the process held past its
   * claim is left to the relay, which may have published it already.
   */
  private async publiceerGestaagd(): Promise<number> {
    const verlopen = Date.now() - OUTBOX_CLAIM_SECONDEN * 1000;
    const rijen = this.gecommit
      .splice(0)
      .filter((g) => g.sinds >= verlopen)
      .map((g) => g.rij);
    // Published twice at most (here and by the relay, for a row whose claim was released): the job id makes it a no-op.
    if (rijen.length > 0) await this.publiceerGeclaimd(rijen, false);
    return rijen.length;
  }

  /** Releases claims, so the relay's next run publishes these rows. */
  private async geefVrij(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource
      .query(`UPDATE keten.job_outbox SET geclaimd_tot = NULL WHERE id = ANY($1::bigint[])`, [ids])
      .catch((e: Error) => this.logger.warn(`outbox claim not released, the relay waits for it: ${e.message}`));
  }

  /**
   * Claimed rows to their queues in id order, then deleted: at once for the relay, together with others shortly after
   * for a publish after commit. On failure the claim is released for the next try.
   */
  private async publiceerGeclaimd(rijen: OutboxRij[], nu = true): Promise<void> {
    const ids = rijen.map((r) => r.id);
    const perQueue = new Map<QueueName, OutboxRij[]>();
    for (const r of rijen.sort((a, b) => Number(BigInt(a.id) - BigInt(b.id))))
      perQueue.set(r.queue, [...(perQueue.get(r.queue) ?? []), r]);
    try {
      for (const [queue, jobs] of perQueue) {
        await this.queues.voegToeBulk(
          queue,
          jobs.map((j) => ({ jobNaam: j.job_naam, payload: j.payload, id: j.job_id })),
        );
      }
    } catch (e) {
      await this.geefVrij(ids);
      throw e;
    }
    this.teVerwijderen.push(...ids);
    if (nu) await this.verwijderGepubliceerd();
    else this.verwijderen ??= setTimeout(() => this.volg(this.verwijderGepubliceerd()), VERWIJDER_NA_MS);
  }

  /** Deletes the rows published so far, in one statement. */
  private async verwijderGepubliceerd(): Promise<void> {
    if (this.verwijderen) clearTimeout(this.verwijderen);
    this.verwijderen = null;
    const ids = this.teVerwijderen;
    this.teVerwijderen = [];
    if (ids.length === 0) return;
    await this.dataSource
      .query(`DELETE FROM keten.job_outbox WHERE id = ANY($1::bigint[]) AND ${ZONDER_WAL_FLUSH}`, [ids])
      .catch((e: Error) =>
        this.logger.warn(`published outbox rows not deleted, the relay publishes them again: ${e.message}`),
      );
  }

  /** Rows this process claimed are published or released before it stops, rather than left to their claim running out. */
  async onModuleDestroy(): Promise<void> {
    await begrensd(Promise.allSettled([...this.lopend]), 2 * REDIS_COMMAND_TIMEOUT_MS, 'outbox').catch(() => undefined);
    await this.verwijderGepubliceerd();
  }
}
