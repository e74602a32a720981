import { deflateRawSync } from 'node:zlib';
import { http } from './http.js';

const gedeflate = new Map<number, Buffer>();

/**
 * A zip bomb whose directory lies: one file of `werkelijk` zero bytes, deflated to about a thousandth of that, while
 * both its local header and the central directory claim it unpacks to `opgegeven` bytes (and a CRC of 0).
 */
export function liegendeZip(naam: string, werkelijk: number, opgegeven = 100): Buffer {
  let data = gedeflate.get(werkelijk);
  if (!data) gedeflate.set(werkelijk, (data = deflateRawSync(Buffer.alloc(werkelijk), { level: 9 })));
  const naamBytes = Buffer.from(naam, 'utf8');
  const lokaal = Buffer.alloc(30);
  lokaal.writeUInt32LE(0x04034b50, 0);
  lokaal.writeUInt16LE(20, 4);
  lokaal.writeUInt16LE(8, 8);
  lokaal.writeUInt32LE(data.length, 18);
  lokaal.writeUInt32LE(opgegeven, 22);
  lokaal.writeUInt16LE(naamBytes.length, 26);
  const centraal = Buffer.alloc(46);
  centraal.writeUInt32LE(0x02014b50, 0);
  centraal.writeUInt16LE(20, 4);
  centraal.writeUInt16LE(20, 6);
  centraal.writeUInt16LE(8, 10);
  centraal.writeUInt32LE(data.length, 20);
  centraal.writeUInt32LE(opgegeven, 24);
  centraal.writeUInt16LE(naamBytes.length, 28);
  centraal.writeUInt32LE(0, 42);
  const centraalBegin = lokaal.length + naamBytes.length + data.length;
  const eind = Buffer.alloc(22);
  eind.writeUInt32LE(0x06054b50, 0);
  eind.writeUInt16LE(1, 8);
  eind.writeUInt16LE(1, 10);
  eind.writeUInt32LE(centraal.length + naamBytes.length, 12);
  eind.writeUInt32LE(centraalBegin, 16);
  return Buffer.concat([lokaal, naamBytes, data, centraal, naamBytes, eind]);
}

/**
 * Runs a hostile request and, while it runs, asks /health: the event loop must stay free, so that answer comes
 * within a second. Returns the hostile request's answer and how long /health took.
 */
export async function gezondTijdens<T>(
  url: string,
  vijandig: () => Promise<T>,
): Promise<{ antwoord: T; healthMs: number }> {
  const lopend = vijandig();
  await new Promise((r) => setTimeout(r, 30));
  const begin = performance.now();
  const health = await http(url, 'GET', '/health');
  const healthMs = performance.now() - begin;
  if (health.status !== 200) throw new Error(`/health answered ${health.status}`);
  return { antwoord: await lopend, healthMs };
}
