import { verwijderDatabase } from '../dist/libs/platform/src/index.js';

export default async function globalTeardown() {
  const url = process.env.KETEN_TEST_DATABASE_URL;
  if (url) await verwijderDatabase(url).catch(() => undefined);
  await globalThis.__KETEN_EMBEDDED__?.stop();
}
