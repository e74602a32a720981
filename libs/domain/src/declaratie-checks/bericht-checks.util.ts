// 3.4 A: checks on the Declaratie class of a 323. A finding here rejects the whole declaratie (3.8 step 1).
// TR319 and TR335 are listed in 3.4 A too, but they judge one ProductPeriode and TR319 has a prestatie-level code
// (9319), so they run per prestatie (periode-checks.util.ts) and never take the other prestaties down with them.
import { DebetCredit } from '../codelijsten/index.js';
import { eersteVanMaand, laatsteVanMaand } from '../datum/index.js';
import { formatEuro } from '../geld/index.js';
import type { BeoordelingContext, DeclaratieKop, PrestatieInvoer } from './beoordeling.types.js';
import { GEEN, bevinding } from './bevinding.util.js';
import type { BerichtCheck } from './prestatie-context.types.js';
import { datumTekst, maandTekst, periodeTekst } from './toelichting.util.js';

/** CS100: the first DeclaratiePeriode a 323 may carry. */
export const EERSTE_DECLARATIEPERIODE = '2021-01-01';

/** CS340: the DeclaratiePeriode is exactly one whole calendar month. */
export function CS340(kop: DeclaratieKop): ReturnType<BerichtCheck> {
  const { begindatum, einddatum } = kop.declaratiePeriode;
  if (begindatum === eersteVanMaand(begindatum) && einddatum === laatsteVanMaand(begindatum)) return GEEN;
  return bevinding(
    '0001',
    'CS340',
    `De declaratieperiode ${datumTekst(begindatum)} t/m ${datumTekst(einddatum)} is geen hele kalendermaand.`,
  );
}

/** CS100: DeclaratiePeriode on or after 01-01-2021. */
export function CS100(kop: DeclaratieKop): ReturnType<BerichtCheck> {
  if (kop.declaratiePeriode.begindatum >= EERSTE_DECLARATIEPERIODE) return GEEN;
  return bevinding(
    '0001',
    'CS100',
    `De declaratieperiode begint op ${datumTekst(kop.declaratiePeriode.begindatum)}, vóór 01-01-2021.`,
  );
}

/** TR333 / OP349: DeclaratieNummer unique per aanbieder per wettelijk domein. */
export function TR333(
  kop: DeclaratieKop,
  _p: readonly PrestatieInvoer[],
  context: BeoordelingContext,
): ReturnType<BerichtCheck> {
  if (!context.bekendeDeclaratieNummers.has(kop.declaratieNummer)) return GEEN;
  return bevinding(
    '9333',
    'TR333',
    `Declaratienummer ${kop.declaratieNummer} is al eerder door deze aanbieder ingediend.`,
  );
}

/** Σ debet − Σ credit IngediendBedrag of the prestaties, signed cents. */
export function somIngediend(prestaties: readonly PrestatieInvoer[]): bigint {
  // Summed as numbers in chunks below 2^53 (each bedrag ≤ 99 999 999), then carried into a bigint.
  let som = 0n;
  let deel = 0;
  for (let i = 0; i < prestaties.length; i++) {
    const p = prestaties[i];
    deel += p.debetCredit === DebetCredit.Credit ? -p.ingediendBedrag : p.ingediendBedrag;
    if ((i & 0xfffff) === 0xfffff) {
      som += BigInt(deel);
      deel = 0;
    }
  }
  return som + BigInt(deel);
}

export function getekendTotaal(kop: DeclaratieKop): bigint {
  const b = BigInt(kop.totaalIngediendBedrag.bedrag);
  return kop.totaalIngediendBedrag.debetCredit === DebetCredit.Credit ? -b : b;
}

/** TR358: TotaalIngediendBedrag = Σ debet − Σ credit IngediendBedrag. */
export function TR358(kop: DeclaratieKop, prestaties: readonly PrestatieInvoer[]): ReturnType<BerichtCheck> {
  const som = somIngediend(prestaties);
  const totaal = getekendTotaal(kop);
  if (som === totaal) return GEEN;
  return bevinding(
    '0001',
    'TR358',
    `Het totaal ingediend bedrag is ${formatEuro(totaal)}, maar de prestaties tellen op tot ${formatEuro(som)} (debet min credit).`,
  );
}

/** CS325: a TotaalIngediendBedrag of 0 carries DebetCredit D. */
export function CS325(kop: DeclaratieKop): ReturnType<BerichtCheck> {
  if (kop.totaalIngediendBedrag.bedrag !== 0 || kop.totaalIngediendBedrag.debetCredit === DebetCredit.Debet)
    return GEEN;
  return bevinding(
    '0001',
    'CS325',
    'Een totaal ingediend bedrag van € 0,00 moet als debet (D) worden aangeleverd, niet als credit.',
  );
}

function maandIndex(datum: string): number {
  return +datum.slice(0, 4) * 12 + (+datum.slice(5, 7) - 1);
}

function maandVanIndex(index: number): string {
  const jaar = Math.floor(index / 12);
  const maand = (index % 12) + 1;
  return `${jaar}-${String(maand).padStart(2, '0')}-01`;
}

/**
 * TR318 / OP284 / IV090: the DeclaratiePeriode follows the previous one; repeating the last period (corrections)
 * is allowed, an earlier one never. A gap is allowed only when nothing was delivered in the skipped months; the
 * evidence we have is this declaratie itself: a ProductPeriode in a skipped month shows care was delivered then.
 */
export function TR318(
  kop: DeclaratieKop,
  prestaties: readonly PrestatieInvoer[],
  context: BeoordelingContext,
): ReturnType<BerichtCheck> {
  const vorige = context.vorigeDeclaratiePeriode;
  if (vorige === null) return GEEN;
  const huidig = maandIndex(kop.declaratiePeriode.begindatum);
  const vorig = maandIndex(vorige.begindatum);
  if (huidig < vorig) {
    return bevinding(
      '8214',
      'TR318',
      `De declaratieperiode ${maandTekst(kop.declaratiePeriode.begindatum)} ligt vóór de vorige declaratieperiode ` +
        `${periodeTekst(vorige)}; een eerdere periode mag niet meer worden ingediend (IV090).`,
    );
  }
  if (huidig <= vorig + 1) return GEEN;
  let eersteOvergeslagenMetZorg = Number.POSITIVE_INFINITY;
  for (const p of prestaties) {
    const m = maandIndex(p.productPeriode.begindatum);
    if (m > vorig && m < huidig && m < eersteOvergeslagenMetZorg) eersteOvergeslagenMetZorg = m;
  }
  if (eersteOvergeslagenMetZorg === Number.POSITIVE_INFINITY) return GEEN;
  return bevinding(
    '8214',
    'TR318',
    `De vorige declaratieperiode was ${periodeTekst(vorige)} en deze is ${maandTekst(kop.declaratiePeriode.begindatum)}; ` +
      `voor ${maandTekst(maandVanIndex(vorig + 1))} t/m ${maandTekst(maandVanIndex(huidig - 1))} is geen declaratie ingediend, ` +
      `terwijl deze declaratie zorg in ${maandTekst(maandVanIndex(eersteOvergeslagenMetZorg))} bevat.`,
  );
}

/** 3.4 A in the order of 3.8 step 1. */
export const BERICHT_CHECKS: readonly BerichtCheck[] = [CS340, CS100, TR333, TR358, CS325, TR318];
