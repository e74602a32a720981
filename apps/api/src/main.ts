// The API as its own deployable (production): needs DATABASE_URL; runs no migrations (use `npm run keten -- migrate`).
import { Logger } from '@nestjs/common';
import { dataSourceOpties, laadKetenConfig } from '#keten/platform';
import { ENTITIES, MIGRATIONS } from '../../keten/src/schema.js';
import { sluitApiAf } from './afsluiten.util.js';
import { createApiApp } from './create-api-app.js';

const config = laadKetenConfig();
if (!config.DATABASE_URL) throw new Error('DATABASE_URL is required for the separate api deployable');
const app = await createApiApp(config, dataSourceOpties(config.DATABASE_URL, ENTITIES, MIGRATIONS));
await app.listen(config.PORT, '0.0.0.0');

let stopt = false;
for (const signaal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signaal, () => {
    if (stopt) return;
    stopt = true;
    const logger = new Logger('Keten');
    logger.log(`${signaal}: stopping (in-flight requests get ${config.KETEN_SHUTDOWN_TIMEOUT_MS} ms)`);
    sluitApiAf(app, config, logger).then(
      () => process.exit(0),
      (e: Error) => {
        logger.error(`stopping failed: ${e.message}`);
        process.exit(1);
      },
    );
  });
}
