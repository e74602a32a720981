// The api process of the beoordeling benchmark: Keten's api (createApiApp, as apps/api/src/main.ts builds it, without
// the HTTP listener) in a process of its own, so its CPU and memory are measured apart from the benchmark's, which
// holds every generated 323 for the floor. The benchmark sends it, over IPC, the path of one 323 at a time and the
// aanbieder posting it; it reads the file and receives it through BerichtIntakeService.ontvang, as POST /berichten
// does after authentication. With KETEN_BENCH_WORKER=1 it judges too (the one-process `npm start`).
import { readFile } from 'node:fs/promises';
import { dataSourceOpties, laadKetenConfig, type Principal } from '#keten/platform';
import { BerichtIntakeService } from '#keten/berichten';
import { ENTITIES, MIGRATIONS } from '../apps/keten/src/schema.js';
import { createApiApp } from '../apps/api/src/create-api-app.js';
import { WorkerModule } from '../apps/worker/src/worker.module.js';

export type NaarApi = { soort: 'bericht'; nummer: number; pad: string; principal: Principal } | { soort: 'stop' };
export type VanApi =
  | { soort: 'gestart' }
  | { soort: 'antwoord'; nummer: number; status: string; reden?: string | null }
  | { soort: 'fout'; nummer: number; bericht: string };

const config = laadKetenConfig();
if (!config.DATABASE_URL) throw new Error('DATABASE_URL is required');
const app = await createApiApp(
  config,
  dataSourceOpties(config.DATABASE_URL, ENTITIES, MIGRATIONS),
  process.env.KETEN_BENCH_WORKER === '1' ? [WorkerModule] : [],
);
await app.init();
const intake = app.get(BerichtIntakeService);
const stuur = (m: VanApi) => process.send!(m);

process.on('message', (m: NaarApi) => {
  if (m.soort === 'stop') {
    void app.close().then(() => process.exit(0));
    return;
  }
  void (async () => {
    try {
      const antwoord = await intake.ontvang(m.principal, await readFile(m.pad));
      stuur({ soort: 'antwoord', nummer: m.nummer, status: antwoord.status, reden: antwoord.reden });
    } catch (e) {
      stuur({ soort: 'fout', nummer: m.nummer, bericht: (e as Error).message });
    }
  })();
});
stuur({ soort: 'gestart' });
