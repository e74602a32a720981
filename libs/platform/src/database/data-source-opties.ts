import type { DataSourceOptions, MixedList } from 'typeorm';
import './pg-types.js';

/**
 * The longest a query waits for a pooled connection (pg's connectionTimeoutMillis): with the pool exhausted, a request
 * fails with an error instead of hanging (issue 18), and /health still answers.
 */
export const DATABASE_ACQUIRE_TIMEOUT_MS = 5000;

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Klassen = MixedList<Function | string>;

/** One definition of how Keten talks to PostgreSQL; the schema comes from migrations only, never synchronize. */
export function dataSourceOpties(url: string, entities: Klassen, migrations: Klassen, poolMax = 20): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'migraties',
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    // Off: a failed query's parameters may hold personal data (a BSN is never logged); errors surface through the filter.
    logging: false,
    extra: {
      max: poolMax,
      application_name: 'keten',
      connectionTimeoutMillis: DATABASE_ACQUIRE_TIMEOUT_MS,
      // Queries issued together on one connection (Promise.all in a transaction) are sent together and answered in
      // order, instead of one round trip each: a round trip costs more CPU than a small statement (issue 19).
      pipeline: true,
    },
  };
}
