import { assertCenten, type Centen } from '../geld/bedrag.util.js';
import {
  dagnummer,
  isKalenderdatum,
  laatsteVanMaand,
  maxDatum,
  minDatum,
  plusDagen,
  plusMaanden,
  weekdag,
  type Kalenderdatum,
} from '../datum/kalenderdatum.util.js';

export type Termijnfrequentie = 'maand' | 'kwartaal' | 'jaar';

/**
 * When an instalment falls due. vooraf: on `dag` of the first month of the termijn (never before the termijn
 * starts); achteraf: on `dag` of the month after the termijn ends. `dag` past the month's end means its last
 * day. weekend moves a Saturday/Sunday date to the next or previous Monday–Friday; public holidays are not
 * modelled (a gemeente that needs them passes its own rule).
 */
export interface Betaaldag {
  moment: 'vooraf' | 'achteraf';
  dag: number | 'laatste';
  weekend?: 'geen' | 'volgendeWerkdag' | 'vorigeWerkdag';
}

export interface BegrensdePeriode {
  begindatum: Kalenderdatum;
  einddatum: Kalenderdatum;
}

export interface Termijn {
  volgnummer: number;
  periode: BegrensdePeriode;
  vervaldatum: Kalenderdatum;
  bedrag: Centen;
}

/** gelijk: every termijn the same share; naarDagen: shares proportional to the days a (partial) termijn covers. */
export type Termijnverdeling = 'gelijk' | 'naarDagen';

const MAANDEN: Record<Termijnfrequentie, number> = { maand: 1, kwartaal: 3, jaar: 12 };

/** Calendar-aligned blocks (months, quarters Jan/Apr/Jul/Oct, calendar years) clipped to the periode. */
export function termijnperiodes(periode: BegrensdePeriode, frequentie: Termijnfrequentie): BegrensdePeriode[] {
  const stap = MAANDEN[frequentie];
  const jaar = +periode.begindatum.slice(0, 4);
  const maand = +periode.begindatum.slice(5, 7);
  const blokMaand = Math.floor((maand - 1) / stap) * stap + 1;
  let blokStart: Kalenderdatum = `${jaar}-${String(blokMaand).padStart(2, '0')}-01`;
  const perioden: BegrensdePeriode[] = [];
  while (blokStart <= periode.einddatum) {
    const volgende = plusMaanden(blokStart, stap);
    perioden.push({
      begindatum: maxDatum(blokStart, periode.begindatum),
      einddatum: minDatum(plusDagen(volgende, -1), periode.einddatum),
    });
    blokStart = volgende;
  }
  return perioden;
}

export function vervaldatum(termijn: BegrensdePeriode, regel: Betaaldag): Kalenderdatum {
  if (regel.dag !== 'laatste' && (!Number.isInteger(regel.dag) || regel.dag < 1 || regel.dag > 31)) {
    throw new RangeError(`betaaldag moet 1–31 of 'laatste' zijn: ${regel.dag}`);
  }
  const maandStart =
    regel.moment === 'vooraf'
      ? `${termijn.begindatum.slice(0, 7)}-01`
      : plusMaanden(`${termijn.einddatum.slice(0, 7)}-01`, 1);
  const laatste = laatsteVanMaand(maandStart);
  let datum =
    regel.dag === 'laatste'
      ? laatste
      : minDatum(`${maandStart.slice(0, 8)}${String(regel.dag).padStart(2, '0')}`, laatste);
  if (regel.moment === 'vooraf') datum = maxDatum(datum, termijn.begindatum);
  const wd = weekdag(datum);
  if (wd >= 6 && regel.weekend === 'volgendeWerkdag') datum = plusDagen(datum, 8 - wd);
  if (wd >= 6 && regel.weekend === 'vorigeWerkdag') datum = plusDagen(datum, 5 - wd);
  return datum;
}

/**
 * Split a lumpsum or subsidy budget into payable termijnen whose amounts add up exactly to the budget.
 * Remainder rule (largest remainder): every termijn gets floor(budget × weight / total weight) cents; the
 * cents left over (fewer than the number of termijnen) go one each to the termijnen with the largest
 * fractional remainder, ties to the earliest termijn. With verdeling 'gelijk' that is: the first termijnen
 * each get one cent more.
 */
export function termijnschema(
  budget: Centen,
  periode: BegrensdePeriode,
  frequentie: Termijnfrequentie,
  betaaldag: Betaaldag,
  verdeling: Termijnverdeling = 'gelijk',
): Termijn[] {
  assertCenten(budget, 'budget');
  if (budget < 0) throw new RangeError(`budget mag niet negatief zijn: ${budget}`);
  if (
    !isKalenderdatum(periode.begindatum) ||
    !isKalenderdatum(periode.einddatum) ||
    periode.einddatum < periode.begindatum
  ) {
    throw new RangeError(`ongeldige periode ${periode.begindatum} t/m ${periode.einddatum}`);
  }
  const perioden = termijnperiodes(periode, frequentie);
  const gewichten = perioden.map((p) =>
    verdeling === 'gelijk' ? 1n : BigInt(dagnummer(p.einddatum) - dagnummer(p.begindatum) + 1),
  );
  const totaal = gewichten.reduce((a, b) => a + b, 0n);
  const b = BigInt(budget);
  const delen = gewichten.map((w) => ({ basis: (b * w) / totaal, rest: (b * w) % totaal }));
  let over = b - delen.reduce((s, d) => s + d.basis, 0n);
  const volgorde = delen
    .map((d, i) => ({ i, rest: d.rest }))
    .sort((x, y) => (x.rest === y.rest ? x.i - y.i : x.rest > y.rest ? -1 : 1));
  const extra = new Array<bigint>(delen.length).fill(0n);
  for (const { i } of volgorde) {
    if (over === 0n) break;
    extra[i] = 1n;
    over--;
  }
  return perioden.map((p, i) => ({
    volgnummer: i + 1,
    periode: p,
    vervaldatum: vervaldatum(p, betaaldag),
    bedrag: Number(delen[i].basis + extra[i]),
  }));
}
