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

  it("should run the worker's upkeep job, which publishes what a stopped process left staged and no live claim", async () => {
    // A private queue name keeps this test's jobs apart from other runs sharing the same Redis.
    const naam = `test-${backend}-${process.pid}-${Date.now()}` as QueueName;
    const verwerkt: Job[] = [];
    const worker: Worker = queues.startWorker(naam, async (job) => {
      verwerkt.push(job);
      return { ok: true };
    });
    // Rows another process committed: one whose claim ran out or that it never claimed (it stopped before
    // publishing), and one it still holds (it publishes that itself).
    await dataSource.query(
      `INSERT INTO keten.job_outbox (queue, job_naam, job_id, payload, geclaimd_tot)
       VALUES ($1, 'TestJob', 'achtergelaten', '{"id":"abc"}', NULL),
              ($1, 'TestJob', 'verlopen', '{"id":"def"}', now() - interval '1 second'),
              ($1, 'TestJob', 'geclaimd', '{"id":"ghi"}', now() + interval '1 minute')`,
      [naam],
    );

    // The upkeep job is what a running worker schedules; run one now instead of waiting 30 s for the scheduler.
    await queues.voegToe(QueueName.Onderhoud, VeegOpJob.naam, {}, `veeg-op-test-${Date.now()}`);
    await wachtOp(() => (verwerkt.length >= 2 ? true : undefined), 'the published jobs to be processed');
    await new Promise((r) => setTimeout(r, 300));
    expect(verwerkt.map((j) => [j.name, j.id, j.data]).sort()).toEqual([
      ['TestJob', 'achtergelaten', { id: 'abc' }],
      ['TestJob', 'verlopen', { id: 'def' }],
    ]);
    const over = await dataSource.query(`SELECT job_id FROM keten.job_outbox WHERE queue = $1`, [naam]);
    expect(over).toEqual([{ job_id: 'geclaimd' }]);
    await worker.close();
    await queues.queue(naam).obliterate({ force: true });
  });

  it('should publish the jobs a transaction staged when it commits, and none of a rollback or a rolled-back savepoint', async () => {
    const naam = `test-eigen-${backend}-${process.pid}-${Date.now()}` as QueueName;
    const queue = queues.queue(naam);
    await dataSource.transaction((m) => outbox.stage(m, naam, 'TestJob', 'eigen', { id: 'e' }));
    await dataSource.transaction(async (m) => {
      await outbox.stage(m, naam, 'TestJob', 'buiten', { id: 'b' });
      // A savepoint that rolls back takes its job with it; the outer transaction commits.
      await m
        .transaction(async (binnen) => {
          await outbox.stage(binnen, naam, 'TestJob', 'binnen', { id: 'x' });
          throw new Error('savepoint terug');
        })
        .catch(() => undefined);
    });
    await expect(
      dataSource.transaction(async (m) => {
        await outbox.stage(m, naam, 'TestJob', 'teruggedraaid', { id: 'nooit' });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    // Staged outside a transaction: committed at once, published at once.
    await outbox.stage(dataSource.manager, naam, 'TestJob', 'los', { id: 'l' });

    await wachtOp(
      async () => ((await queue.getJobCounts('wait')).wait >= 3 ? true : undefined),
      'the committed jobs to be published',
    );
    // Published rows are deleted together shortly after; the rolled-back ones never existed.
    await wachtOp(
      async () =>
        (await dataSource.query(`SELECT 1 FROM keten.job_outbox WHERE queue = $1`, [naam])).length === 0
          ? true
          : undefined,
      'the published rows to be deleted',
    );
    await new Promise((r) => setTimeout(r, 300));
    const jobs = await queue.getJobs(['wait']);
    expect(jobs.map((j) => j.id).sort()).toEqual(['buiten', 'eigen', 'los']);
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
