// `npm run bench -- sturing [--toewijzingen 3000] [--maanden 3] [--aanbieders 10] [--gemeenten 3] [--bewaar]`
// Sturing's aggregates and endpoints against a fresh PostgreSQL database next to DATABASE_URL: toewijzingen and
// months of beoordeelde prestaties generated in bulk (SQL, not timed), then timed: the realisatie job over each
// month's declaraties (what follows a month's beoordeling), the verplichtingen of every toewijzing, and the answer
// time of each sturing endpoint over HTTP (median of 3 after one warm-up).
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ibanControlegetal } from '#keten/domain';
import { dataSourceOpties, laadKetenConfig, maakDatabase, verwijderDatabase } from '#keten/platform';
import { RealisatieBijwerkenService, VerplichtingenBijwerkenService } from '#keten/sturing';
import { ENTITIES, MIGRATIONS } from '../apps/keten/src/schema.js';
import { migreer } from '../apps/keten/src/runtime.js';
import { createApiApp } from '../apps/api/src/create-api-app.js';
import { PRODUCTEN } from './beoordeling-data.js';
import { registreerBenchContracten } from './bench-contracten.js';
import { meetCpu } from './beoordeling-cpu.js';
import { GOEDGEKEURDE_BEDRAGEN_UIT_PRESTATIES } from '../migrations/1796700000000-goedgekeurdeBedragen.js';

function optie(args: string[], naam: string, standaard: number): number {
  const i = args.indexOf(`--${naam}`);
  const waarde = i >= 0 && args[i + 1] ? Number(args[i + 1]) : standaard;
  if (!Number.isInteger(waarde) || waarde < 1) throw new Error(`--${naam} must be a positive integer`);
  return waarde;
}
const sinds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const iban = (n: number) => {
  const bban = `ABNA0${String(n).padStart(9, '0')}`;
  return `NL${ibanControlegetal('NL', bban)}${bban}`;
};
const VOLUME: Record<string, number> = { '02A01': 17, '07A01': 8, '10A01': 1 };

/** Runs `n` tasks, `tegelijk` at a time. */
async function perTwee<T>(items: T[], tegelijk: number, werk: (item: T) => Promise<unknown>): Promise<void> {
  let i = 0;
  await Promise.all(
    Array.from({ length: tegelijk }, async () => {
      while (i < items.length) await werk(items[i++]);
    }),
  );
}

export async function run(args: string[]): Promise<void> {
  const grootte = {
    toewijzingen: optie(args, 'toewijzingen', 3000),
    maanden: optie(args, 'maanden', 3),
    aanbieders: optie(args, 'aanbieders', 10),
    gemeenten: optie(args, 'gemeenten', 3),
  };
  if (grootte.maanden > 12) throw new Error('--maanden is at most 12 (the months of 2026)');
  const server = process.env.DATABASE_URL;
  if (!server)
    throw new Error('DATABASE_URL is required: the benchmark creates (and drops) its own database next to it');
  // --database <name>: a database kept by an earlier run (--bewaar): migrated, then only the endpoints are timed.
  const i = args.indexOf('--database');
  const hergebruik = i >= 0 ? args[i + 1] : null;
  const url = hergebruik
    ? Object.assign(new URL(server), { pathname: `/${hergebruik}` }).toString()
    : await maakDatabase(server, `keten_bench_sturing_${process.pid}`);
  const token = randomBytes(24).toString('hex');
  let app: INestApplication | null = null;
  try {
    await migreer(dataSourceOpties(url, ENTITIES, MIGRATIONS));
    const config = laadKetenConfig({
      NODE_ENV: 'development',
      DATABASE_URL: url,
      KETEN_LOG_LEVEL: 'warn',
      KETEN_SEED_DEMO: 'false',
      KETEN_BSN_SLEUTEL: randomBytes(32).toString('hex'),
      KETEN_BOOTSTRAP_TOKEN: token,
      KETEN_QUEUE_PREFIX: `keten-bench-${process.pid}`,
    });
    const api = await createApiApp(config, dataSourceOpties(url, ENTITIES, MIGRATIONS));
    app = api;
    await api.listen(0, '127.0.0.1');
    const basis = `http://127.0.0.1:${(api.getHttpServer().address() as { port: number }).port}`;
    const ds = app.get(DataSource);
    const os = await import('node:os');
    console.log(
      `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), node ${process.version}; database ${new URL(url).pathname.slice(1)}`,
    );
    if (!hergebruik)
      console.log(
        `size: ${grootte.toewijzingen} toewijzingen, ${grootte.maanden} months of prestaties (one per toewijzing per month), ${grootte.aanbieders} aanbieders, ${grootte.gemeenten} gemeenten`,
      );

    const { gemeenteIds, regioId } = hergebruik ? await bestaandeOpzet(ds) : await zetOpEnMeet(app, ds, grootte);
    if (hergebruik) {
      const [n] = (await ds.query(
        `SELECT (SELECT count(*) FROM keten.toewijzing)::int AS toewijzingen, (SELECT count(*) FROM keten.prestatie)::int AS prestaties`,
      )) as { toewijzingen: number; prestaties: number }[];
      console.log(
        `size (kept database): ${n.toewijzingen} toewijzingen, ${n.prestaties} prestaties, ${gemeenteIds.length} gemeenten`,
      );
    }

    // As autovacuum would by now: the aggregates were empty when the set-up analysed the database.
    await ds.query('ANALYZE');

    // Endpoints, over HTTP as a dashboard calls them.
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const g = gemeenteIds[0];
    const [{ posten }] = (await ds.query(
      `SELECT count(*)::int AS posten FROM keten.sturing_budgetpost WHERE gemeente_id = $1`,
      [g],
    )) as { posten: number }[];
    for (const [code, categorieen] of posten > 0
      ? []
      : ([
          ['BEGELEIDING', ['02']],
          ['DAGBESTEDING', ['07']],
          ['MAATWERK', ['10']],
        ] as const)) {
      const post = await fetch(`${basis}/api/v1/sturing/budgetposten`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ gemeenteId: g, domein: 'wmo', code, naam: code, productcategorieen: categorieen }),
      });
      const { id } = (await post.json()) as { id: string };
      await fetch(`${basis}/api/v1/sturing/begroting`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ gemeenteId: g, jaar: 2026, regels: [{ budgetpostId: id, bedragCenten: 100_000_000 }] }),
      });
    }
    const peil = `2026-${String(Math.min(12, grootte.maanden + 1)).padStart(2, '0')}-15`;
    const eindpunten = [
      `/api/v1/sturing/overzicht?gemeente=${g}&jaar=2026&peildatum=${peil}`,
      `/api/v1/sturing/overzicht?gemeente=${g}&jaar=2026&peildatum=${peil}&formaat=xlsx`,
      ...['budgetpost', 'aanbieder', 'product', 'raamovereenkomst', 'maand', 'kwartaal', 'sociaalTeam', 'wijk'].map(
        (per) => `/api/v1/sturing/realisatie?gemeente=${g}&jaar=2026&per=${per}&peildatum=${peil}`,
      ),
      ...['budgetpost', 'aanbieder', 'sociaalTeam'].map(
        (per) => `/api/v1/sturing/verplichtingen?gemeente=${g}&jaar=2026&per=${per}&peildatum=${peil}`,
      ),
      `/api/v1/sturing/signalen?gemeente=${g}&peildatum=${peil}`,
      `/api/v1/sturing/prognose/backtest?gemeente=${g}&jaar=2026&peildatum=2026-02-15`,
      `/api/v1/sturing/begroting?gemeente=${g}&jaar=2026`,
    ];
    // The first call apart: reports over every toewijzing of the gemeente are computed then and stored for the next.
    for (const pad of eindpunten) {
      const tijden: number[] = [];
      for (let i = 0; i < 4; i++) {
        const start = process.hrtime.bigint();
        const res = await fetch(`${basis}${pad}`, { headers: auth });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`GET ${pad}: ${res.status}`);
        tijden.push(sinds(start) * 1000);
      }
      const [eerste, ...daarna] = tijden;
      daarna.sort((a, b) => a - b);
      console.log(
        `GET ${pad.replace(/gemeente=[0-9a-f-]+&?/, '').replace(/\?$/, '')}: ${daarna[1].toFixed(0)} ms (first call ${eerste.toFixed(0)} ms)`,
      );
    }
    // A kept database: the endpoints only (its betaalbatch was timed, or refused, in the run that made it).
    if (!hergebruik) {
      const bStart = process.hrtime.bigint();
      const batch = await fetch(`${basis}/api/v1/betaalbatches`, {
        method: 'POST',
        headers: auth,
        // A month's run, as a regio pays: what was approved by the end of February (January's declaraties).
        body: JSON.stringify({ inkoperId: regioId, tot: '2026-02-28', uitvoeringsdatum: '2026-12-31' }),
      });
      const body = (await batch.json()) as { regels?: unknown[]; totaalCenten?: number; detail?: string };
      if (batch.status !== 201) console.log(`  refused: ${JSON.stringify(body)}`);
      console.log(
        `POST /api/v1/betaalbatches (the regio, what was approved by the end of February): ${batch.status}, ${body.regels?.length ?? 0} regels, in ${(sinds(bStart) * 1000).toFixed(0)} ms`,
      );
    }
  } finally {
    await app?.close();
    if (!args.includes('--bewaar') && !hergebruik) await verwijderDatabase(url);
  }
}

/** The gemeenten (by CBS code) and the regio of a kept database. */
async function bestaandeOpzet(ds: DataSource): Promise<{ gemeenteIds: string[]; regioId: string }> {
  const gemeenteIds = (
    (await ds.query(`SELECT id FROM keten.organisatie WHERE soort = 'gemeente' ORDER BY cbs_code`)) as { id: string }[]
  ).map((r) => r.id);
  const [{ id: regioId }] = (await ds.query(
    `SELECT id FROM keten.organisatie WHERE soort = 'regio' AND naam = 'Regio Sturingbench'`,
  )) as { id: string }[];
  return { gemeenteIds, regioId };
}

/** Generates the data in bulk (not timed), then times the realisatie month by month and the verplichtingen. */
async function zetOpEnMeet(
  app: INestApplication,
  ds: DataSource,
  grootte: { toewijzingen: number; maanden: number; aanbieders: number; gemeenten: number },
): Promise<{ gemeenteIds: string[]; regioId: string }> {
  // Set-up (not timed).
  const zetOp = process.hrtime.bigint();
  const gemeenteIds = (
    (await ds.query(
      `INSERT INTO keten.organisatie (soort, naam, cbs_code) SELECT 'gemeente', 'Gemeente ' || i, lpad((1000 + i)::text, 4, '0') FROM generate_series(1, $1) i RETURNING id`,
      [grootte.gemeenten],
    )) as { id: string }[]
  ).map((r) => r.id);
  const aanbiederIds = (
    (await ds.query(
      `INSERT INTO keten.organisatie (soort, naam, agb_code, iban) SELECT 'aanbieder', 'Aanbieder ' || i, (70000000 + i)::text, ($2::text[])[i] FROM generate_series(1, $1) i RETURNING id`,
      [grootte.aanbieders, Array.from({ length: grootte.aanbieders }, (_, i) => iban(i + 1))],
    )) as { id: string }[]
  ).map((r) => r.id);
  const [{ id: regioId }] = (await ds.query(
    `INSERT INTO keten.organisatie (soort, naam, iban) VALUES ('regio', 'Regio Sturingbench', $1) RETURNING id`,
    [iban(999_999)],
  )) as { id: string }[];
  await registreerBenchContracten(app, ds, {
    regioId,
    gemeenteIds,
    aanbiederIds,
    nummerPrefix: 'RO-STURING',
    naam: 'Wmo-maatwerk',
  });
  await ds.query(
    `WITH c AS (INSERT INTO keten.client (bsn_hash, bsn_versleuteld) SELECT lpad(to_hex(i), 64, '0'), '\\x00'::bytea FROM generate_series(1, $1) i RETURNING id, bsn_hash)
     INSERT INTO keten.toewijzing (gemeente_id, domein, toewijzing_nummer, aanbieder_id, client_id)
     SELECT ($2::uuid[])[1 + n % $4], 'wmo', n, ($3::uuid[])[1 + (n / $4) % $5], c.id FROM (SELECT id, ('x' || right(bsn_hash, 8))::bit(32)::int AS n FROM c) c`,
    [grootte.toewijzingen, gemeenteIds, aanbiederIds, grootte.gemeenten, grootte.aanbieders],
  );
  await ds.query(
    `INSERT INTO keten.toewijzing_versie (toewijzing_id, toewijzingsdatum, toewijzingstijd, productcategorie, productcode, ingangsdatum, einddatum, volume, eenheid, frequentie)
     SELECT t.id, '2025-12-15', '09:00:00', p.cat, p.code, '2026-01-01', '2026-12-31', p.volume, p.eenheid::keten.eenheid, p.freq
       FROM keten.toewijzing t JOIN unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[]) WITH ORDINALITY AS p(cat, code, volume, eenheid, freq, k)
         ON p.k = 1 + t.toewijzing_nummer % 3`,
    [
      PRODUCTEN.map((p) => p.productcategorie),
      PRODUCTEN.map((p) => p.productcode),
      PRODUCTEN.map((p) => (p.frequentie === '2' ? 4 : VOLUME[p.productcode] * (p.frequentie === '6' ? 12 : 1))),
      PRODUCTEN.map((p) => p.eenheid),
      PRODUCTEN.map((p) => p.frequentie),
    ],
  );
  for (let m = 1; m <= grootte.maanden; m++) {
    const begin = `2026-${String(m).padStart(2, '0')}-01`;
    await ds.query(
      `INSERT INTO keten.declaratie (aanbieder_id, gemeente_id, domein, declaratie_nummer, nummer_dubbel, periode_begin, periode_eind, dagtekening, totaal_ingediend_centen,
                                     totaal_toegekend_centen, status, bron, aantal_prestaties, beoordeeld_op)
       SELECT a, g, 'wmo', 'S' || $2 || '-' || row_number() OVER (), false, $1::date, ($1::date + interval '1 month - 1 day')::date, ($1::date + interval '1 month + 2 days')::date,
              0, 0, 'beoordeeld', 'json', 0, ($1::date + interval '1 month + 4 days')::timestamptz
         FROM unnest($3::uuid[]) a CROSS JOIN unnest($4::uuid[]) g`,
      [begin, m, aanbiederIds, gemeenteIds],
    );
    await ds.query(
      `INSERT INTO keten.prestatie (declaratie_id, volgnummer, aanbieder_id, gemeente_id, domein, client_id, referentie_nummer, toewijzing_nummer, productcategorie, productcode,
                                    begindatum, einddatum, geleverd_volume, eenheid, product_tarief_centen, ingediend_bedrag_centen, debet_credit, status, retourcodes)
       SELECT d.id, (row_number() OVER (PARTITION BY d.id))::int - 1, t.aanbieder_id, t.gemeente_id, 'wmo', t.client_id, 'R' || $2 || '-' || t.toewijzing_nummer, t.toewijzing_nummer,
              v.productcategorie, v.productcode, d.periode_begin, d.periode_eind, p.volume, v.eenheid, p.tarief, p.volume * p.tarief, 'D',
              CASE WHEN (t.toewijzing_nummer / $6) % 20 = 0 THEN 'afgekeurd' ELSE 'goedgekeurd' END::keten.prestatie_status,
              CASE WHEN (t.toewijzing_nummer / $6) % 20 = 0 THEN '{0611}'::text[] END
         FROM keten.toewijzing t JOIN keten.toewijzing_versie v ON v.toewijzing_id = t.id
         JOIN unnest($3::text[], $4::int[], $5::bigint[]) AS p(code, volume, tarief) ON p.code = v.productcode
         JOIN keten.declaratie d ON d.aanbieder_id = t.aanbieder_id AND d.gemeente_id = t.gemeente_id AND d.periode_begin = $1::date`,
      [
        begin,
        m,
        PRODUCTEN.map((p) => p.productcode),
        PRODUCTEN.map((p) => VOLUME[p.productcode]),
        PRODUCTEN.map((p) => p.tarief),
        // One in 20 rejected, in every gemeente alike (a toewijzing's gemeente is its number modulo their count).
        grootte.gemeenten,
      ],
    );
    // What the beoordeling stores with each declaratie for sturing (its summary of the approved amounts).
    await ds.query(GOEDGEKEURDE_BEDRAGEN_UIT_PRESTATIES);
    console.log(`  set-up: month ${m} generated after ${sinds(zetOp).toFixed(0)} s`);
  }
  const [{ n: prestaties }] = (await ds.query(`SELECT count(*)::int AS n FROM keten.prestatie`)) as { n: number }[];
  await ds.query('ANALYZE');
  console.log(`set-up: ${prestaties} prestaties in ${sinds(zetOp).toFixed(1)} s (not timed below)`);

  // The reports are timed for the first gemeente: its months before the last go through the realisatie job untimed
  // (the other gemeenten's earlier months are left out, to keep the set-up within the hour at national size). Timed:
  // the last month's realisatie over every declaratie of the country, as it follows that month's beoordeling (the
  // job 2 at a time), and the verplichtingen of every toewijzing of the first gemeente.
  const realisatie = app.get(RealisatieBijwerkenService);
  for (let m = 1; m <= grootte.maanden; m++) {
    const laatste = m === grootte.maanden;
    const begin = `2026-${String(m).padStart(2, '0')}-01`;
    const ids = (
      (await ds.query(
        `SELECT id FROM keten.declaratie WHERE periode_begin = $1 AND ($2 OR gemeente_id = $3) ORDER BY id`,
        [begin, laatste, gemeenteIds[0]],
      )) as { id: string }[]
    ).map((r) => r.id);
    const [{ n }] = (await ds.query(
      `SELECT count(*)::int AS n FROM keten.prestatie p JOIN keten.declaratie d ON d.id = p.declaratie_id WHERE d.id = ANY($1::uuid[])`,
      [ids],
    )) as { n: number }[];
    const cpu = await meetCpu(async () =>
      (
        (await ds.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`)) as { pid: number }[]
      ).map((r) => r.pid),
    );
    const start = process.hrtime.bigint();
    await perTwee(ids, 2, (id) => realisatie.verwerkDeclaratie(id));
    const s = sinds(start);
    const c = await cpu.stop();
    console.log(
      `${laatste ? '' : '  (set-up) '}realisatie after month ${m}'s beoordeling${laatste ? '' : ', the first gemeente'}: ${ids.length} declaraties, ${n} prestaties in ${s.toFixed(2)} s (${Math.round(n / s).toLocaleString('en')} prestaties/s), ` +
        `CPU node ${c.node.toFixed(2)} s + postgres ${c.postgres.toFixed(2)} s (${((1e6 * (c.node + c.postgres)) / n).toFixed(1)} µs per prestatie)`,
    );
  }
  const toewijzingIds = (
    (await ds.query(`SELECT id FROM keten.toewijzing WHERE gemeente_id = $1 ORDER BY id`, [gemeenteIds[0]])) as {
      id: string;
    }[]
  ).map((r) => r.id);
  const vStart = process.hrtime.bigint();
  const rijen = await app.get(VerplichtingenBijwerkenService).herberekenToewijzingen(toewijzingIds);
  const vs = sinds(vStart);
  console.log(
    `verplichtingen of every toewijzing of the first gemeente: ${toewijzingIds.length} toewijzingen, ${rijen} month rows in ${vs.toFixed(2)} s (${Math.round(toewijzingIds.length / vs).toLocaleString('en')} toewijzingen/s)`,
  );

  return { gemeenteIds, regioId };
}
