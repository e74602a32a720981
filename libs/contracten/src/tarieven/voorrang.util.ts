import { plusDagen, type Kalenderdatum } from '#keten/domain';

interface Geldig {
  ingangsdatum: Kalenderdatum;
  einddatum: Kalenderdatum | null;
}

/**
 * A deelovereenkomst's tariff takes precedence over the basisovereenkomst's for the same product and eenheid:
 * returns the specific versions plus what is left of each basis version outside them (clipped copies), so that
 * on any date at most one version applies per key. Periods are closed [ingangsdatum, einddatum]; null = open.
 */
export function metVoorrang<T extends Geldig>(
  basis: readonly T[],
  specifiek: readonly T[],
  sleutel: (t: T) => string,
): T[] {
  const perSleutel = new Map<string, T[]>();
  for (const s of specifiek) perSleutel.set(sleutel(s), [...(perSleutel.get(sleutel(s)) ?? []), s]);
  for (const lijst of perSleutel.values()) lijst.sort((a, b) => (a.ingangsdatum < b.ingangsdatum ? -1 : 1));
  const uit: T[] = [...specifiek];
  for (const b of basis) {
    let van: Kalenderdatum | null = b.ingangsdatum;
    for (const s of perSleutel.get(sleutel(b)) ?? []) {
      if (van === null) break;
      if (s.einddatum !== null && s.einddatum < van) continue;
      if (b.einddatum !== null && s.ingangsdatum > b.einddatum) break;
      if (s.ingangsdatum > van) uit.push({ ...b, ingangsdatum: van, einddatum: plusDagen(s.ingangsdatum, -1) });
      van = s.einddatum === null ? null : plusDagen(s.einddatum, 1);
    }
    if (van !== null && (b.einddatum === null || van <= b.einddatum)) uit.push({ ...b, ingangsdatum: van });
  }
  return uit;
}
