// Prints the SQL that would bring a migrated database in line with the entities: the source of a new migration
// (`npm run keten -- schema-sql`), and empty when entities and migrations agree.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOpties } from '#keten/platform';
import { ENTITIES, MIGRATIONS } from '../apps/keten/src/schema.js';

export async function schemaVerschil(url: string): Promise<string[]> {
  const ds = new DataSource(dataSourceOpties(url, ENTITIES, MIGRATIONS, 2));
  await ds.initialize();
  try {
    await ds.runMigrations();
    const sql = await ds.driver.createSchemaBuilder().log();
    return sql.upQueries.map((q) => q.query);
  } finally {
    await ds.destroy();
  }
}
