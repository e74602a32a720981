// Small shared pieces of the checks: the empty result, a single finding, and unit normalisation.
import { Eenheid, type Retourcode } from '../codelijsten/index.js';
import type { Kalenderdatum } from '../datum/index.js';
import type { DeclaratieBevinding } from './beoordeling.types.js';

/** The result of a check that found nothing; shared so that 200,000 prestaties allocate no empty arrays. */
export const GEEN: readonly DeclaratieBevinding[] = Object.freeze([]);

export function bevinding(retourcode: Retourcode, regel: string, toelichting: string): readonly DeclaratieBevinding[] {
  return [{ retourcode, regel, toelichting }];
}

/**
 * A volume in the counting unit of a toewijzing: minutes when the toewijzing is in uur (uur may be declared in
 * minuten, TR341/IV081), else its own eenheid. Null when the eenheid does not fit the toewijzing (TR341).
 */
export function volumeInBasis(volume: number, eenheid: Eenheid, toewijzingEenheid: Eenheid): number | null {
  if (toewijzingEenheid === Eenheid.Uur) {
    if (eenheid === Eenheid.Uur) return volume * 60;
    if (eenheid === Eenheid.Minuut) return volume;
    return null;
  }
  return eenheid === toewijzingEenheid ? volume : null;
}

/** The counting unit's factor to the toewijzing's eenheid: 60 for uur (counted in minutes), else 1. */
export function basisFactor(toewijzingEenheid: Eenheid): number {
  return toewijzingEenheid === Eenheid.Uur ? 60 : 1;
}

/** Whether two dates fall in the same calendar month, compared in place ('YYYY-MM'). */
export function zelfdeMaand(a: Kalenderdatum, b: Kalenderdatum): boolean {
  for (let i = 0; i < 7; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

const DAGEN_IN_MAAND = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether a date is the last day of its month, without building a Date (hot path of TR388). */
export function isLaatsteVanMaand(datum: Kalenderdatum): boolean {
  const c = (i: number) => datum.charCodeAt(i) - 48;
  const jaar = c(0) * 1000 + c(1) * 100 + c(2) * 10 + c(3);
  const maand = c(5) * 10 + c(6);
  const dag = c(8) * 10 + c(9);
  const schrikkel = (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0;
  return dag === (maand === 2 && schrikkel ? 29 : DAGEN_IN_MAAND[maand - 1]);
}

/**
 * Days since 1970-01-01 of a 'YYYY-MM-DD' date, as datum/dagnummer but by integer arithmetic (days-from-civil,
 * H. Hinnant) without a Date: the volume maths calls it several times per prestatie, 200,000 times per declaratie.
 */
export function dagnummerSnel(datum: Kalenderdatum): number {
  const c = (i: number) => datum.charCodeAt(i) - 48;
  let jaar = c(0) * 1000 + c(1) * 100 + c(2) * 10 + c(3);
  const maand = c(5) * 10 + c(6);
  const dag = c(8) * 10 + c(9);
  if (maand <= 2) jaar -= 1;
  const era = Math.floor(jaar / 400);
  const jaarVanEra = jaar - era * 400;
  const dagVanJaar = Math.floor((153 * (maand + (maand > 2 ? -3 : 9)) + 2) / 5) + dag - 1;
  const dagVanEra = jaarVanEra * 365 + Math.floor(jaarVanEra / 4) - Math.floor(jaarVanEra / 100) + dagVanJaar;
  return era * 146097 + dagVanEra - 719468;
}
