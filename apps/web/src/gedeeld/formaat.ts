// Dutch formatting in one place: amounts arrive in integer cents, dates as ISO calendar dates (yyyy-mm-dd).
const EURO = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const GETAL = new Intl.NumberFormat('nl-NL');
const DATUM = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
// A moment (timestamp) is shown as the Dutch calendar date it fell on.
const MOMENT_DATUM = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});
const KORTE_DATUM = new Intl.DateTimeFormat('nl-NL', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});
const MAAND = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** 123456 → "€ 1.234,56" */
export function euro(centen: number | null | undefined): string {
  if (centen === null || centen === undefined) return '—';
  return EURO.format(centen / 100);
}

export function getal(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : GETAL.format(n);
}

function alsDatum(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

/** "2026-01-31" → "31 januari 2026"; a timestamp ("2026-12-04T23:50:00Z") → its date in the Netherlands. */
export function datum(iso: string | null | undefined): string {
  if (!iso) return '—';
  return iso.length > 10 ? MOMENT_DATUM.format(new Date(iso)) : DATUM.format(alsDatum(iso));
}

/** "2026-01-31" → "31-01-2026" (in tables) */
export function korteDatum(iso: string | null | undefined): string {
  return iso ? KORTE_DATUM.format(alsDatum(iso)) : '—';
}

/** A period; a whole calendar month reads as "januari 2026". */
export function periode(p: { begindatum: string; einddatum: string | null } | null | undefined): string {
  if (!p) return '—';
  const b = alsDatum(p.begindatum);
  if (p.einddatum) {
    const e = alsDatum(p.einddatum);
    const laatsteDag = new Date(Date.UTC(b.getUTCFullYear(), b.getUTCMonth() + 1, 0)).getUTCDate();
    if (
      b.getUTCDate() === 1 &&
      e.getUTCFullYear() === b.getUTCFullYear() &&
      e.getUTCMonth() === b.getUTCMonth() &&
      e.getUTCDate() === laatsteDag
    )
      return MAAND.format(b);
  }
  return `${korteDatum(p.begindatum)} t/m ${p.einddatum ? korteDatum(p.einddatum) : 'onbepaald'}`;
}

/** "1.0234" or "2.34" (percent, as the API gives it) → "2,34%" */
export function procent(waarde: string | number | null | undefined): string {
  if (waarde === null || waarde === undefined) return '—';
  return `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 4 }).format(Number(waarde))}%`;
}

/** Today's date in the Netherlands (yyyy-mm-dd), the date the procedure rules are applied on. */
export function vandaag(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}
