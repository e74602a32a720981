import { dagnummer, plusDagen, vanDagnummer, weekdag, type Kalenderdatum } from './kalenderdatum.util.js';

// Werkdagen as the Algemene termijnenwet counts them (art. 3): not Saturday or Sunday, and not a
// nationally recognised holiday: Nieuwjaarsdag, tweede Paas- en Pinksterdag, Hemelvaartsdag, Koningsdag (27 April, or
// 26 April when the 27th is a Sunday), 5 mei and both Kerstdagen. The iStandaarden answer deadlines (OP274/OP346,
// OP090) are in werkdagen.

/** Easter Sunday (anonymous Gregorian algorithm). */
function paaszondag(jaar: number): Kalenderdatum {
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(jaar).padStart(4, '0')}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
}

const FEESTDAGEN = new Map<number, ReadonlySet<Kalenderdatum>>();

export function algemeneFeestdagen(jaar: number): ReadonlySet<Kalenderdatum> {
  let dagen = FEESTDAGEN.get(jaar);
  if (!dagen) {
    const j = String(jaar).padStart(4, '0');
    const pasen = paaszondag(jaar);
    const koningsdag = weekdag(`${j}-04-27`) === 7 ? `${j}-04-26` : `${j}-04-27`;
    dagen = new Set([
      `${j}-01-01`,
      plusDagen(pasen, 1),
      plusDagen(pasen, 39),
      plusDagen(pasen, 50),
      koningsdag,
      `${j}-05-05`,
      `${j}-12-25`,
      `${j}-12-26`,
    ]);
    FEESTDAGEN.set(jaar, dagen);
  }
  return dagen;
}

export function isWerkdag(datum: Kalenderdatum): boolean {
  return weekdag(datum) <= 5 && !algemeneFeestdagen(+datum.slice(0, 4)).has(datum);
}

/** The n-th werkdag after a date (the date itself not counted): "binnen 5 werkdagen" ends on plusWerkdagen(d, 5). */
export function plusWerkdagen(datum: Kalenderdatum, werkdagen: number): Kalenderdatum {
  let dag = dagnummer(datum);
  let over = werkdagen;
  while (over > 0) {
    dag += 1;
    if (isWerkdag(vanDagnummer(dag))) over -= 1;
  }
  return vanDagnummer(dag);
}
