// Test data factories for the declaratie checks (conventions.md 13). Test-only: not exported by the barrel.
import { DebetCredit, Domein, Eenheid, Frequentie, Uitvoeringsvariant } from '../../codelijsten/index.js';
import type { Kalenderdatum } from '../../datum/index.js';
import { beoordeelDeclaratie } from '../beoordeel-declaratie.util.js';
import type {
  BeoordelingContext,
  DeclaratieKop,
  DeclaratieOordeel,
  EerderePrestatie,
  PrestatieInvoer,
  ToewijzingInvoer,
} from '../beoordeling.types.js';

export const AGB = '12345678';
export const ANDERE_AGB = '87654321';
export const GEMEENTE = '0363';
export const BSN = '999993653';
export const ANDER_BSN = '999990019';

/** One combination of wettelijk domein and uitvoeringsvariant, with a product that fits it. */
export interface Variant {
  naam: string;
  domein: Domein;
  uitvoeringsvariant: Uitvoeringsvariant;
  categorie: string;
  code: string;
  eenheid: Eenheid;
  /** Contracted tariff in cents per eenheid. */
  tarief: number;
  /** What 3 units per week allow in April 2026: 5 ISO weeks (inspanningsgericht) or 4 Sundays (outputgericht). */
  maxApril2026Bij3PerWeek: number;
}

export const VARIANTEN: readonly Variant[] = [
  {
    naam: 'iWmo inspanningsgericht',
    domein: Domein.Wmo,
    uitvoeringsvariant: Uitvoeringsvariant.Inspanningsgericht,
    categorie: '02',
    code: '02A01',
    eenheid: Eenheid.Uur,
    tarief: 6000,
    maxApril2026Bij3PerWeek: 15,
  },
  {
    naam: 'iWmo outputgericht',
    domein: Domein.Wmo,
    uitvoeringsvariant: Uitvoeringsvariant.Outputgericht,
    categorie: '06',
    code: '06B01',
    eenheid: Eenheid.StuksOutput,
    tarief: 25000,
    maxApril2026Bij3PerWeek: 12,
  },
  {
    naam: 'iJw inspanningsgericht',
    domein: Domein.Jeugd,
    uitvoeringsvariant: Uitvoeringsvariant.Inspanningsgericht,
    categorie: '45',
    code: '45A01',
    eenheid: Eenheid.Uur,
    tarief: 9000,
    maxApril2026Bij3PerWeek: 15,
  },
  {
    naam: 'iJw outputgericht',
    domein: Domein.Jeugd,
    uitvoeringsvariant: Uitvoeringsvariant.Outputgericht,
    categorie: '43',
    code: '43B01',
    eenheid: Eenheid.StuksOutput,
    tarief: 15000,
    maxApril2026Bij3PerWeek: 12,
  },
];

export const IWMO_INSPANNING = VARIANTEN[0];
export const IJW_OUTPUT = VARIANTEN[3];

export const APRIL_2026 = { begindatum: '2026-04-01', einddatum: '2026-04-30' };

export function maakKop(v: Variant, over: Partial<DeclaratieKop> = {}): DeclaratieKop {
  return {
    declaratieNummer: 'D2026040001',
    declaratiePeriode: APRIL_2026,
    dagtekening: '2026-05-04',
    totaalIngediendBedrag: { bedrag: 0, debetCredit: DebetCredit.Debet },
    domein: v.domein,
    aanbiederAgb: AGB,
    gemeente: GEMEENTE,
    ...over,
  };
}

export function maakToewijzing(v: Variant, over: Partial<ToewijzingInvoer> = {}): ToewijzingInvoer {
  return {
    toewijzingNummer: 1001,
    bsn: BSN,
    aanbiederAgb: AGB,
    productCategorie: v.categorie,
    productCode: v.code,
    omvang: { volume: 3, eenheid: v.eenheid, frequentie: Frequentie.PerWeek },
    budget: null,
    ingangsdatum: '2026-01-01',
    einddatum: '2026-12-31',
    redenWijziging: null,
    uitvoeringsvariant: v.uitvoeringsvariant,
    ...over,
  };
}

let volgnummer = 0;

/** A debet in April 2026 on toewijzing 1001 at the contracted tariff; the bedrag follows volume × tarief. */
export function maakPrestatie(v: Variant, over: Partial<PrestatieInvoer> = {}): PrestatieInvoer {
  const geleverdVolume = over.geleverdVolume ?? 10;
  const eenheid = over.eenheid ?? v.eenheid;
  const productTarief =
    'productTarief' in over ? (over.productTarief ?? null) : eenheid === Eenheid.Euros ? null : v.tarief;
  volgnummer += 1;
  return {
    bsn: BSN,
    referentieNummer: `R${String(volgnummer).padStart(8, '0')}`,
    vorigReferentieNummer: null,
    toewijzingNummer: 1001,
    productCategorie: v.categorie,
    productCode: v.code,
    productPeriode: APRIL_2026,
    geleverdVolume,
    eenheid,
    productTarief,
    ingediendBedrag: productTarief === null ? geleverdVolume : geleverdVolume * productTarief,
    debetCredit: DebetCredit.Debet,
    ...over,
  };
}

type Gecrediteerde = Pick<
  PrestatieInvoer,
  | 'referentieNummer'
  | 'toewijzingNummer'
  | 'productCategorie'
  | 'productCode'
  | 'productPeriode'
  | 'geleverdVolume'
  | 'eenheid'
  | 'ingediendBedrag'
> & { productTarief?: number | null };

/** The full credit of a debet: the same prestatie with its own ReferentieNummer, naming the debet (OP366). */
export function maakCredit(debet: Gecrediteerde, over: Partial<PrestatieInvoer> = {}): PrestatieInvoer {
  volgnummer += 1;
  const productTarief =
    debet.productTarief !== undefined
      ? debet.productTarief
      : debet.eenheid === Eenheid.Euros
        ? null
        : debet.ingediendBedrag / debet.geleverdVolume;
  return {
    bsn: BSN,
    referentieNummer: `C${String(volgnummer).padStart(8, '0')}`,
    vorigReferentieNummer: debet.referentieNummer,
    toewijzingNummer: debet.toewijzingNummer,
    productCategorie: debet.productCategorie,
    productCode: debet.productCode,
    productPeriode: debet.productPeriode,
    geleverdVolume: debet.geleverdVolume,
    eenheid: debet.eenheid,
    productTarief,
    ingediendBedrag: debet.ingediendBedrag,
    debetCredit: DebetCredit.Credit,
    ...over,
  };
}

/** An approved, non-credited debet from an earlier declaratie (March 2026 unless overridden). */
export function maakEerdere(v: Variant, over: Partial<EerderePrestatie> = {}): EerderePrestatie {
  const geleverdVolume = over.geleverdVolume ?? 10;
  volgnummer += 1;
  return {
    referentieNummer: `E${String(volgnummer).padStart(8, '0')}`,
    vorigReferentieNummer: null,
    toewijzingNummer: 1001,
    productCategorie: v.categorie,
    productCode: v.code,
    productPeriode: { begindatum: '2026-03-01', einddatum: '2026-03-31' },
    geleverdVolume,
    eenheid: v.eenheid,
    ingediendBedrag: v.eenheid === Eenheid.Euros ? geleverdVolume : geleverdVolume * v.tarief,
    debetCredit: DebetCredit.Debet,
    status: 'goedgekeurd',
    gecrediteerd: false,
    ...over,
  };
}

export interface Contracttarief {
  categorie: string;
  code: string;
  eenheid: Eenheid;
  tarief: number;
  ingangsdatum: Kalenderdatum;
  einddatum: Kalenderdatum | null;
}

export interface ContextOpties {
  toewijzingen?: ToewijzingInvoer[];
  eerdere?: EerderePrestatie[];
  tarieven?: Contracttarief[];
  bekendeReferentieNummers?: string[];
  bekendeDeclaratieNummers?: string[];
  over?: Partial<BeoordelingContext>;
}

/** A context as the caller would prepare it from the database, with the variant's tariff from 2020 onwards. */
export function maakContext(v: Variant, opties: ContextOpties = {}): BeoordelingContext {
  const toewijzingen = opties.toewijzingen ?? [maakToewijzing(v)];
  const eerdere = opties.eerdere ?? [];
  const tarieven = opties.tarieven ?? [
    {
      categorie: v.categorie,
      code: v.code,
      eenheid: v.eenheid,
      tarief: v.tarief,
      ingangsdatum: '2020-01-01',
      einddatum: null,
    },
  ];
  const perToewijzing = new Map<number, EerderePrestatie[]>();
  for (const e of eerdere) perToewijzing.set(e.toewijzingNummer, [...(perToewijzing.get(e.toewijzingNummer) ?? []), e]);
  return {
    toewijzingen: new Map(toewijzingen.map((t) => [t.toewijzingNummer, t])),
    eerderePrestaties: perToewijzing,
    prestatieOpReferentie: new Map(eerdere.map((e) => [e.referentieNummer, e])),
    bekendeReferentieNummers: new Set([
      ...(opties.bekendeReferentieNummers ?? []),
      ...eerdere.map((e) => e.referentieNummer),
    ]),
    bekendeDeclaratieNummers: new Set(opties.bekendeDeclaratieNummers ?? []),
    vorigeDeclaratiePeriode: null,
    tariefOp: (categorie, code, eenheid, datum) =>
      tarieven.find(
        (t) =>
          t.categorie === categorie &&
          t.code === code &&
          t.eenheid === eenheid &&
          t.ingangsdatum <= datum &&
          (t.einddatum === null || datum <= t.einddatum),
      )?.tarief ?? null,
    // Test productcodelijst: a code belongs to the categorie it starts with.
    productcodeBijCategorie: (categorie, code) => code.startsWith(categorie),
    ...opties.over,
  };
}

/** Σ debet − Σ credit as the aanbieder's software puts it in TotaalIngediendBedrag (TR358). */
export function totaalVan(prestaties: readonly PrestatieInvoer[]): DeclaratieKop['totaalIngediendBedrag'] {
  const som = prestaties.reduce(
    (s, p) => s + (p.debetCredit === DebetCredit.Credit ? -p.ingediendBedrag : p.ingediendBedrag),
    0,
  );
  return { bedrag: Math.abs(som), debetCredit: som < 0 ? DebetCredit.Credit : DebetCredit.Debet };
}

export function beoordeel(
  v: Variant,
  prestaties: PrestatieInvoer[],
  opties: ContextOpties & { kop?: Partial<DeclaratieKop> } = {},
): DeclaratieOordeel {
  const kop = maakKop(v, { totaalIngediendBedrag: totaalVan(prestaties), ...opties.kop });
  return beoordeelDeclaratie(kop, prestaties, maakContext(v, opties));
}
