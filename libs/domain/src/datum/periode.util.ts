import { dagnummer, type Kalenderdatum } from './kalenderdatum.util.js';

/** A closed period [begindatum, einddatum]; einddatum null means open-ended. */
export interface Periode {
  begindatum: Kalenderdatum;
  einddatum: Kalenderdatum | null;
}

export function binnenPeriode(datum: Kalenderdatum, periode: Periode): boolean {
  return datum >= periode.begindatum && (periode.einddatum === null || datum <= periode.einddatum);
}

/** Whether [a] lies entirely within [b]. */
export function periodeBinnen(a: Periode, b: Periode): boolean {
  if (a.begindatum < b.begindatum) return false;
  if (b.einddatum === null) return true;
  return a.einddatum !== null && a.einddatum <= b.einddatum;
}

export function periodesOverlappen(a: Periode, b: Periode): boolean {
  const aEindeVoorB = a.einddatum !== null && a.einddatum < b.begindatum;
  const bEindeVoorA = b.einddatum !== null && b.einddatum < a.begindatum;
  return !aEindeVoorB && !bEindeVoorA;
}

/** Number of days in a closed, bounded period (both ends included). */
export function aantalDagen(periode: { begindatum: Kalenderdatum; einddatum: Kalenderdatum }): number {
  return dagnummer(periode.einddatum) - dagnummer(periode.begindatum) + 1;
}
