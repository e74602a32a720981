import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { QueueName } from './queue-name.enum.js';
import { begrensd, QueueService, REDIS_COMMAND_TIMEOUT_MS, jobId } from './queue.service.js';
import { voorbereideQuery } from '../database/voorbereide-query.util.js';

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

/**
 * Enqueue-after-commit (conventions.md 7): a use case stages its jobs in keten.job_outbox inside its own
 * transaction, and calls publiceer() after the commit. What a crash leaves staged, the relay publishes later.
 */
@Injectable()
export class JobOutboxService implements OnModuleDestroy {
  private readonly logger = new Logger(JobOutboxService.name);
  /** Publishes started after a commit and not yet done: a stop waits for them (bounded) before the database closes. */
  private readonly lopend = new Set<Promise<unknown>>();
  /**
   * Ids this process staged and has not seen published, with when (ms): a publish after commit claims these by id.
   * Claiming from the lowest id instead read every dead row the outbox held since its last VACUUM, a cost that grew
   * with each job published before (issue 19). What stays here past its claim time is left to the relay.
   */
  private readonly gestaagd = new Map<string, number>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueService,
  ) {}

  async stage(
    manager: EntityManager,
    queue: QueueName,
    jobNaam: string,
    id: string,
    payload: Record<string, unknown>,
  ): Promise<void> {
    const rijen = await voorbereideQuery<{ id: string }>(
      manager,
      'outbox-stage',
      `INSERT INTO keten.job_outbox (queue, job_naam, job_id, payload) VALUES ($1, $2, $3, $4) ON CONFLICT (queue, job_id) DO NOTHING RETURNING id`,
      [queue, jobNaam, jobId(id), JSON.stringify(payload)],
    );
    this.onthoud(rijen);
  }

  async stageBulk(
    manager: EntityManager,
    queue: QueueName,
    jobs: { jobNaam: string; id: string; payload: Record<string, unknown> }[],
  ): Promise<void> {
    if (jobs.length === 0) return;
    const rijen: { id: string }[] = await manager.query(
      `INSERT INTO keten.job_outbox (queue, job_naam, job_id, payload)
       SELECT $1, j.job_naam, j.job_id, j.payload FROM jsonb_to_recordset($2::jsonb) AS j(job_naam text, job_id text, payload jsonb)
       ON CONFLICT (queue, job_id) DO NOTHING RETURNING id`,
      [queue, JSON.stringify(jobs.map((j) => ({ job_naam: j.jobNaam, job_id: jobId(j.id), payload: j.payload })))],
    );
    this.onthoud(rijen);
  }

  private onthoud(rijen: { id: string }[]): void {
    const nu = Date.now();
    for (const { id } of rijen) this.gestaagd.set(String(id), nu);
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
   * Publishes the rows this process staged (see `gestaagd`), each claimed by its id: one index probe, however many
   * jobs went through the outbox before. Rows of a transaction not yet committed (or rolled back) are not seen and
   * wait for the next call; the relay's `publiceer` remains the guarantee.
   */
  async publiceerGestaagd(): Promise<number> {
    const verlopen = Date.now() - OUTBOX_CLAIM_SECONDEN * 1000;
    for (const [id, sinds] of this.gestaagd) {
      if (sinds >= verlopen) break; // insertion order is staging order
      this.gestaagd.delete(id);
    }
    const ids = [...this.gestaagd.keys()];
    const geclaimd: OutboxRij[] = [];
    // The usual case is one job, claimed by a prepared probe of its id: a prepared statement keeps its generic plan
    // only if that costs no more than one for the actual parameters, and a generic plan for a list, made while the
    // outbox was nearly empty, scans it whole ever after, dead rows and all (seen at national size). Several ids
    // (other transactions of this process still open, or rolled back) are claimed by one statement planned for them.
    if (ids.length === 1)
      geclaimd.push(
        ...(await voorbereideQuery<OutboxRij>(
          this.dataSource,
          'outbox-claim-id',
          `UPDATE keten.job_outbox SET geclaimd_tot = now() + make_interval(secs => $2)
            WHERE id = $1 AND (geclaimd_tot IS NULL OR geclaimd_tot < now()) AND ${ZONDER_WAL_FLUSH}
            RETURNING id, queue, job_naam, job_id, payload`,
          [ids[0], OUTBOX_CLAIM_SECONDEN],
        )),
      );
    else
      for (let i = 0; i < ids.length; i += 1000) {
        // TypeORM answers an UPDATE with [rows, count].
        const [rijen] = (await this.dataSource.query(
          `UPDATE keten.job_outbox SET geclaimd_tot = now() + make_interval(secs => $2)
            WHERE id IN (SELECT id FROM keten.job_outbox WHERE id = ANY($1::bigint[]) AND (geclaimd_tot IS NULL OR geclaimd_tot < now())
                          FOR UPDATE SKIP LOCKED) AND ${ZONDER_WAL_FLUSH}
            RETURNING id, queue, job_naam, job_id, payload`,
          [ids.slice(i, i + 1000), OUTBOX_CLAIM_SECONDEN],
        )) as [OutboxRij[], number];
        geclaimd.push(...rijen);
      }
    for (const r of geclaimd) this.gestaagd.delete(String(r.id));
    if (geclaimd.length > 0) await this.publiceerGeclaimd(geclaimd);
    return geclaimd.length;
  }

  /** Claimed rows to their queues in id order, then deleted; on failure the claim is released for the next try. */
  private async publiceerGeclaimd(rijen: OutboxRij[]): Promise<void> {
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
      await this.dataSource
        .query(`UPDATE keten.job_outbox SET geclaimd_tot = NULL WHERE id = ANY($1::bigint[])`, [ids])
        .catch(() => undefined);
      throw e;
    }
    // The usual publish after a commit is one job: a prepared probe by id. A relay's batch is planned for its list.
    if (ids.length === 1)
      await voorbereideQuery(
        this.dataSource,
        'outbox-verwijder-id',
        `DELETE FROM keten.job_outbox WHERE id = $1 AND ${ZONDER_WAL_FLUSH}`,
        ids,
      );
    else
      await this.dataSource.query(`DELETE FROM keten.job_outbox WHERE id = ANY($1::bigint[]) AND ${ZONDER_WAL_FLUSH}`, [
        ids,
      ]);
  }

  /** After a commit: publish now, but never fail the user's request for it (the relay retries). */
  publiceerNaCommit(): void {
    // Redis known to be down: the rows wait for the relay instead of every request trying again.
    if (!this.queues.bereikbaar()) return;
    const publicatie: Promise<unknown> = this.publiceerGestaagd()
      .catch((e: Error) => this.logger.warn(`outbox publish deferred to relay: ${e.message}`))
      .finally(() => this.lopend.delete(publicatie));
    this.lopend.add(publicatie);
  }

  /** Rows this process claimed are published or released before it stops, rather than left to their claim running out. */
  async onModuleDestroy(): Promise<void> {
    await begrensd(Promise.allSettled([...this.lopend]), 2 * REDIS_COMMAND_TIMEOUT_MS, 'outbox').catch(() => undefined);
  }
}
