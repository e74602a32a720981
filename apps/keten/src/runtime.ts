import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { dataSourceOpties, KetenConfig, startEmbeddedPostgres } from '#keten/platform';
import { ENTITIES, MIGRATIONS } from './schema.js';

export interface Database {
  url: string;
  opties: DataSourceOptions;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise an embedded PostgreSQL in KETEN_DATA_DIR (architecture.md 2). */
export async function startDatabase(config: KetenConfig): Promise<Database> {
  if (config.DATABASE_URL) {
    return {
      url: config.DATABASE_URL,
      opties: dataSourceOpties(config.DATABASE_URL, ENTITIES, MIGRATIONS),
      embedded: false,
      stop: async () => undefined,
    };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: config.KETEN_DATA_DIR,
    port: config.KETEN_EMBEDDED_PG_PORT,
    database: 'keten',
  });
  config.DATABASE_URL = embedded.url;
  return {
    url: embedded.url,
    opties: dataSourceOpties(embedded.url, ENTITIES, MIGRATIONS),
    embedded: true,
    stop: embedded.stop,
  };
}

/** Runs pending migrations; returns the names of those it ran. */
export async function migreer(opties: DataSourceOptions): Promise<string[]> {
  const ds = new DataSource({ ...opties, extra: { max: 2 } });
  await ds.initialize();
  try {
    const gedaan = await ds.runMigrations({ transaction: 'each' });
    return gedaan.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
