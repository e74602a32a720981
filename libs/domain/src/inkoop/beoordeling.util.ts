import { deelAfgerond } from '../geld/bedrag.util.js';
import type { Consensusscore, Inschrijving, Perceel, Rang } from './aanbesteding.types.js';

export const MICROPUNTEN_PER_PUNT = 1_000_000n;

/**
 * Beoordelingsprijs: Σ tarief × prijsgewicht over the products whose price is bid (the "fictieve opdracht").
 * Null when nothing in the perceel is bid (vaste prijs or maximumtarief).
 */
export function beoordelingsprijs(perceel: Perceel, inschrijving: Inschrijving): bigint | null {
  const geboden = perceel.producten.filter((p) => p.prijs.soort === 'bod');
  if (geboden.length === 0) return null;
  return geboden.reduce((som, p) => som + BigInt(inschrijving.tarieven[p.code] ?? 0) * BigInt(p.prijsgewicht ?? 1), 0n);
}

export function maxSchaal(schaal: number[] | undefined): number {
  return schaal && schaal.length > 0 ? Math.max(...schaal) : 10;
}

/**
 * Quality points: weging × consensusscore / highest score on the scale, in micropunten (1e-6 punt),
 * rounded half away from zero (deelAfgerond).
 */
export function kwaliteitMicropunten(perceel: Perceel, inschrijvingId: string, consensus: Consensusscore[]): bigint {
  return perceel.gunningscriteria
    .filter((c) => c.soort === 'kwaliteit')
    .reduce((som, c) => {
      const score = consensus.find((s) => s.inschrijvingId === inschrijvingId && s.criteriumId === c.id)?.score ?? 0;
      return som + deelAfgerond(BigInt(c.weging) * BigInt(score) * MICROPUNTEN_PER_PUNT, BigInt(maxSchaal(c.schaal)));
    }, 0n);
}

/** A perceel whose mini-competitions rank on quality and price (BPKV), not on the lowest bid alone. */
export function heeftKwaliteitscriterium(perceel: Perceel): boolean {
  return perceel.gunningscriteria.some((c) => c.soort === 'kwaliteit');
}

export function prijsweging(perceel: Perceel): number {
  return perceel.gunningscriteria.filter((c) => c.soort === 'prijs').reduce((s, c) => s + c.weging, 0);
}

/**
 * Price points (documented formula): prijspunten = prijsweging × laagste beoordelingsprijs / eigen
 * beoordelingsprijs, in micropunten, rounded half away from zero. The lowest price gets the full weging.
 */
export function prijsMicropunten(weging: number, laagste: bigint, eigen: bigint): bigint {
  if (weging === 0 || eigen <= 0n) return 0n;
  return deelAfgerond(BigInt(weging) * MICROPUNTEN_PER_PUNT * laagste, eigen);
}

/**
 * BPKV ranking per perceel: total points descending. Deterministic tie-break: more quality points, then lower
 * beoordelingsprijs, then earlier ingediendOp, then aanbieder id (ascending), so equal inputs always rank alike.
 */
export function rangschik(perceel: Perceel, inschrijvingen: Inschrijving[], consensus: Consensusscore[]): Rang[] {
  const prijzen = inschrijvingen.map((i) => beoordelingsprijs(perceel, i));
  const geldigePrijzen = prijzen.filter((p): p is bigint => p !== null && p > 0n);
  const laagste = geldigePrijzen.length > 0 ? geldigePrijzen.reduce((a, b) => (b < a ? b : a)) : null;
  const weging = prijsweging(perceel);
  const regels = inschrijvingen.map((i, idx) => {
    const kwaliteit = kwaliteitMicropunten(perceel, i.id, consensus);
    const prijs = prijzen[idx];
    const prijspunten = laagste !== null && prijs !== null ? prijsMicropunten(weging, laagste, prijs) : 0n;
    return { i, kwaliteit, prijs, prijspunten, totaal: kwaliteit + prijspunten };
  });
  regels.sort((a, b) => {
    if (a.totaal !== b.totaal) return a.totaal > b.totaal ? -1 : 1;
    if (a.kwaliteit !== b.kwaliteit) return a.kwaliteit > b.kwaliteit ? -1 : 1;
    if (a.prijs !== null && b.prijs !== null && a.prijs !== b.prijs) return a.prijs < b.prijs ? -1 : 1;
    if (a.i.ingediendOp !== b.i.ingediendOp) return a.i.ingediendOp < b.i.ingediendOp ? -1 : 1;
    return a.i.aanbieder.id < b.i.aanbieder.id ? -1 : a.i.aanbieder.id > b.i.aanbieder.id ? 1 : 0;
  });
  return regels.map((r, idx) => ({
    positie: idx + 1,
    inschrijvingId: r.i.id,
    aanbiederId: r.i.aanbieder.id,
    kwaliteitMicropunten: Number(r.kwaliteit),
    prijsMicropunten: Number(r.prijspunten),
    totaalMicropunten: Number(r.totaal),
    beoordelingsprijsCenten: r.prijs,
    capaciteit: r.i.capaciteit ?? null,
  }));
}
