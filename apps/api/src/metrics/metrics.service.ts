import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { begrensd, QueueName, QueueService } from '#keten/platform';

/** A scrape never waits long for a dependency that is down: what it cannot get, it leaves out (and says so in *_up). */
const SCRAPE_TIMEOUT_MS = 1000;

const JOB_STATEN = ['waiting', 'active', 'failed', 'delayed', 'prioritized', 'waiting-children'] as const;

interface DatabaseCijfers {
  beoordeeld: number;
  goedgekeurd: number;
  afgekeurd: number;
  outbox: number;
  outbox_leeftijd: number;
  ontvangen: number;
  ontvangen_leeftijd: number;
}

/** A piece of work shared by every metric of one scrape: started by the first that asks, reused for a second. */
class Ronde<T> {
  private laatste?: { op: number; belofte: Promise<T | null> };

  constructor(private readonly werk: () => Promise<T>) {}

  uitkomst(): Promise<T | null> {
    if (!this.laatste || Date.now() - this.laatste.op > SCRAPE_TIMEOUT_MS) {
      this.laatste = { op: Date.now(), belofte: this.werk().catch(() => null) };
    }
    return this.laatste.belofte;
  }
}

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

/**
 * Prometheus metrics of this API process (issue 18). The work counters (beoordelingen, prestaties) and the backlog
 * come from the database, so they count every worker process and survive restarts; rate() over them gives the
 * throughput. The queue figures come from the queue backend; HTTP figures from this process.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpVerzoeken = new Counter({
    name: 'keten_http_requests_total',
    help: 'HTTP requests answered, by method, route (template) and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuur = new Histogram({
    name: 'keten_http_request_duration_seconds',
    help: 'HTTP request latency, by method, route (template) and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  /** One round of queries per scrape, shared by the gauges that show its figures (null: the dependency did not answer). */
  private databaseRonde = new Ronde(() =>
    begrensd(this.databaseCijfers(), SCRAPE_TIMEOUT_MS, 'database').then((r) => r[0]),
  );
  private queueRonde = new Ronde(async () => {
    const uit: [QueueName, Record<string, number>][] = [];
    for (const queue of Object.values(QueueName))
      uit.push([
        queue,
        await begrensd(this.queues.queue(queue).getJobCounts(...JOB_STATEN), SCRAPE_TIMEOUT_MS, `queue ${queue}`),
      ]);
    return uit;
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueService,
  ) {
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    const queueRonde = this.queueRonde;
    const databaseRonde = this.databaseRonde;
    new Gauge({
      name: 'keten_queue_up',
      help: '1 when the queue backend answered this scrape',
      registers,
      async collect() {
        this.set((await queueRonde.uitkomst()) ? 1 : 0);
      },
    });
    new Gauge({
      name: 'keten_queue_jobs',
      help: 'jobs per queue and state (waiting, active, failed, delayed, ...); left out while the backend does not answer',
      labelNames: ['queue', 'state'] as const,
      registers,
      async collect() {
        this.reset();
        for (const [queue, aantallen] of (await queueRonde.uitkomst()) ?? [])
          for (const staat of JOB_STATEN) this.set({ queue, state: staat }, aantallen[staat] ?? 0);
      },
    });
    new Gauge({
      name: 'keten_database_up',
      help: '1 when PostgreSQL answered this scrape',
      registers,
      async collect() {
        this.set((await databaseRonde.uitkomst()) ? 1 : 0);
      },
    });
    // Totals kept in the database, shown as counters: rate() gives beoordelingen and prestaties per second.
    new Counter({
      name: 'keten_beoordelingen_total',
      help: 'declaraties beoordeeld (all workers)',
      registers,
      async collect() {
        const c = await databaseRonde.uitkomst();
        if (!c) return;
        this.reset();
        this.inc(c.beoordeeld);
      },
    });
    new Counter({
      name: 'keten_prestaties_beoordeeld_total',
      help: 'prestaties beoordeeld (all workers), by result',
      labelNames: ['status'] as const,
      registers,
      async collect() {
        const c = await databaseRonde.uitkomst();
        if (!c) return;
        this.reset();
        this.inc({ status: 'goedgekeurd' }, c.goedgekeurd);
        this.inc({ status: 'afgekeurd' }, c.afgekeurd);
      },
    });
    const uitDatabase = (name: string, help: string, veld: keyof DatabaseCijfers) =>
      new Gauge({
        name,
        help,
        registers,
        async collect() {
          const c = await databaseRonde.uitkomst();
          if (c) this.set(c[veld]);
        },
      });
    uitDatabase('keten_outbox_staged', 'jobs staged in keten.job_outbox, not yet published to the queue', 'outbox');
    uitDatabase('keten_outbox_oldest_age_seconds', 'age of the oldest staged job (0 when none)', 'outbox_leeftijd');
    uitDatabase('keten_declaraties_ontvangen', 'declaraties stored and not yet beoordeeld', 'ontvangen');
    uitDatabase(
      'keten_declaratie_oldest_ontvangen_age_seconds',
      'age of the oldest declaratie still ontvangen (0 when none): the beoordeling backlog',
      'ontvangen_leeftijd',
    );
    const dataSourceVan = this.dataSource;
    new Gauge({
      name: 'keten_db_pool_connections',
      help: "this process's PostgreSQL pool: connections by state (total, idle, waiting = queries waiting for one) and its max",
      labelNames: ['state'] as const,
      registers,
      collect() {
        const pool = (dataSourceVan.driver as unknown as { master?: PgPool }).master;
        if (!pool) return;
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
        this.set({ state: 'max' }, pool.options?.max ?? 0);
      },
    });
  }

  private databaseCijfers(): Promise<DatabaseCijfers[]> {
    return this.dataSource.query(
      `SELECT (SELECT count(*) FROM keten.declaratie WHERE status = 'beoordeeld')::float8 AS beoordeeld,
              p.goedgekeurd, p.afgekeurd, o.outbox, o.outbox_leeftijd, d.ontvangen, d.ontvangen_leeftijd
       FROM (SELECT count(*) FILTER (WHERE status = 'goedgekeurd')::float8 AS goedgekeurd, count(*) FILTER (WHERE status = 'afgekeurd')::float8 AS afgekeurd FROM keten.prestatie) p,
            (SELECT count(*)::float8 AS outbox, coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS outbox_leeftijd FROM keten.job_outbox) o,
            (SELECT count(*)::float8 AS ontvangen, coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS ontvangen_leeftijd FROM keten.declaratie WHERE status = 'ontvangen') d`,
    );
  }

  /** Express middleware: one observation per answered request, labelled by the route template (bounded cardinality). */
  middleware() {
    return (
      req: { method: string; baseUrl?: string; route?: { path?: string } },
      res: { statusCode: number; on(e: 'finish', f: () => void): void },
      next: () => void,
    ) => {
      const einde = this.httpDuur.startTimer();
      res.on('finish', () => {
        const route = req.route?.path ? `${req.baseUrl ?? ''}${req.route.path}` : 'onbekend';
        const labels = { method: req.method, route, status: String(res.statusCode) };
        this.httpVerzoeken.inc(labels);
        einde(labels);
      });
      next();
    };
  }
}
