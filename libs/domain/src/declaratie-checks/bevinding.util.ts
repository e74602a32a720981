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

/**
 * TR389 key: one debet per toewijzing × categorie × code × ProductPeriode. A ProductPeriode lies within one month
 * (CS337) and is the month clipped to the toewijzing (TR387/TR388), so the month identifies it; keying on the month
 * also catches two differently clipped periods in one month (FAQ: one Prestatie per combination per period).
 */
export function debetSleutel(toewijzingNummer: number, begindatum: Kalenderdatum, categorie: string, code: string): string {
  return `${toewijzingNummer}|${begindatum.slice(0, 7)}|${categorie}|${code}`;
}
