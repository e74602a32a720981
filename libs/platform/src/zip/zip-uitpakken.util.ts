import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';

const inflateRawAsync = promisify(inflateRaw);

export interface ZipLimieten {
  /** The sum of the bytes actually inflated, over every file unpacked. */
  maxUitgepakteBytes: number;
  maxBestanden: number;
}

export interface ZipBestand {
  naam: string;
  inhoud: Buffer;
}

export type ZipUitkomst =
  | { ok: true; bestanden: ZipBestand[]; namen: string[] }
  | { ok: false; reden: 'beschadigd' | 'te-groot' | 'te-veel-bestanden'; bericht: string };

const EOCD = 0x06054b50;
const CENTRAAL = 0x02014b50;
const LOKAAL = 0x04034b50;

/**
 * Unpacks a zip without trusting what it says about itself: the sizes in its directory can lie (a zip bomb claims a
 * few bytes and inflates to gigabytes), so every file is inflated with a cap of what is left of the limit, and the
 * count is of the bytes that came out. Inflating runs on libuv's thread pool, so the event loop stays free. Only
 * stored and deflated files, no zip64, no encryption: what Excel and message software write. `uitpakken` chooses
 * which files are inflated (the others are only named).
 */
export async function pakZipUit(
  data: Uint8Array,
  limieten: ZipLimieten,
  uitpakken: (naam: string) => boolean = () => true,
): Promise<ZipUitkomst> {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const beschadigd = (bericht = 'het bestand is geen geldige zip') => ({
    ok: false as const,
    reden: 'beschadigd' as const,
    bericht,
  });
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) return beschadigd();
  const aantal = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  if (aantal > limieten.maxBestanden)
    return {
      ok: false,
      reden: 'te-veel-bestanden',
      bericht: `de zip bevat ${aantal} bestanden; de grens is ${limieten.maxBestanden}`,
    };

  const namen: string[] = [];
  const bestanden: ZipBestand[] = [];
  let uitgepakt = 0;
  for (let i = 0; i < aantal; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAAL) return beschadigd();
    const vlaggen = buf.readUInt16LE(p + 8);
    const methode = buf.readUInt16LE(p + 10);
    const gecomprimeerd = buf.readUInt32LE(p + 20);
    const naamLengte = buf.readUInt16LE(p + 28);
    const extraLengte = buf.readUInt16LE(p + 30);
    const commentaarLengte = buf.readUInt16LE(p + 32);
    const lokaal = buf.readUInt32LE(p + 42);
    if (p + 46 + naamLengte > buf.length) return beschadigd();
    const naam = buf.toString('utf8', p + 46, p + 46 + naamLengte);
    p += 46 + naamLengte + extraLengte + commentaarLengte;
    if (naam.endsWith('/')) continue;
    namen.push(naam);
    if (!uitpakken(naam)) continue;
    if (vlaggen & 0x1) return beschadigd(`${naam} is versleuteld`);
    if (gecomprimeerd === 0xffffffff || lokaal === 0xffffffff) return beschadigd('zip64 wordt niet ondersteund');
    if (lokaal + 30 > buf.length || buf.readUInt32LE(lokaal) !== LOKAAL) return beschadigd();
    const begin = lokaal + 30 + buf.readUInt16LE(lokaal + 26) + buf.readUInt16LE(lokaal + 28);
    if (begin + gecomprimeerd > buf.length) return beschadigd();
    const ruw = buf.subarray(begin, begin + gecomprimeerd);
    const ruimte = limieten.maxUitgepakteBytes - uitgepakt;
    let inhoud: Buffer;
    if (methode === 0) {
      inhoud = Buffer.from(ruw);
    } else if (methode === 8) {
      try {
        // One byte more than the room left: reaching it means over the limit, and inflating stops there.
        inhoud = await inflateRawAsync(ruw, { maxOutputLength: Math.max(1, ruimte + 1) });
      } catch (e) {
        if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return teGroot(limieten);
        return beschadigd(`${naam} is beschadigd`);
      }
    } else {
      return beschadigd(`${naam} gebruikt een onbekende compressie (${methode})`);
    }
    uitgepakt += inhoud.length;
    if (uitgepakt > limieten.maxUitgepakteBytes) return teGroot(limieten);
    bestanden.push({ naam, inhoud });
  }
  return { ok: true, bestanden, namen };
}

const teGroot = (limieten: ZipLimieten) => ({
  ok: false as const,
  reden: 'te-groot' as const,
  bericht: `de zip pakt uit tot meer dan ${limieten.maxUitgepakteBytes} bytes (gemeten, niet zoals de zip zelf opgeeft)`,
});
