// Operator CLI (architecture.md 3): `npm run keten -- <command>`.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { dataSourceOpties, laadKetenConfig, maakDatabase, verwijderDatabase } from '#keten/platform';
import { apiDocument, createApiApp } from '../../api/src/create-api-app.js';
import { WorkerModule } from '../../worker/src/worker.module.js';
import { migreer, startDatabase } from './runtime.js';
import { ENTITIES, MIGRATIONS } from './schema.js';

const HULP = `usage: npm run keten -- <command>
  migrate       run pending migrations (DATABASE_URL, or the embedded database)
  schema-sql    print the SQL a new migration needs to bring the schema in line with the entities
                (applies all migrations to a scratch database next to DATABASE_URL, then diffs)
  openapi FILE  write the API's OpenAPI document to FILE (no database needed; the web app's types come from it)`;

async function main(): Promise<number> {
  const [opdracht, bestand] = process.argv.slice(2);
  const config = laadKetenConfig();
  switch (opdracht) {
    case 'migrate': {
      const db = await startDatabase(config);
      try {
        const gedaan = await migreer(db.opties);
        console.log(gedaan.length ? `ran: ${gedaan.join(', ')}` : 'nothing to migrate');
      } finally {
        await db.stop();
      }
      return 0;
    }
    case 'schema-sql': {
      const db = await startDatabase(config);
      const url = await maakDatabase(db.url, `keten_schema_${process.pid}`);
      try {
        await migreer(dataSourceOpties(url, ENTITIES, MIGRATIONS));
        const ds = new DataSource(dataSourceOpties(url, ENTITIES, MIGRATIONS, 2));
        await ds.initialize();
        const sql = await ds.driver.createSchemaBuilder().log();
        await ds.destroy();
        console.log(
          sql.upQueries.length
            ? sql.upQueries.map((q) => `${q.query};`).join('\n')
            : '-- entities and migrations agree',
        );
      } finally {
        await verwijderDatabase(url);
        await db.stop();
      }
      return 0;
    }
    case 'openapi': {
      if (!bestand) break;
      // Preview mode: the modules and routes without instantiating providers, so nothing connects to a database.
      const app = await createApiApp(
        config,
        dataSourceOpties('postgresql://openapi@127.0.0.1:1/openapi', ENTITIES, MIGRATIONS),
        [WorkerModule],
        { preview: true },
      );
      writeFileSync(bestand, `${JSON.stringify(apiDocument(app), null, 2)}\n`);
      return 0;
    }
    default:
      break;
  }
  console.error(HULP);
  return 2;
}

process.exitCode = await main();
