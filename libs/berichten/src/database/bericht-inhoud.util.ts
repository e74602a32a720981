import { gunzipSync, gzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { BsnKluis } from '#keten/platform';

const gzipAsync = promisify(gzip);
const GZIP_MAGIC = 0x1f8b;

/**
 * A received message as stored in keten.bericht.inhoud_versleuteld: gzip, then AES-256-GCM (it holds BSNs).
 * Compressed first because ciphertext does not compress: an iWmo/iJw message shrinks about tenfold, which is most of
 * what a 25 MB 323 costs to send to PostgreSQL and write to its WAL. gzip runs on libuv's thread pool, off the event loop.
 */
export async function verpakInhoud(kluis: BsnKluis, inhoud: Buffer): Promise<Buffer> {
  return kluis.versleutelBytes(await gzipAsync(inhoud, { level: 1 }));
}

/** The message as received; also reads rows stored before compression (the XML as base64 text, which never starts 0x1f). */
export function pakInhoudUit(kluis: BsnKluis, opgeslagen: Buffer): Buffer {
  const platte = kluis.ontsleutelBytes(opgeslagen);
  if (platte.length >= 2 && platte.readUInt16BE(0) === GZIP_MAGIC) return gunzipSync(platte);
  return Buffer.from(platte.toString('latin1'), 'base64');
}
