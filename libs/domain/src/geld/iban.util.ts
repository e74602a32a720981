/** Lengths per country of the IBANs Keten pays to (SEPA; ISO 13616). Others are refused rather than guessed. */
const LENGTE: Record<string, number> = {
  NL: 18,
  BE: 16,
  DE: 22,
  LU: 20,
  FR: 27,
  AT: 20,
  ES: 24,
  IT: 27,
  IE: 22,
  PT: 25,
  FI: 18,
  DK: 18,
  SE: 24,
  PL: 28,
};

/** An IBAN as stored: upper case, no spaces. */
export function normaliseerIban(invoer: string): string {
  return invoer.replace(/\s+/g, '').toUpperCase();
}

/** ISO 13616: known country, its length, and the mod-97 check (the number with the first four characters moved to the end is 1 mod 97). */
export function isGeldigIban(invoer: string): boolean {
  const iban = normaliseerIban(invoer);
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$/.test(iban) || LENGTE[iban.slice(0, 2)] !== iban.length) return false;
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
}

/** The two check digits for a country and BBAN (for making test data and for checking). */
export function ibanControlegetal(land: string, bban: string): string {
  return String(98 - mod97(`${bban}${land}00`)).padStart(2, '0');
}

function mod97(tekst: string): number {
  let rest = 0;
  for (const teken of tekst) {
    const waarde = teken >= 'A' && teken <= 'Z' ? String(teken.charCodeAt(0) - 55) : teken;
    for (const cijfer of waarde) rest = (rest * 10 + Number(cijfer)) % 97;
  }
  return rest;
}
