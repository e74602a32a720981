// 3.4 B (periods), 3.8 step 5: the ProductPeriode lies within the toewijzing, is the calendar month clipped to
// it (IV089), lies within one month, and within the current or an earlier declaratieperiode.
import { eersteVanMaand, laatsteVanMaand, maxDatum, minDatum } from '../datum/index.js';
import type { PrestatieInvoer } from './beoordeling.types.js';
import { GEEN, bevinding, isLaatsteVanMaand } from './bevinding.util.js';
import type { PrestatieContext } from './prestatie-context.types.js';
import { datumTekst, maandTekst } from './toelichting.util.js';

type Uitkomst = ReturnType<typeof bevinding>;

/** TR307 / OP279 / OP368: ProductPeriode.Begindatum ≥ Ingangsdatum of the toewijzing. */
export function TR307(p: PrestatieInvoer, c: PrestatieContext): Uitkomst {
  const t = c.toewijzing;
  if (t === null || p.productPeriode.begindatum >= t.ingangsdatum) return GEEN;
  return bevinding(
    '9307',
    'TR307',
    `De productperiode begint op ${datumTekst(p.productPeriode.begindatum)}, vóór de ingangsdatum ${datumTekst(t.ingangsdatum)} van toewijzing ${t.toewijzingNummer}.`,
  );
}

/** TR308: ProductPeriode.Einddatum ≤ Einddatum of the toewijzing, when filled. */
export function TR308(p: PrestatieInvoer, c: PrestatieContext): Uitkomst {
  const t = c.toewijzing;
  if (t === null || t.einddatum === null || p.productPeriode.einddatum <= t.einddatum) return GEEN;
  return bevinding(
    '9308',
    'TR308',
    `De productperiode eindigt op ${datumTekst(p.productPeriode.einddatum)}, na de einddatum ${datumTekst(t.einddatum)} van toewijzing ${t.toewijzingNummer}.`,
  );
}

/**
 * TR387 / IV089: the ProductPeriode begins on the 1st of the month, or on the Ingangsdatum when the toewijzing
 * starts later in that month. Not applied when TR307 already rejects the begindatum: one cause, one code.
 */
export function TR387(p: PrestatieInvoer, c: PrestatieContext): Uitkomst {
  const t = c.toewijzing;
  const begin = p.productPeriode.begindatum;
  if (t === null || begin < t.ingangsdatum) return GEEN;
  // Given begin ≥ ingangsdatum (TR307): valid when it is the ingangsdatum or the 1st of the month.
  if (begin === t.ingangsdatum || (begin.charCodeAt(8) === 48 && begin.charCodeAt(9) === 49)) return GEEN;
  const verwacht = maxDatum(eersteVanMaand(begin), t.ingangsdatum);
  if (begin === verwacht) return GEEN;
  return bevinding(
    '9387',
    'TR387',
    `De productperiode begint op ${datumTekst(begin)}; voor ${maandTekst(begin)} moet dat ${datumTekst(verwacht)} zijn ` +
      `(de eerste van de maand, of de ingangsdatum als de toewijzing later in de maand begint).`,
  );
}

/** TR388 / IV089: the ProductPeriode ends on the last of the month, or on the toewijzing's earlier Einddatum. */
export function TR388(p: PrestatieInvoer, c: PrestatieContext): Uitkomst {
  const t = c.toewijzing;
  const eind = p.productPeriode.einddatum;
  if (t === null || (t.einddatum !== null && eind > t.einddatum)) return GEEN;
  // Given eind ≤ einddatum (TR308): valid when it is the einddatum or the last day of the month.
  if (eind === t.einddatum || isLaatsteVanMaand(eind)) return GEEN;
  const verwacht = t.einddatum === null ? laatsteVanMaand(eind) : minDatum(laatsteVanMaand(eind), t.einddatum);
  if (eind === verwacht) return GEEN;
  return bevinding(
    '9388',
    'TR388',
    `De productperiode eindigt op ${datumTekst(eind)}; voor ${maandTekst(eind)} moet dat ${datumTekst(verwacht)} zijn ` +
      `(de laatste van de maand, of de einddatum als de toewijzing eerder in de maand eindigt).`,
  );
}

/** Whether a ProductPeriode is ordered and within one calendar month (CS337); volume maths needs it. */
export function isGeldigeProductPeriode(p: PrestatieInvoer): boolean {
  const { begindatum, einddatum } = p.productPeriode;
  return begindatum <= einddatum && begindatum.slice(0, 7) === einddatum.slice(0, 7);
}

/** CS337 / OP367: the ProductPeriode lies within one calendar month. */
export function CS337(p: PrestatieInvoer): Uitkomst {
  if (isGeldigeProductPeriode(p)) return GEEN;
  return bevinding(
    '0001',
    'CS337',
    `De productperiode ${datumTekst(p.productPeriode.begindatum)} t/m ${datumTekst(p.productPeriode.einddatum)} ligt niet binnen één kalendermaand.`,
  );
}

/** TR319: the ProductPeriode lies within the current or an earlier declaratieperiode. */
export function TR319(p: PrestatieInvoer, c: PrestatieContext): Uitkomst {
  const periode = c.kop.declaratiePeriode;
  if (p.productPeriode.einddatum <= periode.einddatum) return GEEN;
  return bevinding(
    '9319',
    'TR319',
    `De productperiode eindigt op ${datumTekst(p.productPeriode.einddatum)}, na de declaratieperiode ${maandTekst(periode.begindatum)}.`,
  );
}

/** TR335: the ProductPeriode ends at most 5 years before the DeclaratieDagtekening (exactly 5 years is allowed). */
export function TR335(p: PrestatieInvoer, c: PrestatieContext): Uitkomst {
  const grens = c.bericht.vroegsteProductPeriodeEinde;
  if (p.productPeriode.einddatum >= grens) return GEEN;
  return bevinding(
    '0001',
    'TR335',
    `De productperiode eindigt op ${datumTekst(p.productPeriode.einddatum)}, meer dan 5 jaar vóór de dagtekening ` +
      `${datumTekst(c.kop.dagtekening)} (toegestaan is een einddatum vanaf ${datumTekst(grens)}).`,
  );
}
