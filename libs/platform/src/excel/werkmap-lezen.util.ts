import ExcelJS from 'exceljs';
import { zipSync, type Zippable } from 'fflate';
import { isKalenderdatum } from '#keten/domain';
import { pakZipUit } from '../zip/zip-uitpakken.util.js';
import { herstelCeltekst } from './celtekst.util.js';

/** An .xlsx has a few dozen parts; thousands are no workbook a person filled in. */
const MAX_DELEN = 2000;

/** One problem in an uploaded workbook, located so that a person can find it: sheet, row (1-based) and column. */
export interface Werkmapfout {
  blad: string;
  rij: number;
  kolom: string;
  reden: string;
}

export interface WerkmapLimieten {
  maxBytes: number;
  /** The sum of the unpacked parts: an .xlsx is a zip, and a zip bomb is small until opened. */
  maxUitgepakteBytes: number;
}

export const BESTAND = '(bestand)';

/**
 * Opens an uploaded .xlsx safely: bounded in size before and after unpacking, and only then handed to exceljs.
 * Formulas are refused cell by cell by `leesCel` (an upload carries values, never calculations).
 */
export async function openWerkmap(
  data: Uint8Array,
  limieten: WerkmapLimieten,
): Promise<{ ok: true; werkmap: ExcelJS.Workbook } | { ok: false; fouten: Werkmapfout[] }> {
  const weiger = (reden: string) => ({ ok: false as const, fouten: [{ blad: BESTAND, rij: 0, kolom: '', reden }] });
  if (data.byteLength > limieten.maxBytes)
    return weiger(`Het bestand is ${data.byteLength} bytes; de grens is ${limieten.maxBytes} bytes.`);
  // The zip's own sizes can lie: its parts are inflated here, counting what comes out, and exceljs gets only those
  // parts, repacked without compression, so it never inflates anything this check did not.
  const uitgepakt = await pakZipUit(data, { maxUitgepakteBytes: limieten.maxUitgepakteBytes, maxBestanden: MAX_DELEN });
  if (!uitgepakt.ok) {
    return weiger(
      uitgepakt.reden === 'beschadigd'
        ? 'Het bestand is geen geldig Excel-bestand (.xlsx).'
        : `Het bestand is te groot uitgepakt: ${uitgepakt.bericht}.`,
    );
  }
  const opnieuw = zipSync(
    Object.fromEntries(uitgepakt.bestanden.map((b) => [b.naam, [b.inhoud, { level: 0 }]])) as Zippable,
  );
  const werkmap = new ExcelJS.Workbook();
  try {
    await werkmap.xlsx.load(opnieuw as unknown as ArrayBuffer);
  } catch {
    return weiger('Het bestand is geen leesbaar Excel-bestand (.xlsx).');
  }
  return { ok: true, werkmap };
}

export type Cel =
  | { soort: 'leeg' }
  | { soort: 'formule' }
  | { soort: 'fout'; code: string }
  | { soort: 'tekst'; tekst: string }
  | { soort: 'getal'; getal: number }
  | { soort: 'datum'; datum: Date }
  | { soort: 'boolean'; waarde: boolean };

function isFormule(v: unknown): boolean {
  return typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);
}

export function leesCel(cel: ExcelJS.Cell): Cel {
  const v = cel.value;
  if (v === null || v === undefined) return { soort: 'leeg' };
  if (isFormule(v)) return { soort: 'formule' };
  if (typeof v === 'number') return { soort: 'getal', getal: v };
  if (typeof v === 'boolean') return { soort: 'boolean', waarde: v };
  if (v instanceof Date) return { soort: 'datum', datum: v };
  if (typeof v === 'string')
    return v.trim() === '' ? { soort: 'leeg' } : { soort: 'tekst', tekst: herstelCeltekst(v.trim()) };
  if (typeof v === 'object' && 'error' in v) return { soort: 'fout', code: String(v.error) };
  if (typeof v === 'object' && 'richText' in v) {
    const t = v.richText
      .map((r) => r.text)
      .join('')
      .trim();
    return t === '' ? { soort: 'leeg' } : { soort: 'tekst', tekst: herstelCeltekst(t) };
  }
  if (typeof v === 'object' && 'text' in v) {
    const t = String(v.text).trim();
    return t === '' ? { soort: 'leeg' } : { soort: 'tekst', tekst: herstelCeltekst(t) };
  }
  return { soort: 'fout', code: 'onbekend celtype' };
}

export type Uitkomst<T> = { ok: true; waarde: T } | { ok: false; reden: string };
export const geldig = <T>(waarde: T): Uitkomst<T> => ({ ok: true, waarde });
export const ongeldig = <T>(reden: string): Uitkomst<T> => ({ ok: false, reden });

export function celAlsTekst(c: Cel): string | null {
  if (c.soort === 'tekst') return c.tekst;
  if (c.soort === 'getal') return String(c.getal);
  return null;
}

function afgewezenCel(c: Cel, naam: string): Uitkomst<never> | null {
  if (c.soort === 'formule') return ongeldig(`${naam} bevat een formule; vul een waarde in.`);
  if (c.soort === 'fout') return ongeldig(`${naam} bevat een Excel-fout (${c.code}).`);
  return null;
}

/** Text matching a pattern (codes such as BSN, AGB, productcode: kept as text so leading zeros survive). */
export function celCode(
  c: Cel,
  naam: string,
  patroon: RegExp,
  uitleg: string,
  verplicht = true,
): Uitkomst<string | null> {
  const afgewezen = afgewezenCel(c, naam);
  if (afgewezen) return afgewezen;
  if (c.soort === 'leeg') return verplicht ? ongeldig(`${naam} is verplicht.`) : geldig(null);
  const t = celAlsTekst(c);
  if (t === null || !patroon.test(t)) return ongeldig(`${naam} moet ${uitleg} zijn.`);
  return geldig(t);
}

export function celGeheelGetal(c: Cel, naam: string, min: number, max: number): Uitkomst<number> {
  const afgewezen = afgewezenCel(c, naam);
  if (afgewezen) return afgewezen;
  if (c.soort === 'leeg') return ongeldig(`${naam} is verplicht.`);
  const getal = c.soort === 'getal' ? c.getal : c.soort === 'tekst' && /^-?\d+$/.test(c.tekst) ? Number(c.tekst) : NaN;
  if (!Number.isInteger(getal) || getal < min || getal > max)
    return ongeldig(`${naam} moet een geheel getal van ${min} tot en met ${max} zijn.`);
  return geldig(getal);
}

/** Euros as typed by a person (a number or text with at most two decimals) to integer cents, exactly. */
export function celEuroNaarCenten(
  c: Cel,
  naam: string,
  verplicht: boolean,
  maxCenten: number,
): Uitkomst<number | null> {
  const afgewezen = afgewezenCel(c, naam);
  if (afgewezen) return afgewezen;
  if (c.soort === 'leeg') return verplicht ? ongeldig(`${naam} is verplicht.`) : geldig(null);
  let centen: number;
  if (c.soort === 'getal') {
    if (!Number.isFinite(c.getal)) return ongeldig(`${naam} is geen geldig bedrag.`);
    centen = Math.round(c.getal * 100);
    // A typed euro amount with at most two decimals lands within float noise of whole cents.
    if (Math.abs(c.getal * 100 - centen) > 1e-6 * Math.max(1, Math.abs(centen)))
      return ongeldig(`${naam} ${c.getal} heeft meer dan twee decimalen; bedragen zijn hele centen.`);
  } else if (c.soort === 'tekst' && /^-?\d+([.,]\d{1,2})?$/.test(c.tekst)) {
    const [geheel, fractie = ''] = c.tekst.replace('-', '').split(/[.,]/);
    centen = (Number(geheel) * 100 + Number(fractie.padEnd(2, '0'))) * (c.tekst.startsWith('-') ? -1 : 1);
  } else {
    return ongeldig(`${naam} moet een bedrag in euro's zijn met hoogstens twee decimalen.`);
  }
  if (centen < 0) return ongeldig(`${naam} mag niet negatief zijn.`);
  if (centen > maxCenten) return ongeldig(`${naam} is onwaarschijnlijk groot.`);
  return geldig(centen);
}

const EXCEL_EPOCH_DAG = Date.UTC(1899, 11, 30);
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date from a date cell, an Excel serial number, or text (jjjj-mm-dd or dd-mm-jjjj). */
export function celDatum(c: Cel, naam: string, verplicht: boolean): Uitkomst<string | null> {
  const afgewezen = afgewezenCel(c, naam);
  if (afgewezen) return afgewezen;
  if (c.soort === 'leeg') return verplicht ? ongeldig(`${naam} is verplicht.`) : geldig(null);
  // exceljs gives the serial date as UTC midnight; take the calendar day as is (no time zone shift).
  if (c.soort === 'datum') return geldig(new Date(c.datum.getTime() + 12 * 3_600_000).toISOString().slice(0, 10));
  if (c.soort === 'getal' && Number.isInteger(c.getal) && c.getal > 0 && c.getal < 2_958_466) {
    return geldig(new Date(EXCEL_EPOCH_DAG + c.getal * 86_400_000).toISOString().slice(0, 10));
  }
  if (c.soort === 'tekst') {
    const iso = ISO.test(c.tekst)
      ? c.tekst
      : c.tekst.replace(
          /^(\d{1,2})-(\d{1,2})-(\d{4})$/,
          (_m, d: string, m: string, j: string) => `${j}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`,
        );
    if (isKalenderdatum(iso)) return geldig(iso);
  }
  return ongeldig(`${naam} is geen geldige datum (dd-mm-jjjj).`);
}

export function kolomLetter(kolom: number): string {
  let letters = '';
  for (let n = kolom; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
