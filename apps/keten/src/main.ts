// `npm start`: Keten in one process on a fresh machine. Embedded PostgreSQL unless DATABASE_URL is set, BullMQ on
// PostgreSQL unless REDIS_URL is set; migrations, demo seed on first start, then the API and the worker.
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { beschrijfConfig, ConfigFout, KetenFout, laadKetenConfig } from '#keten/platform';
import { existsSync } from 'node:fs';
import { sluitApiAf } from '../../api/src/afsluiten.util.js';
import { createApiApp, WEB_DIR } from '../../api/src/create-api-app.js';
import { WorkerModule } from '../../worker/src/worker.module.js';
import { leesDemoTokens, leesDemoWachtwoorden, seedDemo } from './demo/demo-seed.js';
import { migreer, startDatabase } from './runtime.js';

async function main(): Promise<void> {
  const logger = new Logger('Keten');
  let config;
  try {
    config = laadKetenConfig();
  } catch (e) {
    if (e instanceof ConfigFout) {
      console.error(e.message);
      process.exit(78); // EX_CONFIG
    }
    throw e;
  }
  logger.log(`config: ${JSON.stringify(beschrijfConfig(config))}`);

  // The handlers come first: a Ctrl-C while the embedded database is still starting ends through process.exit, whose
  // exit hook stops that database too (a signal's default would leave it running).
  const stoppers: (() => Promise<unknown>)[] = [];
  let bezigMetStoppen = false;
  const stop = async (signaal: string, code = 0) => {
    if (bezigMetStoppen) return;
    bezigMetStoppen = true;
    logger.log(`${signaal}: shutting down`);
    for (const s of [...stoppers].reverse()) await s().catch((e: Error) => logger.error(e.message));
    process.exit(code);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  let database;
  try {
    database = await startDatabase(config);
  } catch (e) {
    logger.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
  stoppers.push(database.stop);

  try {
    logger.log(
      database.embedded
        ? `embedded PostgreSQL on 127.0.0.1:${config.KETEN_EMBEDDED_PG_PORT}`
        : 'PostgreSQL from DATABASE_URL',
    );
    const gedaan = await migreer(database.opties);
    if (gedaan.length) logger.log(`migrations run: ${gedaan.join(', ')}`);

    const api = await createApiApp(config, database.opties, [WorkerModule]);
    stoppers.push(() => sluitApiAf(api, config, logger));
    if (config.KETEN_SEED_DEMO && (await seedDemo(api, config.KETEN_DATA_DIR))) logger.log('demo data seeded');
    await api.listen(config.PORT, '0.0.0.0');

    const url = `http://localhost:${config.PORT}`;
    const tokens = leesDemoTokens(config.KETEN_DATA_DIR);
    const wachtwoorden = leesDemoWachtwoorden(config.KETEN_DATA_DIR);
    console.log(
      [
        '',
        `Keten runs at ${url}`,
        ...(existsSync(`${WEB_DIR}/index.html`) ? [`  web app:       ${url}/ (sign in with a demo token below)`] : []),
        `  health:        ${url}/health`,
        `  API docs:      ${url}/api/docs (OpenAPI JSON: ${url}/api/docs/openapi.json)`,
        `  queue backend: ${config.REDIS_URL ? 'Redis (REDIS_URL)' : 'BullMQ on PostgreSQL'}`,
        ...(tokens
          ? [
              '  demo tokens (Authorization: Bearer <token>):',
              ...Object.entries(tokens).map(([rol, t]) => `    ${rol.padEnd(22)} ${t.token}  (${t.naam})`),
            ]
          : []),
        ...(wachtwoorden
          ? [
              '  demo sign-in (POST /api/v1/toegang/inloggen):',
              ...Object.entries(wachtwoorden).map(
                ([rol, w]) => `    ${rol.padEnd(22)} ${w.email.padEnd(34)} ${w.wachtwoord}`,
              ),
            ]
          : []),
        '  Ctrl-C stops Keten and its embedded database.',
        '',
      ].join('\n'),
    );
  } catch (e) {
    logger.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    if (e instanceof KetenFout && e.fouten.length) logger.error(JSON.stringify(e.fouten));
    await stop('start-up failed', 1);
  }
}

void main();
