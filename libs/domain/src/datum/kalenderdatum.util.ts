// Domain dates are calendar dates without time or zone (architecture.md 4): an ISO 'YYYY-MM-DD' string.
// All arithmetic goes through UTC midnight so no local time zone or DST can shift a day.

export type Kalenderdatum = string;

const DAG_MS = 86_400_000;

const DAGEN_IN_MAAND = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** JJJJ-MM-DD naming a day that exists. By character codes: it runs for every date of every received message. */
export function isKalenderdatum(value: unknown): value is Kalenderdatum {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45)
    return false;
  const cijfer = (i: number) => {
    const c = value.charCodeAt(i) - 48;
    return c >= 0 && c <= 9 ? c : NaN;
  };
  const jaar = cijfer(0) * 1000 + cijfer(1) * 100 + cijfer(2) * 10 + cijfer(3);
  const maand = cijfer(5) * 10 + cijfer(6);
  const dag = cijfer(8) * 10 + cijfer(9);
  if (!(jaar >= 1 && maand >= 1 && maand <= 12 && dag >= 1)) return false; // NaN fails here too
  const schrikkel = (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0;
  return dag <= (maand === 2 && schrikkel ? 29 : DAGEN_IN_MAAND[maand - 1]);
}

export function parseKalenderdatum(value: string): Kalenderdatum {
  if (!isKalenderdatum(value)) throw new RangeError(`geen geldige datum (JJJJ-MM-DD): ${value}`);
  return value;
}

/** Days since 1970-01-01 (an integer), for arithmetic and comparison. */
export function dagnummer(datum: Kalenderdatum): number {
  return Date.UTC(+datum.slice(0, 4), +datum.slice(5, 7) - 1, +datum.slice(8, 10)) / DAG_MS;
}

export function vanDagnummer(dag: number): Kalenderdatum {
  return new Date(dag * DAG_MS).toISOString().slice(0, 10);
}

export function plusDagen(datum: Kalenderdatum, dagen: number): Kalenderdatum {
  return vanDagnummer(dagnummer(datum) + dagen);
}

/** Whole days from a to b (b − a). */
export function dagenTussen(a: Kalenderdatum, b: Kalenderdatum): number {
  return dagnummer(b) - dagnummer(a);
}

export function plusMaanden(datum: Kalenderdatum, maanden: number): Kalenderdatum {
  const jaar = +datum.slice(0, 4);
  const maand = +datum.slice(5, 7) - 1 + maanden;
  const dag = +datum.slice(8, 10);
  const doelJaar = jaar + Math.floor(maand / 12);
  const doelMaand = ((maand % 12) + 12) % 12;
  const laatste = new Date(Date.UTC(doelJaar, doelMaand + 1, 0)).getUTCDate();
  return new Date(Date.UTC(doelJaar, doelMaand, Math.min(dag, laatste))).toISOString().slice(0, 10);
}

/** ISO weekday: 1 = maandag … 7 = zondag. */
export function weekdag(datum: Kalenderdatum): number {
  const d = new Date(dagnummer(datum) * DAG_MS).getUTCDay();
  return d === 0 ? 7 : d;
}

export function eersteVanMaand(datum: Kalenderdatum): Kalenderdatum {
  return `${datum.slice(0, 7)}-01`;
}

export function laatsteVanMaand(datum: Kalenderdatum): Kalenderdatum {
  return new Date(Date.UTC(+datum.slice(0, 4), +datum.slice(5, 7), 0)).toISOString().slice(0, 10);
}

// The Dutch calendar day: Europe/Amsterdam, whatever the server's zone. One formatter: building one costs about
// half a millisecond, more than parsing a small message.
const AMSTERDAM = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function vandaag(nu: Date = new Date()): Kalenderdatum {
  return AMSTERDAM.format(nu);
}

export function minDatum(a: Kalenderdatum, b: Kalenderdatum): Kalenderdatum {
  return a <= b ? a : b;
}

export function maxDatum(a: Kalenderdatum, b: Kalenderdatum): Kalenderdatum {
  return a >= b ? a : b;
}
