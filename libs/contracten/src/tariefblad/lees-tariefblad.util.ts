import ExcelJS from 'exceljs';
import {
  berekenReelePrijs,
  beschrijfPeriode,
  Domein,
  Eenheid,
  isDecimaal,
  isProductcategorie,
  Uitvoeringsvariant,
  valideerEenheidBijVariant,
  valideerTariefperiodes,
  type Kalenderdatum,
  type Kostenopbouw,
  type Tarief,
} from '#keten/domain';
import {
  celAlsTekst,
  celDatum,
  celEuroNaarCenten,
  geldig,
  leesCel,
  ongeldig,
  openWerkmap,
  type Cel,
  type Uitkomst,
} from '#keten/platform';
import {
  BLAD_CONTRACT,
  BLAD_KOSTENOPBOUW,
  BLAD_TARIEVEN,
  KOSTENOPBOUW_KOLOMMEN,
  kolomLetter,
  STANDAARD_LIMIETEN,
  TARIEF_KOLOMMEN,
  type Kolom,
} from './tariefblad.constant.js';
import type {
  Tariefblad,
  TariefbladFout,
  TariefbladLeesresultaat,
  TariefbladLimieten,
  TariefbladRegel,
} from './tariefblad.types.js';

// Reads an uploaded tariff sheet into plain data, validated as a whole: every error is collected with its
// sheet, row and column, and the sheet is accepted only when there are none. Bounded: the file size, the
// unpacked size of its parts (zip bomb) and the number of rows are checked before anything is interpreted.

const MAX_BEDRAG_CENTEN = 100_000_000_000_00; // € 100 miljard: far above any real tariff or budget
const MAX_TEKST = 200;

function isFormule(v: unknown): boolean {
  return typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);
}

const ok = geldig;
const fout = ongeldig;
const alsTekst = celAlsTekst;
const euroNaarCenten = (c: Cel, naam: string, verplicht: boolean) =>
  celEuroNaarCenten(c, naam, verplicht, MAX_BEDRAG_CENTEN);
const datumVan = (c: Cel, naam: string, verplicht: boolean) => celDatum(c, naam, verplicht);

function verplichteTekst(c: Cel, naam: string): Uitkomst<string> {
  if (c.soort === 'leeg') return fout(`${naam} is verplicht.`);
  const t = alsTekst(c);
  if (t === null) return fout(`${naam} moet tekst zijn.`);
  if (t.length > MAX_TEKST) return fout(`${naam} is langer dan ${MAX_TEKST} tekens.`);
  return ok(t);
}

function tweecijferigeCode(c: Cel, naam: string): Uitkomst<string> {
  if (c.soort === 'getal' && Number.isInteger(c.getal) && c.getal >= 0 && c.getal < 100)
    return ok(String(c.getal).padStart(2, '0'));
  const t = verplichteTekst(c, naam);
  if (!t.ok) return t;
  if (!/^\d{1,2}$/.test(t.waarde)) return fout(`${naam} '${t.waarde}' is geen code van twee cijfers.`);
  return ok(t.waarde.padStart(2, '0'));
}

function productcategorie(c: Cel, domein: Domein | null): Uitkomst<string> {
  const code = tweecijferigeCode(c, 'Productcategorie');
  if (!code.ok || domein === null) return code;
  const lijst = domein === Domein.Wmo ? 'WMO020' : 'JZ020';
  return isProductcategorie(domein, code.waarde)
    ? code
    : fout(`Productcategorie '${code.waarde}' bestaat niet in ${lijst} (domein ${domein}).`);
}

function productcode(c: Cel): Uitkomst<string> {
  const t = verplichteTekst(c, 'Productcode');
  if (!t.ok) return t;
  // Productcode: at most 5 characters (LDT_ProductCode; per-contract productcodelijst).
  return /^[A-Za-z0-9]{1,5}$/.test(t.waarde)
    ? t
    : fout(`Productcode '${t.waarde}' moet 1 tot 5 letters of cijfers zijn.`);
}

function uitvoeringsvariant(c: Cel): Uitkomst<Uitvoeringsvariant> {
  const t = verplichteTekst(c, 'Uitvoeringsvariant');
  if (!t.ok) return t as Uitkomst<never>;
  const v = t.waarde.toLowerCase();
  const geldig = Object.values(Uitvoeringsvariant) as string[];
  return geldig.includes(v)
    ? ok(v as Uitvoeringsvariant)
    : fout(`Uitvoeringsvariant '${t.waarde}' is onbekend; kies ${geldig.join(', ')} (OP261).`);
}

function eenheid(c: Cel): Uitkomst<Eenheid | null> {
  if (c.soort === 'leeg') return ok(null);
  const code = tweecijferigeCode(c, 'Eenheid');
  if (!code.ok) return code as Uitkomst<never>;
  return (Object.values(Eenheid) as string[]).includes(code.waarde)
    ? ok(code.waarde as Eenheid)
    : fout(`Eenheid '${code.waarde}' bestaat niet in WJ756 (01, 04, 14, 16, 82, 83, 84).`);
}

function percentage(c: Cel, naam: string): Uitkomst<string> {
  const t = c.soort === 'leeg' ? null : alsTekst(c);
  if (t === null) return fout(`${naam} is verplicht (een getal, bijvoorbeeld 25 of 2,5).`);
  return isDecimaal(t) ? ok(t.replace(',', '.')) : fout(`${naam} '${t}' is geen geldig getal.`);
}

function urenPerEenheid(c: Cel): Uitkomst<string> {
  const t = c.soort === 'leeg' ? null : alsTekst(c);
  if (t === null) return fout('Uren per eenheid is verplicht (bijvoorbeeld 1, 4 of 1/60).');
  const delen = t.split('/');
  if (delen.length <= 2 && delen.every(isDecimaal)) return ok(delen.map((d) => d.replace(',', '.')).join('/'));
  return fout(`Uren per eenheid '${t}' is geen getal of breuk (bijvoorbeeld 1/60).`);
}

function nietProductieveUren(c: Cel): Uitkomst<{ omschrijving: string; percentage: string }[]> {
  if (c.soort === 'leeg') return ok([]);
  const t = alsTekst(c);
  if (t === null) return fout('Niet-productieve uren moet tekst zijn, zoals "verlof 10; ziekte 5".');
  const delen = t
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d !== '');
  const uit: { omschrijving: string; percentage: string }[] = [];
  for (const deel of delen) {
    const m = /^(.*\S)\s+(-?\d+(?:[.,]\d+)?)\s*%?$/.exec(deel);
    if (!m) return fout(`Niet-productieve uren: '${deel}' heeft niet de vorm "omschrijving percentage".`);
    uit.push({ omschrijving: m[1], percentage: m[2].replace(',', '.') });
  }
  return ok(uit);
}

function groepsgrootte(c: Cel): Uitkomst<number> {
  if (c.soort === 'leeg') return ok(1);
  const n = c.soort === 'getal' ? c.getal : c.soort === 'tekst' ? Number(c.tekst) : NaN;
  return Number.isSafeInteger(n) && n >= 1 ? ok(n) : fout('Groepsgrootte moet een geheel getal van 1 of meer zijn.');
}

class Foutenlijst {
  readonly fouten: TariefbladFout[] = [];
  add(blad: string, rij: number, kolom: string, reden: string): void {
    this.fouten.push({ blad, rij, kolom, reden });
  }
  /** Records the error of a field and returns its value, or undefined when it failed. */
  veld<T>(blad: string, rij: number, kolom: string, u: Uitkomst<T>): T | undefined {
    if (u.ok) return u.waarde;
    this.add(blad, rij, kolom, u.reden);
    return undefined;
  }
}

function controleerKoppen<K extends string>(
  blad: ExcelJS.Worksheet,
  kolommen: readonly Kolom<K>[],
  fouten: Foutenlijst,
): boolean {
  let goed = true;
  kolommen.forEach((k, i) => {
    const c = leesCel(blad.getRow(1).getCell(i + 1));
    const gevonden = c.soort === 'tekst' ? c.tekst : '';
    if (gevonden.toLowerCase() !== k.kop.toLowerCase()) {
      fouten.add(blad.name, 1, kolomLetter(i), `Kolomkop moet '${k.kop}' zijn, gevonden: '${gevonden}'.`);
      goed = false;
    }
  });
  return goed;
}

/** Every formula cell in every sheet is refused: uploaded values only (formula injection, conventions.md 15). */
function weigerFormules(wb: ExcelJS.Workbook, fouten: Foutenlijst): Set<string> {
  const formules = new Set<string>();
  wb.eachSheet((blad) => {
    blad.eachRow({ includeEmpty: false }, (rij, rijnummer) => {
      rij.eachCell({ includeEmpty: false }, (cel, kolomnummer) => {
        if (isFormule(cel.value)) {
          const kolom = kolomLetter(kolomnummer - 1);
          formules.add(`${blad.name}!${rijnummer}!${kolom}`);
          fouten.add(blad.name, rijnummer, kolom, 'Formules zijn niet toegestaan; vul een vaste waarde in.');
        }
      });
    });
  });
  return formules;
}

function dataRijen(blad: ExcelJS.Worksheet, aantalKolommen: number): { rijnummer: number; cellen: Cel[] }[] {
  const rijen: { rijnummer: number; cellen: Cel[] }[] = [];
  for (let r = 2; r <= blad.rowCount; r++) {
    const rij = blad.getRow(r);
    const cellen = Array.from({ length: aantalKolommen }, (_x, i) => leesCel(rij.getCell(i + 1)));
    if (cellen.every((c) => c.soort === 'leeg')) continue;
    rijen.push({ rijnummer: r, cellen });
  }
  return rijen;
}

function leesContract(
  wb: ExcelJS.Workbook,
  fouten: Foutenlijst,
): { contractnummer: string; contractnaam: string; domein: Domein | null } {
  const blad = wb.getWorksheet(BLAD_CONTRACT);
  if (!blad) {
    fouten.add(BLAD_CONTRACT, 0, '', `Het blad '${BLAD_CONTRACT}' ontbreekt.`);
    return { contractnummer: '', contractnaam: '', domein: null };
  }
  const waarde = (rij: number) => leesCel(blad.getRow(rij).getCell(2));
  const contractnummer = fouten.veld(BLAD_CONTRACT, 1, 'B', verplichteTekst(waarde(1), 'Contractnummer')) ?? '';
  const contractnaam = fouten.veld(BLAD_CONTRACT, 2, 'B', verplichteTekst(waarde(2), 'Contractnaam')) ?? '';
  const d = alsTekst(waarde(3))?.toLowerCase();
  const domein = d === Domein.Wmo || d === Domein.Jeugd ? d : null;
  if (domein === null) fouten.add(BLAD_CONTRACT, 3, 'B', `Domein moet '${Domein.Wmo}' of '${Domein.Jeugd}' zijn.`);
  return { contractnummer, contractnaam, domein };
}

type Kolomnummers<K extends string> = Record<K, number>;
function kolomIndex<K extends string>(kolommen: readonly Kolom<K>[]): Kolomnummers<K> {
  return Object.fromEntries(kolommen.map((k, i) => [k.veld, i])) as Kolomnummers<K>;
}
const T = kolomIndex(TARIEF_KOLOMMEN);
const K = kolomIndex(KOSTENOPBOUW_KOLOMMEN);

function regelSleutel(r: {
  productCategorie: string;
  productCode: string;
  eenheid: Eenheid | null;
  ingangsdatum: Kalenderdatum;
}): string {
  return `${r.productCategorie}|${r.productCode}|${r.eenheid ?? ''}|${r.ingangsdatum}`;
}

interface GelezenTarieven {
  regels: { regel: TariefbladRegel; rijnummer: number }[];
  /** Keys of rows that were refused for another field: a build-up for them is not reported again. */
  sleutelsMetFouten: Set<string>;
}

function leesTarieven(
  blad: ExcelJS.Worksheet,
  domein: Domein | null,
  formules: Set<string>,
  fouten: Foutenlijst,
): GelezenTarieven {
  const uit: { regel: TariefbladRegel; rijnummer: number }[] = [];
  const sleutelsMetFouten = new Set<string>();
  for (const { rijnummer, cellen } of dataRijen(blad, TARIEF_KOLOMMEN.length)) {
    const veld = <V>(kolom: number, u: (c: Cel) => Uitkomst<V>): V | undefined => {
      const letter = kolomLetter(kolom);
      if (formules.has(`${blad.name}!${rijnummer}!${letter}`)) return undefined;
      return fouten.veld(blad.name, rijnummer, letter, u(cellen[kolom]));
    };
    const productCategorie = veld(T.productCategorie, (c) => productcategorie(c, domein));
    const code = veld(T.productCode, productcode);
    const omschrijving = veld(T.omschrijving, (c) => verplichteTekst(c, 'Omschrijving'));
    const variant = veld(T.uitvoeringsvariant, uitvoeringsvariant);
    const e = veld(T.eenheid, eenheid);
    const bedrag = veld(T.bedrag, (c) => euroNaarCenten(c, 'Tarief', true));
    const ingangsdatum = veld(T.ingangsdatum, (c) => datumVan(c, 'Ingangsdatum', true));
    const einddatum = veld(T.einddatum, (c) => datumVan(c, 'Einddatum', false));
    if (variant !== undefined && e !== undefined) {
      for (const b of valideerEenheidBijVariant(variant, e))
        fouten.add(blad.name, rijnummer, kolomLetter(T.eenheid), b.melding);
    }
    if (ingangsdatum && einddatum && einddatum < ingangsdatum) {
      fouten.add(
        blad.name,
        rijnummer,
        kolomLetter(T.einddatum),
        `Einddatum ${einddatum} ligt voor de ingangsdatum ${ingangsdatum}.`,
      );
    }
    if (
      productCategorie === undefined ||
      code === undefined ||
      omschrijving === undefined ||
      variant === undefined ||
      e === undefined ||
      bedrag == null ||
      !ingangsdatum ||
      einddatum === undefined
    ) {
      sleutelsMetFouten.add(
        regelSleutel({
          productCategorie: productCategorie ?? '',
          productCode: code ?? '',
          eenheid: e ?? null,
          ingangsdatum: ingangsdatum ?? '',
        }),
      );
      continue;
    }
    uit.push({
      rijnummer,
      regel: {
        productCategorie,
        productCode: code,
        omschrijving,
        uitvoeringsvariant: variant,
        eenheid: e,
        bedrag,
        ingangsdatum,
        einddatum,
      },
    });
  }
  // Whole-sheet rule: validity periods of one product and eenheid may not overlap (architecture.md 4).
  const alsTarief: Tarief[] = uit.map(({ regel, rijnummer }) => ({ ...regel, tariefId: String(rijnummer) }));
  for (const b of valideerTariefperiodes(alsTarief)) {
    if (b.code !== 'TARIEFPERIODES_OVERLAPPEN' || !b.tariefIds) continue;
    const [a, c] = b.tariefIds.map((id) => alsTarief.find((t) => t.tariefId === id)!);
    fouten.add(
      blad.name,
      +c.tariefId,
      kolomLetter(T.ingangsdatum),
      `Geldigheid ${beschrijfPeriode(c)} overlapt met rij ${a.tariefId} (${beschrijfPeriode(a)}) voor product ${c.productCategorie}/${c.productCode}, eenheid ${c.eenheid ?? 'budget'}.`,
    );
  }
  return { regels: uit, sleutelsMetFouten };
}

function leesKostenopbouw(
  blad: ExcelJS.Worksheet,
  tarieven: GelezenTarieven,
  formules: Set<string>,
  fouten: Foutenlijst,
): void {
  const regels = new Map(tarieven.regels.map(({ regel }) => [regelSleutel(regel), regel]));
  const gezien = new Map<string, number>();
  for (const { rijnummer, cellen } of dataRijen(blad, KOSTENOPBOUW_KOLOMMEN.length)) {
    const aantalVoor = fouten.fouten.length;
    const veld = <V>(kolom: number, u: (c: Cel) => Uitkomst<V>): V | undefined => {
      const letter = kolomLetter(kolom);
      if (formules.has(`${blad.name}!${rijnummer}!${letter}`)) return undefined;
      return fouten.veld(blad.name, rijnummer, letter, u(cellen[kolom]));
    };
    const productCategorie = veld(K.productCategorie, (c) => tweecijferigeCode(c, 'Productcategorie'));
    const code = veld(K.productCode, productcode);
    const e = veld(K.eenheid, eenheid);
    const ingangsdatum = veld(K.ingangsdatum, (c) => datumVan(c, 'Ingangsdatum', true));
    const k = {
      jaarsalaris: veld(K.jaarsalaris, (c) => euroNaarCenten(c, 'Jaarsalaris', true)),
      werkgeverslastenPercentage: veld(K.werkgeverslastenPercentage, (c) => percentage(c, 'Werkgeverslasten')),
      jaarurenPerFte: veld(K.jaarurenPerFte, (c) => percentage(c, 'Jaaruren per fte')),
      nietProductieveUren: veld(K.nietProductieveUren, nietProductieveUren),
      reiskostenPerJaar: veld(K.reiskostenPerJaar, (c) => euroNaarCenten(c, 'Reiskosten', true)),
      opleidingskostenPerJaar: veld(K.opleidingskostenPerJaar, (c) => euroNaarCenten(c, 'Opleidingskosten', true)),
      overigeVerplichtingenPerJaar: veld(K.overigeVerplichtingenPerJaar, (c) =>
        euroNaarCenten(c, 'Overige verplichtingen', true),
      ),
      overheadPercentage: veld(K.overheadPercentage, (c) => percentage(c, 'Overhead')),
      overheadGrondslag: veld(K.overheadGrondslag, (c): Uitkomst<'opslag' | 'aandeelInKostprijs'> => {
        const t = alsTekst(c)?.toLowerCase();
        return t === 'opslag'
          ? ok('opslag')
          : t === 'aandeel'
            ? ok('aandeelInKostprijs')
            : fout("Overhead grondslag moet 'opslag' of 'aandeel' zijn.");
      }),
      indexatiePercentage: veld(K.indexatiePercentage, (c) => percentage(c, 'Indexatie')),
      urenPerEenheid: veld(K.urenPerEenheid, urenPerEenheid),
      groepsgrootte: veld(K.groepsgrootte, groepsgrootte),
    };
    if (productCategorie === undefined || code === undefined || e === undefined || !ingangsdatum) continue;
    const sleutel = regelSleutel({ productCategorie, productCode: code, eenheid: e, ingangsdatum });
    const regel = regels.get(sleutel);
    if (!regel && tarieven.sleutelsMetFouten.has(sleutel)) continue;
    if (!regel) {
      fouten.add(
        blad.name,
        rijnummer,
        kolomLetter(K.productCategorie),
        `Geen tariefregel op blad '${BLAD_TARIEVEN}' voor ${productCategorie}/${code}, eenheid ${e ?? 'budget'}, ingangsdatum ${ingangsdatum}.`,
      );
      continue;
    }
    const eerder = gezien.get(sleutel);
    if (eerder !== undefined) {
      fouten.add(
        blad.name,
        rijnummer,
        kolomLetter(K.productCategorie),
        `Deze tariefregel heeft al een kostenopbouw op rij ${eerder}.`,
      );
      continue;
    }
    gezien.set(sleutel, rijnummer);
    if (fouten.fouten.length > aantalVoor) continue;
    const opbouw: Kostenopbouw = {
      jaarsalaris: k.jaarsalaris!,
      werkgeverslastenPercentage: k.werkgeverslastenPercentage!,
      jaarurenPerFte: k.jaarurenPerFte!,
      nietProductieveUren: k.nietProductieveUren!,
      reiskostenPerJaar: k.reiskostenPerJaar!,
      opleidingskostenPerJaar: k.opleidingskostenPerJaar!,
      overigeVerplichtingenPerJaar: k.overigeVerplichtingenPerJaar!,
      overhead: { percentage: k.overheadPercentage!, grondslag: k.overheadGrondslag! },
      indexatiePercentage: k.indexatiePercentage!,
      urenPerEenheid: k.urenPerEenheid!,
      ...(k.groepsgrootte !== 1 ? { groepsgrootte: k.groepsgrootte } : {}),
    };
    try {
      berekenReelePrijs(opbouw, regel.eenheid);
    } catch (e) {
      fouten.add(
        blad.name,
        rijnummer,
        kolomLetter(K.jaarsalaris),
        `De kostenopbouw is niet te berekenen: ${(e as Error).message}.`,
      );
      continue;
    }
    regel.kostenopbouw = opbouw;
  }
}

export async function leesTariefblad(
  data: Uint8Array,
  limieten: Partial<TariefbladLimieten> = {},
): Promise<TariefbladLeesresultaat> {
  const grenzen = { ...STANDAARD_LIMIETEN, ...limieten };
  const fouten = new Foutenlijst();
  const geopend = await openWerkmap(data, grenzen);
  if (!geopend.ok) return { ok: false, fouten: geopend.fouten };
  const wb = geopend.werkmap;

  let teGroot = false;
  wb.eachSheet((blad) => {
    if (blad.rowCount - 1 > grenzen.maxRijen) {
      fouten.add(
        blad.name,
        grenzen.maxRijen + 2,
        '',
        `Het blad heeft ${blad.rowCount - 1} rijen; de grens is ${grenzen.maxRijen}.`,
      );
      teGroot = true;
    }
  });
  if (teGroot) return { ok: false, fouten: fouten.fouten };

  const formules = weigerFormules(wb, fouten);
  const contract = leesContract(wb, fouten);

  const tarievenBlad = wb.getWorksheet(BLAD_TARIEVEN);
  let tarieven: GelezenTarieven | null = null;
  if (!tarievenBlad) fouten.add(BLAD_TARIEVEN, 0, '', `Het blad '${BLAD_TARIEVEN}' ontbreekt.`);
  else if (controleerKoppen(tarievenBlad, TARIEF_KOLOMMEN, fouten))
    tarieven = leesTarieven(tarievenBlad, contract.domein, formules, fouten);

  // The build-up refers to tariff rows: it is only checked when the tariff sheet itself could be read.
  const kostenBlad = wb.getWorksheet(BLAD_KOSTENOPBOUW);
  if (kostenBlad && controleerKoppen(kostenBlad, KOSTENOPBOUW_KOLOMMEN, fouten) && tarieven) {
    leesKostenopbouw(kostenBlad, tarieven, formules, fouten);
  }

  if (fouten.fouten.length > 0 || contract.domein === null || tarieven === null)
    return { ok: false, fouten: fouten.fouten };
  const tariefblad: Tariefblad = {
    contractnummer: contract.contractnummer,
    contractnaam: contract.contractnaam,
    domein: contract.domein,
    regels: tarieven.regels.map((r) => r.regel),
  };
  return { ok: true, tariefblad, rijnummers: tarieven.regels.map((r) => r.rijnummer) };
}
