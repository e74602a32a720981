import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { dataSourceOpties, laadKetenConfig, Rol, TokenService, type KetenConfig } from '#keten/platform';
import { ENTITIES, MIGRATIONS } from '../../apps/keten/src/schema.js';
import { createApiApp } from '../../apps/api/src/create-api-app.js';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';

export const BOOTSTRAP_TOKEN = 'test-bootstrap-token-met-genoeg-tekens';

/** This jest worker's own migrated database (test/global-setup.mjs copies one per worker). */
export function testDatabaseUrl(): string {
  const urls = JSON.parse(process.env.KETEN_TEST_WERKER_DATABASE_URLS ?? '[]') as string[];
  const url = urls[Number(process.env.JEST_WORKER_ID ?? '1') - 1];
  if (!url)
    throw new Error(
      'no test database for this jest worker: run integration tests through jest (test/global-setup.mjs)',
    );
  return url;
}

export function testConfig(overrides: Record<string, string> = {}): KetenConfig {
  return laadKetenConfig({
    NODE_ENV: 'test',
    DATABASE_URL: overrides.DATABASE_URL ?? testDatabaseUrl(),
    REDIS_URL: process.env.REDIS_URL,
    KETEN_BOOTSTRAP_TOKEN: BOOTSTRAP_TOKEN,
    KETEN_LOG_LEVEL: 'error',
    // Test files side by side on one Redis must not take each other's jobs (each jest worker has its own database).
    KETEN_QUEUE_PREFIX: `keten-test-${process.pid}`,
    KETEN_BODY_LIMIT_BYTES: String(64 * 1024),
    KETEN_BSN_SLEUTEL: '0123456789abcdef'.repeat(4),
    ...overrides,
  });
}

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  dataSource: DataSource;
  /** A token for a new gebruiker with this role, acting for the given organisatie. */
  token(rol: Rol, organisatieId: string | null): Promise<string>;
  close(): Promise<void>;
}

/** The real API (and, with metWorker, the worker's processors) on a random port against the test database. */
export async function startTestApp(
  opties: { metWorker?: boolean; config?: Record<string, string> } = {},
): Promise<TestApp> {
  const config = testConfig(opties.config);
  const app = await createApiApp(
    config,
    dataSourceOpties(config.DATABASE_URL!, ENTITIES, MIGRATIONS, 10),
    opties.metWorker ? [WorkerModule] : [],
  );
  await app.listen(0, '127.0.0.1');
  const adres = app.getHttpServer().address() as { port: number };
  const dataSource = app.get(DataSource);
  const tokens = app.get(TokenService);
  let volgnummer = 0;
  return {
    app,
    url: `http://127.0.0.1:${adres.port}`,
    dataSource,
    async token(rol, organisatieId) {
      const [{ id }] = (await dataSource.query(
        `INSERT INTO keten.gebruiker (naam, email, rol, organisatie_id) VALUES ($1, $2, $3, $4) RETURNING id`,
        [`test ${rol}`, `${rol}-${process.pid}-${Date.now()}-${++volgnummer}@test.keten`, rol, organisatieId],
      )) as { id: string }[];
      return tokens.geefToken(id, 'test');
    },
    close: () => app.close(),
  };
}
