import ExcelJS from 'exceljs';
import {
  berekenReelePrijs,
  EENHEID_OMSCHRIJVING,
  type Centen,
  type Kalenderdatum,
  type Kostenopbouw,
} from '#keten/domain';
import { veiligeCeltekst } from './formule-injectie.util.js';
import {
  BLAD_CONTRACT,
  BLAD_KOSTENOPBOUW,
  BLAD_TARIEVEN,
  KOSTENOPBOUW_KOLOMMEN,
  TARIEF_KOLOMMEN,
  type Kolom,
} from './tariefblad.constant.js';
import type { Tariefblad, TariefbladRegel } from './tariefblad.types.js';

// Money cells hold euros as numbers shown with two decimals; cents/100 is read back exactly by rounding to
// whole cents (the parser refuses anything with more than two decimals). Decimal-string figures
// (percentages, hours) are written as text so their exact value survives.
const EURO_FORMAAT = '#,##0.00';
const DATUM_FORMAAT = 'dd-mm-yyyy';
const TEKST_FORMAAT = '@';

function euro(centen: Centen): number {
  return centen / 100;
}

function datum(d: Kalenderdatum | null): Date | null {
  return d === null ? null : new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)));
}

function tekst(t: string): string {
  return veiligeCeltekst(t);
}

function kopregel<K extends string>(blad: ExcelJS.Worksheet, kolommen: readonly Kolom<K>[]): void {
  blad.columns = kolommen.map((k) => ({ key: k.veld, width: k.breedte }));
  const kop = blad.getRow(1);
  kolommen.forEach((k, i) => {
    kop.getCell(i + 1).value = k.kop;
  });
  kop.font = { bold: true };
  blad.views = [{ state: 'frozen', ySplit: 1 }];
}

export function nietProductieveUrenTekst(k: Kostenopbouw): string {
  return k.nietProductieveUren.map((n) => `${n.omschrijving} ${n.percentage}`).join('; ');
}

function tariefrij(r: TariefbladRegel): unknown[] {
  return [
    tekst(r.productCategorie),
    tekst(r.productCode),
    tekst(r.omschrijving),
    r.uitvoeringsvariant,
    r.eenheid ?? '',
    r.eenheid === null ? 'budget per jaar' : EENHEID_OMSCHRIJVING[r.eenheid],
    euro(r.bedrag),
    datum(r.ingangsdatum),
    datum(r.einddatum),
  ];
}

function kostenrij(r: TariefbladRegel, k: Kostenopbouw): unknown[] {
  let reelePrijs: number | null;
  try {
    reelePrijs = euro(berekenReelePrijs(k, r.eenheid).tarief);
  } catch {
    // An incomplete build-up is still written; the upload check reports what is wrong with it.
    reelePrijs = null;
  }
  return [
    tekst(r.productCategorie),
    tekst(r.productCode),
    r.eenheid ?? '',
    datum(r.ingangsdatum),
    euro(k.jaarsalaris),
    tekst(k.werkgeverslastenPercentage),
    tekst(k.jaarurenPerFte),
    tekst(nietProductieveUrenTekst(k)),
    euro(k.reiskostenPerJaar),
    euro(k.opleidingskostenPerJaar),
    euro(k.overigeVerplichtingenPerJaar),
    tekst(k.overhead.percentage),
    k.overhead.grondslag === 'opslag' ? 'opslag' : 'aandeel',
    tekst(k.indexatiePercentage),
    tekst(k.urenPerEenheid),
    k.groepsgrootte ?? 1,
    reelePrijs,
  ];
}

function formatteer<K extends string>(
  blad: ExcelJS.Worksheet,
  kolommen: readonly Kolom<K>[],
  formaten: Partial<Record<K, string>>,
): void {
  kolommen.forEach((k, i) => {
    const formaat = formaten[k.veld];
    if (formaat) blad.getColumn(i + 1).numFmt = formaat;
  });
}

/** The workbook of a contract's tariff sheet (sheets Contract, Tarieven, Kostenopbouw), built from plain data. */
export function maakTariefbladWerkmap(blad: Tariefblad): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Keten';

  const contract = wb.addWorksheet(BLAD_CONTRACT);
  contract.columns = [{ width: 18 }, { width: 60 }];
  contract.addRows([
    ['Contractnummer', tekst(blad.contractnummer)],
    ['Contractnaam', tekst(blad.contractnaam)],
    ['Domein', blad.domein],
    [],
    ['Toelichting', 'Tarieven in euro met twee decimalen; datums als dd-mm-jjjj; geen formules (worden geweigerd).'],
    [
      '',
      'Eenheid leeg = taakgericht budget per jaar. Elke wijziging van een tarief is een nieuwe regel met eigen ingangsdatum.',
    ],
  ]);
  contract.getColumn(1).font = { bold: true };

  const tarieven = wb.addWorksheet(BLAD_TARIEVEN);
  kopregel(tarieven, TARIEF_KOLOMMEN);
  formatteer(tarieven, TARIEF_KOLOMMEN, {
    productCategorie: TEKST_FORMAAT,
    productCode: TEKST_FORMAAT,
    eenheid: TEKST_FORMAAT,
    bedrag: EURO_FORMAAT,
    ingangsdatum: DATUM_FORMAAT,
    einddatum: DATUM_FORMAAT,
  });
  for (const r of blad.regels) tarieven.addRow(tariefrij(r));

  const kosten = wb.addWorksheet(BLAD_KOSTENOPBOUW);
  kopregel(kosten, KOSTENOPBOUW_KOLOMMEN);
  formatteer(kosten, KOSTENOPBOUW_KOLOMMEN, {
    productCategorie: TEKST_FORMAAT,
    productCode: TEKST_FORMAAT,
    eenheid: TEKST_FORMAAT,
    ingangsdatum: DATUM_FORMAAT,
    jaarsalaris: EURO_FORMAAT,
    werkgeverslastenPercentage: TEKST_FORMAAT,
    jaarurenPerFte: TEKST_FORMAAT,
    reiskostenPerJaar: EURO_FORMAAT,
    opleidingskostenPerJaar: EURO_FORMAAT,
    overigeVerplichtingenPerJaar: EURO_FORMAAT,
    overheadPercentage: TEKST_FORMAAT,
    indexatiePercentage: TEKST_FORMAAT,
    urenPerEenheid: TEKST_FORMAAT,
    berekendeReelePrijs: EURO_FORMAAT,
  });
  for (const r of blad.regels) if (r.kostenopbouw) kosten.addRow(kostenrij(r, r.kostenopbouw));

  return wb;
}

export async function bouwTariefblad(blad: Tariefblad): Promise<Buffer> {
  const buffer = await maakTariefbladWerkmap(blad).xlsx.writeBuffer();
  return Buffer.from(buffer as ArrayBuffer);
}
