// Plain-Dutch wording for toelichtingen: every rejection names the numbers that decided it.
import { Eenheid, Frequentie } from '../codelijsten/index.js';
import { formatEuro } from '../geld/index.js';
import { laatsteVanMaand, type Kalenderdatum } from '../datum/index.js';
import type { DatumBereik } from './beoordeling.types.js';

const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

const EENHEID_TEKST: Record<Eenheid, [enkelvoud: string, meervoud: string]> = {
  [Eenheid.Minuut]: ['minuut', 'minuten'],
  [Eenheid.Uur]: ['uur', 'uur'],
  [Eenheid.Etmaal]: ['etmaal', 'etmalen'],
  [Eenheid.Dagdeel]: ['dagdeel', 'dagdelen'],
  [Eenheid.StuksOutput]: ['stuk', 'stuks'],
  [Eenheid.Euros]: ['euro', 'euro'],
  [Eenheid.StuksInspanning]: ['stuk', 'stuks'],
};

const FREQUENTIE_TEKST: Record<Frequentie, string> = {
  [Frequentie.PerDag]: 'per dag',
  [Frequentie.PerWeek]: 'per week',
  [Frequentie.PerMaand]: 'per maand',
  [Frequentie.TotaalBinnenGeldigheidsduur]: 'in totaal binnen de looptijd',
};

/** "3 uur", "90 minuten", "€ 12,50" (eenheid 83 is a volume in eurocent, IV042). */
export function volumeTekst(volume: number, eenheid: Eenheid): string {
  if (eenheid === Eenheid.Euros) return formatEuro(volume);
  const [een, meer] = EENHEID_TEKST[eenheid] ?? ['', ''];
  const getal = Number.isInteger(volume) ? String(volume) : volume.toFixed(2).replace('.', ',');
  return `${getal} ${volume === 1 ? een : meer}`;
}

/** Volume counted in minutes because uur was declared in minuten (TR341/IV081): "17 uur" or "1.020 minuten". */
export function minutenTekst(minuten: number): string {
  if (minuten % 60 === 0) return volumeTekst(minuten / 60, Eenheid.Uur);
  return `${minuten} minuten (${Math.floor(minuten / 60)} uur en ${minuten % 60} minuten)`;
}

export function frequentieTekst(frequentie: Frequentie): string {
  return FREQUENTIE_TEKST[frequentie] ?? `frequentie ${frequentie}`;
}

/** "14-10-2025". */
export function datumTekst(datum: Kalenderdatum): string {
  return `${datum.slice(8, 10)}-${datum.slice(5, 7)}-${datum.slice(0, 4)}`;
}

/** "april 2026". */
export function maandTekst(datum: Kalenderdatum): string {
  return `${MAANDEN[+datum.slice(5, 7) - 1]} ${datum.slice(0, 4)}`;
}

/** "april 2026" for a whole month, else "14-10-2025 t/m 31-10-2025". */
export function periodeTekst(periode: DatumBereik): string {
  const heleMaand =
    periode.begindatum.slice(8, 10) === '01' &&
    periode.begindatum.slice(0, 7) === periode.einddatum.slice(0, 7) &&
    periode.einddatum === laatsteVanMaand(periode.einddatum);
  return heleMaand
    ? maandTekst(periode.begindatum)
    : `${datumTekst(periode.begindatum)} t/m ${datumTekst(periode.einddatum)}`;
}
