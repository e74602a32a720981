// The floor of the beoordeling benchmark: what the same work costs when done as plainly as PostgreSQL allows. The
// same 323 files parsed by the same XML parser, the prestaties loaded with COPY, and the core rules (toewijzing
// found, period, tariff, volume per period and cumulative) checked by set-based SQL in one transaction.
import pg from 'pg';
import { parseBericht, type Bericht323 } from '#keten/istandaarden';
import { meetCpu } from './beoordeling-cpu.js';

/** COPY … FROM STDIN over node-postgres' own protocol hooks (pg-copy-streams is not a dependency). */
function copyIn(client: pg.Client, sql: string, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    let fout: Error | null = null;
    const opdracht = {
      submit(connection: { query(text: string): void }) {
        connection.query(sql);
      },
      handleCopyInResponse(connection: { sendCopyFromChunk(b: Buffer): void; endCopyFrom(): void }) {
        for (let i = 0; i < data.length; i += 1 << 16) connection.sendCopyFromChunk(data.subarray(i, i + (1 << 16)));
        connection.endCopyFrom();
      },
      handleCommandComplete() {},
      handleError(e: Error) {
        fout = e;
      },
      handleReadyForQuery() {
        if (fout) reject(fout);
        else resolve();
      },
    };
    void client.query(opdracht as unknown as pg.QueryConfig);
  });
}

/** Tab-separated COPY text; the generated values hold no tabs, newlines or backslashes. */
const veld = (v: string | number | undefined | null) => (v === undefined || v === null ? '\\N' : String(v));

export interface VloerUitkomst {
  seconden: number;
  parseSeconden: number;
  prestaties: number;
  goedgekeurd: number;
  cpu: { node: number; postgres: number };
}

/**
 * Runs the floor in one transaction; its verdicts are written to keten_bench.vloer_oordeel (kept for the comparison
 * with the full beoordeling, dropped with the benchmark database).
 */
export async function vloer(url: string, bestanden: Buffer[], hash: (bsn: string) => string): Promise<VloerUitkomst> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const backend = ((await client.query('SELECT pg_backend_pid() AS pid')).rows as { pid: number }[])[0].pid;
    const cpu = await meetCpu(async () => [backend]);
    const start = process.hrtime.bigint();
    const regels: string[] = [];
    const hashes = new Map<string, string>();
    bestanden.forEach((xml, bestand) => {
      const parse = parseBericht(xml);
      if (!parse.ok) throw new Error(`floor: parse failed: ${parse.reden}`);
      const b = parse.bericht as Bericht323;
      let volgnummer = 0;
      for (const c of b.declaratie.clienten) {
        let h = hashes.get(c.bsn);
        if (!h) hashes.set(c.bsn, (h = hash(c.bsn)));
        for (const p of c.prestaties) {
          regels.push(
            [
              bestand,
              volgnummer++,
              b.header.afzender,
              b.header.ontvanger,
              h,
              p.productReferentie.referentieNummer,
              p.toewijzingNummer,
              p.productCategorie,
              p.productCode,
              p.productPeriode.begindatum,
              p.productPeriode.einddatum,
              p.geleverdVolume,
              p.eenheid,
              p.productTarief,
              p.ingediendBedrag.bedrag,
            ]
              .map(veld)
              .join('\t'),
          );
        }
      }
    });
    const parseSeconden = Number(process.hrtime.bigint() - start) / 1e9;

    await client.query('BEGIN');
    await client.query(`CREATE TEMP TABLE vloer_prestatie (
      bestand int, volgnummer int, agb char(8), cbs char(4), bsn_hash char(64), referentie_nummer text, toewijzing_nummer int, productcategorie char(2),
      productcode text, begindatum date, einddatum date, volume int, eenheid keten.eenheid, tarief bigint, bedrag bigint) ON COMMIT DROP`);
    await copyIn(client, 'COPY vloer_prestatie FROM STDIN', Buffer.from(regels.join('\n') + '\n'));
    await client.query('ANALYZE vloer_prestatie');
    await client.query(`CREATE SCHEMA IF NOT EXISTS keten_bench`);
    await client.query(`
      CREATE UNLOGGED TABLE keten_bench.vloer_oordeel AS
      WITH p AS (
        SELECT v.*, a.id AS aanbieder_id, g.id AS gemeente_id
          FROM vloer_prestatie v
          JOIN keten.organisatie a ON a.soort = 'aanbieder' AND a.agb_code = v.agb
          JOIN keten.organisatie g ON g.soort = 'gemeente' AND g.cbs_code = v.cbs
      ), t AS (
        -- current version per toewijzing (IV013)
        SELECT DISTINCT ON (t.id) t.gemeente_id, t.toewijzing_nummer, t.aanbieder_id, c.bsn_hash, v.ingangsdatum, v.einddatum, v.volume, v.frequentie
          FROM keten.toewijzing t
          JOIN keten.toewijzing_versie v ON v.toewijzing_id = t.id
          JOIN keten.client c ON c.id = t.client_id
         WHERE t.domein = 'wmo' AND (t.gemeente_id, t.toewijzing_nummer) IN (SELECT gemeente_id, toewijzing_nummer FROM p)
         ORDER BY t.id, v.toewijzingsdatum DESC, v.toewijzingstijd DESC
      ), tarief AS (
        SELECT r.aanbieder_id, rg.gemeente_id, cp.productcategorie, cp.productcode, tr.eenheid, tr.bedrag_centen, tr.ingangsdatum, tr.einddatum
          FROM keten.raamovereenkomst r
          JOIN keten.raamovereenkomst_gemeente rg ON rg.raamovereenkomst_id = r.id
          JOIN keten.contract_product cp ON cp.raamovereenkomst_id = r.id
          JOIN keten.tarief tr ON tr.contract_product_id = cp.id AND tr.vervangen_op IS NULL AND tr.deelovereenkomst_id IS NULL
         WHERE r.domein = 'wmo'
      ), eerder AS (
        SELECT e.gemeente_id, e.toewijzing_nummer, sum(e.geleverd_volume) AS volume
          FROM keten.prestatie e
         WHERE e.domein = 'wmo' AND e.status = 'goedgekeurd' AND e.debet_credit = 'D' AND (e.gemeente_id, e.toewijzing_nummer) IN (SELECT gemeente_id, toewijzing_nummer FROM p)
         GROUP BY 1, 2
      ), k AS (
        SELECT p.bestand, p.volgnummer, p.agb, p.referentie_nummer, p.gemeente_id, p.toewijzing_nummer, p.volume, COALESCE(e.volume, 0) AS eerder_volume,
               COALESCE(t.aanbieder_id = p.aanbieder_id AND t.bsn_hash = p.bsn_hash, false) AS gevonden,
               COALESCE(p.begindatum >= t.ingangsdatum AND (t.einddatum IS NULL OR p.einddatum <= t.einddatum), false) AS periode_ok,
               COALESCE(p.tarief = tr.bedrag_centen AND p.bedrag = p.volume * p.tarief, false) AS tarief_ok,
               COALESCE(p.volume <= t.volume * CASE t.frequentie
                 WHEN '2' THEN (date_trunc('week', LEAST(p.einddatum, t.einddatum))::date - date_trunc('week', GREATEST(p.begindatum, t.ingangsdatum))::date) / 7 + 1
                 WHEN '4' THEN 1
                 WHEN '6' THEN 1 END, false) AS volume_ok,
               t.volume * CASE t.frequentie
                 WHEN '2' THEN (date_trunc('week', t.einddatum)::date - date_trunc('week', t.ingangsdatum)::date) / 7 + 1
                 WHEN '4' THEN (extract(year FROM t.einddatum) * 12 + extract(month FROM t.einddatum)) - (extract(year FROM t.ingangsdatum) * 12 + extract(month FROM t.ingangsdatum)) + 1
                 WHEN '6' THEN 1 END AS max_totaal
          FROM p
          LEFT JOIN t ON t.gemeente_id = p.gemeente_id AND t.toewijzing_nummer = p.toewijzing_nummer
          LEFT JOIN tarief tr ON tr.aanbieder_id = p.aanbieder_id AND tr.gemeente_id = p.gemeente_id AND tr.productcategorie = p.productcategorie
               AND tr.productcode = p.productcode AND tr.eenheid = p.eenheid AND tr.ingangsdatum <= p.begindatum AND (tr.einddatum IS NULL OR tr.einddatum >= p.begindatum)
          LEFT JOIN eerder e ON e.gemeente_id = p.gemeente_id AND e.toewijzing_nummer = p.toewijzing_nummer
      ), b AS (
        SELECT k.*, (gevonden AND periode_ok AND tarief_ok AND volume_ok) AS basis_ok FROM k
      ), c AS (
        -- cumulative (TR322): earlier approved plus the earlier prestaties in document order that pass the other rules
        SELECT b.*, eerder_volume + COALESCE(sum(volume) FILTER (WHERE basis_ok) OVER (PARTITION BY gemeente_id, toewijzing_nummer ORDER BY bestand, volgnummer
                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS volume_ervoor
          FROM b
      )
      SELECT agb, referentie_nummer, basis_ok AND (max_totaal IS NULL OR volume_ervoor + volume <= max_totaal) AS goedgekeurd FROM c`);
    const [{ goedgekeurd, prestaties }] = (
      await client.query(
        `SELECT count(*) FILTER (WHERE goedgekeurd)::int AS goedgekeurd, count(*)::int AS prestaties FROM keten_bench.vloer_oordeel`,
      )
    ).rows as { goedgekeurd: number; prestaties: number }[];
    await client.query('COMMIT');
    const seconden = Number(process.hrtime.bigint() - start) / 1e9;
    return { seconden, parseSeconden, prestaties, goedgekeurd, cpu: await cpu.stop() };
  } finally {
    await client.end();
  }
}
