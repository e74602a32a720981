// The beoordeling of a whole 323 in one pass (istandaarden.md 3.8): message checks, then credits before debets
// (OP366) in document order, each prestatie through its pipeline of small checks, approved or rejected as a whole
// (FAQ). One pass, Map/Set lookups only: O(n) in the prestaties plus the earlier prestaties of the toewijzingen
// touched. OP364: nothing here looks at start (305) or stop (307) messages; they never gate payment.
import { DebetCredit, Eenheid, type Retourcode } from '../codelijsten/index.js';
import { plusMaanden } from '../datum/index.js';
import { CD087, CS339, TR346, TR418, bepaalContracttarief } from './bedrag-checks.util.js';
import { BERICHT_CHECKS, getekendTotaal, somIngediend } from './bericht-checks.util.js';
import type {
  BeoordelingContext,
  DeclaratieBevinding,
  DeclaratieKop,
  DeclaratieOordeel,
  PrestatieInvoer,
  PrestatieOordeel,
  ToewijzingInvoer,
} from './beoordeling.types.js';
import { volumeInBasis } from './bevinding.util.js';
import { CD060, TR314, TR315, TR316, TR323, TR389, TR390, TR416, debetSleutel } from './debet-credit-checks.util.js';
import { CS337, TR307, TR308, TR319, TR335, TR387, TR388 } from './periode-checks.util.js';
import type { BerichtStand, LopendeStand, PrestatieCheck, PrestatieContext } from './prestatie-context.types.js';
import { TR304, TR338, TR339, TR340, TR341, TR381, TR384 } from './toewijzing-checks.util.js';
import { TR321, TR322, TR369 } from './volume-checks.util.js';

export interface CheckStap {
  /** The step of istandaarden.md 3.8. */
  stap: number;
  checks: readonly PrestatieCheck[];
  /** A finding in this step ends the beoordeling of the prestatie: later steps need what it established. */
  poort?: boolean;
}

/** Credits (3.8 step 2): technical rules, then TR323, TR390, TR314; never rejected on content (IV085). */
export const CREDIT_STAPPEN: readonly CheckStap[] = [
  { stap: 2, checks: [CD060, TR315, TR316, TR323, TR390, TR314] },
  { stap: 5, checks: [CS337] },
  { stap: 7, checks: [CD087, CS339] },
];

/** Debets (3.8 steps 2–8). */
export const DEBET_STAPPEN: readonly CheckStap[] = [
  { stap: 2, checks: [CD060, TR314] },
  { stap: 3, checks: [TR338, TR304, TR384], poort: true },
  { stap: 4, checks: [TR339, TR340, TR381, TR341] },
  { stap: 5, checks: [TR307, TR308, TR387, TR388, CS337, TR319, TR335] },
  { stap: 6, checks: [TR416, TR389] },
  { stap: 7, checks: [CD087, TR418, TR346, CS339] },
  { stap: 8, checks: [TR321, TR322, TR369] },
];

/** Signed cents summed as safe integers, carried into a bigint before they could lose precision. */
class Teller {
  private groot = 0n;
  private klein = 0;
  plus(centen: number): void {
    this.klein += centen;
    if (this.klein > 4e15 || this.klein < -4e15) {
      this.groot += BigInt(this.klein);
      this.klein = 0;
    }
  }
  get totaal(): bigint {
    return this.groot + BigInt(this.klein);
  }
}

interface Stand extends BerichtStand {
  referentieNummers: Set<string>;
  debetsInBericht: Map<string, string>;
  vorigeReferentieNummers: Set<string>;
  gecrediteerd: Set<string>;
  lopend: Map<number, LopendeStand>;
}

export function beoordeelDeclaratie(
  kop: DeclaratieKop,
  prestaties: readonly PrestatieInvoer[],
  context: BeoordelingContext,
): DeclaratieOordeel {
  const totaalIngediend = getekendTotaal(kop);
  const berichtBevindingen: DeclaratieBevinding[] = [];
  for (const check of BERICHT_CHECKS) berichtBevindingen.push(...check(kop, prestaties, context));

  if (berichtBevindingen.length > 0) return declaratieAfgekeurd(kop, prestaties, berichtBevindingen, totaalIngediend);

  const stand = nieuweStand(kop, prestaties);
  const oordelen = new Array<PrestatieOordeel>(prestaties.length);
  const toegekend = new Teller();
  const afgekeurd = new Teller();
  let aantalAfgekeurd = 0;

  // One context object, refilled per prestatie: the checks only read it, and 200,000 prestaties allocate less.
  const c: PrestatieContext = { kop, context, bericht: stand, toewijzing: null, lopend: null, contracttarief: null };

  const verwerk = (index: number): void => {
    const p = prestaties[index];
    const credit = p.debetCredit === DebetCredit.Credit;
    c.toewijzing = credit ? null : (context.toewijzingen.get(p.toewijzingNummer) ?? null);
    c.lopend = null;
    c.contracttarief = null;
    const bevindingen = voerUit(p, c, credit ? CREDIT_STAPPEN : DEBET_STAPPEN, stand);
    const goedgekeurd = bevindingen.length === 0;
    const getekend = credit ? -p.ingediendBedrag : p.ingediendBedrag;
    if (goedgekeurd) {
      toegekend.plus(getekend);
      if (credit) stand.gecrediteerd.add(p.vorigReferentieNummer as string);
      else telMee(p, c);
    } else {
      afgekeurd.plus(getekend);
      aantalAfgekeurd++;
    }
    stand.referentieNummers.add(p.referentieNummer);
    if (credit && p.vorigReferentieNummer !== null) stand.vorigeReferentieNummers.add(p.vorigReferentieNummer);
    // TR416: a debet past step 3 (c.lopend is set there) claims its combination for the rest of the declaratie.
    if (!credit && c.lopend !== null) {
      const sleutel = debetSleutel(p);
      if (!stand.debetsInBericht.has(sleutel)) stand.debetsInBericht.set(sleutel, p.referentieNummer);
    }
    oordelen[index] = {
      referentieNummer: p.referentieNummer,
      status: goedgekeurd ? 'goedgekeurd' : 'afgekeurd',
      retourcodes: codesVan(bevindingen),
      bevindingen,
    };
  };

  // OP366: credits first, then debets, each in document order; deterministic for the same input.
  for (let i = 0; i < prestaties.length; i++) if (prestaties[i].debetCredit === DebetCredit.Credit) verwerk(i);
  for (let i = 0; i < prestaties.length; i++) if (prestaties[i].debetCredit !== DebetCredit.Credit) verwerk(i);

  return {
    prestaties: oordelen,
    berichtBevindingen,
    declaratieRetourcodes: aantalAfgekeurd === 0 ? ['8001'] : ['0200'],
    totaalIngediend,
    totaalToegekend: toegekend.totaal,
    totaalAfgekeurd: afgekeurd.totaal,
  };
}

/** 3.8 step 1 / TR342: a rejected Declaratie class rejects every prestatie unjudged; nothing is granted. */
function declaratieAfgekeurd(
  kop: DeclaratieKop,
  prestaties: readonly PrestatieInvoer[],
  berichtBevindingen: DeclaratieBevinding[],
  totaalIngediend: bigint,
): DeclaratieOordeel {
  const toelichting = `Niet beoordeeld: declaratie ${kop.declaratieNummer} is als geheel afgekeurd (${berichtBevindingen
    .map((b) => b.regel)
    .join(', ')}).`;
  return {
    prestaties: prestaties.map((p) => ({
      referentieNummer: p.referentieNummer,
      status: 'afgekeurd',
      retourcodes: ['0233'],
      bevindingen: [{ retourcode: '0233', regel: 'TR342', toelichting }],
    })),
    berichtBevindingen,
    declaratieRetourcodes: codesVan(berichtBevindingen),
    totaalIngediend,
    totaalToegekend: 0n,
    totaalAfgekeurd: somIngediend(prestaties),
  };
}

function nieuweStand(kop: DeclaratieKop, prestaties: readonly PrestatieInvoer[]): Stand {
  // TR316: debets of this declaratie that a credit in it names. Credits are few; debets are only looked up.
  const genoemd = new Set<string>();
  for (const p of prestaties) {
    if (p.debetCredit === DebetCredit.Credit && p.vorigReferentieNummer) genoemd.add(p.vorigReferentieNummer);
  }
  const debetsGecrediteerdInBericht = new Set<string>();
  if (genoemd.size > 0) {
    for (const p of prestaties) {
      if (p.debetCredit === DebetCredit.Debet && genoemd.has(p.referentieNummer))
        debetsGecrediteerdInBericht.add(p.referentieNummer);
    }
  }
  return {
    referentieNummers: new Set(),
    vorigeReferentieNummers: new Set(),
    debetsInBericht: new Map(),
    debetsGecrediteerdInBericht,
    gecrediteerd: new Set(),
    lopend: new Map(),
    vroegsteProductPeriodeEinde: plusMaanden(kop.dagtekening, -60),
  };
}

function voerUit(
  p: PrestatieInvoer,
  c: PrestatieContext,
  stappen: readonly CheckStap[],
  stand: Stand,
): DeclaratieBevinding[] {
  const bevindingen: DeclaratieBevinding[] = [];
  for (const stap of stappen) {
    const voor = bevindingen.length;
    for (const check of stap.checks) {
      const uitkomst = check(p, c);
      for (let i = 0; i < uitkomst.length; i++) bevindingen.push(uitkomst[i]);
    }
    if (stap.poort) {
      if (bevindingen.length > voor || c.toewijzing === null) break;
      // The toewijzing is this client's and this aanbieder's: load what the later steps compare against.
      c.lopend = lopendVoor(c.toewijzing, c.context, stand);
      if (p.eenheid !== Eenheid.Euros) c.contracttarief = bepaalContracttarief(p, c.context);
    }
  }
  return bevindingen;
}

/**
 * Approved, non-credited totals on a toewijzing, built once from the earlier prestaties on first use; debets are
 * judged after all credits (OP366), so the credits approved in this declaratie are already known then.
 */
function lopendVoor(t: ToewijzingInvoer, context: BeoordelingContext, stand: Stand): LopendeStand {
  const bestaand = stand.lopend.get(t.toewijzingNummer);
  if (bestaand !== undefined) return bestaand;
  const debetSleutels = new Set<string>();
  const lopend: LopendeStand = { volumeInBasis: 0, bedrag: 0, debetSleutels };
  stand.lopend.set(t.toewijzingNummer, lopend);
  const eerdere = context.eerderePrestaties.get(t.toewijzingNummer);
  if (eerdere === undefined) return lopend;

  let gecrediteerdInLijst: Set<string> | null = null;
  for (const e of eerdere) {
    if (e.debetCredit === DebetCredit.Credit && e.status === 'goedgekeurd' && e.vorigReferentieNummer) {
      (gecrediteerdInLijst ??= new Set()).add(e.vorigReferentieNummer);
    }
  }
  for (const e of eerdere) {
    if (e.debetCredit !== DebetCredit.Debet || e.status !== 'goedgekeurd' || e.gecrediteerd) continue;
    if (gecrediteerdInLijst?.has(e.referentieNummer) || stand.gecrediteerd.has(e.referentieNummer)) continue;
    if (t.omvang !== null) {
      // Approved volumes fitted the toewijzing's eenheid (TR341); one that does not cannot be compared and is left out.
      const basis = volumeInBasis(e.geleverdVolume, e.eenheid, t.omvang.eenheid);
      if (basis !== null) lopend.volumeInBasis += basis;
    }
    lopend.bedrag += e.ingediendBedrag;
    debetSleutels.add(debetSleutel(e));
  }
  return lopend;
}

/** An approved debet counts for the cumulative checks (TR322/TR369) of the later ones (TR416 is fed in verwerk). */
function telMee(p: PrestatieInvoer, c: PrestatieContext): void {
  const { lopend, toewijzing } = c;
  if (lopend === null || toewijzing === null) return;
  if (toewijzing.omvang !== null)
    lopend.volumeInBasis += volumeInBasis(p.geleverdVolume, p.eenheid, toewijzing.omvang.eenheid) ?? 0;
  lopend.bedrag += p.ingediendBedrag;
}

function codesVan(bevindingen: readonly DeclaratieBevinding[]): Retourcode[] {
  const codes: Retourcode[] = [];
  for (const b of bevindingen) if (!codes.includes(b.retourcode)) codes.push(b.retourcode);
  return codes;
}
