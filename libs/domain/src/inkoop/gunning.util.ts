import type { Centen } from '../geld/bedrag.util.js';
import type { Rang, VeilingBod } from './aanbesteding.types.js';
import { prijsMicropunten } from './beoordeling.util.js';

/** Award method 1: the best N of the BPKV ranking. */
export function gunBesteN(rangschikking: Rang[], aantal: number): string[] {
  return rangschikking.slice(0, aantal).map((r) => r.aanbiederId);
}

/**
 * Award method 2, the Dronten method: contract at least the best `minimumAantal`, and more in ranking order
 * until the capacity they offer together covers the need (inkoop-en-contracten.md 3).
 */
export function gunOpCapaciteit(rangschikking: Rang[], behoefte: number, minimumAantal: number): string[] {
  const gegund: string[] = [];
  let capaciteit = 0;
  for (const rang of rangschikking) {
    if (gegund.length >= minimumAantal && capaciteit >= behoefte) break;
    gegund.push(rang.aanbiederId);
    capaciteit += rang.capaciteit ?? 0;
  }
  return gegund;
}

export type SelectieUitkomst = { ok: true; gegund: string[] } | { ok: false; code: 'LOTING_VEREIST'; reden: string };

/**
 * SAS zonder EMVI variant 2: at most N. When more qualify, a recorded loting order decides (the law gives no
 * ranking without EMVI); the first N qualifying providers in that order are contracted.
 */
export function gunMaximaalN(gekwalificeerd: string[], aantal: number, lotingVolgorde?: string[]): SelectieUitkomst {
  if (gekwalificeerd.length <= aantal) return { ok: true, gegund: [...gekwalificeerd] };
  if (!lotingVolgorde || !gekwalificeerd.every((id) => lotingVolgorde.includes(id))) {
    return {
      ok: false,
      code: 'LOTING_VEREIST',
      reden: `${gekwalificeerd.length} aanbieders voldoen en er mogen er ${aantal} worden gecontracteerd: een lotingsvolgorde van alle gekwalificeerde aanbieders is vereist.`,
    };
  }
  return { ok: true, gegund: lotingVolgorde.filter((id) => gekwalificeerd.includes(id)).slice(0, aantal) };
}

export interface MiniCompetitieRegels {
  toegelaten: string[];
  maximumtariefCenten?: Centen;
  reelePrijsCenten?: Centen;
  /** Weight of price in a nadere opdracht; with quality points in the bids this ranks on BPKV. */
  prijsweging?: number;
}

export interface MiniCompetitieBesluit {
  winnaar: string | null;
  tariefCenten: Centen | null;
  ongeldig: { aanbiederId: string; reden: string }[];
}

function geldigeBiedingen(biedingen: VeilingBod[], regels: MiniCompetitieRegels) {
  const ongeldig: { aanbiederId: string; reden: string }[] = [];
  const geldig = biedingen.filter((b) => {
    if (!regels.toegelaten.includes(b.aanbiederId)) {
      ongeldig.push({ aanbiederId: b.aanbiederId, reden: 'geen deelnemer aan de raamovereenkomst' });
      return false;
    }
    if (!Number.isSafeInteger(b.tariefCenten) || b.tariefCenten <= 0) {
      ongeldig.push({ aanbiederId: b.aanbiederId, reden: 'tarief moet een positief geheel aantal centen zijn' });
      return false;
    }
    if (regels.maximumtariefCenten !== undefined && b.tariefCenten > regels.maximumtariefCenten) {
      ongeldig.push({ aanbiederId: b.aanbiederId, reden: 'bod boven het maximumtarief' });
      return false;
    }
    // Wmo art. 2.6.6: a reële prijs is a floor under every bid.
    if (regels.reelePrijsCenten !== undefined && b.tariefCenten < regels.reelePrijsCenten) {
      ongeldig.push({ aanbiederId: b.aanbiederId, reden: 'bod onder de reële prijs' });
      return false;
    }
    return true;
  });
  return { geldig, ongeldig };
}

function vergelijkVolgorde(a: VeilingBod, b: VeilingBod): number {
  if (a.ingediendOm !== b.ingediendOm) return a.ingediendOm < b.ingediendOm ? -1 : 1;
  return a.aanbiederId < b.aanbiederId ? -1 : a.aanbiederId > b.aanbiederId ? 1 : 0;
}

/**
 * Besloten veiling per client: the lowest valid bid at or under the maximumtarief wins. Ties: the earliest bid,
 * then the lowest aanbieder id, so the outcome never depends on input order.
 */
export function beslisVeiling(biedingen: VeilingBod[], regels: MiniCompetitieRegels): MiniCompetitieBesluit {
  const { geldig, ongeldig } = geldigeBiedingen(biedingen, regels);
  const winnaar = [...geldig].sort((a, b) => a.tariefCenten - b.tariefCenten || vergelijkVolgorde(a, b))[0];
  return { winnaar: winnaar?.aanbiederId ?? null, tariefCenten: winnaar?.tariefCenten ?? null, ongeldig };
}

/**
 * Nadere opdracht in a DAS: BPKV among the admitted providers' bids: quality points from the bid (consensus,
 * scored outside) plus prijsweging × laagste tarief / eigen tarief (micropunten, half away from zero).
 * Ties as in the veiling.
 */
export function beslisNadereOpdracht(biedingen: VeilingBod[], regels: MiniCompetitieRegels): MiniCompetitieBesluit {
  const { geldig, ongeldig } = geldigeBiedingen(biedingen, regels);
  if (geldig.length === 0) return { winnaar: null, tariefCenten: null, ongeldig };
  const laagste = BigInt(Math.min(...geldig.map((b) => b.tariefCenten)));
  const totaal = (b: VeilingBod) =>
    BigInt(b.kwaliteitMicropunten ?? 0) + prijsMicropunten(regels.prijsweging ?? 0, laagste, BigInt(b.tariefCenten));
  const winnaar = [...geldig].sort((a, b) => {
    const ta = totaal(a);
    const tb = totaal(b);
    if (ta !== tb) return ta > tb ? -1 : 1;
    return a.tariefCenten - b.tariefCenten || vergelijkVolgorde(a, b);
  })[0];
  return { winnaar: winnaar.aanbiederId, tariefCenten: winnaar.tariefCenten, ongeldig };
}
