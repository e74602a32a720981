import { comprimeer, decomprimeer, isGecomprimeerd, type BsnKluis } from '#keten/platform';

/**
 * A received message as stored in keten.bericht.inhoud_versleuteld: gzip, then AES-256-GCM (it holds BSNs).
 * Compressed first because ciphertext does not compress: an iWmo/iJw message shrinks about tenfold, which is most of
 * what a 25 MB 323 costs to send to PostgreSQL and write to its WAL.
 */
export async function verpakInhoud(kluis: BsnKluis, inhoud: Buffer): Promise<Buffer> {
  return kluis.versleutelBytes(await comprimeer(inhoud));
}

/** The message as received; also reads rows stored before compression (the XML as base64 text, which never starts 0x1f). */
export function pakInhoudUit(kluis: BsnKluis, opgeslagen: Buffer): Buffer {
  const platte = kluis.ontsleutelBytes(opgeslagen);
  return isGecomprimeerd(platte) ? decomprimeer(platte) : Buffer.from(platte.toString('latin1'), 'base64');
}
