// `npm run bench -- beoordeling [--toewijzingen 100000] [--prestaties 200000] [--aanbieders 200] [--gemeenten 5] [--parallel 2] [--workers 1]`
// A region's month end to end: one 323 per aanbieder per gemeente through BerichtIntakeService (parse, validate,
// store, stage) → the queue (Redis when REDIS_URL is set, else BullMQ on PostgreSQL) → the beoordeling in separate
// worker processes (as deployed),
// against a fresh PostgreSQL database next to DATABASE_URL. Prints prestaties per second and peak memory, and the
// same for the floor (beoordeling-vloer.ts) with the ratio ours/floor; checks that both approve the same prestaties.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  BsnKluis,
  dataSourceOpties,
  laadKetenConfig,
  maakDatabase,
  QueueName,
  QueueService,
  Rol,
  verwijderDatabase,
  type Principal,
} from '#keten/platform';
import { ENTITIES, MIGRATIONS } from '../apps/keten/src/schema.js';
import { migreer } from '../apps/keten/src/runtime.js';
import { createApiApp } from '../apps/api/src/create-api-app.js';
import { agbVan, bouw323s, bsnVan, cbsVan, maakOpzet, type BenchOpzet, type Bestand } from './beoordeling-data.js';
import { vloer } from './beoordeling-vloer.js';
import { meetCpu, piekRss as piekRssVan } from './beoordeling-cpu.js';
import { meetIo } from './beoordeling-io.js';
import type { NaarApi, VanApi } from './beoordeling-api.js';
import { registreerBenchContracten } from './bench-contracten.js';

function optie(args: string[], naam: string, standaard: number, minimum = 1): number {
  const i = args.indexOf(`--${naam}`);
  const waarde = i >= 0 && args[i + 1] ? Number(args[i + 1]) : standaard;
  if (!Number.isInteger(waarde) || waarde < minimum)
    throw new Error(`--${naam} must be an integer of at least ${minimum}`);
  return waarde;
}

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(0)} MB`;
const perSeconde = (n: number, s: number) => Math.round(n / s).toLocaleString('en');
const sinds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

/** Organisaties, a region with its gemeenten, one raamovereenkomst per aanbieder with the tariffs. */
async function zetPartijenOp(
  app: INestApplication,
  ds: DataSource,
  opzet: BenchOpzet,
): Promise<{ aanbiederIds: string[]; gemeenteIds: string[] }> {
  const codes = (n: number, van: (i: number) => string) => Array.from({ length: n }, (_, i) => van(i));
  const gemeenteIds = (
    (await ds.query(
      `INSERT INTO keten.organisatie (soort, naam, cbs_code) SELECT 'gemeente', 'Gemeente ' || c, c FROM unnest($1::text[]) WITH ORDINALITY AS u(c, i) ORDER BY i RETURNING id`,
      [codes(opzet.gemeenten, cbsVan)],
    )) as { id: string }[]
  ).map((r) => r.id);
  const aanbiederIds = (
    (await ds.query(
      `INSERT INTO keten.organisatie (soort, naam, agb_code) SELECT 'aanbieder', 'Aanbieder ' || c, c FROM unnest($1::text[]) WITH ORDINALITY AS u(c, i) ORDER BY i RETURNING id`,
      [codes(opzet.aanbieders, agbVan)],
    )) as { id: string }[]
  ).map((r) => r.id);
  const [{ id: regioId }] = (await ds.query(
    `INSERT INTO keten.organisatie (soort, naam) VALUES ('regio', 'Regio Benchmark') RETURNING id`,
  )) as { id: string }[];
  await registreerBenchContracten(app, ds, {
    regioId,
    gemeenteIds,
    aanbiederIds: aanbiederIds.slice(0, opzet.aanbieders),
    nummerPrefix: 'RO-BENCH',
    naam: 'Wmo-maatwerk regio',
  });
  return { aanbiederIds, gemeenteIds };
}

/** Set-up only: clients and toewijzingen in a few multi-row statements (the ledger's registreer is per client). */
async function zetToewijzingenOp(
  ds: DataSource,
  kluis: BsnKluis,
  opzet: BenchOpzet,
  ids: { aanbiederIds: string[]; gemeenteIds: string[] },
): Promise<number> {
  const clienten = [...new Set(opzet.toewijzingen.map((t) => t.client))];
  const BLOK = 10_000;
  for (let i = 0; i < clienten.length; i += BLOK) {
    const bsns = clienten.slice(i, i + BLOK).map(bsnVan);
    await ds.query(
      `INSERT INTO keten.client (bsn_hash, bsn_versleuteld) SELECT h, v FROM unnest($1::char(64)[], $2::bytea[]) AS u(h, v)`,
      [bsns.map((b) => kluis.hash(b)), bsns.map((b) => kluis.versleutel(b))],
    );
  }
  for (let i = 0; i < opzet.toewijzingen.length; i += BLOK) {
    const blok = opzet.toewijzingen.slice(i, i + BLOK);
    const partij = (t: (typeof blok)[number]) => opzet.partijen[t.partij];
    await ds.query(
      `WITH nieuw AS (
         INSERT INTO keten.toewijzing (gemeente_id, domein, toewijzing_nummer, aanbieder_id, client_id)
         SELECT u.g, 'wmo', u.n, u.a, c.id FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::char(64)[]) AS u(g, n, a, h) JOIN keten.client c ON c.bsn_hash = u.h
         RETURNING id, toewijzing_nummer)
       INSERT INTO keten.toewijzing_versie (toewijzing_id, toewijzingsdatum, toewijzingstijd, productcategorie, productcode, ingangsdatum, einddatum, volume, eenheid, frequentie)
       SELECT nieuw.id, '2025-12-15', '09:00:00', u.cat, u.code, u.ingang, u.eind, u.volume, u.eenheid::keten.eenheid, u.freq
         FROM unnest($2::int[], $5::text[], $6::text[], $7::date[], $8::date[], $9::int[], $10::text[], $11::text[]) AS u(n, cat, code, ingang, eind, volume, eenheid, freq)
         JOIN nieuw ON nieuw.toewijzing_nummer = u.n`,
      [
        blok.map((t) => ids.gemeenteIds[partij(t).gemeente]),
        blok.map((t) => t.nummer),
        blok.map((t) => ids.aanbiederIds[partij(t).aanbieder]),
        blok.map((t) => kluis.hash(bsnVan(t.client))),
        blok.map((t) => t.product.productcategorie),
        blok.map((t) => t.product.productcode),
        blok.map((t) => t.ingangsdatum),
        blok.map((t) => t.einddatum),
        blok.map((t) => t.volume),
        blok.map((t) => t.product.eenheid),
        blok.map((t) => t.product.frequentie),
      ],
    );
  }
  return clienten.length;
}

/**
 * Waits until every declaratie is beoordeeld (called once all are received); fails when nothing moves for a minute.
 * It counts the declaraties still open, 5 times a second: counting the beoordelde ones, 20 times a second, cost
 * PostgreSQL time in proportion to the month's size on every look (counted as Keten's, as the benchmark's backend is).
 */
async function wachtTotBeoordeeld(ds: DataSource, aantal: number): Promise<void> {
  let vorige = -1;
  let stilSinds = Date.now();
  for (;;) {
    const [{ open }] = (await ds.query(
      `SELECT count(*)::int AS open FROM keten.declaratie WHERE status = 'ontvangen'`,
    )) as { open: number }[];
    if (open === 0) return;
    if (open !== vorige) {
      vorige = open;
      stilSinds = Date.now();
    } else if (Date.now() - stilSinds > 60_000) {
      throw new Error(`no progress for 60 s: ${aantal - open} of ${aantal} declaraties beoordeeld`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Keten's api in a process of its own (beoordeling-api.ts), so its CPU and memory are not the benchmark's. Resolves
 * once it has started.
 */
async function startApi(env: NodeJS.ProcessEnv, vlaggen: string[]): Promise<ChildProcess> {
  const main = fileURLToPath(new URL('./beoordeling-api.js', import.meta.url));
  const kind = spawn(process.execPath, [...vlaggen, main], { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  await new Promise<void>((resolve, reject) => {
    kind.once('message', (m: VanApi) => (m.soort === 'gestart' ? resolve() : reject(new Error(JSON.stringify(m)))));
    kind.once('exit', (code) => reject(new Error(`api process exited with ${code} before it started`)));
  });
  return kind;
}

/** Posts one 323 (by its file) to the api process and resolves with its answer. */
function postViaApi(
  api: ChildProcess,
): (bericht: Omit<Extract<NaarApi, { soort: 'bericht' }>, 'soort' | 'nummer'>) => Promise<VanApi> {
  let volgende = 0;
  const wachtend = new Map<number, (m: VanApi) => void>();
  api.on('message', (m: VanApi) => {
    if (m.soort === 'gestart') return;
    wachtend.get(m.nummer)?.(m);
    wachtend.delete(m.nummer);
  });
  return (bericht) =>
    new Promise((resolve) => {
      const nummer = volgende++;
      wachtend.set(nummer, resolve);
      api.send({ soort: 'bericht', nummer, ...bericht } satisfies NaarApi);
    });
}

async function stopApi(api: ChildProcess | null): Promise<void> {
  if (!api || api.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    api.once('exit', () => resolve());
    api.send({ soort: 'stop' } satisfies NaarApi);
  });
}

/**
 * Worker processes as deployed (apps/worker, architecture.md 1): each a separate `node dist/apps/worker/src/main.js`
 * against the benchmark's database and queue. Resolves once each has started its BullMQ workers.
 */
async function startWorkers(aantal: number, env: NodeJS.ProcessEnv, vlaggen: string[]): Promise<ChildProcess[]> {
  const main = fileURLToPath(new URL('../apps/worker/src/main.js', import.meta.url));
  return Promise.all(
    Array.from({ length: aantal }, () => {
      const kind = spawn(process.execPath, [...vlaggen, main], { env, stdio: ['ignore', 'pipe', 'inherit'] });
      return new Promise<ChildProcess>((resolve, reject) => {
        let uitvoer = '';
        let gestart = false;
        kind.stdout!.on('data', (d: Buffer) => {
          if (gestart) return; // keep draining, so the pipe never blocks the worker
          uitvoer += d.toString();
          if (uitvoer.includes('worker started')) {
            gestart = true;
            resolve(kind);
          }
        });
        kind.once('exit', (code) => reject(new Error(`worker process exited with ${code} before it started`)));
      });
    }),
  );
}

async function stopWorkers(workers: ChildProcess[]): Promise<void> {
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve) => {
          if (w.exitCode !== null) return resolve();
          w.once('exit', () => resolve());
          w.kill('SIGTERM');
        }),
    ),
  );
}

/** The benchmark's own Redis database (index 13 unless REDIS_URL names one), so other runs' workers never take its jobs. */
function eigenRedis(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const u = new URL(url);
  if (u.pathname === '' || u.pathname === '/') u.pathname = '/13';
  return u.toString();
}

export async function run(args: string[]): Promise<void> {
  const grootte = {
    toewijzingen: optie(args, 'toewijzingen', 100_000),
    prestaties: optie(args, 'prestaties', 200_000),
    aanbieders: optie(args, 'aanbieders', 200),
    gemeenten: optie(args, 'gemeenten', 5),
  };
  // --parallel N: 323s posted at a time. 2 by default: on 2 cores, more in flight only interleave the parsing in the api
  // process (measured: 4 at a time was slower, 1 left the database idle while parsing).
  const parallel = optie(args, 'parallel', 2);
  // --fasen: the queue paused during intake, so intake and beoordeling are timed apart (a diagnostic, not the figure).
  const fasen = args.includes('--fasen');
  // --concurrency N: beoordeling jobs at once in this process (KETEN_BEOORDELING_CONCURRENCY of the worker module).
  const concurrency = optie(args, 'concurrency', 2);
  // --workers N: separate worker processes, as deployed (default 1); --workers 0 judges inside this process, as
  // the one-process `npm start` does.
  const aantalWorkers = optie(args, 'workers', 1, 0);
  // --io: blocks read and hit per keten table and index, and the WAL written, during the timed run.
  const io = args.includes('--io');
  // --profiel DIR: the api and worker processes write a V8 CPU profile there when they stop (open it in Chrome's
  // DevTools, or sum it per function): where Keten's node CPU goes.
  const profielMap = args.includes('--profiel') ? args[args.indexOf('--profiel') + 1] : undefined;
  if (args.includes('--profiel') && !profielMap) throw new Error('--profiel needs a folder');
  const nodeVlaggen = profielMap ? ['--cpu-prof', `--cpu-prof-dir=${profielMap}`] : [];
  const server = process.env.DATABASE_URL;
  if (!server)
    throw new Error('DATABASE_URL is required: the benchmark creates (and drops) its own database next to it');

  const url = await maakDatabase(server, `keten_bench_${process.pid}`);
  const redis = eigenRedis(process.env.REDIS_URL);
  let app: INestApplication | null = null;
  let api: ChildProcess | null = null;
  let workers: ChildProcess[] = [];
  let map: string | null = null;
  try {
    await migreer(dataSourceOpties(url, ENTITIES, MIGRATIONS));
    const omgeving: Record<string, string> = {
      NODE_ENV: 'development',
      DATABASE_URL: url,
      KETEN_LOG_LEVEL: 'warn',
      KETEN_SEED_DEMO: 'false',
      KETEN_BSN_SLEUTEL: randomBytes(32).toString('hex'),
      KETEN_BEOORDELING_CONCURRENCY: String(concurrency),
      ...(redis ? { REDIS_URL: redis } : {}),
      // Its own queue names too: another benchmark or test run on the same Redis never takes (or loses) its jobs.
      KETEN_QUEUE_PREFIX: `keten-bench-${process.pid}`,
    };
    const config = laadKetenConfig(omgeving);
    // This process's own instance of the application serves the set-up and the checks only; the 323s go to the api
    // process, and the worker processes judge.
    app = await createApiApp(config, dataSourceOpties(url, ENTITIES, MIGRATIONS));
    await app.init();
    const { REDIS_URL: _zonder, ...basis } = process.env;
    api = await startApi({ ...basis, ...omgeving, KETEN_BENCH_WORKER: aantalWorkers === 0 ? '1' : '0' }, nodeVlaggen);
    // The workers log at level log, only to say they started.
    workers = await startWorkers(aantalWorkers, { ...basis, ...omgeving, KETEN_LOG_LEVEL: 'log' }, nodeVlaggen);
    const ds = app.get(DataSource);
    const kluis = app.get(BsnKluis);
    const backend = app.get(QueueService).backend;
    console.log(
      `machine: ${(await import('node:os')).cpus().length} cores (${(await import('node:os')).cpus()[0]?.model ?? '?'}), node ${process.version}`,
    );
    console.log(
      `database: ${new URL(url).host}${new URL(url).pathname}; queue backend: ${backend === 'redis' ? `redis (${new URL(redis!).host}${new URL(redis!).pathname})` : 'BullMQ on PostgreSQL'}; ` +
        `${parallel} 323s posted at a time to the api process; beoordeling ${aantalWorkers === 0 ? 'in the api process' : `in ${aantalWorkers} worker process${aantalWorkers > 1 ? 'es' : ''}`}, ` +
        `${concurrency} jobs at a time each`,
    );

    const zetOp = process.hrtime.bigint();
    const opzet = maakOpzet(grootte);
    const ids = await zetPartijenOp(app, ds, opzet);
    const clienten = await zetToewijzingenOp(ds, kluis, opzet, ids);
    // Statistics and visibility maps for what was set up, as autovacuum leaves them in a running system, where a
    // month's toewijzingen and clients were registered weeks before it is declared (this server runs with autovacuum
    // off, so the benchmark does it): the beoordeling reads them from covering indexes. prestatie and declaratie are
    // left as they are (an ANALYZE of them while empty would make the planner scan whole gemeenten per lookup).
    for (const tabel of [
      'organisatie',
      'regio_deelname',
      'raamovereenkomst',
      'raamovereenkomst_gemeente',
      'contract_product',
      'tarief',
      'client',
      'toewijzing',
      'toewijzing_versie',
    ]) {
      await ds.query(`VACUUM (ANALYZE) keten.${tabel}`);
    }
    const bestanden: Bestand[] = bouw323s(opzet);
    const prestaties = bestanden.reduce((s, b) => s + b.prestaties, 0);
    // The api process reads each 323 from a file, as it would read a request body: it never holds the whole month.
    map = await mkdtemp(join(tmpdir(), 'keten-bench-'));
    const paden = bestanden.map((_, i) => join(map!, `${i}.xml`));
    for (let i = 0; i < bestanden.length; i++) await writeFile(paden[i], bestanden[i].xml);
    const bytes = bestanden.reduce((s, b) => s + b.xml.length, 0);
    console.log(
      `set-up (${sinds(zetOp).toFixed(1)} s): ${grootte.aanbieders} aanbieders × ${grootte.gemeenten} gemeenten, ${opzet.toewijzingen.length.toLocaleString('en')} toewijzingen, ` +
        `${clienten.toLocaleString('en')} clients; ${bestanden.length} 323s, ${prestaties.toLocaleString('en')} prestaties, ${mb(bytes)}`,
    );

    // The floor first, on the same database before any prestatie is stored (so neither sees the other's results).
    const v = await vloer(
      url,
      bestanden.map((b) => b.xml),
      (bsn) => kluis.hash(bsn),
    );
    console.log(
      `floor (parse + COPY + set-based SQL in one transaction): ${v.seconden.toFixed(2)} s (parse ${v.parseSeconden.toFixed(2)} s), ` +
        `${perSeconde(v.prestaties, v.seconden)} prestaties/s, ${v.goedgekeurd.toLocaleString('en')} approved; CPU node ${v.cpu.node.toFixed(2)} s + postgres ${v.cpu.postgres.toFixed(2)} s`,
    );

    // Ours: intake as the aanbieders' software would post them (a few at a time), the worker judging meanwhile.
    const post = postViaApi(api);
    const principals = ids.aanbiederIds.map((id, a): Principal => ({
      actor: `bench-${a}`,
      rol: Rol.Aanbieder,
      organisatieId: id,
      agbCode: agbVan(a),
    }));
    let piekRss = process.memoryUsage().rss;
    const meter = setInterval(() => (piekRss = Math.max(piekRss, process.memoryUsage().rss)), 100);
    const beoordelingQueue = app.get(QueueService).queue(QueueName.Beoordeling);
    if (fasen) await beoordelingQueue.pause();
    // Sturing's realisatie follows each beoordeling (issue 13); held back here so that its cost is measured apart.
    const sturingQueue = app.get(QueueService).queue(QueueName.Sturing);
    await sturingQueue.pause();
    // Every backend of this database, the one asking included (it is one of the pool's: excluded, it would count its
    // whole life, set-up included, once another connection asks at stop).
    const backends = async () =>
      (
        (await ds.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`)) as { pid: number }[]
      ).map((r) => r.pid);
    const ioMeting = io ? await meetIo(ds) : null;
    const cpu = await meetCpu(backends, [api.pid!, ...workers.map((w) => w.pid!)]);
    const start = process.hrtime.bigint();
    let volgende = 0;
    await Promise.all(
      Array.from({ length: parallel }, async () => {
        while (volgende < bestanden.length) {
          const i = volgende++;
          const b = bestanden[i];
          const antwoord = await post({ pad: paden[i], principal: principals[b.partij.aanbieder] });
          if (antwoord.soort !== 'antwoord' || antwoord.status !== 'verwerkt')
            throw new Error(`323 ${b.partij.index} not accepted: ${JSON.stringify(antwoord)}`);
        }
      }),
    );
    const intakeSeconden = sinds(start);
    let cpuIntake = 0;
    if (fasen) {
      const c = await cpu.tussenstand();
      cpuIntake = c.workers + c.postgres;
      console.log(
        `  intake alone: ${intakeSeconden.toFixed(2)} s, CPU node ${c.node.toFixed(2)} s + postgres ${c.postgres.toFixed(2)} s`,
      );
      await beoordelingQueue.resume();
    }
    await wachtTotBeoordeeld(ds, bestanden.length);
    const seconden = sinds(start);
    const cpuOns = await cpu.tussenstand();
    // Then the realisatie catches up on the whole month: its time and CPU, against the beoordeling's own.
    const sturingStart = process.hrtime.bigint();
    await sturingQueue.resume();
    for (let stil = 0; ;) {
      const [{ n }] = (await ds.query(`SELECT count(*)::int AS n FROM keten.sturing_verwerkte_declaratie`)) as {
        n: number;
      }[];
      if (n >= bestanden.length) break;
      if (++stil > 300 && n === 0) throw new Error('the realisatie did not start within 60 s');
      await new Promise((r) => setTimeout(r, 200));
    }
    const sturingSeconden = sinds(sturingStart);
    const cpuNaSturing = await cpu.stop();
    const sturingNode = cpuNaSturing.workers - cpuOns.workers;
    const sturingPostgres = cpuNaSturing.postgres - cpuOns.postgres;
    clearInterval(meter);
    const ioRegels = ioMeting ? await ioMeting.stop(prestaties) : [];
    // Peak RSS over each process's whole life (start-up included), read before they stop.
    const rssApi = piekRssVan(api.pid!);
    const rssWorkers = workers.map((w) => piekRssVan(w.pid!));
    const [cpuApi, ...cpuWorkers] = cpuOns.kinderen;
    const cpuKeten = cpuOns.workers;
    const cpuBench = cpuOns.node - cpuOns.workers;

    const [uitkomst] = (await ds.query(
      `SELECT count(*)::int AS totaal, count(*) FILTER (WHERE status = 'goedgekeurd')::int AS goedgekeurd, count(*) FILTER (WHERE status = 'ontvangen')::int AS open
         FROM keten.prestatie`,
    )) as { totaal: number; goedgekeurd: number; open: number }[];
    const codes = (await ds.query(
      `SELECT code, count(*)::int AS n FROM keten.prestatie, unnest(retourcodes) AS code WHERE status = 'afgekeurd' GROUP BY code ORDER BY n DESC`,
    )) as { code: string; n: number }[];
    const [{ verschil }] = (await ds.query(
      `SELECT count(*)::int AS verschil FROM keten.prestatie p JOIN keten.organisatie a ON a.id = p.aanbieder_id
         FULL JOIN keten_bench.vloer_oordeel v ON v.agb = a.agb_code AND v.referentie_nummer = p.referentie_nummer
        WHERE p.declaratie_id IS NULL OR v.agb IS NULL OR (p.status = 'goedgekeurd') <> v.goedgekeurd`,
    )) as { verschil: number }[];

    console.log(
      `ours (intake → queue → beoordeling): ${seconden.toFixed(2)} s (intake done after ${intakeSeconden.toFixed(2)} s), ` +
        `${perSeconde(uitkomst.totaal, seconden)} prestaties/s end to end; peak RSS api process ${mb(rssApi)}` +
        `${rssWorkers.length ? `, worker process${rssWorkers.length > 1 ? 'es' : ''} ${rssWorkers.map(mb).join(' and ')}` : ''}` +
        ` (the benchmark's own, with every generated 323: ${mb(piekRss)}, process max ${mb(process.resourceUsage().maxRSS * 1024)})`,
    );
    console.log(
      `  ${uitkomst.totaal.toLocaleString('en')} prestaties, ${uitkomst.goedgekeurd.toLocaleString('en')} approved, ${uitkomst.open} not beoordeeld; rejected by ${codes.map((c) => `${c.code}×${c.n}`).join(', ') || 'none'}`,
    );
    const µs = (s: number) => `${((s / uitkomst.totaal) * 1e6).toFixed(0)} µs`;
    console.log(
      `  CPU node ${cpuKeten.toFixed(2)} s (api process ${cpuApi.toFixed(2)} s${cpuWorkers.length ? `, worker process${cpuWorkers.length > 1 ? 'es' : ''} ${cpuWorkers.map((c) => c.toFixed(2)).join(' and ')} s` : ''}) ` +
        `+ postgres ${cpuOns.postgres.toFixed(2)} s = ${perSeconde(uitkomst.totaal, cpuKeten + cpuOns.postgres)} prestaties per CPU second; ` +
        `per prestatie node ${µs(cpuKeten)}, postgres ${µs(cpuOns.postgres)} (the benchmark process itself ${cpuBench.toFixed(2)} s, not counted)`,
    );
    for (const regel of ioRegels) console.log(regel);
    const cpuBeoordeling = cpuKeten + cpuOns.postgres;
    console.log(
      `sturing's realisatie after the month's beoordeling: ${sturingSeconden.toFixed(2)} s, CPU node ${sturingNode.toFixed(2)} s + postgres ${sturingPostgres.toFixed(2)} s = ` +
        `${((100 * (sturingNode + sturingPostgres)) / cpuBeoordeling).toFixed(1)}% of intake and beoordeling's CPU` +
        (fasen
          ? `, ${((100 * (sturingNode + sturingPostgres)) / (cpuBeoordeling - cpuIntake)).toFixed(1)}% of the beoordeling's alone`
          : ''),
    );
    const cpuVloer = v.cpu.node + v.cpu.postgres;
    console.log(
      `ratio ours/floor: ${(seconden / v.seconden).toFixed(2)}× in wall time, ${((cpuKeten + cpuOns.postgres) / cpuVloer).toFixed(2)}× in CPU time ` +
        `(floor ${perSeconde(v.prestaties, cpuVloer)} prestaties per CPU second, postgres ${((v.cpu.postgres / v.prestaties) * 1e6).toFixed(0)} µs per prestatie)`,
    );
    if (uitkomst.open > 0 || uitkomst.totaal !== prestaties)
      throw new Error(
        `not every prestatie was beoordeeld (${uitkomst.open} open, ${uitkomst.totaal} of ${prestaties} stored)`,
      );
    if (verschil > 0 || uitkomst.goedgekeurd !== v.goedgekeurd)
      throw new Error(
        `floor and beoordeling disagree on ${verschil} prestaties (approved ${v.goedgekeurd} vs ${uitkomst.goedgekeurd})`,
      );
    console.log('check: every prestatie beoordeeld; floor and beoordeling approve the same prestaties');
  } finally {
    await stopApi(api);
    await stopWorkers(workers);
    if (map) await rm(map, { recursive: true, force: true });
    if (app) {
      if (redis)
        await Promise.allSettled(
          Object.values(QueueName).map((q) => app!.get(QueueService).queue(q).obliterate({ force: true })),
        );
      await app.close();
    }
    // --bewaar keeps the database for a look afterwards (EXPLAIN); it is dropped otherwise.
    if (args.includes('--bewaar')) console.log(`database kept: ${url}`);
    else await verwijderDatabase(url);
  }
}
