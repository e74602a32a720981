import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { vrijePoort } from './support/vrije-poort.js';

// `npm start` as a newcomer runs it: the built one-process Keten (npm test builds dist first) on an embedded
// PostgreSQL, stopped with Ctrl-C in the terminal, which signals the whole foreground process group.

interface Keten {
  proces: ChildProcessByStdio<null, Readable, Readable>;
  uitvoer: () => string;
  gestopt: Promise<{ code: number | null; signaal: NodeJS.Signals | null }>;
  /** Waits until Keten says it runs; throws with its output when it stopped or took too long. */
  gestart: () => Promise<void>;
}

async function startKeten(dataDir: string, pgPoort?: number): Promise<Keten> {
  const { DATABASE_URL: _db, REDIS_URL: _redis, ...omgeving } = process.env;
  const proces = spawn(process.execPath, ['dist/apps/keten/src/main.js'], {
    // Its own process group, as a shell gives a foreground job: a signal to the group is what Ctrl-C sends.
    detached: true,
    env: {
      ...omgeving,
      KETEN_DATA_DIR: dataDir,
      PORT: String(await vrijePoort()),
      KETEN_EMBEDDED_PG_PORT: String(pgPoort ?? (await vrijePoort())),
      KETEN_SEED_DEMO: 'false',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let uitvoer = '';
  proces.stdout.on('data', (d: Buffer) => (uitvoer += d.toString()));
  proces.stderr.on('data', (d: Buffer) => (uitvoer += d.toString()));
  const gestopt = new Promise<{ code: number | null; signaal: NodeJS.Signals | null }>((resolve) =>
    proces.on('exit', (code, signaal) => resolve({ code, signaal })),
  );
  return {
    proces,
    uitvoer: () => uitvoer,
    gestopt,
    gestart: async () => {
      const start = Date.now();
      while (!uitvoer.includes('Keten runs at')) {
        if (proces.exitCode !== null || Date.now() - start > 90_000)
          throw new Error(`Keten did not start:\n${uitvoer}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}

/** Whether a process runs (a zombie, stopped but not yet reaped by whoever adopted it, does not). */
function draait(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** A failed run must not leave a Keten or its PostgreSQL behind (that runs in a session of its own). */
function ruimOp(keten: Keten | undefined, dataDir: string, mapOok = true): void {
  if (keten && keten.proces.exitCode === null && keten.proces.signalCode === null)
    process.kill(-keten.proces.pid!, 'SIGKILL');
  if (!mapOok) return;
  const pidBestand = path.join(dataDir, 'postgres', 'postmaster.pid');
  if (existsSync(pidBestand)) process.kill(Number(readFileSync(pidBestand, 'utf8').split('\n')[0]), 'SIGQUIT'); // immediate shutdown
  rmSync(dataDir, { recursive: true, force: true });
}

describe('npm start with the embedded PostgreSQL', () => {
  it('should stop on Ctrl-C without errors, its database stopped last and cleanly', async () => {
    const map = mkdtempSync(path.join(os.tmpdir(), 'keten-start-'));
    let keten: Keten | undefined;
    try {
      keten = await startKeten(map);
      await keten.gestart();
      const voorStoppen = keten.uitvoer().length;

      process.kill(-keten.proces.pid!, 'SIGINT');
      const { code, signaal } = await keten.gestopt;

      const bijStoppen = keten.uitvoer().slice(voorStoppen);
      expect({ code, signaal }).toEqual({ code: 0, signaal: null });
      expect(bijStoppen).toContain('SIGINT: shutting down');
      // Before, PostgreSQL got the same SIGINT and cut the api's connections while it was closing them.
      expect(bijStoppen).not.toMatch(/ERROR|terminating connection|Unhandled/);
      // Stopped by Keten, not left running: a running server holds postmaster.pid in its data folder.
      expect(existsSync(path.join(map, 'postgres', 'PG_VERSION'))).toBe(true);
      expect(existsSync(path.join(map, 'postgres', 'postmaster.pid'))).toBe(false);
    } finally {
      ruimOp(keten, map);
    }
  });

  it('should let exactly one of two Ketens started on one data folder at the same moment run, and refuse the other', async () => {
    const map = mkdtempSync(path.join(os.tmpdir(), 'keten-start-'));
    const ketens: Keten[] = [];
    try {
      ketens.push(...(await Promise.all([startKeten(map), startKeten(map)])));
      // Whichever claimed the folder first runs; the other stops at once with a message naming it.
      const eerste = await Promise.race(ketens.map((k, i) => k.gestopt.then(() => i)));
      const geweigerd = ketens[eerste];
      const draaiend = ketens[1 - eerste];
      const { code } = await geweigerd.gestopt;
      await draaiend.gestart();
      const health = await fetch(draaiend.uitvoer().match(/Keten runs at (\S+)/)![1] + '/health').then((r) => r.json());

      expect(code).toBe(1);
      expect(geweigerd.uitvoer()).toContain(
        `is in use by another Keten (process ${draaiend.proces.pid}); stop that one first, or give this one its own KETEN_DATA_DIR`,
      );
      expect(health).toMatchObject({ status: 'ok', database: 'ok' });
    } finally {
      for (const k of ketens.slice(1)) ruimOp(k, map, false);
      ruimOp(ketens[0], map);
    }
  });

  it('should start again after a crash that left its PostgreSQL running, with that server stopped and started afresh', async () => {
    const map = mkdtempSync(path.join(os.tmpdir(), 'keten-start-'));
    let keten: Keten | undefined;
    try {
      const eerste = await startKeten(map);
      await eerste.gestart();
      process.kill(eerste.proces.pid!, 'SIGKILL'); // no handler runs: the server stays behind
      await eerste.gestopt;
      const achtergelaten = Number(readFileSync(path.join(map, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);

      keten = await startKeten(map);
      await keten.gestart();
      const health = await fetch(keten.uitvoer().match(/Keten runs at (\S+)/)![1] + '/health').then((r) => r.json());
      const nu = Number(readFileSync(path.join(map, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);

      expect(health).toMatchObject({ status: 'ok', database: 'ok' });
      expect(nu).not.toBe(achtergelaten);
      expect(draait(achtergelaten)).toBe(false);
    } finally {
      ruimOp(keten, map);
    }
  });

  it("should refuse to start, naming the setting to change, when the embedded database's port is taken", async () => {
    const map = mkdtempSync(path.join(os.tmpdir(), 'keten-start-'));
    const bezet = createServer();
    await new Promise<void>((resolve) => bezet.listen(0, '127.0.0.1', resolve));
    const poort = (bezet.address() as { port: number }).port;
    let keten: Keten | undefined;
    try {
      keten = await startKeten(map, poort);
      const { code } = await keten.gestopt;

      expect(code).toBe(1);
      expect(keten.uitvoer()).toContain(`the embedded PostgreSQL did not start on 127.0.0.1:${poort}`);
      expect(keten.uitvoer()).toContain(
        `Port ${poort} is taken: set KETEN_EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use a PostgreSQL of your own.`,
      );
      expect(keten.uitvoer()).not.toContain('    at '); // an answer, not a stack trace
    } finally {
      await new Promise((resolve) => bezet.close(resolve));
      ruimOp(keten, map);
    }
  });
});
