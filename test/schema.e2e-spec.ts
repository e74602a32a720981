import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOpties, maakDatabase, startEmbeddedPostgres, verwijderDatabase } from '#keten/platform';
import { ENTITIES, MIGRATIONS } from '../apps/keten/src/schema.js';
import { migreer } from '../apps/keten/src/runtime.js';
import { testDatabaseUrl } from './support/test-app.js';
import { PrestatieEenmaalGeschreven1795449100000 } from '../migrations/1795449100000-prestatieEenmaalGeschreven.js';
import { pakIngediendUit } from '../libs/declaraties/src/database/ingediende-prestaties.util.js';

/** A fresh database, migrated, for a test that writes rows of its own; dropped afterwards, whatever the outcome. */
async function metGemigreerdeDatabase(naam: string, werk: (ds: DataSource) => Promise<void>): Promise<void> {
  const url = await maakDatabase(testDatabaseUrl(), `keten_test_${naam}_${process.pid}`);
  try {
    await migreer(dataSourceOpties(url, ENTITIES, MIGRATIONS));
    const ds = new DataSource(dataSourceOpties(url, ENTITIES, MIGRATIONS, 3));
    await ds.initialize();
    try {
      await werk(ds);
    } finally {
      await ds.destroy();
    }
  } finally {
    await verwijderDatabase(url);
  }
}

describe('database schema', () => {
  it('should match the entities exactly after all migrations (no drift, conventions.md 5)', async () => {
    const ds = new DataSource(dataSourceOpties(testDatabaseUrl(), ENTITIES, MIGRATIONS, 2));
    await ds.initialize();
    try {
      const verschil = await ds.driver.createSchemaBuilder().log();
      expect(verschil.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });

  it('should migrate down and up again, so every migration has a real down', async () => {
    const url = await maakDatabase(testDatabaseUrl(), `keten_test_down_${process.pid}`);
    try {
      await migreer(dataSourceOpties(url, ENTITIES, MIGRATIONS));
      const ds = new DataSource(dataSourceOpties(url, ENTITIES, MIGRATIONS, 2));
      await ds.initialize();
      for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration();
      const [{ n }] = await ds.query(
        `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'keten'`,
      );
      expect(n).toBe(0);
      await ds.destroy();
      expect(await migreer(dataSourceOpties(url, ENTITIES, MIGRATIONS))).toHaveLength(MIGRATIONS.length);
    } finally {
      await verwijderDatabase(url);
    }
  });

  it('should carry prestaties still waiting for their beoordeling across the move to write-once prestaties, up and down', async () => {
    const url = await maakDatabase(testDatabaseUrl(), `keten_test_ingediend_${process.pid}`);
    const k = MIGRATIONS.indexOf(PrestatieEenmaalGeschreven1795449100000);
    try {
      await migreer(dataSourceOpties(url, ENTITIES, MIGRATIONS.slice(0, k)));
      const ds = new DataSource(dataSourceOpties(url, ENTITIES, MIGRATIONS, 2));
      await ds.initialize();
      const [a, g] = (await ds.query(
        `INSERT INTO keten.organisatie (soort, naam, agb_code, cbs_code) VALUES ('aanbieder', 'A', '98000001', NULL), ('gemeente', 'G', NULL, '0150') RETURNING id`,
      )) as { id: string }[];
      const [c] = (await ds.query(
        `INSERT INTO keten.client (bsn_hash, bsn_versleuteld) VALUES (repeat('a', 64), '\\x00') RETURNING id`,
      )) as { id: string }[];
      const declaratie = async (nummer: string, status: string) =>
        (
          (await ds.query(
            `INSERT INTO keten.declaratie (aanbieder_id, gemeente_id, domein, declaratie_nummer, nummer_dubbel, periode_begin, periode_eind, dagtekening,
                                         totaal_ingediend_centen, status, bron)
           VALUES ($1, $2, 'wmo', $3, false, '2026-04-01', '2026-04-30', '2026-05-02', 1000, $4, 'json') RETURNING id`,
            [a.id, g.id, nummer, status],
          )) as { id: string }[]
        )[0].id;
      const wachtend = await declaratie('D1', 'ontvangen');
      const klaar = await declaratie('D2', 'beoordeeld');
      const prestatie = (
        d: string,
        volgnummer: number,
        referentie: string,
        status: string,
        vorig: string | null,
        tarief: number | null,
      ) =>
        ds.query(
          `INSERT INTO keten.prestatie (declaratie_id, volgnummer, aanbieder_id, gemeente_id, domein, client_id, referentie_nummer, vorig_referentie_nummer,
                                        toewijzing_nummer, productcategorie, productcode, begindatum, einddatum, geleverd_volume, eenheid,
                                        product_tarief_centen, ingediend_bedrag_centen, debet_credit, status)
           VALUES ($1, $2, $3, $4, 'wmo', $5, $6, $7, 1001, '02', '02A01', '2026-04-01', '2026-04-30', 4, '04', $8, 500, 'D', $9)`,
          [d, volgnummer, a.id, g.id, c.id, referentie, vorig, tarief, status],
        );
      await prestatie(wachtend, 1, 'R2', 'ontvangen', 'R0', null);
      await prestatie(wachtend, 0, 'R1', 'ontvangen', null, 125);
      await prestatie(klaar, 0, 'R9', 'goedgekeurd', null, 125);
      const rijen = () =>
        ds.query(
          `SELECT declaratie_id, volgnummer, referentie_nummer, vorig_referentie_nummer, product_tarief_centen::int, status FROM keten.prestatie ORDER BY referentie_nummer`,
        );
      const voor = await rijen();

      await ds.runMigrations();
      const [doc] = (await ds.query(
        `SELECT aantal_prestaties, ingediende_prestaties FROM keten.declaratie WHERE id = $1`,
        [wachtend],
      )) as { aantal_prestaties: number; ingediende_prestaties: Buffer }[];
      expect(doc.aantal_prestaties).toBe(2);
      expect(pakIngediendUit(doc.ingediende_prestaties)).toMatchObject({
        client_id: [c.id, c.id],
        referentie_nummer: ['R1', 'R2'],
        vorig_referentie_nummer: [null, 'R0'],
        toewijzing_nummer: [1001, 1001],
        productcategorie: ['02', '02'],
        begindatum: ['2026-04-01', '2026-04-01'],
        eenheid: ['04', '04'],
        product_tarief_centen: [125, null],
        ingediend_bedrag_centen: [500, 500],
        debet_credit: ['D', 'D'],
      });
      expect(await rijen()).toEqual(voor.filter((r: { status: string }) => r.status !== 'ontvangen'));
      expect(
        (await ds.query(`SELECT aantal_prestaties FROM keten.declaratie WHERE id = $1`, [klaar]))[0].aantal_prestaties,
      ).toBe(1);

      for (let i = k; i < MIGRATIONS.length; i++) await ds.undoLastMigration();
      expect(await rijen()).toEqual(voor);
      await ds.destroy();
    } finally {
      await verwijderDatabase(url);
    }
  });

  it('should refuse a second approval of a ReferentieNummer and nothing else (TR314: never paid twice)', async () => {
    await metGemigreerdeDatabase('referentie', async (ds) => {
      const [a, b, g] = (await ds.query(
        `INSERT INTO keten.organisatie (soort, naam, agb_code, cbs_code) VALUES ('aanbieder', 'A', '98000001', NULL), ('aanbieder', 'B', '98000002', NULL), ('gemeente', 'G', NULL, '0150')
       RETURNING id`,
      )) as { id: string }[];
      const [c] = (await ds.query(
        `INSERT INTO keten.client (bsn_hash, bsn_versleuteld) VALUES (repeat('a', 64), '\\x00') RETURNING id`,
      )) as { id: string }[];
      const [{ id: d }] = (await ds.query(
        `INSERT INTO keten.declaratie (aanbieder_id, gemeente_id, domein, declaratie_nummer, nummer_dubbel, periode_begin, periode_eind, dagtekening,
                                     totaal_ingediend_centen, status, bron, aantal_prestaties)
       VALUES ($1, $2, 'wmo', 'D1', false, '2026-04-01', '2026-04-30', '2026-05-02', 1000, 'beoordeeld', 'json', 7) RETURNING id`,
        [a.id, g.id],
      )) as { id: string }[];
      let volgnummer = 0;
      const prestatie = (aanbieder: string, domein: string, referentie: string, status: string) =>
        ds.query(
          `INSERT INTO keten.prestatie (declaratie_id, volgnummer, aanbieder_id, gemeente_id, domein, client_id, referentie_nummer, toewijzing_nummer,
                                      productcategorie, productcode, begindatum, einddatum, geleverd_volume, eenheid, ingediend_bedrag_centen, debet_credit, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 1001, '02', '02A01', '2026-04-01', '2026-04-30', 4, '04', 500, 'D', $8)`,
          [d, volgnummer++, aanbieder, g.id, domein, c.id, referentie, status],
        );
      await prestatie(a.id, 'wmo', 'R1', 'afgekeurd');
      await prestatie(a.id, 'wmo', 'R1', 'afgekeurd');
      await prestatie(a.id, 'wmo', 'R1', 'goedgekeurd');
      await prestatie(b.id, 'wmo', 'R1', 'goedgekeurd'); // another aanbieder's number
      await prestatie(a.id, 'jeugd', 'R1', 'goedgekeurd'); // the other domein
      await expect(prestatie(a.id, 'wmo', 'R1', 'goedgekeurd')).rejects.toMatchObject({
        code: '23505',
        constraint: 'prestatie_referentie',
      });
      await prestatie(a.id, 'wmo', 'R1', 'afgekeurd');
    });
  });

  it('should refuse a prestatie without its declaratie, hold the declaratie until commit, and delete prestaties with it', async () => {
    await metGemigreerdeDatabase('declaratie_fk', async (ds) => {
      const [a, g] = (await ds.query(
        `INSERT INTO keten.organisatie (soort, naam, agb_code, cbs_code) VALUES ('aanbieder', 'A', '98000001', NULL), ('gemeente', 'G', NULL, '0150')
       RETURNING id`,
      )) as { id: string }[];
      const [c] = (await ds.query(
        `INSERT INTO keten.client (bsn_hash, bsn_versleuteld) VALUES (repeat('a', 64), '\\x00') RETURNING id`,
      )) as { id: string }[];
      const declaratie = async (nummer: string) =>
        (
          (await ds.query(
            `INSERT INTO keten.declaratie (aanbieder_id, gemeente_id, domein, declaratie_nummer, nummer_dubbel, periode_begin, periode_eind, dagtekening,
                                         totaal_ingediend_centen, status, bron, aantal_prestaties)
           VALUES ($1, $2, 'wmo', $3, false, '2026-04-01', '2026-04-30', '2026-05-02', 1000, 'beoordeeld', 'json', 2) RETURNING id`,
            [a.id, g.id, nummer],
          )) as { id: string }[]
        )[0].id;
      // Several prestaties in one statement, as the beoordeling writes them.
      const prestaties = (m: { query: DataSource['query'] }, declaraties: string[]) =>
        m.query(
          `INSERT INTO keten.prestatie (declaratie_id, volgnummer, aanbieder_id, gemeente_id, domein, client_id, referentie_nummer, toewijzing_nummer,
                                      productcategorie, productcode, begindatum, einddatum, geleverd_volume, eenheid, ingediend_bedrag_centen, debet_credit, status)
         SELECT d, v - 1, $2, $3, 'wmo', $4, 'R' || v || left(d::text, 8), 1001, '02', '02A01', '2026-04-01', '2026-04-30', 4, '04', 500, 'D', 'afgekeurd'
           FROM unnest($1::uuid[]) WITH ORDINALITY AS x(d, v)`,
          [declaraties, a.id, g.id, c.id],
        );
      const d1 = await declaratie('D1');
      const d2 = await declaratie('D2');
      const onbekend = '00000000-0000-4000-8000-000000000001';

      await expect(prestaties(ds, [d1, onbekend])).rejects.toMatchObject({
        code: '23503',
        constraint: 'prestatie_declaratie_fk',
        detail: `Key (declaratie_id)=(${onbekend}) is not present in table "declaratie".`,
      });
      expect(await ds.query(`SELECT count(*)::int AS n FROM keten.prestatie`)).toEqual([{ n: 0 }]);

      // While the prestaties' transaction is open, their declaratie cannot be deleted under them.
      const schrijver = ds.createQueryRunner();
      await schrijver.startTransaction();
      await prestaties(schrijver, [d1, d1]);
      await expect(
        ds.transaction(async (m) => {
          await m.query(`SET LOCAL lock_timeout = '300ms'`);
          await m.query(`DELETE FROM keten.declaratie WHERE id = $1`, [d1]);
        }),
      ).rejects.toMatchObject({ code: '55P03' });
      await schrijver.commitTransaction();
      await schrijver.release();

      await prestaties(ds, [d2]);
      await ds.query(`DELETE FROM keten.declaratie WHERE id = $1`, [d1]);
      expect(
        await ds.query(`SELECT declaratie_id, count(*)::int AS n FROM keten.prestatie GROUP BY declaratie_id`),
      ).toEqual([{ declaratie_id: d2, n: 1 }]);
    });
  });

  it('should start an embedded PostgreSQL and migrate it when no DATABASE_URL is given (the newcomer path)', async () => {
    const map = mkdtempSync(path.join(os.tmpdir(), 'keten-embedded-'));
    const db = await startEmbeddedPostgres({ dataDir: map, port: 54349, database: 'keten' });
    try {
      const gedaan = await migreer(dataSourceOpties(db.url, ENTITIES, MIGRATIONS));
      expect(gedaan).toHaveLength(MIGRATIONS.length);
    } finally {
      await db.stop();
      rmSync(map, { recursive: true, force: true });
    }
  });
});
