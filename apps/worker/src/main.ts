// The worker as its own deployable: any number can run against one PostgreSQL (and Redis, when REDIS_URL is set).
import { Logger } from '@nestjs/common';
import { dataSourceOpties, laadKetenConfig } from '#keten/platform';
import { ENTITIES, MIGRATIONS } from '../../keten/src/schema.js';
import { createWorker } from './create-worker.js';

const config = laadKetenConfig();
if (!config.DATABASE_URL) throw new Error('DATABASE_URL is required for the separate worker deployable');
const worker = await createWorker(config, dataSourceOpties(config.DATABASE_URL, ENTITIES, MIGRATIONS));
let stopt = false;
// Active jobs finish within KETEN_SHUTDOWN_TIMEOUT_MS or go back to the queue (QueueService.onModuleDestroy).
for (const signaal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signaal, () => {
    if (stopt) return;
    stopt = true;
    new Logger('Worker').log(`${signaal}: stopping`);
    void worker.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
