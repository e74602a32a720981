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
 * The longest a producer's command to Redis may take (issue 18): with Redis gone, the API answers and the outbox
 * keeps the job instead of a request waiting for Redis without limit.
 */
export const REDIS_COMMAND_TIMEOUT_MS = 3000;

/** Rejects when `werk` takes longer than `ms`; what it still does afterwards is ignored. */
export function begrensd<T>(werk: Promise<T>, ms: number, wat: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const tijd = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${wat}: no answer within ${ms} ms`)), ms);
  });
  werk.catch(() => undefined);
  return Promise.race([werk, tijd]).finally(() => clearTimeout(timer));
}

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
  /** One connection for every Queue (producers, counts, schedules): bounded waits, unlike the workers' own. */
  private producerVerbinding?: Redis;
  private storingGemeld = false;
  readonly backend: QueueBackendSoort;

  constructor(private readonly config: KetenConfig) {
    this.backend = config.REDIS_URL ? 'redis' : 'postgres';
  }

  // The two backends take different connection types; BullMQ's overloads are typed per backend.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private backendArgs(rol: 'producer' | 'worker'): [any, any] {
    if (this.backend === 'redis') {
      if (rol === 'producer') return [this.producer(), undefined];
      // A worker's blocking connection waits for Redis as long as it takes (BullMQ requires it); it serves no request.
      const redis = new Redis(this.config.REDIS_URL!, { maxRetriesPerRequest: null });
      redis.on('error', (e) => this.meldFout('redis', e));
      this.redisVerbindingen.push(redis);
      return [redis, undefined];
    }
    if (!this.config.DATABASE_URL) throw new Error('DATABASE_URL is not resolved: the database must be started first');
    return [
      { connectionString: this.config.DATABASE_URL, schema: 'bullmq', migrate: true, max: 5 },
      createPostgresBackend,
    ];
  }

  /**
   * Fails fast while Redis is unreachable (no offline queue, one attempt) and bounds every command: a request never
   * waits for Redis; what it staged stays in the outbox until the relay publishes it.
   */
  private producer(): Redis {
    if (!this.producerVerbinding) {
      const redis = new Redis(this.config.REDIS_URL!, {
        maxRetriesPerRequest: 1,
        enableOfflineQueue: false,
        commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
      });
      redis.on('error', (e) => this.meldFout('redis', e));
      redis.on('ready', () => {
        if (this.storingGemeld) this.logger.log('redis: reachable again');
        this.storingGemeld = false;
      });
      this.producerVerbinding = redis;
      this.redisVerbindingen.push(redis);
    }
    return this.producerVerbinding;
  }

  /** One error line per Redis outage, not one per connection and reconnect attempt (every 2 s each). */
  private meldFout(bron: string, e: Error): void {
    if (this.storingGemeld && !this.bereikbaar()) return;
    this.storingGemeld = !this.bereikbaar();
    this.logger.error(`${bron}: ${e.message}`);
  }

  /** False while the Redis backend is known to be down, so that callers skip a publish that cannot succeed. */
  bereikbaar(): boolean {
    return this.backend === 'postgres' || !this.producerVerbinding || this.producerVerbinding.status === 'ready';
  }

  queue(naam: QueueName): Queue {
    let queue = this.queues.get(naam);
    if (!queue) {
      const [connection, factory] = this.backendArgs('producer');
      queue = factory
        ? new Queue(naam, { connection }, factory)
        : new Queue(naam, { connection, prefix: this.config.KETEN_QUEUE_PREFIX });
      queue.on('error', (e) => this.meldFout(`queue ${naam}`, e));
      this.queues.set(naam, queue);
    }
    return queue;
  }

  async voegToe(
    naam: QueueName,
    jobNaam: string,
    payload: Record<string, unknown>,
    id: string,
    opties: JobsOptions = {},
  ): Promise<void> {
    const job = { ...STANDAARD_JOB_OPTIES, ...opties, jobId: jobId(id) };
    await begrensd(this.queue(naam).add(jobNaam, payload, job), REDIS_COMMAND_TIMEOUT_MS, `queue ${naam}`);
  }

  async voegToeBulk(
    naam: QueueName,
    jobs: { jobNaam: string; payload: Record<string, unknown>; id: string }[],
  ): Promise<void> {
    if (jobs.length === 0) return;
    const bulk = jobs.map((j) => ({
      name: j.jobNaam,
      data: j.payload,
      opts: { ...STANDAARD_JOB_OPTIES, jobId: jobId(j.id) },
    }));
    // One job (the usual publish after a commit) is one script call; addBulk wraps its calls in MULTI/EXEC.
    const toevoegen: Promise<unknown> =
      bulk.length === 1
        ? this.queue(naam).add(bulk[0].name, bulk[0].data, bulk[0].opts)
        : this.queue(naam).addBulk(bulk);
    // A connection that never became ready makes BullMQ wait for it: the bound covers that too.
    await begrensd(toevoegen, REDIS_COMMAND_TIMEOUT_MS, `queue ${naam}`);
  }

  startWorker<T>(naam: QueueName, processor: JobProcessor<T>, concurrency = 2): Worker {
    const [connection, factory] = this.backendArgs('worker');
    const opts = { connection, concurrency, autorun: true };
    const worker = factory
      ? new Worker(naam, processor, opts, factory)
      : new Worker(naam, processor, { ...opts, prefix: this.config.KETEN_QUEUE_PREFIX });
    worker.on('failed', (job, e) =>
      this.logger.warn(`job ${job?.id ?? '?'} in ${naam} failed (attempt ${job?.attemptsMade ?? '?'}): ${e.message}`),
    );
    worker.on('error', (e) => this.meldFout(`worker ${naam}`, e));
    this.workers.push(worker);
    return worker;
  }

  /** For /health: a round trip to the queue backend, bounded in time (and none while Redis is known to be down). */
  async controleer(timeoutMs = 500): Promise<boolean> {
    if (!this.bereikbaar()) return false;
    return begrensd(this.queue(QueueName.Onderhoud).getJobCounts('waiting'), timeoutMs, 'health').then(
      () => true,
      () => false,
    );
  }

  /**
   * Workers finish their active jobs within KETEN_SHUTDOWN_TIMEOUT_MS; after that they are closed by force, and
   * BullMQ hands their jobs (lock no longer renewed) to another worker as stalled.
   */
  async onModuleDestroy(): Promise<void> {
    const deadline = Math.max(1, this.config.KETEN_SHUTDOWN_TIMEOUT_MS);
    await Promise.allSettled(
      this.workers.map((w) =>
        begrensd(w.close(), deadline, `worker ${w.name}`).catch((e: Error) => {
          this.logger.warn(`${e.message}: closed by force, its jobs go back to the queue`);
          return begrensd(w.close(true), REDIS_COMMAND_TIMEOUT_MS, `worker ${w.name}`);
        }),
      ),
    );
    // With Redis gone, closing a queue would wait for it: bounded, the connections are dropped below anyway.
    await Promise.allSettled(
      [...this.queues.values()].map((q) => begrensd(q.close(), REDIS_COMMAND_TIMEOUT_MS, `queue ${q.name}`)),
    );
    // A connection that is down is dropped: quit would wait for it.
    await Promise.allSettled(
      this.redisVerbindingen.map(async (r) => (r.status === 'ready' ? r.quit() : r.disconnect())),
    );
    this.redisVerbindingen.length = 0;
    this.producerVerbinding = undefined;
    this.workers.length = 0;
    this.queues.clear();
  }
}
