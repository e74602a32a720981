import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { Agent, request } from 'node:http';
import type { Readable } from 'node:stream';
import { maakDeclaratieScenario } from './support/declaratie-scenario.js';
import { declaratieXml, uurPrestatie } from './support/declaratie-bericht.js';
import { http } from './support/http.js';
import { vrijePoort } from './support/vrije-poort.js';
import { BOOTSTRAP_TOKEN, startTestApp, testConfig, testDatabaseUrl, type TestApp } from './support/test-app.js';
import { beoordeeldeDeclaratie, wachtOp } from './support/wacht.js';
import { Gereedheid } from '../apps/api/src/gereedheid.service.js';

// Issue 18: SIGTERM to the API (its own process, as deployed) under continuous keep-alive traffic: it stops within
// KETEN_SHUTDOWN_TIMEOUT_MS, every message it answered 2xx is stored and later judged, none gets a 5xx.

const DEADLINE_MS = 4000;
const CLIENTS = 4;

interface Antwoord {
  status: number;
  verbinding: string | undefined;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  /** Answered after the signal. */
  naSignaal: boolean;
}

/** One POST on a kept-alive connection of `agent`. */
function post(agent: Agent, poort: number, token: string, xml: string): Promise<Omit<Antwoord, 'naSignaal'>> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port: poort,
        method: 'POST',
        path: '/api/v1/berichten',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/xml' },
      },
      (res) => {
        let tekst = '';
        res.on('data', (d: Buffer) => (tekst += d.toString()));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            verbinding: res.headers.connection,
            body: tekst ? JSON.parse(tekst) : null,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(xml);
  });
}

describe('stopping the API under keep-alive traffic (SIGTERM to its own process)', () => {
  let t: TestApp;
  let api: ChildProcessByStdio<null, Readable, Readable>;
  let uitvoer = '';

  beforeAll(async () => {
    // The judge: a worker (in this process) on the same database and queue backend (BullMQ on PostgreSQL).
    t = await startTestApp({ metWorker: true, config: { REDIS_URL: '' } });
  });

  afterAll(async () => {
    if (api && api.exitCode === null) api.kill('SIGKILL');
    await t?.close();
  });

  it('should stop within the deadline, answering every request it took, and lose none of the messages it accepted', async () => {
    const s = await maakDeclaratieScenario(
      t,
      Array.from({ length: CLIENTS }, (_, c) => 4001 + c),
    );
    const poort = await vrijePoort();
    const config = testConfig();
    api = spawn(process.execPath, ['dist/apps/api/src/main.js'], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: testDatabaseUrl(),
        REDIS_URL: '',
        PORT: String(poort),
        KETEN_BOOTSTRAP_TOKEN: BOOTSTRAP_TOKEN,
        KETEN_BSN_SLEUTEL: config.KETEN_BSN_SLEUTEL,
        KETEN_SHUTDOWN_TIMEOUT_MS: String(DEADLINE_MS),
        KETEN_LOG_LEVEL: 'log',
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    api.stdout.on('data', (d: Buffer) => (uitvoer += d.toString()));
    api.stderr.on('data', (d: Buffer) => (uitvoer += d.toString()));
    const gestopt = new Promise<{ code: number | null; op: number }>((resolve) =>
      api.on('exit', (code) => resolve({ code, op: Date.now() })),
    );
    const basis = `http://127.0.0.1:${poort}`;
    const start = Date.now();
    while ((await http(basis, 'GET', '/health/ready').catch(() => ({ status: 0 }))).status !== 200) {
      if (api.exitCode !== null || Date.now() - start > 60_000) throw new Error(`the API did not start:\n${uitvoer}`);
      await new Promise((r) => setTimeout(r, 100));
    }

    let signaalOp = 0;
    let volgnummer = 0;
    const antwoorden: Antwoord[] = [];
    const weigeringen: string[] = [];
    const client = async (c: number) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      while (api.exitCode === null) {
        const i = volgnummer++;
        const xml = declaratieXml(s, `D${i}`, `S${i}`, [uurPrestatie(`R${c}-${i}`, 4001 + c, 1)]);
        try {
          const antwoord = await post(agent, poort, s.aanbiederToken, xml);
          antwoorden.push({ ...antwoord, naSignaal: signaalOp > 0 });
        } catch (e) {
          // Refused or reset: the sender retries, as it would for any network error; nothing was promised.
          weigeringen.push((e as NodeJS.ErrnoException).code ?? String(e));
          await new Promise((r) => setTimeout(r, 20));
        }
      }
      agent.destroy();
    };
    const clients = Array.from({ length: CLIENTS }, (_, c) => client(c));
    await new Promise((r) => setTimeout(r, 1000));
    signaalOp = Date.now();
    api.kill('SIGTERM');
    const { code, op } = await gestopt;
    await Promise.all(clients);

    expect(code).toBe(0);
    expect(op - signaalOp).toBeLessThan(DEADLINE_MS + 1000);
    // What it had claimed from the outbox it published or released before it stopped: none waits for a claim to run out.
    // The test app's own relay (its worker stages sturing jobs) holds a claim for milliseconds at a time; one left by
    // the stopped API would stand for the whole 60 s lease, so the table must be free of claims well within that.
    await wachtOp(
      async () => {
        const [{ geclaimd }] = await t.dataSource.query(
          `SELECT count(*)::int AS geclaimd FROM keten.job_outbox WHERE geclaimd_tot > now()`,
        );
        if (geclaimd > 0) throw new Error(`${geclaimd} outbox rows claimed`);
        return true;
      },
      'no outbox row still claimed',
      15_000,
    );
    expect(antwoorden.filter((a) => a.status >= 500)).toEqual([]);
    expect(antwoorden.filter((a) => !a.naSignaal).length).toBeGreaterThan(CLIENTS);
    // Requests running at the signal were answered, with their connection closed after.
    expect(antwoorden.some((a) => a.naSignaal && a.status === 202 && a.verbinding === 'close')).toBe(true);
    const geaccepteerd = antwoorden.filter((a) => a.status === 202);
    expect(geaccepteerd.every((a) => a.body.status === 'verwerkt')).toBe(true);
    for (const a of geaccepteerd) {
      expect(
        (await http(t.url, 'GET', `/api/v1/berichten/${a.body.id}`, { token: s.aanbiederToken })).body.status,
      ).toBe('verwerkt');
      expect(
        (await beoordeeldeDeclaratie(t.url, a.body.resultaat.declaratieId, s.aanbiederToken)).prestaties,
      ).toHaveLength(1);
    }
    // NODE_ENV=production: one JSON object per line.
    const regels = uitvoer.split('\n').filter((r) => r.trim());
    expect(regels.length).toBeGreaterThan(0);
    for (const regel of regels) expect(() => JSON.parse(regel)).not.toThrow();
    expect(regels.map((r) => JSON.parse(r).bericht)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^SIGTERM: stopping/)]),
    );
  });
});

describe('stopping a worker while it judges (SIGTERM to its own process)', () => {
  let t: TestApp;
  const werkers: ChildProcessByStdio<null, Readable, Readable>[] = [];

  const startWerker = () => {
    const werker = spawn(process.execPath, ['dist/apps/worker/src/main.js'], {
      env: {
        ...process.env,
        DATABASE_URL: testDatabaseUrl(),
        REDIS_URL: '',
        KETEN_BSN_SLEUTEL: testConfig().KETEN_BSN_SLEUTEL,
        KETEN_SHUTDOWN_TIMEOUT_MS: String(DEADLINE_MS),
        KETEN_LOG_LEVEL: 'error',
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    werker.stdout.resume();
    werker.stderr.resume();
    werkers.push(werker);
    return {
      werker,
      gestopt: new Promise<{ code: number | null; op: number }>((resolve) =>
        werker.on('exit', (code) => resolve({ code, op: Date.now() })),
      ),
    };
  };

  beforeAll(async () => {
    // The API only: the workers are the processes this test starts and stops.
    t = await startTestApp({ config: { REDIS_URL: '' } });
  });

  afterAll(async () => {
    for (const w of werkers) if (w.exitCode === null) w.kill('SIGKILL');
    await t?.close();
  });

  it('should finish or hand back its jobs within the deadline, so that another worker judges every declaratie once', async () => {
    const s = await maakDeclaratieScenario(t, [4101, 4102, 4103]);
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const xml = declaratieXml(s, `W${i}`, `W${s.aanbieder.agbCode}-${i}`, [uurPrestatie(`W${i}`, 4101 + (i % 3), 1)]);
      const res = await http(t.url, 'POST', '/api/v1/berichten', {
        token: s.aanbiederToken,
        body: xml,
        contentType: 'application/xml',
      });
      expect(res.status).toBe(202);
      ids.push(res.body.resultaat.declaratieId);
    }
    const eerste = startWerker();
    await beoordeeldeDeclaratie(t.url, ids[0], s.aanbiederToken);
    const signaalOp = Date.now();
    eerste.werker.kill('SIGTERM');
    const { code, op } = await eerste.gestopt;
    expect(code).toBe(0);
    expect(op - signaalOp).toBeLessThan(DEADLINE_MS + 2000);

    const tweede = startWerker();
    for (const id of ids) expect((await beoordeeldeDeclaratie(t.url, id, s.aanbiederToken)).prestaties).toHaveLength(1);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM keten.prestatie WHERE declaratie_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(n).toBe(ids.length);
    tweede.werker.kill('SIGTERM');
    expect((await tweede.gestopt).code).toBe(0);
  });

  it('should turn unready first when told to stop, and close the connection after each answer', async () => {
    const voor = await http(t.url, 'GET', '/health/ready');
    expect(voor).toMatchObject({ status: 200, body: { status: 'gereed', bezigMetStoppen: false } });
    t.app.get(Gereedheid).stop();
    const na = await new Promise<{ status: number; verbinding?: string; body: string }>((resolve, reject) => {
      const req = request(`${t.url}/health/ready`, (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, verbinding: res.headers.connection, body }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(na.status).toBe(503);
    expect(na.verbinding).toBe('close');
    expect(JSON.parse(na.body)).toMatchObject({ status: 'niet-gereed', bezigMetStoppen: true });
  });
});
