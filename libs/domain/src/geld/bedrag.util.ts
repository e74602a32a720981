// Money is integer eurocents everywhere (IV024: amounts in 1/100 of the currency); never floating point.

export type Centen = number;

export function assertCenten(value: number, veld = 'bedrag'): Centen {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${veld} moet een geheel aantal centen zijn: ${value}`);
  return value;
}

/**
 * Divide integer cents by an integer divisor, rounding half away from zero ("rekenkundig afronden"),
 * the rounding this product states wherever it divides money.
 */
export function deelAfgerond(teller: bigint, noemer: bigint): bigint {
  if (noemer === 0n) throw new RangeError('deling door nul');
  const negatief = teller < 0n !== noemer < 0n;
  const t = teller < 0n ? -teller : teller;
  const n = noemer < 0n ? -noemer : noemer;
  const q = (t * 2n + n) / (n * 2n);
  return negatief ? -q : q;
}

/** "€ 1.234,56" for messages to people. */
export function formatEuro(centen: Centen | bigint): string {
  const c = BigInt(centen);
  const neg = c < 0n;
  const abs = neg ? -c : c;
  const euros = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const rest = (abs % 100n).toString().padStart(2, '0');
  return `${neg ? '-' : ''}€ ${euros},${rest}`;
}
