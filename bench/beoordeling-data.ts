// Data of the beoordeling benchmark: a region's month, generated deterministically (same sizes = same files).
// One row per toewijzing holds everything the set-up needs; the 323s are built from the same rows with the real
// builder, so they are XSD-shaped and the full beoordeling and the floor read exactly the same files.
import {
  DebetCredit,
  Domein,
  Eenheid,
  Frequentie,
  isoWekenInPeriode,
  Uitvoeringsvariant,
  type Kalenderdatum,
} from '#keten/domain';
import { bouwBericht, maakHeader, type Bericht323, type DeclaratieClient, type Prestatie } from '#keten/istandaarden';

/** The declared month (the last whole month before today) and the 323's dagtekening. */
export const DECLARATIEPERIODE = { begindatum: '2026-10-01', einddatum: '2026-10-31' } as const;
export const DAGTEKENING = '2026-11-03';
const JAAR_BEGIN = '2026-01-01';
const JAAR_EIND = '2026-12-31';

export interface Product {
  productcategorie: string;
  productcode: string;
  uitvoeringsvariant: Uitvoeringsvariant;
  omschrijving: string;
  eenheid: Eenheid;
  frequentie: Frequentie;
  tarief: number;
}

/** Three contracted products: individual support per hour per week, day care per dagdeel per month, and an output product in total. */
export const PRODUCTEN: readonly Product[] = [
  {
    productcategorie: '02',
    productcode: '02A01',
    uitvoeringsvariant: Uitvoeringsvariant.Inspanningsgericht,
    omschrijving: 'Individuele begeleiding',
    eenheid: Eenheid.Uur,
    frequentie: Frequentie.PerWeek,
    tarief: 6392,
  },
  {
    productcategorie: '07',
    productcode: '07A01',
    uitvoeringsvariant: Uitvoeringsvariant.Inspanningsgericht,
    omschrijving: 'Dagbesteding',
    eenheid: Eenheid.Dagdeel,
    frequentie: Frequentie.PerMaand,
    tarief: 4850,
  },
  {
    productcategorie: '10',
    productcode: '10A01',
    uitvoeringsvariant: Uitvoeringsvariant.Outputgericht,
    omschrijving: 'Maatwerkarrangement',
    eenheid: Eenheid.StuksOutput,
    frequentie: Frequentie.TotaalBinnenGeldigheidsduur,
    tarief: 12500,
  },
];
/** Per client: a begeleiding plus one other product. */
const PRODUCT_VAN_K = [0, 1, 0, 2];

export interface Partij {
  index: number;
  aanbieder: number;
  gemeente: number;
}

export interface BenchToewijzing {
  nummer: number;
  partij: number;
  client: number;
  product: Product;
  volume: number;
  ingangsdatum: Kalenderdatum;
  einddatum: Kalenderdatum;
}

export interface BenchOpzet {
  aanbieders: number;
  gemeenten: number;
  partijen: Partij[];
  toewijzingen: BenchToewijzing[];
  /** Months declared per toewijzing: the declared month and the ones before it (TR319 allows earlier months). */
  maanden: number;
  prestaties: number;
}

export const agbVan = (aanbieder: number) => String(70000001 + aanbieder);
export const cbsVan = (gemeente: number) => String(1001 + gemeente);

/** A BSN passing the elfproef, unique per client index. */
export function bsnVan(client: number): string {
  for (let blok = 0; ; blok++) {
    const basis = String(10000000 + blok * 20000000 + client);
    let som = 0;
    for (let i = 0; i < 8; i++) som += (9 - i) * Number(basis[i]);
    const rest = som % 11;
    if (rest < 10) return basis + String(rest);
  }
}

/** mulberry32: deterministic, so the same sizes give the same files on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export function maakOpzet(opties: {
  toewijzingen: number;
  prestaties: number;
  aanbieders: number;
  gemeenten: number;
}): BenchOpzet {
  const { aanbieders, gemeenten } = opties;
  const partijen: Partij[] = [];
  for (let a = 0; a < aanbieders; a++)
    for (let g = 0; g < gemeenten; g++) partijen.push({ index: partijen.length, aanbieder: a, gemeente: g });
  const maanden = Math.ceil(opties.prestaties / opties.toewijzingen);
  if (maanden > 6) throw new Error('at most 6 prestaties per toewijzing (one per month, May to October)');
  const r = prng(42);
  const toewijzingen: BenchToewijzing[] = [];
  for (let n = 0; n < opties.toewijzingen; n++) {
    const partij = n % partijen.length;
    const k = Math.floor(n / partijen.length);
    const product = PRODUCTEN[PRODUCT_VAN_K[k % 4]];
    const volume =
      product.frequentie === Frequentie.PerWeek
        ? 2 + Math.floor(r() * 5)
        : product.frequentie === Frequentie.PerMaand
          ? 8 + Math.floor(r() * 9)
          : 10 + Math.floor(r() * 11);
    const x = r();
    // ~3% end before the declared month (its prestatie there fails the period rules); with two months declared, ~10% start mid-September.
    const einddatum = x < 0.03 ? '2026-09-30' : JAAR_EIND;
    const ingangsdatum = x > 0.9 && maanden <= 2 ? '2026-09-15' : JAAR_BEGIN;
    toewijzingen.push({
      nummer: n + 1,
      partij,
      client: Math.floor(k / 2) * partijen.length + partij,
      product,
      volume,
      ingangsdatum,
      einddatum,
    });
  }
  return { aanbieders, gemeenten, partijen, toewijzingen, maanden, prestaties: opties.prestaties };
}

function maandVan(maandenTerug: number): { begindatum: Kalenderdatum; einddatum: Kalenderdatum } {
  const maand = 10 - maandenTerug;
  const mm = String(maand).padStart(2, '0');
  const laatste = new Date(Date.UTC(2026, maand, 0)).getUTCDate();
  return { begindatum: `2026-${mm}-01`, einddatum: `2026-${mm}-${laatste}` };
}

const kleinste = (a: string, b: string) => (a < b ? a : b);
const grootste = (a: string, b: string) => (a > b ? a : b);

/**
 * The prestaties of one toewijzing, oldest month first (document order). Most pass; some fail on purpose: volume
 * over the period's maximum (TR321), an output toewijzing declared over its total (TR322), a wrong tariff (TR418),
 * a month after the toewijzing ended (TR308), an unknown ToewijzingNummer (TR338).
 */
function prestatiesVan(t: BenchToewijzing, maanden: number, r: () => number): Prestatie[] {
  const uit: Prestatie[] = [];
  const overTotaal = t.product.frequentie === Frequentie.TotaalBinnenGeldigheidsduur && r() < 0.3;
  for (let terug = maanden - 1; terug >= 0; terug--) {
    const maand = maandVan(terug);
    if (maand.einddatum < t.ingangsdatum) continue;
    // IV089: the month clipped to the toewijzing; a month after its end is declared whole (and fails TR308).
    const periode =
      maand.begindatum > t.einddatum
        ? maand
        : { begindatum: grootste(maand.begindatum, t.ingangsdatum), einddatum: kleinste(maand.einddatum, t.einddatum) };
    const max =
      t.product.frequentie === Frequentie.PerWeek
        ? isoWekenInPeriode(periode.begindatum, periode.einddatum) * t.volume
        : t.product.frequentie === Frequentie.PerMaand
          ? t.volume
          : Math.floor(t.volume / maanden);
    let volume = overTotaal ? Math.ceil(t.volume * 0.6) : 1 + Math.floor(r() * max);
    let tarief = t.product.tarief;
    let toewijzingNummer = t.nummer;
    const x = r();
    if (x < 0.03 && !overTotaal) volume = (t.product.frequentie === Frequentie.PerWeek ? max : t.volume) + 1;
    else if (x < 0.05) tarief += 100;
    else if (x < 0.055) toewijzingNummer += 90_000_000;
    uit.push({
      productReferentie: { referentieNummer: `B${t.nummer}-${terug}` },
      toewijzingNummer,
      productCategorie: t.product.productcategorie,
      productCode: t.product.productcode,
      productPeriode: periode,
      geleverdVolume: volume,
      eenheid: t.product.eenheid,
      productTarief: tarief,
      ingediendBedrag: { bedrag: volume * tarief, debetCredit: DebetCredit.Debet },
    });
  }
  return uit;
}

export interface Bestand {
  partij: Partij;
  xml: Buffer;
  prestaties: number;
}

/** One 323 per aanbieder per gemeente, clients in order, each client's toewijzingen with their months. */
export function bouw323s(opzet: BenchOpzet): Bestand[] {
  const r = prng(7);
  const perPartij = new Map<number, Map<number, Prestatie[]>>();
  let over = opzet.prestaties;
  for (const t of opzet.toewijzingen) {
    const clienten = perPartij.get(t.partij) ?? new Map<number, Prestatie[]>();
    perPartij.set(t.partij, clienten);
    const lijst = clienten.get(t.client) ?? [];
    clienten.set(t.client, lijst);
    // Exactly the asked number of prestaties: the last toewijzingen get fewer months when it does not divide.
    const eigen = prestatiesVan(t, opzet.maanden, r).slice(0, over);
    lijst.push(...eigen);
    over -= eigen.length;
  }
  return opzet.partijen.map((partij) => {
    const clienten: DeclaratieClient[] = [...(perPartij.get(partij.index) ?? new Map<number, Prestatie[]>())]
      .filter(([, p]) => p.length > 0)
      .map(([client, prestaties]) => ({ bsn: bsnVan(client), prestaties }));
    const totaal = clienten.reduce((s, c) => s + c.prestaties.reduce((t, p) => t + p.ingediendBedrag.bedrag, 0), 0);
    const bericht: Bericht323 = {
      domein: Domein.Wmo,
      berichtType: '323',
      berichtsoort: 'WMO323',
      header: maakHeader({
        afzender: agbVan(partij.aanbieder),
        ontvanger: cbsVan(partij.gemeente),
        berichtIdentificatie: { identificatie: `BENCH${partij.index}`, dagtekening: DAGTEKENING },
      }),
      declaratie: {
        declaratieNummer: `D${partij.index}`,
        declaratiePeriode: { ...DECLARATIEPERIODE },
        declaratieDagtekening: DAGTEKENING,
        totaalIngediendBedrag: { totaalBedrag: totaal, debetCredit: DebetCredit.Debet },
        clienten,
      },
    };
    return {
      partij,
      xml: Buffer.from(bouwBericht(bericht)),
      prestaties: clienten.reduce((s, c) => s + c.prestaties.length, 0),
    };
  });
}
