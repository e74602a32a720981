// The API as its own deployable (production): needs DATABASE_URL; runs no migrations (use `npm run keten -- migrate`).
import { dataSourceOpties, laadKetenConfig } from '#keten/platform';
import { ENTITIES, MIGRATIONS } from '../../keten/src/schema.js';
import { createApiApp } from './create-api-app.js';

const config = laadKetenConfig();
if (!config.DATABASE_URL) throw new Error('DATABASE_URL is required for the separate api deployable');
const app = await createApiApp(config, dataSourceOpties(config.DATABASE_URL, ENTITIES, MIGRATIONS));
await app.listen(config.PORT, '0.0.0.0');
