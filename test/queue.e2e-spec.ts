import { DataSource } from 'typeorm';
import { Job, Worker } from 'bullmq';
import { JobOutboxService, QueueName, QueueService, JOB_RETENTIE } from '#keten/platform';
import { startTestApp, type TestApp } from './support/test-app.js';
import { wachtOp } from './support/wacht.js';
import { VeegOpJob } from '../apps/worker/src/onderhoud/veeg-op.job.js';
import { JobRoostersService } from '../apps/worker/src/onderhoud/job-roosters.service.js';

const BACKENDS: ('postgres' | 'redis')[] = ['postgres', ...(process.env.REDIS_URL ? (['redis'] as const) : [])];

describe.each(BACKENDS)('BullMQ round trip on the %s backend', (backend) => {
  let t: TestApp;
  let queues: QueueService;
  let outbox: JobOutboxService;
  let dataSource: DataSource;

  beforeAll(async () => {
    t = await startTestApp({ metWorker: true, config: backend === 'postgres' ? { REDIS_URL: '' } : {} });
    queues = t.app.get(QueueService);
    outbox = t.app.get(JobOutboxService);
    dataSource = t.app.get(DataSource);
  });

  afterAll(() => t.close());

  it('should use the configured backend', () => {
    expect(queues.backend).toBe(backend);
  });

  it("should run the worker's upkeep job, which publishes staged jobs committed with their data", async () => {
    // A private queue name keeps this test's jobs apart from other runs sharing the same Redis.
    const naam = `test-${backend}-${process.pid}-${Date.now()}` as QueueName;
    const verwerkt: Job[] = [];
    const worker: Worker = queues.startWorker(naam, async (job) => {
      verwerkt.push(job);
      return { ok: true };
    });
    await dataSource.transaction((m) => outbox.stage(m, naam, 'TestJob', 'ronde-1', { id: 'abc' }));
    await expect(
      dataSource.transaction(async (m) => {
        await outbox.stage(m, naam, 'TestJob', 'ronde-teruggedraaid', { id: 'nooit' });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');

    // The upkeep job is what a running worker schedules; run one now instead of waiting 30 s for the scheduler.
    await queues.voegToe(QueueName.Onderhoud, VeegOpJob.naam, {}, `veeg-op-test-${Date.now()}`);
    await wachtOp(() => (verwerkt.length > 0 ? true : undefined), 'the published job to be processed');
    await new Promise((r) => setTimeout(r, 300));
    expect(verwerkt.map((j) => [j.name, j.id, j.data])).toEqual([['TestJob', 'ronde-1', { id: 'abc' }]]);
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM keten.job_outbox WHERE queue = $1`, [naam]);
    expect(n).toBe(0);
    await worker.close();
    await queues.queue(naam).obliterate({ force: true });
  });

  it('should publish after commit only the jobs this process staged, by id, and leave the rest to the relay', async () => {
    const naam = `test-eigen-${backend}-${process.pid}-${Date.now()}` as QueueName;
    await dataSource.transaction((m) => outbox.stage(m, naam, 'TestJob', 'eigen', { id: 'e' }));
    await dataSource.transaction((m) => outbox.stage(m, naam, 'TestJob', 'eigen-2', { id: 'e2' }));
    // Staged by another process (its own transaction, not this service): this process does not know its id.
    await dataSource.query(
      `INSERT INTO keten.job_outbox (queue, job_naam, job_id, payload) VALUES ($1, 'TestJob', 'ander', '{"id":"a"}')`,
      [naam],
    );
    expect(await outbox.publiceerGestaagd()).toBe(2);
    const queue = queues.queue(naam);
    expect(await queue.getJob('eigen')).toBeDefined();
    expect(await queue.getJob('eigen-2')).toBeDefined();
    expect(await queue.getJob('ander')).toBeUndefined();
    const over = await dataSource.query(`SELECT job_id FROM keten.job_outbox WHERE queue = $1`, [naam]);
    expect(over).toEqual([{ job_id: 'ander' }]);
    // Published once: a second call finds nothing of its own left; one job alone takes the single-id path.
    expect(await outbox.publiceerGestaagd()).toBe(0);
    await dataSource.transaction((m) => outbox.stage(m, naam, 'TestJob', 'eigen-3', { id: 'e3' }));
    expect(await outbox.publiceerGestaagd()).toBe(1);
    expect(await queue.getJob('eigen-3')).toBeDefined();
    expect(await outbox.publiceer()).toBeGreaterThanOrEqual(1);
    expect(await queue.getJob('ander')).toBeDefined();
    await queue.obliterate({ force: true });
  });

  it('should process a job once when it is added twice with the same business key', async () => {
    const naam = `test-dubbel-${backend}-${process.pid}-${Date.now()}` as QueueName;
    let aantal = 0;
    await queues.voegToe(naam, 'TestJob', { id: 'x' }, 'beoordeling-42');
    await queues.voegToe(naam, 'TestJob', { id: 'x' }, 'beoordeling-42');
    const worker = queues.startWorker(naam, async () => {
      aantal++;
    });
    await wachtOp(() => (aantal > 0 ? true : undefined), 'the job to be processed');
    await new Promise((r) => setTimeout(r, 500));
    expect(aantal).toBe(1);
    const job = await queues.queue(naam).getJob('beoordeling-42');
    expect(job?.opts.removeOnComplete).toEqual(JOB_RETENTIE.removeOnComplete);
    await worker.close();
    await queues.queue(naam).obliterate({ force: true });
  });

  it('should make a schedule again when the backend lost it, and leave the schedules alone otherwise', async () => {
    const roosters = t.app.get(JobRoostersService);
    expect(await roosters.controleer()).toEqual([]);
    await queues.queue(QueueName.Onderhoud).removeJobScheduler(VeegOpJob.naam);
    expect(await roosters.controleer()).toEqual([VeegOpJob.naam]);
    expect(await queues.queue(QueueName.Onderhoud).getJobScheduler(VeegOpJob.naam)).toMatchObject({
      every: VeegOpJob.elkeMs,
    });
    expect(await roosters.controleer()).toEqual([]);
  });

  it('should refuse a job id with a colon, which BullMQ cannot store', async () => {
    await expect(queues.voegToe(QueueName.Onderhoud, 'TestJob', {}, 'a:b')).rejects.toThrow(/':'/);
  });
});
