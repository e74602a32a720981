import { deelAfgerond } from '../geld/bedrag.util.js';

// Exact rational arithmetic for tariff maths: percentages, weights and hours are decimal strings parsed into
// fractions of bigints, so no float ever touches money. Rounding happens once, at the end (afrondenOpCenten).

export interface Breuk {
  readonly teller: bigint;
  readonly noemer: bigint;
}

const DECIMAAL = /^([+-]?)(\d+)(?:[.,](\d+))?$/;

function ggd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function breuk(teller: bigint | number, noemer: bigint | number = 1n): Breuk {
  let t = BigInt(teller);
  let n = BigInt(noemer);
  if (n === 0n) throw new RangeError('deling door nul');
  if (n < 0n) [t, n] = [-t, -n];
  const d = ggd(t, n) || 1n;
  return { teller: t / d, noemer: n / d };
}

export function isDecimaal(waarde: unknown): waarde is string {
  return typeof waarde === 'string' && DECIMAAL.test(waarde.trim());
}

/** '3.25' or '3,25' → 325/100, exactly. */
export function parseDecimaal(waarde: string): Breuk {
  const m = DECIMAAL.exec(waarde.trim());
  if (!m) throw new RangeError(`geen geldig decimaal getal: '${waarde}'`);
  const fractie = m[3] ?? '';
  const t = BigInt(m[2] + fractie) * (m[1] === '-' ? -1n : 1n);
  return breuk(t, 10n ** BigInt(fractie.length));
}

export const plus = (a: Breuk, b: Breuk): Breuk =>
  breuk(a.teller * b.noemer + b.teller * a.noemer, a.noemer * b.noemer);
export const min = (a: Breuk, b: Breuk): Breuk => breuk(a.teller * b.noemer - b.teller * a.noemer, a.noemer * b.noemer);
export const maal = (a: Breuk, b: Breuk): Breuk => breuk(a.teller * b.teller, a.noemer * b.noemer);
export const gedeeldDoor = (a: Breuk, b: Breuk): Breuk => breuk(a.teller * b.noemer, a.noemer * b.teller);

export function vergelijk(a: Breuk, b: Breuk): -1 | 0 | 1 {
  const verschil = a.teller * b.noemer - b.teller * a.noemer;
  return verschil < 0n ? -1 : verschil > 0n ? 1 : 0;
}

/** A fraction of cents rounded to whole cents, half away from zero (the one rounding of tariff maths). */
export function afrondenOpCenten(centen: Breuk): bigint {
  return deelAfgerond(centen.teller, centen.noemer);
}

/** Exact decimal notation when the fraction terminates (noemer only 2s and 5s); else rounded half away from zero to `maxDecimalen` and marked with '≈'. */
export function alsDecimaal(waarde: Breuk, maxDecimalen = 10): string {
  // A fraction terminates iff its (reduced) noemer is 2^a·5^b; it then needs at most a + b decimals.
  let n = waarde.noemer;
  let decimalen = 0;
  while (n % 2n === 0n || n % 5n === 0n) {
    n /= n % 2n === 0n ? 2n : 5n;
    decimalen++;
  }
  const exact = n === 1n;
  const d = exact ? decimalen : maxDecimalen;
  const geschaald = deelAfgerond(waarde.teller * 10n ** BigInt(d), waarde.noemer);
  const neg = geschaald < 0n;
  const abs = (neg ? -geschaald : geschaald).toString().padStart(d + 1, '0');
  let tekst = d === 0 ? abs : `${abs.slice(0, abs.length - d)}.${abs.slice(abs.length - d)}`;
  if (d > 0) tekst = tekst.replace(/\.?0+$/, '');
  return `${exact ? '' : '≈'}${neg && tekst !== '0' ? '-' : ''}${tekst}`;
}

export function alsTekst(waarde: Breuk): string {
  return waarde.noemer === 1n ? waarde.teller.toString() : `${waarde.teller}/${waarde.noemer}`;
}
