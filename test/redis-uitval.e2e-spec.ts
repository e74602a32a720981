import { QueueName, QueueService } from '#keten/platform';
import { maakDeclaratieScenario, type DeclaratieScenario } from './support/declaratie-scenario.js';
import { declaratieXml, stuurBericht, uurPrestatie } from './support/declaratie-bericht.js';
import { http } from './support/http.js';
import { TestRedis } from './support/redis-server.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { beoordeeldeDeclaratie, wachtOp } from './support/wacht.js';

// Issue 18: with Redis gone the API keeps taking messages (durable in PostgreSQL, staged in the outbox) and answers
// /health at once; when Redis comes back empty, the worker that never stopped re-creates its schedules, publishes
// what was staged and re-queues what Redis lost, and every declaratie ends as a run without outage ends.

const METRICS_TOKEN = 'metrics-token-van-de-uitvaltest';
const VERLOREN = 5;
const TIJDENS_UITVAL = 50;
const TOEWIJZINGEN = Array.from({ length: VERLOREN + TIJDENS_UITVAL }, (_, i) => 3000 + i);

/** Declaratie i: one prestatie approved, and on some a wrong tariff (0611) or too many hours (9321); each on its own toewijzing. */
function declaratie(s: DeclaratieScenario, i: number): string {
  const nummer = TOEWIJZINGEN[i];
  const prestaties = [uurPrestatie(`R${i}-ok`, nummer, 8)];
  if (i % 3 === 0)
    prestaties.push(
      uurPrestatie(`R${i}-tarief`, nummer, 2, {
        productTarief: 7000,
        ingediendBedrag: { bedrag: 14_000, debetCredit: 'D' as never },
      }),
    );
  if (i % 5 === 0) prestaties.push(uurPrestatie(`R${i}-volume`, nummer, 200));
  return declaratieXml(s, `D${i}`, `U${s.aanbieder.agbCode}-${i}`, prestaties);
}

/** What the sender gets back, without ids: comparable between two runs. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const uitkomst = (d: any) => ({
  declaratieNummer: d.declaratieNummer,
  totaalToegekend: d.totaalToegekend,
  retourcodes: d.retourcodes,
  prestaties: d.prestaties
    .map((p: { referentieNummer: string; status: string; retourcodes: string[] }) => [
      p.referentieNummer,
      p.status,
      p.retourcodes,
    ])
    .sort(),
});

async function metrics(t: TestApp): Promise<string> {
  const res = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(res.status).toBe(200);
  return res.text();
}

const waarde = (tekst: string, regel: string) =>
  Number(new RegExp(`^${regel.replace(/[{}"]/g, '\\$&')} (\\S+)$`, 'm').exec(tekst)?.[1]);

describe('Redis outage on the Redis backend (a Redis this test starts and stops itself)', () => {
  let redis: TestRedis;
  let t: TestApp;

  beforeAll(async () => {
    redis = await TestRedis.start();
    // Worker in the same process: it is never restarted. Lost work is swept once 3 s old instead of 120 s.
    t = await startTestApp({
      metWorker: true,
      config: { REDIS_URL: redis.url, KETEN_VEEG_NA_SECONDEN: '3', KETEN_METRICS_TOKEN: METRICS_TOKEN },
    });
  });

  afterAll(async () => {
    await t?.close();
    await redis?.stop();
  });

  it('should keep taking messages and answering while Redis is down, and judge them all as without outage once it is back empty', async () => {
    // The control run, Redis up all along.
    const controle = await maakDeclaratieScenario(t, TOEWIJZINGEN);
    const controleIds: string[] = [];
    for (let i = 0; i < TOEWIJZINGEN.length; i++) {
      const res = await stuurBericht(t.url, controle.aanbiederToken, declaratie(controle, i));
      expect(res.status).toBe(202);
      controleIds.push(res.body.resultaat.declaratieId);
    }
    const verwacht = [];
    for (const id of controleIds)
      verwacht.push(uitkomst(await beoordeeldeDeclaratie(t.url, id, controle.aanbiederToken)));

    const s = await maakDeclaratieScenario(t, TOEWIJZINGEN);
    const ids: string[] = [];
    // Work that Redis will lose: published (gone from the outbox) but waiting in a paused queue when Redis dies.
    const queues = t.app.get(QueueService);
    await queues.queue(QueueName.Beoordeling).pause();
    for (let i = 0; i < VERLOREN; i++)
      ids.push((await stuurBericht(t.url, s.aanbiederToken, declaratie(s, i))).body.resultaat.declaratieId);
    await wachtOp(async () => {
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM keten.job_outbox`);
      return n === 0 ? true : undefined;
    }, 'the outbox to be published');
    expect(await queues.queue(QueueName.Beoordeling).getJobCounts('waiting')).toEqual({ waiting: VERLOREN });

    await redis.stop();

    // Ten at a time, as providers' software posts: each answered within 2 s, stored and staged.
    for (let blok = VERLOREN; blok < TOEWIJZINGEN.length; blok += 10) {
      const antwoorden = await Promise.all(
        Array.from({ length: 10 }, async (_, j) => {
          const start = Date.now();
          const res = await stuurBericht(t.url, s.aanbiederToken, declaratie(s, blok + j));
          return { res, ms: Date.now() - start };
        }),
      );
      for (const { res, ms } of antwoorden) {
        expect({ status: res.status, berichtStatus: res.body.status }).toEqual({
          status: 202,
          berichtStatus: 'verwerkt',
        });
        expect(ms).toBeLessThan(2000);
        ids.push(res.body.resultaat.declaratieId);
      }
    }

    // No database connection is left waiting on Redis inside a transaction (what froze the API before).
    const [{ open }] = await t.dataSource.query(
      `SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
    );
    expect(open).toBe(0);

    const healthStart = Date.now();
    const health = await http(t.url, 'GET', '/health');
    expect(Date.now() - healthStart).toBeLessThan(1000);
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ database: 'ok', queue: 'niet-ok', queueBackend: 'redis' });
    expect((await http(t.url, 'GET', '/health/ready')).status).toBe(200);
    // Other reads work: a declaratie as received, the aanbieder's list.
    const gelezen = await http(t.url, 'GET', `/api/v1/declaraties/${ids[VERLOREN]}`, { token: s.aanbiederToken });
    expect(gelezen).toMatchObject({ status: 200, body: { status: 'ontvangen' } });
    expect((await http(t.url, 'GET', '/api/v1/declaraties', { token: s.aanbiederToken })).status).toBe(200);
    // What the operator sees: the queue down, the staged jobs and their age.
    const tijdens = await metrics(t);
    expect(waarde(tijdens, 'keten_queue_up')).toBe(0);
    expect(waarde(tijdens, 'keten_outbox_staged')).toBeGreaterThanOrEqual(TIJDENS_UITVAL);
    expect(waarde(tijdens, 'keten_outbox_oldest_age_seconds')).toBeGreaterThan(0);
    expect(waarde(tijdens, 'keten_declaraties_ontvangen')).toBeGreaterThanOrEqual(VERLOREN + TIJDENS_UITVAL);

    await redis.start();

    const na = [];
    for (const id of ids) na.push(uitkomst(await beoordeeldeDeclaratie(t.url, id, s.aanbiederToken)));
    expect(na).toEqual(verwacht);
    expect(verwacht.flatMap((d) => d.prestaties.map((p: string[]) => p[1]))).toEqual(
      expect.arrayContaining(['goedgekeurd', 'afgekeurd']),
    );
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM keten.job_outbox`);
    expect(n).toBe(0);
    expect((await http(t.url, 'GET', '/health')).body).toMatchObject({ status: 'ok', queue: 'ok' });
    const daarna = await metrics(t);
    expect(waarde(daarna, 'keten_queue_up')).toBe(1);
    expect(waarde(daarna, 'keten_beoordelingen_total')).toBeGreaterThanOrEqual(2 * TOEWIJZINGEN.length);
    expect(daarna).toMatch(
      /^keten_http_requests_total\{method="POST",route="\/api\/v1\/berichten",status="202"\} \d+/m,
    );
    expect(daarna).toMatch(
      /^keten_http_request_duration_seconds_bucket\{le="0\.5",method="GET",route="\/api\/v1\/declaraties\/:id",status="200"\} \d+/m,
    );
  });

  it('should keep /metrics closed without the metrics token', async () => {
    expect((await http(t.url, 'GET', '/metrics')).status).toBe(401);
    expect((await http(t.url, 'GET', '/metrics', { token: 'een-ander-token-van-genoeg-lengte' })).status).toBe(401);
  });
});
