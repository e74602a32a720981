import { assertCenten, type Centen } from '../geld/bedrag.util.js';
import { binnenPeriode } from '../datum/periode.util.js';
import type { Kalenderdatum } from '../datum/kalenderdatum.util.js';
import type { Tarief } from './tarief.types.js';
import { tariefSleutel } from './tarief-sleutel.util.js';
import {
  afrondenOpCenten,
  alsDecimaal,
  breuk,
  gedeeldDoor,
  maal,
  min,
  parseDecimaal,
  plus,
  type Breuk,
} from './breuk.util.js';

// Indexation after contractstandaard Wmo art. 3.2 (and the Jeugd contractstandaard): yearly, for tariffs and
// taakgerichte budgets, from 1 January of year Y. Per component (personnel e.g. OVA, material e.g. PCC):
//   index = prognose for Y + correctie for Y−1, correctie = definitive index for Y−1 − the prognose for Y−1
//   that was used a year ago;
// the percentage is the weighted mean over the components (weights in percent, summing to exactly 100).
// nieuw = oud × (100 + percentage) / 100, computed exactly and rounded ONCE to whole cents, half away from zero.

export interface Indexcomponent {
  naam: string;
  gewicht: string;
  prognose: string;
  correctie?: { definitief: string; eerderePrognose: string };
}

export interface IndexatieParameters {
  jaar: number;
  componenten: Indexcomponent[];
}

export interface IndexatieRij {
  tariefId: string;
  oud: Centen;
  nieuw: Centen;
  /** Exact decimal percentage, e.g. '3.57'. */
  percentage: string;
  ingangsdatum: Kalenderdatum;
}

export interface Indexatiepercentage {
  percentage: Breuk;
  componenten: { naam: string; gewicht: Breuk; index: Breuk }[];
}

export class IndexatieParameterError extends RangeError {}

function getal(veld: string, waarde: string): Breuk {
  try {
    return parseDecimaal(waarde);
  } catch {
    throw new IndexatieParameterError(`${veld}: geen geldig percentage '${waarde}'`);
  }
}

export function berekenIndexatiepercentage(p: IndexatieParameters): Indexatiepercentage {
  if (!Number.isInteger(p.jaar) || p.jaar < 1900 || p.jaar > 9999)
    throw new IndexatieParameterError(`ongeldig indexatiejaar: ${p.jaar}`);
  if (p.componenten.length === 0) throw new IndexatieParameterError('geen indexcomponenten opgegeven');
  const componenten = p.componenten.map((c) => {
    const gewicht = getal(`gewicht ${c.naam}`, c.gewicht);
    if (gewicht.teller < 0n) throw new IndexatieParameterError(`gewicht ${c.naam} mag niet negatief zijn`);
    let index = getal(`prognose ${c.naam}`, c.prognose);
    if (c.correctie) {
      index = plus(
        index,
        min(
          getal(`definitief ${c.naam}`, c.correctie.definitief),
          getal(`eerdere prognose ${c.naam}`, c.correctie.eerderePrognose),
        ),
      );
    }
    return { naam: c.naam, gewicht, index };
  });
  const som = componenten.reduce((s, c) => plus(s, c.gewicht), breuk(0n));
  if (som.teller !== 100n || som.noemer !== 1n) {
    throw new IndexatieParameterError(`de gewichten moeten samen 100 zijn, niet ${alsDecimaal(som)}`);
  }
  const gewogen = componenten.reduce((s, c) => plus(s, maal(c.gewicht, c.index)), breuk(0n));
  return { percentage: gedeeldDoor(gewogen, breuk(100n)), componenten };
}

/** oud × (100 + percentage) / 100, rounded once to whole cents half away from zero. */
export function indexeerBedrag(oud: Centen, percentage: Breuk): Centen {
  assertCenten(oud, 'oud');
  return Number(afrondenOpCenten(maal(breuk(BigInt(oud)), gedeeldDoor(plus(breuk(100n), percentage), breuk(100n)))));
}

/**
 * Preview of the indexation for year Y. Per product+eenheid (a budget has eenheid null), the version valid on
 * 31 December Y−1 that continues into Y gets a row with a new amount from 1 January Y. Idempotent: a product
 * that already has a version starting on 1 January Y is left out, so running the preview again after
 * applying it yields no rows; versions ending on 31 December Y−1 (the contract or tariff ends) are left out.
 */
export function indexeer(tarieven: readonly Tarief[], parameters: IndexatieParameters): IndexatieRij[] {
  const { percentage } = berekenIndexatiepercentage(parameters);
  const ingangsdatum = `${parameters.jaar}-01-01`;
  const peildag = `${parameters.jaar - 1}-12-31`;
  const alGeindexeerd = new Set(tarieven.filter((t) => t.ingangsdatum === ingangsdatum).map(tariefSleutel));
  const tekst = alsDecimaal(percentage);
  return tarieven
    .filter((t) => !alGeindexeerd.has(tariefSleutel(t)))
    .filter((t) => binnenPeriode(peildag, { begindatum: t.ingangsdatum, einddatum: t.einddatum }))
    .filter((t) => t.einddatum === null || t.einddatum >= ingangsdatum)
    .map((t) => ({
      tariefId: t.tariefId,
      oud: t.bedrag,
      nieuw: indexeerBedrag(t.bedrag, percentage),
      percentage: tekst,
      ingangsdatum,
    }));
}

/**
 * Applies preview rows as new versions (history is kept, never overwritten): the old version ends on 31
 * December Y−1, the new version runs from 1 January Y until the old version's einddatum.
 */
export function pasIndexatieToe(
  tarieven: readonly Tarief[],
  rijen: readonly IndexatieRij[],
  nieuwId: (rij: IndexatieRij) => string,
): Tarief[] {
  const perId = new Map(rijen.map((r) => [r.tariefId, r]));
  const uit: Tarief[] = [];
  for (const t of tarieven) {
    const rij = perId.get(t.tariefId);
    if (!rij) {
      uit.push(t);
      continue;
    }
    if (rij.oud !== t.bedrag) {
      throw new IndexatieParameterError(
        `preview verouderd: tarief ${t.tariefId} is ${t.bedrag} cent, de preview ging uit van ${rij.oud}`,
      );
    }
    const jaar = +rij.ingangsdatum.slice(0, 4);
    uit.push({ ...t, einddatum: `${jaar - 1}-12-31` });
    uit.push({
      ...t,
      tariefId: nieuwId(rij),
      bedrag: rij.nieuw,
      ingangsdatum: rij.ingangsdatum,
      einddatum: t.einddatum,
    });
  }
  return uit;
}
