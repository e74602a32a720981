// Plain input and output types of the beoordeling of a 323 declaratie (istandaarden.md 3.4, 3.8).
// The caller maps the parsed 323 and the database rows into these; nothing here knows XML or SQL.
import type { Centen } from '../geld/index.js';
import type { DebetCredit, Domein, Eenheid, Frequentie, Retourcode, Uitvoeringsvariant } from '../codelijsten/index.js';
import type { Kalenderdatum } from '../datum/index.js';

/** A closed, bounded period such as a DeclaratiePeriode or ProductPeriode. */
export interface DatumBereik {
  begindatum: Kalenderdatum;
  einddatum: Kalenderdatum;
}

/** One finding of one check: the official WJ001 code, the rule ID that raised it, and why in plain Dutch. */
export interface DeclaratieBevinding {
  retourcode: Retourcode;
  regel: string;
  toelichting: string;
}

/** The Declaratie class of the 323 plus the header facts the checks need. */
export interface DeclaratieKop {
  declaratieNummer: string;
  declaratiePeriode: DatumBereik;
  dagtekening: Kalenderdatum;
  /** TotaalIngediendBedrag: TotaalBedrag (cents, ≥ 0) with its DebetCredit. */
  totaalIngediendBedrag: { bedrag: Centen; debetCredit: DebetCredit };
  domein: Domein;
  aanbiederAgb: string;
  gemeente: string;
}

/** One Prestatie of the 323, with the Bsn of the Client it is under. */
export interface PrestatieInvoer {
  bsn: string;
  referentieNummer: string;
  /** Required on a credit, empty on a debet (CD060). */
  vorigReferentieNummer: string | null;
  toewijzingNummer: number;
  productCategorie: string;
  productCode: string;
  productPeriode: DatumBereik;
  geleverdVolume: number;
  eenheid: Eenheid;
  /** Cents; mandatory unless Eenheid = 83 (CD087). */
  productTarief: Centen | null;
  ingediendBedrag: Centen;
  debetCredit: DebetCredit;
}

export interface Omvang {
  volume: number;
  eenheid: Eenheid;
  frequentie: Frequentie;
}

/**
 * The latest version of a ToegewezenProduct by Toewijzingsdatum + Toewijzingstijd (IV013), as the caller found it.
 * Its period must be the toewijzing's own, never narrowed by start/stop regieberichten (OP364).
 */
export interface ToewijzingInvoer {
  toewijzingNummer: number;
  bsn: string;
  /** AGB code of the aanbieder it was assigned to. */
  aanbiederAgb: string;
  /** Empty on a generieke toewijzing. */
  productCategorie: string | null;
  /** Empty on an aspecifieke or generieke toewijzing. */
  productCode: string | null;
  omvang: Omvang | null;
  /** Cents, for aspecifiek/generiek met budget (CD077/CD078). */
  budget: Centen | null;
  ingangsdatum: Kalenderdatum;
  einddatum: Kalenderdatum | null;
  redenWijziging: string | null;
  /** Uitvoeringsvariant of the product in the raamovereenkomst (OP261): decides the IV077 week method. */
  uitvoeringsvariant: Uitvoeringsvariant;
}

/** An earlier prestatie (from an earlier 323) on a toewijzing, as stored with its beoordeling. */
export interface EerderePrestatie {
  referentieNummer: string;
  vorigReferentieNummer: string | null;
  toewijzingNummer: number;
  productCategorie: string;
  productCode: string;
  productPeriode: DatumBereik;
  geleverdVolume: number;
  eenheid: Eenheid;
  ingediendBedrag: Centen;
  debetCredit: DebetCredit;
  status: PrestatieStatus;
  /** True when an approved credit on this debet exists (so it no longer counts, OP366). */
  gecrediteerd: boolean;
}

export type PrestatieStatus = 'goedgekeurd' | 'afgekeurd';

export interface Bevat<T> {
  has(waarde: T): boolean;
}

/** Everything the checks look up, prepared by the caller in batch for one declaratie. */
export interface BeoordelingContext {
  /** Latest version (IV013) per ToewijzingNummer of this gemeente and domein. */
  toewijzingen: ReadonlyMap<number, ToewijzingInvoer>;
  /**
   * Earlier prestaties per ToewijzingNummer, over all versions of that toewijzing (IV066 keeps the number).
   * Only approved, non-credited debets count for TR322/TR369/TR389; others may be passed and are ignored.
   */
  eerderePrestaties: ReadonlyMap<number, readonly EerderePrestatie[]>;
  /** Earlier prestaties by ReferentieNummer, at least those named as VorigReferentieNummer (TR323/TR390). */
  prestatieOpReferentie: ReadonlyMap<string, EerderePrestatie>;
  /** ReferentieNummers this aanbieder already sent in this domein (TR314). */
  bekendeReferentieNummers: Bevat<string>;
  /** DeclaratieNummers this aanbieder already sent in this domein (TR333). */
  bekendeDeclaratieNummers: Bevat<string>;
  /** The latest DeclaratiePeriode this aanbieder sent to this gemeente in this domein, or null (TR318). */
  vorigeDeclaratiePeriode: DatumBereik | null;
  /** Contracted tariff in cents for product and eenheid valid on the date, or null when not contracted (TR418). */
  tariefOp: (productCategorie: string, productCode: string, eenheid: Eenheid, datum: Kalenderdatum) => Centen | null;
  /** Whether the code belongs to the categorie in the productcodelijst in use (TR381). */
  productcodeBijCategorie: (productCategorie: string, productCode: string, datum: Kalenderdatum) => boolean;
  /**
   * Eenheden contracted for a product on a date; used for TR341 on aspecifieke/generieke toewijzingen, which
   * carry no eenheid. When absent, TR341 is not applied to those (TR418 still requires a contracted tariff).
   */
  gecontracteerdeEenheden?: (productCategorie: string, productCode: string, datum: Kalenderdatum) => readonly Eenheid[];
}

export interface PrestatieOordeel {
  referentieNummer: string;
  status: PrestatieStatus;
  retourcodes: Retourcode[];
  bevindingen: DeclaratieBevinding[];
}

export interface DeclaratieOordeel {
  /** One per prestatie, in document order. */
  prestaties: PrestatieOordeel[];
  /** Findings on the Declaratie class (3.4 A); when not empty every prestatie is afgekeurd (3.8 step 1). */
  berichtBevindingen: DeclaratieBevinding[];
  /** RetourCodes for the DeclaratieAntwoord class: 8001 when all approved, 0200 when partly, else the findings. */
  declaratieRetourcodes: Retourcode[];
  /** Signed cents: Σ debet − Σ credit as declared in TotaalIngediendBedrag. */
  totaalIngediend: bigint;
  /** Signed cents: Σ approved debet − Σ approved credit; 0 when the declaratie class is rejected (TR342). */
  totaalToegekend: bigint;
  /** Signed cents: Σ rejected debet − Σ rejected credit. */
  totaalAfgekeurd: bigint;
}
