// The worker as its own deployable: any number can run against one PostgreSQL (and Redis, when REDIS_URL is set).
import { Logger } from '@nestjs/common';
import { dataSourceOpties, laadKetenConfig } from '#keten/platform';
import { ENTITIES, MIGRATIONS } from '../../keten/src/schema.js';
import { createWorker } from './create-worker.js';

const config = laadKetenConfig();
if (!config.DATABASE_URL) throw new Error('DATABASE_URL is required for the separate worker deployable');
// The signal handlers come first: the worker takes jobs while it is still starting (its queues start at bootstrap), and
// a SIGTERM then must stop it as cleanly as later, not kill it.
const worker = createWorker(config, dataSourceOpties(config.DATABASE_URL, ENTITIES, MIGRATIONS));
let stopt = false;
// Active jobs finish within KETEN_SHUTDOWN_TIMEOUT_MS or go back to the queue (QueueService.onModuleDestroy).
for (const signaal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signaal, () => {
    if (stopt) return;
    stopt = true;
    new Logger('Worker').log(`${signaal}: stopping`);
    void worker
      .then((w) => w.close())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  });
}
await worker;
