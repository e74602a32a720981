import type { DebetCredit, Eenheid } from '#keten/domain';
import { comprimeer, decomprimeer, isGecomprimeerd } from '#keten/platform';

/**
 * The prestaties of a declaratie between intake and beoordeling (keten.declaratie.ingediende_prestaties): one
 * document per declaratie, as columns named after keten.prestatie's, in document order (index = volgnummer).
 * The intake stores it with the declaratie before its 202; the beoordeling turns it into keten.prestatie rows that
 * carry their result, in one insert, and clears it. So a prestatie is written once, judged, instead of inserted and
 * then updated (and each prestatie table index maintained twice). It holds client ids, never a BSN.
 */
export interface IngediendePrestaties {
  client_id: string[];
  referentie_nummer: string[];
  vorig_referentie_nummer: (string | null)[];
  toewijzing_nummer: number[];
  productcategorie: string[];
  productcode: string[];
  begindatum: string[];
  einddatum: string[];
  geleverd_volume: number[];
  eenheid: Eenheid[];
  product_tarief_centen: (number | null)[];
  ingediend_bedrag_centen: number[];
  debet_credit: DebetCredit[];
}

export const INGEDIENDE_KOLOMMEN = [
  'client_id',
  'referentie_nummer',
  'vorig_referentie_nummer',
  'toewijzing_nummer',
  'productcategorie',
  'productcode',
  'begindatum',
  'einddatum',
  'geleverd_volume',
  'eenheid',
  'product_tarief_centen',
  'ingediend_bedrag_centen',
  'debet_credit',
] as const satisfies readonly (keyof IngediendePrestaties)[];

/** The JSON, compressed: a 25 MB 323's prestaties become a few hundred kB. */
export function verpakIngediend(prestaties: IngediendePrestaties): Promise<Buffer> {
  return comprimeer(Buffer.from(JSON.stringify(prestaties), 'utf8'));
}

/** Also reads plain JSON (what the migration that introduced this column wrote for declaraties then still open). */
export function pakIngediendUit(opgeslagen: Buffer): IngediendePrestaties {
  const json = isGecomprimeerd(opgeslagen) ? decomprimeer(opgeslagen) : opgeslagen;
  return JSON.parse(json.toString('utf8')) as IngediendePrestaties;
}
