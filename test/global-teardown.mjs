import { verwijderDatabase } from '../dist/libs/platform/src/index.js';

export default async function globalTeardown() {
  const urls = [
    ...JSON.parse(process.env.KETEN_TEST_WERKER_DATABASE_URLS ?? '[]'),
    process.env.KETEN_TEST_DATABASE_URL,
  ].filter(Boolean);
  for (const url of urls) await verwijderDatabase(url).catch(() => undefined);
  await globalThis.__KETEN_EMBEDDED__?.stop();
}
