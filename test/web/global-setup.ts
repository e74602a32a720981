// Starts the built Keten (`node dist/apps/keten/src/main.js`, as `npm start` does after its build) on a fresh
// database, a temporary data folder and a free port, with the demo data; the tests read the address, the demo
// tokens and the demo sign-ins from the environment this sets.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { maakDatabase } from '#keten/platform';
import { vrijePoort } from '../support/vrije-poort.js';

export const TOESTAND = join(tmpdir(), `keten-web-tests-${process.pid}.json`);

export default async function globalSetup(): Promise<void> {
  const main = 'dist/apps/keten/src/main.js';
  if (!existsSync(main) || !existsSync('dist/web/index.html'))
    throw new Error('build first: npm run build (the server and the web app)');
  const dataDir = mkdtempSync(join(tmpdir(), 'keten-web-'));
  const port = await vrijePoort();
  // Every test signs in from the same address: more sign-ins per minute than the default 10 (rate limit per IP).
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    KETEN_DATA_DIR: dataDir,
    KETEN_SEED_DEMO: 'true',
    KETEN_LOG_LEVEL: 'warn',
    KETEN_LIMIET_INLOGGEN: '1000',
  };
  let databaseUrl: string | null = null;
  if (process.env.DATABASE_URL) {
    databaseUrl = await maakDatabase(process.env.DATABASE_URL, `keten_web_${process.pid}`);
    env.DATABASE_URL = databaseUrl;
  } else {
    env.KETEN_EMBEDDED_PG_PORT = String(await vrijePoort());
  }
  if (process.env.REDIS_URL) env.KETEN_QUEUE_PREFIX = `keten-web-${process.pid}`;

  const kind = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let uitvoer = '';
  kind.stdout.on('data', (d: Buffer) => (uitvoer += d.toString()));
  kind.stderr.on('data', (d: Buffer) => (uitvoer += d.toString()));
  const url = `http://localhost:${port}`;
  const tot = Date.now() + 120_000;
  while (!uitvoer.includes('Keten runs at')) {
    if (kind.exitCode !== null || Date.now() > tot) throw new Error(`Keten did not start:\n${uitvoer}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const tokens = JSON.parse(readFileSync(join(dataDir, 'demo-tokens.json'), 'utf8')) as Record<
    string,
    { token: string }
  >;
  writeFileSync(TOESTAND, JSON.stringify({ pid: kind.pid, dataDir, databaseUrl }));
  process.env.KETEN_URL = url;
  // The started Keten's database and queue prefix, for a fixture that records a procedure's past steps
  // (inkoop-verleden.ts); the embedded database's URL is the one startEmbeddedPostgres gives.
  process.env.KETEN_WEB_DATABASE_URL =
    databaseUrl ?? `postgresql://postgres:keten-lokaal@127.0.0.1:${env.KETEN_EMBEDDED_PG_PORT}/keten`;
  if (env.KETEN_QUEUE_PREFIX) process.env.KETEN_WEB_QUEUE_PREFIX = env.KETEN_QUEUE_PREFIX;
  process.env.KETEN_STARTUITVOER = uitvoer;
  for (const [rol, t] of Object.entries(tokens))
    process.env[`KETEN_TOKEN_${rol.toUpperCase().replace('-', '_')}`] = t.token;
  // People sign in with e-mail and password (printed at start, kept beside the tokens).
  const wachtwoorden = JSON.parse(readFileSync(join(dataDir, 'demo-wachtwoorden.json'), 'utf8')) as Record<
    string,
    { email: string; wachtwoord: string }
  >;
  for (const [rol, w] of Object.entries(wachtwoorden))
    process.env[`KETEN_INLOG_${rol.toUpperCase().replace('-', '_')}`] = JSON.stringify(w);
  kind.unref();
  kind.stdout.destroy();
  kind.stderr.destroy();
}
