import { existsSync, readFileSync, rmSync } from 'node:fs';
import { verwijderDatabase } from '#keten/platform';
import { TOESTAND } from './global-setup.js';

export default async function globalTeardown(): Promise<void> {
  if (!existsSync(TOESTAND)) return;
  const { pid, dataDir, databaseUrl } = JSON.parse(readFileSync(TOESTAND, 'utf8')) as {
    pid: number;
    dataDir: string;
    databaseUrl: string | null;
  };
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // already gone
  }
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0);
      await new Promise((r) => setTimeout(r, 100));
    } catch {
      break;
    }
  }
  if (databaseUrl) await verwijderDatabase(databaseUrl);
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(TOESTAND, { force: true });
}
