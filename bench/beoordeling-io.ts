// Where PostgreSQL's work goes during the timed run (`--io`): blocks of each keten table and index found in
// shared_buffers (hit) or fetched from the operating system (read), and the WAL written meanwhile. The WAL and
// bgwriter figures are the server's (other databases on the same server count too); the block figures are this
// database's.
import type { DataSource } from 'typeorm';

interface Stand {
  blokken: Map<string, { read: number; hit: number }>;
  wal: { records: number; fpi: number; bytes: number };
  backendWrites: number;
}

async function stand(ds: DataSource): Promise<Stand> {
  const rijen = (await ds.query(
    `SELECT 'heap ' || relname AS naam, coalesce(heap_blks_read, 0)::float8 AS read, coalesce(heap_blks_hit, 0)::float8 AS hit
       FROM pg_statio_user_tables WHERE schemaname = 'keten'
     UNION ALL
     SELECT 'toast ' || relname, coalesce(toast_blks_read, 0)::float8, coalesce(toast_blks_hit, 0)::float8
       FROM pg_statio_user_tables WHERE schemaname = 'keten'
     UNION ALL
     SELECT 'index ' || indexrelname, coalesce(idx_blks_read, 0)::float8, coalesce(idx_blks_hit, 0)::float8
       FROM pg_statio_user_indexes WHERE schemaname = 'keten'`,
  )) as { naam: string; read: number; hit: number }[];
  const [wal] = (await ds.query(
    `SELECT wal_records::float8 AS records, wal_fpi::float8 AS fpi, wal_bytes::float8 AS bytes FROM pg_stat_wal`,
  )) as Stand['wal'][];
  const [{ backend }] = (await ds.query(`SELECT buffers_backend::float8 AS backend FROM pg_stat_bgwriter`)) as {
    backend: number;
  }[];
  return { blokken: new Map(rijen.map((r) => [r.naam, { read: r.read, hit: r.hit }])), wal, backendWrites: backend };
}

export async function meetIo(ds: DataSource): Promise<{ stop(prestaties: number): Promise<string[]> }> {
  // Statistics are sent to the cumulative store at the end of a transaction, at most once a second per backend.
  const begin = await stand(ds);
  return {
    async stop(prestaties: number) {
      await new Promise((r) => setTimeout(r, 1100));
      const eind = await stand(ds);
      const regels: string[] = [];
      const verschil = [...eind.blokken]
        .map(([naam, e]) => {
          const b = begin.blokken.get(naam) ?? { read: 0, hit: 0 };
          return { naam, read: e.read - b.read, hit: e.hit - b.hit };
        })
        .filter((v) => v.read + v.hit > 0)
        .sort((a, b) => b.read + b.hit - (a.read + a.hit));
      const perP = (n: number) => (n / prestaties).toFixed(2);
      const som = verschil.reduce((s, v) => ({ read: s.read + v.read, hit: s.hit + v.hit }), { read: 0, hit: 0 });
      regels.push(
        `  blocks per prestatie: ${perP(som.hit)} hit + ${perP(som.read)} read from the OS; WAL ${perP(eind.wal.records - begin.wal.records)} records, ` +
          `${perP(eind.wal.fpi - begin.wal.fpi)} full-page images, ${((eind.wal.bytes - begin.wal.bytes) / prestaties).toFixed(0)} bytes; ` +
          `${perP(eind.backendWrites - begin.backendWrites)} buffers written by backends (server-wide)`,
      );
      for (const v of verschil.slice(0, 14))
        regels.push(`    ${v.naam.padEnd(48)} hit ${perP(v.hit).padStart(7)}  read ${perP(v.read).padStart(6)}`);
      return regels;
    },
  };
}
