// Integration and e2e tests run against a real PostgreSQL (DATABASE_URL's server when set, otherwise an embedded
// one) in a fresh database with every migration applied, and against Redis when REDIS_URL is set.
// Plain JS on the compiled code: jest loads global setup outside its TypeScript/ESM transform (`npm test` builds first).
import path from 'node:path';
import { maakDatabase, startEmbeddedPostgres, dataSourceOpties } from '../dist/libs/platform/src/index.js';
import { ENTITIES, MIGRATIONS } from '../dist/apps/keten/src/schema.js';
import { migreer } from '../dist/apps/keten/src/runtime.js';

export default async function globalSetup() {
  let server = process.env.DATABASE_URL;
  if (!server) {
    const embedded = await startEmbeddedPostgres({ dataDir: path.resolve('.keten/test'), port: 54339, database: 'postgres' });
    globalThis.__KETEN_EMBEDDED__ = embedded;
    server = embedded.url;
  }
  const url = await maakDatabase(server, `keten_test_${process.pid}`);
  await migreer(dataSourceOpties(url, ENTITIES, MIGRATIONS));
  process.env.KETEN_TEST_DATABASE_URL = url;
  const waar = new URL(url);
  console.log(`\nintegration tests: PostgreSQL ${waar.host}${waar.pathname}; queue backends: postgres${process.env.REDIS_URL ? ' + redis' : ' only (REDIS_URL unset)'}`);
}
