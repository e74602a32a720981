import { gunzipSync, gzip } from 'node:zlib';
import { promisify } from 'node:util';

const gzipAsync = promisify(gzip);

/**
 * gzip for documents Keten stores as bytea (received messages, a declaratie's submitted prestaties): level 1, on
 * libuv's thread pool so the event loop keeps going. XML and JSON shrink about tenfold even at this level.
 */
export function comprimeer(data: Uint8Array): Promise<Buffer> {
  return gzipAsync(data, { level: 1 });
}

/** The gzip magic number: tells a compressed document from one stored before compression. */
export function isGecomprimeerd(data: Uint8Array): boolean {
  return data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b;
}

export function decomprimeer(data: Uint8Array): Buffer {
  return gunzipSync(data);
}
