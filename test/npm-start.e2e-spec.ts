import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

// `npm start` as a newcomer runs it: the built one-process Keten (npm test builds dist first) on an embedded
// PostgreSQL, stopped with Ctrl-C in the terminal, which signals the whole foreground process group.

async function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('npm start with the embedded PostgreSQL', () => {
  it('should refuse to start, naming the setting to change, when the embedded database\'s port is taken', async () => {
    const map = mkdtempSync(path.join(os.tmpdir(), 'keten-start-'));
    const bezet = createServer();
    await new Promise<void>((resolve) => bezet.listen(0, '127.0.0.1', resolve));
    const poort = (bezet.address() as { port: number }).port;
    const { DATABASE_URL: _db, REDIS_URL: _redis, ...omgeving } = process.env;
    try {
      const keten = spawn(process.execPath, ['dist/apps/keten/src/main.js'], {
        env: { ...omgeving, KETEN_DATA_DIR: map, PORT: String(await vrijePoort()), KETEN_EMBEDDED_PG_PORT: String(poort), KETEN_SEED_DEMO: 'false', NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let uitvoer = '';
      keten.stdout.on('data', (d: Buffer) => (uitvoer += d.toString()));
      keten.stderr.on('data', (d: Buffer) => (uitvoer += d.toString()));
      const code = await new Promise<number | null>((resolve) => keten.on('exit', resolve));

      expect(code).toBe(1);
      expect(uitvoer).toContain(`the embedded PostgreSQL did not start on 127.0.0.1:${poort}`);
      expect(uitvoer).toContain(`Port ${poort} is taken: set KETEN_EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use a PostgreSQL of your own.`);
      expect(uitvoer).not.toContain('    at '); // an answer, not a stack trace
    } finally {
      await new Promise((resolve) => bezet.close(resolve));
      rmSync(map, { recursive: true, force: true });
    }
  });

  it('should stop on Ctrl-C without errors, its database stopped last and cleanly', async () => {
    const map = mkdtempSync(path.join(os.tmpdir(), 'keten-start-'));
    const { DATABASE_URL: _db, REDIS_URL: _redis, ...omgeving } = process.env;
    const keten = spawn(process.execPath, ['dist/apps/keten/src/main.js'], {
      // Its own process group, as a shell gives a foreground job: the signal below reaches the group, as Ctrl-C does.
      detached: true,
      env: { ...omgeving, KETEN_DATA_DIR: map, PORT: String(await vrijePoort()), KETEN_EMBEDDED_PG_PORT: String(await vrijePoort()), KETEN_SEED_DEMO: 'false', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let uitvoer = '';
    keten.stdout.on('data', (d: Buffer) => (uitvoer += d.toString()));
    keten.stderr.on('data', (d: Buffer) => (uitvoer += d.toString()));
    const gestopt = new Promise<{ code: number | null; signaal: NodeJS.Signals | null }>((resolve) => keten.on('exit', (code, signaal) => resolve({ code, signaal })));
    try {
      const start = Date.now();
      while (!uitvoer.includes('Keten runs at')) {
        if (keten.exitCode !== null || Date.now() - start > 90_000) throw new Error(`Keten did not start:\n${uitvoer}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const voorStoppen = uitvoer.length;

      process.kill(-keten.pid!, 'SIGINT');
      const { code, signaal } = await gestopt;

      const bijStoppen = uitvoer.slice(voorStoppen);
      expect({ code, signaal }).toEqual({ code: 0, signaal: null });
      expect(bijStoppen).toContain('SIGINT: shutting down');
      // Before, PostgreSQL got the same SIGINT and cut the api's connections while it was closing them.
      expect(bijStoppen).not.toMatch(/ERROR|terminating connection|Unhandled/);
      // Stopped by Keten, not left running: a running server holds postmaster.pid in its data folder.
      expect(existsSync(path.join(map, 'postgres', 'PG_VERSION'))).toBe(true);
      expect(existsSync(path.join(map, 'postgres', 'postmaster.pid'))).toBe(false);
    } finally {
      if (keten.exitCode === null && keten.signalCode === null) process.kill(-keten.pid!, 'SIGKILL');
      // A failed run must not leave its PostgreSQL behind (it runs in a session of its own): SIGQUIT stops it at once.
      const pidBestand = path.join(map, 'postgres', 'postmaster.pid');
      if (existsSync(pidBestand)) process.kill(Number(readFileSync(pidBestand, 'utf8').split('\n')[0]), 'SIGQUIT');
      rmSync(map, { recursive: true, force: true });
    }
  });
});
