import ExcelJS from 'exceljs';
import { Domein } from '#keten/domain';
import {
  celCode,
  celEuroNaarCenten,
  leesCel,
  openWerkmap,
  veiligeCeltekst,
  BESTAND,
  type WerkmapLimieten,
  type Werkmapfout,
} from '#keten/platform';
import { MAX_BEGROTING_CENTEN } from './begroting.dto.js';

export const BEGROTING_BLAD = 'Begroting';
export const BEGROTING_KOLOMMEN = [
  'Domein',
  'Budgetpost',
  'Naam',
  'Productcategorieën',
  'Bedrag (€)',
  'Toelichting',
] as const;
const MAX_RIJEN = 2000;
const ALGEMEEN = /^algemene voorzieningen$/i;

export interface BegrotingRij {
  rij: number;
  domein: Domein;
  code: string;
  naam: string | null;
  /** null: the cell was empty (an existing budgetpost keeps its own). */
  productcategorieen: string[] | null;
  algemeneVoorzieningen: boolean;
  bedragCenten: number;
  toelichting: string | null;
}

/**
 * Reads a begroting sheet: one row per budgetpost (domein, code, naam, productcategorieën or "algemene
 * voorzieningen", amount in euro's, toelichting). Every problem is reported by cell; a formula is refused.
 */
export async function leesBegrotingWerkmap(
  data: Uint8Array,
  limieten: WerkmapLimieten,
): Promise<{ ok: true; rijen: BegrotingRij[] } | { ok: false; fouten: Werkmapfout[] }> {
  const geopend = await openWerkmap(data, limieten);
  if (!geopend.ok) return geopend;
  const blad = geopend.werkmap.getWorksheet(BEGROTING_BLAD);
  if (!blad)
    return {
      ok: false,
      fouten: [{ blad: BESTAND, rij: 0, kolom: '', reden: `Het blad "${BEGROTING_BLAD}" ontbreekt.` }],
    };
  const fouten: Werkmapfout[] = [];
  const fout = (rij: number, kolom: string, reden: string) => fouten.push({ blad: BEGROTING_BLAD, rij, kolom, reden });
  BEGROTING_KOLOMMEN.forEach((naam, i) => {
    const c = leesCel(blad.getRow(1).getCell(i + 1));
    if (c.soort !== 'tekst' || c.tekst.toLowerCase() !== naam.toLowerCase())
      fout(1, String.fromCharCode(65 + i), `de kop moet "${naam}" zijn.`);
  });
  if (blad.rowCount > MAX_RIJEN + 1) fout(MAX_RIJEN + 2, 'A', `Hoogstens ${MAX_RIJEN} budgetposten per bestand.`);
  const rijen: BegrotingRij[] = [];
  for (let n = 2; n <= Math.min(blad.rowCount, MAX_RIJEN + 1); n++) {
    const row = blad.getRow(n);
    const cellen = BEGROTING_KOLOMMEN.map((_, i) => leesCel(row.getCell(i + 1)));
    if (cellen.every((c) => c.soort === 'leeg')) continue;
    const domein = celCode(cellen[0], 'Domein', /^(wmo|jeugd)$/i, '"wmo" of "jeugd"');
    const code = celCode(
      cellen[1],
      'Budgetpost',
      /^[A-Za-z0-9_.-]{1,40}$/,
      'een code van 1 tot 40 letters, cijfers, punt of streepje',
    );
    const naam =
      cellen[2].soort === 'leeg'
        ? null
        : cellen[2].soort === 'tekst' && cellen[2].tekst.length <= 200
          ? cellen[2].tekst
          : undefined;
    const bedrag = celEuroNaarCenten(cellen[4], 'Bedrag', true, MAX_BEGROTING_CENTEN);
    const toelichting =
      cellen[5].soort === 'leeg'
        ? null
        : cellen[5].soort === 'tekst' && cellen[5].tekst.length <= 500
          ? cellen[5].tekst
          : undefined;
    if (!domein.ok) fout(n, 'A', domein.reden);
    if (!code.ok) fout(n, 'B', code.reden);
    if (naam === undefined) fout(n, 'C', 'Naam moet tekst van hoogstens 200 tekens zijn.');
    if (!bedrag.ok) fout(n, 'E', bedrag.reden);
    if (toelichting === undefined) fout(n, 'F', 'Toelichting moet tekst van hoogstens 500 tekens zijn.');
    let categorieen: string[] | null = null;
    let algemeen = false;
    const d = cellen[3];
    if (d.soort === 'tekst' && ALGEMEEN.test(d.tekst)) algemeen = true;
    else if (d.soort === 'tekst' || d.soort === 'getal') {
      const delen = String(d.soort === 'tekst' ? d.tekst : d.getal)
        .split(/[,;\s]+/)
        .filter(Boolean)
        .map((c) => c.padStart(2, '0'));
      if (delen.length === 0 || delen.some((c) => !/^[0-9]{2}$/.test(c)))
        fout(
          n,
          'D',
          'Productcategorieën zijn codes van twee cijfers, gescheiden door komma\'s, of "algemene voorzieningen".',
        );
      else categorieen = [...new Set(delen)].sort();
    } else if (d.soort !== 'leeg') fout(n, 'D', 'Productcategorieën moet tekst zijn (bijv. "02, 04").');
    if (domein.ok && code.ok && naam !== undefined && bedrag.ok && toelichting !== undefined) {
      rijen.push({
        rij: n,
        domein: domein.waarde!.toLowerCase() as Domein,
        code: code.waarde!,
        naam,
        productcategorieen: categorieen,
        algemeneVoorzieningen: algemeen,
        bedragCenten: bedrag.waarde!,
        toelichting,
      });
    }
  }
  if (rijen.length === 0 && fouten.length === 0) fout(2, 'A', 'Het blad bevat geen budgetposten.');
  return fouten.length ? { ok: false, fouten } : { ok: true, rijen };
}

/** The template: the header row, one example per domein, euro format; cell text sanitised (formula injection). */
export async function bouwBegrotingSjabloon(
  voorbeelden: { domein: Domein; code: string; naam: string; categorieen: string; bedragCenten: number }[] = [],
): Promise<Buffer> {
  const werkmap = new ExcelJS.Workbook();
  const blad = werkmap.addWorksheet(BEGROTING_BLAD, { views: [{ state: 'frozen', ySplit: 1 }] });
  blad.columns = BEGROTING_KOLOMMEN.map((header, i) => ({ header, width: [10, 18, 36, 28, 16, 40][i] }));
  blad.getRow(1).font = { bold: true };
  blad.getColumn(5).numFmt = '€ #,##0.00';
  for (const v of voorbeelden)
    blad.addRow([
      v.domein,
      veiligeCeltekst(v.code),
      veiligeCeltekst(v.naam),
      veiligeCeltekst(v.categorieen),
      v.bedragCenten / 100,
      null,
    ]);
  return Buffer.from(await werkmap.xlsx.writeBuffer());
}
