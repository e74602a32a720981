import { verwijderDatabase } from '../dist/libs/platform/src/index.js';

export default async function globalTeardown() {
  const url = process.env.KETEN_TEST_DATABASE_URL;
  if (url) {
    const werkers = Number(process.env.KETEN_TEST_WERKERS ?? 0);
    for (let werker = 1; werker <= werkers; werker++) {
      const eigen = new URL(url);
      eigen.pathname = `${eigen.pathname}_w${werker}`;
      await verwijderDatabase(eigen.toString()).catch(() => undefined);
    }
    await verwijderDatabase(url).catch(() => undefined);
  }
  await globalThis.__KETEN_EMBEDDED__?.stop();
}
