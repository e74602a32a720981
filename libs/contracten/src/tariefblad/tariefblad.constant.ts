import { kolomLetter as excelKolom } from '#keten/platform';
import type { TariefbladLimieten } from './tariefblad.types.js';

export const BLAD_CONTRACT = 'Contract';
export const BLAD_TARIEVEN = 'Tarieven';
export const BLAD_KOSTENOPBOUW = 'Kostenopbouw';

export const STANDAARD_LIMIETEN: TariefbladLimieten = {
  maxBytes: 5 * 1024 * 1024,
  maxUitgepakteBytes: 50 * 1024 * 1024,
  maxRijen: 10_000,
};

export interface Kolom<K extends string> {
  veld: K;
  kop: string;
  breedte: number;
}

// Column order is the contract of the sheet: the parser checks the headers and reads by position.
export const TARIEF_KOLOMMEN = [
  { veld: 'productCategorie', kop: 'Productcategorie', breedte: 16 },
  { veld: 'productCode', kop: 'Productcode', breedte: 12 },
  { veld: 'omschrijving', kop: 'Omschrijving', breedte: 40 },
  { veld: 'uitvoeringsvariant', kop: 'Uitvoeringsvariant', breedte: 20 },
  { veld: 'eenheid', kop: 'Eenheid (WJ756)', breedte: 14 },
  { veld: 'eenheidOmschrijving', kop: 'Eenheid omschrijving', breedte: 20 },
  { veld: 'bedrag', kop: 'Tarief (€)', breedte: 14 },
  { veld: 'ingangsdatum', kop: 'Ingangsdatum', breedte: 14 },
  { veld: 'einddatum', kop: 'Einddatum', breedte: 14 },
] as const satisfies readonly Kolom<string>[];

export const KOSTENOPBOUW_KOLOMMEN = [
  { veld: 'productCategorie', kop: 'Productcategorie', breedte: 16 },
  { veld: 'productCode', kop: 'Productcode', breedte: 12 },
  { veld: 'eenheid', kop: 'Eenheid (WJ756)', breedte: 14 },
  { veld: 'ingangsdatum', kop: 'Ingangsdatum', breedte: 14 },
  { veld: 'jaarsalaris', kop: 'Jaarsalaris per fte (€)', breedte: 18 },
  { veld: 'werkgeverslastenPercentage', kop: 'Werkgeverslasten (%)', breedte: 16 },
  { veld: 'jaarurenPerFte', kop: 'Jaaruren per fte', breedte: 14 },
  { veld: 'nietProductieveUren', kop: 'Niet-productieve uren (omschrijving %; …)', breedte: 40 },
  { veld: 'reiskostenPerJaar', kop: 'Reiskosten per jaar (€)', breedte: 16 },
  { veld: 'opleidingskostenPerJaar', kop: 'Opleidingskosten per jaar (€)', breedte: 16 },
  { veld: 'overigeVerplichtingenPerJaar', kop: 'Overige verplichtingen per jaar (€)', breedte: 18 },
  { veld: 'overheadPercentage', kop: 'Overhead (%)', breedte: 12 },
  { veld: 'overheadGrondslag', kop: 'Overhead grondslag (opslag / aandeel)', breedte: 20 },
  { veld: 'indexatiePercentage', kop: 'Indexatie (%)', breedte: 12 },
  { veld: 'urenPerEenheid', kop: 'Uren per eenheid', breedte: 14 },
  { veld: 'groepsgrootte', kop: 'Groepsgrootte', breedte: 12 },
  { veld: 'berekendeReelePrijs', kop: 'Berekende reële prijs (€, ter info)', breedte: 18 },
] as const satisfies readonly Kolom<string>[];

/** The column letter of a 0-based column index (the platform's kolomLetter counts from 1, as Excel does). */
export function kolomLetter(index0: number): string {
  return excelKolom(index0 + 1);
}
