import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { QueueName } from './queue-name.enum.js';
import { QueueService, jobId } from './queue.service.js';
import { voorbereideQuery } from '../database/voorbereide-query.util.js';

/**
 * Enqueue-after-commit (conventions.md 7): a use case stages its jobs in keten.job_outbox inside its own
 * transaction, and calls publiceer() after the commit. What a crash leaves staged, the relay publishes later.
 */
@Injectable()
export class JobOutboxService {
  private readonly logger = new Logger(JobOutboxService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueService,
  ) {}

  async stage(manager: EntityManager, queue: QueueName, jobNaam: string, id: string, payload: Record<string, unknown>): Promise<void> {
    await voorbereideQuery(
      manager,
      'outbox-stage',
      `INSERT INTO keten.job_outbox (queue, job_naam, job_id, payload) VALUES ($1, $2, $3, $4) ON CONFLICT (queue, job_id) DO NOTHING`,
      [queue, jobNaam, jobId(id), JSON.stringify(payload)],
    );
  }

  async stageBulk(manager: EntityManager, queue: QueueName, jobs: { jobNaam: string; id: string; payload: Record<string, unknown> }[]): Promise<void> {
    if (jobs.length === 0) return;
    await manager.query(
      `INSERT INTO keten.job_outbox (queue, job_naam, job_id, payload)
       SELECT $1, j.job_naam, j.job_id, j.payload FROM jsonb_to_recordset($2::jsonb) AS j(job_naam text, job_id text, payload jsonb)
       ON CONFLICT (queue, job_id) DO NOTHING`,
      [queue, JSON.stringify(jobs.map((j) => ({ job_naam: j.jobNaam, job_id: jobId(j.id), payload: j.payload })))],
    );
  }

  /** Publishes staged jobs in batches; safe to run from several processes at once (SKIP LOCKED). */
  async publiceer(batch = 1000): Promise<number> {
    let totaal = 0;
    for (;;) {
      const aantal = await this.dataSource.transaction(async (manager) => {
        const rijen = await voorbereideQuery<{ id: string; queue: QueueName; job_naam: string; job_id: string; payload: Record<string, unknown> }>(
          manager,
          'outbox-te-publiceren',
          `SELECT id, queue, job_naam, job_id, payload FROM keten.job_outbox ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [batch],
        );
        if (rijen.length === 0) return 0;
        const perQueue = new Map<QueueName, typeof rijen>();
        for (const r of rijen) perQueue.set(r.queue, [...(perQueue.get(r.queue) ?? []), r]);
        for (const [queue, jobs] of perQueue) {
          await this.queues.voegToeBulk(queue, jobs.map((j) => ({ jobNaam: j.job_naam, payload: j.payload, id: j.job_id })));
        }
        await manager.query(`DELETE FROM keten.job_outbox WHERE id = ANY($1::bigint[])`, [rijen.map((r) => r.id)]);
        return rijen.length;
      });
      totaal += aantal;
      if (aantal < batch) return totaal;
    }
  }

  /** After a commit: publish now, but never fail the user's request for it (the relay retries). */
  publiceerNaCommit(): void {
    this.publiceer().catch((e: Error) => this.logger.warn(`outbox publish deferred to relay: ${e.message}`));
  }
}
