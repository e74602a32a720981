// Integration and e2e tests run against a real PostgreSQL (DATABASE_URL's server when set, otherwise an embedded
// one) in fresh databases with every migration applied, and against Redis when REDIS_URL is set.
// Each jest worker gets a database of its own, copied from one migrated here: test files running side by side
// must not share one, or one app's outbox relay and sweeper take the other's jobs (each app has its own queue prefix).
// Plain JS on the compiled code: jest loads global setup outside its TypeScript/ESM transform (`npm test` builds first).
import path from 'node:path';
import { maakDatabase, startEmbeddedPostgres, dataSourceOpties } from '../dist/libs/platform/src/index.js';
import { ENTITIES, MIGRATIONS } from '../dist/apps/keten/src/schema.js';
import { migreer } from '../dist/apps/keten/src/runtime.js';

export default async function globalSetup(globalConfig) {
  let server = process.env.DATABASE_URL;
  if (!server) {
    const embedded = await startEmbeddedPostgres({
      dataDir: path.resolve('.keten/test'),
      port: 54339,
      database: 'postgres',
    });
    globalThis.__KETEN_EMBEDDED__ = embedded;
    server = embedded.url;
  }
  const naam = `keten_test_${process.pid}`;
  const url = await maakDatabase(server, naam);
  await migreer(dataSourceOpties(url, ENTITIES, MIGRATIONS));
  // One per jest worker, in the order of JEST_WORKER_ID (1 to maxWorkers; 1 in band): test/support/test-app.ts picks its own.
  const werkerUrls = [];
  for (let werker = 1; werker <= Math.max(1, globalConfig.maxWorkers ?? 1); werker++)
    werkerUrls.push(await maakDatabase(server, `${naam}_w${werker}`, naam));
  process.env.KETEN_TEST_DATABASE_URL = url;
  process.env.KETEN_TEST_WERKER_DATABASE_URLS = JSON.stringify(werkerUrls);
  const waar = new URL(url);
  console.log(
    `\nintegration tests: PostgreSQL ${waar.host}${waar.pathname}_w1…${werkerUrls.length}; queue backends: postgres${process.env.REDIS_URL ? ' + redis' : ' only (REDIS_URL unset)'}`,
  );
}
