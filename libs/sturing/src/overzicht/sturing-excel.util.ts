import ExcelJS from 'exceljs';
import { veiligeCeltekst } from '#keten/platform';
import type { DimensieRapportDto, OverzichtDto } from './sturing-rapport.dto.js';

const EURO = '€ #,##0.00;[Red]-€ #,##0.00';
const MAANDEN = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A sheet with a bold frozen header row and euro columns; amounts are the API's cents ÷ 100, nothing recomputed. */
function blad(
  werkmap: ExcelJS.Workbook,
  naam: string,
  koppen: { kop: string; breedte: number; euro?: boolean; getal?: string }[],
): ExcelJS.Worksheet {
  const ws = werkmap.addWorksheet(naam, { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  ws.columns = koppen.map((k) => ({
    header: k.kop,
    width: k.breedte,
    style: k.euro ? { numFmt: EURO } : k.getal ? { numFmt: k.getal } : {},
  }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  return ws;
}

const euro = (centen: number) => centen / 100;
const tekst = (t: string | null) => (t === null ? '' : veiligeCeltekst(t));

export async function overzichtWerkmap(o: OverzichtDto): Promise<Buffer> {
  const werkmap = new ExcelJS.Workbook();
  werkmap.creator = 'Keten';
  const ws = blad(werkmap, 'Overzicht', [
    { kop: 'Budgetpost', breedte: 16 },
    { kop: 'Naam', breedte: 36 },
    { kop: 'Domein', breedte: 8 },
    { kop: 'Begroting', breedte: 16, euro: true },
    { kop: 'Realisatie', breedte: 16, euro: true },
    { kop: 'Verplichtingen', breedte: 16, euro: true },
    { kop: 'Benutting', breedte: 11, getal: '0.00%' },
    { kop: 'Verwacht gebruik', breedte: 16, euro: true },
    { kop: 'Open termijnen', breedte: 16, euro: true },
    { kop: 'Late declaraties', breedte: 16, euro: true },
    { kop: 'Prognose', breedte: 16, euro: true },
    { kop: 'Saldo', breedte: 16, euro: true },
  ]);
  for (const p of [...o.posten, o.totaal]) {
    const rij = ws.addRow([
      tekst(p.code),
      tekst(p.naam),
      p.domein ?? '',
      euro(p.begrotingCenten),
      euro(p.realisatieCenten),
      euro(p.verplichtingenCenten),
      p.prognose.benutting,
      euro(p.prognose.verwachtGebruikCenten),
      euro(p.prognose.openTermijnenCenten),
      euro(p.prognose.lateDeclaratiesCenten),
      euro(p.prognose.totaalCenten),
      euro(p.saldoCenten),
    ]);
    if (p === o.totaal) rij.font = { bold: true };
  }
  const maanden = blad(werkmap, 'Realisatie per maand', [
    { kop: 'Budgetpost', breedte: 16 },
    { kop: 'Naam', breedte: 36 },
    ...MAANDEN.map((m) => ({ kop: m, breedte: 13, euro: true })),
    { kop: 'Totaal', breedte: 15, euro: true },
  ]);
  for (const p of [...o.posten, o.totaal])
    maanden.addRow([tekst(p.code), tekst(p.naam), ...p.realisatiePerMaand.map(euro), euro(p.realisatieCenten)]);
  const uitleg = werkmap.addWorksheet('Aannames');
  uitleg.columns = [{ header: 'Aanname', width: 140 }];
  uitleg.getRow(1).font = { bold: true };
  uitleg.addRow([tekst(`${o.gemeenteNaam}, ${o.jaar}, peildatum ${o.peildatum}`)]);
  for (const a of o.aannames) uitleg.addRow([tekst(a)]);
  uitleg.addRow([
    tekst(
      `Vertragingsverdeling (aandeel binnen na 0..${o.vertraging.length - 1} maanden): ${o.vertraging.join(' / ')}`,
    ),
  ]);
  return Buffer.from(await werkmap.xlsx.writeBuffer());
}

export async function dimensieWerkmap(titel: string, r: DimensieRapportDto): Promise<Buffer> {
  const werkmap = new ExcelJS.Workbook();
  werkmap.creator = 'Keten';
  const ws = blad(werkmap, titel, [
    { kop: r.per, breedte: 38 },
    { kop: 'Omschrijving', breedte: 40 },
    ...MAANDEN.map((m) => ({ kop: m, breedte: 13, euro: true })),
    { kop: 'Totaal', breedte: 15, euro: true },
  ]);
  for (const g of r.regels)
    ws.addRow([
      tekst(g.sleutel),
      tekst(g.omschrijving),
      ...(g.perMaand ?? new Array<null>(12).fill(null)).map((c) => (c === null ? 'onderdrukt' : euro(c))),
      g.bedragCenten === null ? 'onderdrukt' : euro(g.bedragCenten),
    ]);
  ws.addRow(['Totaal', '', ...r.totaalPerMaand.map(euro), euro(r.totaalCenten)]).font = { bold: true };
  return Buffer.from(await werkmap.xlsx.writeBuffer());
}

/** A kolom of a generic table sheet: text, a count, a share or cents shown as euros. */
export interface Kolom<T> {
  kop: string;
  breedte: number;
  soort: 'tekst' | 'getal' | 'euro' | 'procent';
  waarde: (rij: T) => string | number | null;
}

/** One sheet per table (signalen, rechtmatigheid, simulatie), same formats as the other views. */
export async function tabellenWerkmap(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  bladen: { naam: string; kolommen: Kolom<any>[]; rijen: any[] }[],
): Promise<Buffer> {
  const werkmap = new ExcelJS.Workbook();
  werkmap.creator = 'Keten';
  for (const b of bladen) {
    const ws = werkmap.addWorksheet(b.naam.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = b.kolommen.map((k) => ({
      header: k.kop,
      width: k.breedte,
      style: k.soort === 'euro' ? { numFmt: EURO } : k.soort === 'procent' ? { numFmt: '0.00%' } : {},
    }));
    ws.getRow(1).font = { bold: true };
    for (const r of b.rijen) {
      ws.addRow(
        b.kolommen.map((k) => {
          const w = k.waarde(r);
          if (w === null) return null;
          if (k.soort === 'euro') return Number(w) / 100;
          return typeof w === 'string' ? veiligeCeltekst(w) : w;
        }),
      );
    }
  }
  return Buffer.from(await werkmap.xlsx.writeBuffer());
}
