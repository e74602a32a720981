import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Queue, Worker, createPostgresBackend, type Job, type JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { KetenConfig } from '../config/keten-config.js';
import { QueueName } from './queue-name.enum.js';

export type QueueBackendSoort = 'redis' | 'postgres';

/** Finished jobs are kept by age, never forever (a Redis full of finished jobs once took a peer down). */
export const JOB_RETENTIE: Pick<JobsOptions, 'removeOnComplete' | 'removeOnFail'> = {
  removeOnComplete: { age: 7 * 24 * 3600, count: 100_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

const STANDAARD_JOB_OPTIES: JobsOptions = {
  ...JOB_RETENTIE,
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
};

/** BullMQ refuses ':' in custom job ids; ids are derived from business keys, so a repeat is a no-op. */
export function jobId(...delen: (string | number)[]): string {
  const id = delen.join('-');
  if (id.includes(':')) throw new Error(`job id mag geen ':' bevatten: ${id}`);
  return id;
}

export type JobProcessor<T = Record<string, unknown>> = (job: Job<T>) => Promise<unknown>;

/**
 * BullMQ on Redis when REDIS_URL is set (production), else on BullMQ 6's PostgreSQL backend in Keten's own
 * database (schema bullmq), so that a newcomer needs neither Redis nor any install (architecture.md 2).
 */
@Injectable()
export class QueueService implements OnModuleDestroy {
  private readonly logger = new Logger(QueueService.name);
  private readonly queues = new Map<QueueName, Queue>();
  private readonly workers: Worker[] = [];
  /** BullMQ does not close a Redis connection it was handed; these are ours to quit. */
  private readonly redisVerbindingen: Redis[] = [];
  readonly backend: QueueBackendSoort;

  constructor(private readonly config: KetenConfig) {
    this.backend = config.REDIS_URL ? 'redis' : 'postgres';
  }

  // The two backends take different connection types; BullMQ's overloads are typed per backend.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private backendArgs(): [any, any] {
    if (this.backend === 'redis') {
      const redis = new Redis(this.config.REDIS_URL!, { maxRetriesPerRequest: null });
      redis.on('error', (e) => this.logger.error(`redis: ${e.message}`));
      this.redisVerbindingen.push(redis);
      return [redis, undefined];
    }
    if (!this.config.DATABASE_URL) throw new Error('DATABASE_URL is not resolved: the database must be started first');
    return [{ connectionString: this.config.DATABASE_URL, schema: 'bullmq', migrate: true, max: 5 }, createPostgresBackend];
  }

  queue(naam: QueueName): Queue {
    let queue = this.queues.get(naam);
    if (!queue) {
      const [connection, factory] = this.backendArgs();
      queue = factory ? new Queue(naam, { connection }, factory) : new Queue(naam, { connection, prefix: this.config.KETEN_QUEUE_PREFIX });
      queue.on('error', (e) => this.logger.error(`queue ${naam}: ${e.message}`));
      this.queues.set(naam, queue);
    }
    return queue;
  }

  async voegToe(naam: QueueName, jobNaam: string, payload: Record<string, unknown>, id: string, opties: JobsOptions = {}): Promise<void> {
    await this.queue(naam).add(jobNaam, payload, { ...STANDAARD_JOB_OPTIES, ...opties, jobId: jobId(id) });
  }

  async voegToeBulk(naam: QueueName, jobs: { jobNaam: string; payload: Record<string, unknown>; id: string }[]): Promise<void> {
    if (jobs.length === 0) return;
    await this.queue(naam).addBulk(jobs.map((j) => ({ name: j.jobNaam, data: j.payload, opts: { ...STANDAARD_JOB_OPTIES, jobId: jobId(j.id) } })));
  }

  startWorker<T>(naam: QueueName, processor: JobProcessor<T>, concurrency = 2): Worker {
    const [connection, factory] = this.backendArgs();
    const opts = { connection, concurrency, autorun: true };
    const worker = factory ? new Worker(naam, processor, opts, factory) : new Worker(naam, processor, { ...opts, prefix: this.config.KETEN_QUEUE_PREFIX });
    worker.on('failed', (job, e) => this.logger.warn(`job ${job?.id ?? '?'} in ${naam} failed (attempt ${job?.attemptsMade ?? '?'}): ${e.message}`));
    worker.on('error', (e) => this.logger.error(`worker ${naam}: ${e.message}`));
    this.workers.push(worker);
    return worker;
  }

  /** For /health: a round trip to the queue backend, bounded in time. */
  async controleer(timeoutMs = 2000): Promise<boolean> {
    const poging = this.queue(QueueName.Onderhoud).getJobCounts('waiting').then(() => true);
    const tijd = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
    return Promise.race([poging.catch(() => false), tijd]);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled(this.workers.map((w) => w.close()));
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
    await Promise.allSettled(this.redisVerbindingen.map((r) => r.quit()));
    this.redisVerbindingen.length = 0;
    this.workers.length = 0;
    this.queues.clear();
  }
}
