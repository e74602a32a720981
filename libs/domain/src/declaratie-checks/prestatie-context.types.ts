// What one prestatie check sees besides the prestatie itself. Built by beoordeelDeclaratie; checks only read it.
import type { Centen } from '../geld/index.js';
import type { Kalenderdatum } from '../datum/index.js';
import type {
  BeoordelingContext,
  DeclaratieBevinding,
  DeclaratieKop,
  PrestatieInvoer,
  ToewijzingInvoer,
} from './beoordeling.types.js';

/** Approved, non-credited prestaties on one toewijzing so far: earlier declaraties plus this one. */
export interface LopendeStand {
  /** Σ volume in the eenheid of the toewijzing; in minutes when it was assigned in uur (TR322, TR341/IV081). */
  volumeInBasis: number;
  /** Σ IngediendBedrag (TR369). */
  bedrag: Centen;
  /** The approved, non-credited debets of earlier declaraties, by `debetSleutel` (TR389). */
  debetSleutels: ReadonlySet<string>;
}

/** State of the declaratie being judged, in processing order: credits first, then debets (OP366). */
export interface BerichtStand {
  /** ReferentieNummers of the prestaties already judged in this declaratie (TR314). */
  referentieNummers: ReadonlySet<string>;
  /** VorigReferentieNummers of the credits already judged in this declaratie (TR315). */
  vorigeReferentieNummers: ReadonlySet<string>;
  /** ReferentieNummers of debets in this declaratie that a credit in this declaratie names (TR316). */
  debetsGecrediteerdInBericht: ReadonlySet<string>;
  /**
   * The debets of this declaratie judged so far on a toewijzing they belong to (past step 3), approved or not, by
   * `debetSleutel` (TR416); the value is the first one's ReferentieNummer.
   */
  debetsInBericht: ReadonlyMap<string, string>;
  /** Debets credited by a credit approved in this declaratie (TR390; they stop counting, OP366). */
  gecrediteerd: ReadonlySet<string>;
  /** TR335: a ProductPeriode may not end before this date (DeclaratieDagtekening − 5 jaar). */
  vroegsteProductPeriodeEinde: Kalenderdatum;
}

/** The contracted tariff for the declared eenheid; uurtarief is set when minuten are priced from an uurtarief (IV081). */
export interface Contracttarief {
  tarief: Centen;
  uurtarief: Centen | null;
}

export interface PrestatieContext {
  kop: DeclaratieKop;
  context: BeoordelingContext;
  bericht: BerichtStand;
  /** The latest version (IV013) of the toewijzing named by the prestatie, or null when unknown. */
  toewijzing: ToewijzingInvoer | null;
  /** Set once the toewijzing is resolved and belongs to this aanbieder and client. */
  lopend: LopendeStand | null;
  contracttarief: Contracttarief | null;
}

export type PrestatieCheck = (prestatie: PrestatieInvoer, c: PrestatieContext) => readonly DeclaratieBevinding[];

export type BerichtCheck = (
  kop: DeclaratieKop,
  prestaties: readonly PrestatieInvoer[],
  context: BeoordelingContext,
) => readonly DeclaratieBevinding[];
