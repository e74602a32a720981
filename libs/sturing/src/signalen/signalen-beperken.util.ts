import type { SignalenDto } from './signalen.dto.js';

/** Toewijzingen listed per signal on screen; the xlsx lists them all. */
export const MAXIMUM_TOEWIJZINGEN_PER_SIGNAAL = 100;

/**
 * The signals per toewijzing can flag tens of thousands of a gemeente's toewijzingen (sturing-en-schaal.md 3): the
 * answer names how many, and lists the worst first (longest without a declaration, most over its allocation) up to
 * the maximum. Shorter lists stay as they are.
 */
export function beperkSignalen(s: SignalenDto, maximum = MAXIMUM_TOEWIJZINGEN_PER_SIGNAAL): SignalenDto {
  const aantallen = { geenDeclaratie: s.geenDeclaratie.length, uitputting: s.uitputting.length };
  const geenDeclaratie =
    s.geenDeclaratie.length > maximum
      ? [...s.geenDeclaratie]
          .sort(
            (a, b) =>
              b.maandenSindsStart - a.maandenSindsStart ||
              b.toegewezenTotNuCenten - a.toegewezenTotNuCenten ||
              a.toewijzingNummer - b.toewijzingNummer,
          )
          .slice(0, maximum)
      : s.geenDeclaratie;
  const uitputting =
    s.uitputting.length > maximum
      ? [...s.uitputting]
          .sort(
            (a, b) =>
              b.verwachtTotaalCenten - b.toegewezenCenten - (a.verwachtTotaalCenten - a.toegewezenCenten) ||
              a.toewijzingNummer - b.toewijzingNummer,
          )
          .slice(0, maximum)
      : s.uitputting;
  return { ...s, geenDeclaratie, uitputting, aantallen };
}
