import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOpties, maakDatabase, startEmbeddedPostgres, verwijderDatabase } from '#keten/platform';
import { ENTITIES, MIGRATIONS } from '../apps/keten/src/schema.js';
import { migreer } from '../apps/keten/src/runtime.js';
import { testDatabaseUrl } from './support/test-app.js';

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
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'keten'`);
      expect(n).toBe(0);
      await ds.destroy();
      expect(await migreer(dataSourceOpties(url, ENTITIES, MIGRATIONS))).toHaveLength(MIGRATIONS.length);
    } finally {
      await verwijderDatabase(url);
    }
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
