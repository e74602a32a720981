import ExcelJS from 'exceljs';
import { DebetCredit, Domein, Eenheid, EENHEID_OMSCHRIJVING, laatsteVanMaand } from '#keten/domain';
import {
  BESTAND,
  celCode,
  celDatum,
  celEuroNaarCenten,
  celGeheelGetal,
  kolomLetter,
  leesCel,
  openWerkmap,
  veiligeCeltekst,
  type Uitkomst,
  type Werkmapfout,
  type WerkmapLimieten,
} from '#keten/platform';
import type { DeclaratieInvoer } from '../ontvang-declaratie/declaratie-invoer.types.js';

// The Excel template for small providers (issue: download it, fill it, upload it). Keten computes the totals
// (TR358 holds by construction); everything else is what a 323 carries, one row per Prestatie.

export const BLAD_DECLARATIE = 'Declaratie';
export const BLAD_PRESTATIES = 'Prestaties';
const MAX_RIJEN = 5000;
const MAX_BEDRAG = 99_999_999; // LDT_Bedrag

const KOP = [
  { sleutel: 'gemeenteCode', label: 'Gemeentecode (CBS, 4 cijfers)' },
  { sleutel: 'domein', label: 'Domein (wmo of jeugd)' },
  { sleutel: 'declaratieNummer', label: 'DeclaratieNummer (uniek, max. 12 letters/cijfers)' },
  { sleutel: 'periode', label: 'Declaratieperiode (jjjj-mm)' },
  { sleutel: 'dagtekening', label: 'Dagtekening (datum)' },
] as const;

const KOLOMMEN = [
  'BSN',
  'ReferentieNummer',
  'VorigReferentieNummer (alleen bij credit)',
  'ToewijzingNummer',
  'ProductCategorie',
  'ProductCode',
  'Begindatum',
  'Einddatum',
  'GeleverdVolume',
  'Eenheid',
  'ProductTarief (euro)',
  'IngediendBedrag (euro)',
  'Debet/Credit (D of C)',
] as const;

/** An empty template with instructions, the code columns formatted as text so leading zeros survive. */
export async function bouwDeclaratieSjabloon(voorbeeld?: { gemeenteCode: string; domein: Domein }): Promise<Buffer> {
  const werkmap = new ExcelJS.Workbook();
  werkmap.creator = 'Keten';
  const kop = werkmap.addWorksheet(BLAD_DECLARATIE);
  kop.columns = [{ width: 52 }, { width: 24 }];
  KOP.forEach((k, i) => {
    const rij = kop.getRow(i + 1);
    rij.getCell(1).value = k.label;
    rij.getCell(1).font = { bold: true };
    rij.getCell(2).numFmt = k.sleutel === 'dagtekening' ? 'dd-mm-yyyy' : '@';
  });
  if (voorbeeld) {
    kop.getCell('B1').value = veiligeCeltekst(voorbeeld.gemeenteCode);
    kop.getCell('B2').value = voorbeeld.domein;
  }
  kop.getCell('A8').value = `Eenheden: ${Object.entries(EENHEID_OMSCHRIJVING)
    .map(([code, o]) => `${code} = ${o}`)
    .join('; ')}`;
  kop.getCell('A9').value = 'Vul op het blad Prestaties één rij per prestatie in. Keten rekent de totalen zelf uit.';

  const prestaties = werkmap.addWorksheet(BLAD_PRESTATIES);
  prestaties.columns = KOLOMMEN.map((k) => ({ header: k, width: Math.max(14, k.length + 2) }));
  prestaties.getRow(1).font = { bold: true };
  for (const kolom of [1, 2, 3, 5, 6, 10, 13]) prestaties.getColumn(kolom).numFmt = '@';
  for (const kolom of [7, 8]) prestaties.getColumn(kolom).numFmt = 'dd-mm-yyyy';
  for (const kolom of [11, 12]) prestaties.getColumn(kolom).numFmt = '#,##0.00';
  return Buffer.from(await werkmap.xlsx.writeBuffer());
}

export type SjabloonResultaat = { ok: true; invoer: DeclaratieInvoer } | { ok: false; fouten: Werkmapfout[] };

/** Reads a filled-in template as a whole: every error with its sheet, row and column, or the declaratie. */
export async function leesDeclaratieSjabloon(
  data: Uint8Array,
  aanbiederAgb: string,
  limieten: WerkmapLimieten,
): Promise<SjabloonResultaat> {
  const geopend = await openWerkmap(data, limieten);
  if (!geopend.ok) return geopend;
  const fouten: Werkmapfout[] = [];
  const kop = geopend.werkmap.getWorksheet(BLAD_DECLARATIE);
  const blad = geopend.werkmap.getWorksheet(BLAD_PRESTATIES);
  if (!kop || !blad)
    return {
      ok: false,
      fouten: [
        {
          blad: BESTAND,
          rij: 0,
          kolom: '',
          reden: `De werkmap mist het blad ${!kop ? BLAD_DECLARATIE : BLAD_PRESTATIES}; download het sjabloon opnieuw.`,
        },
      ],
    };

  function neem<T>(bladNaam: string, rij: number, kolom: number, uitkomst: Uitkomst<T>): T | undefined {
    if (uitkomst.ok) return uitkomst.waarde;
    fouten.push({ blad: bladNaam, rij, kolom: kolomLetter(kolom), reden: uitkomst.reden });
    return undefined;
  }
  const kopCel = (rij: number) => leesCel(kop.getCell(rij, 2));
  const gemeenteCode = neem(BLAD_DECLARATIE, 1, 2, celCode(kopCel(1), 'Gemeentecode', /^\d{4}$/, '4 cijfers'));
  const domein = neem(BLAD_DECLARATIE, 2, 2, celCode(kopCel(2), 'Domein', /^(wmo|jeugd)$/, 'wmo of jeugd')) as
    Domein | undefined;
  const declaratieNummer = neem(
    BLAD_DECLARATIE,
    3,
    2,
    celCode(kopCel(3), 'DeclaratieNummer', /^[A-Za-z0-9]{1,12}$/, '1 tot 12 letters of cijfers'),
  );
  const periode = neem(
    BLAD_DECLARATIE,
    4,
    2,
    celCode(kopCel(4), 'Declaratieperiode', /^\d{4}-(0[1-9]|1[0-2])$/, 'een maand als jjjj-mm'),
  );
  const dagtekening = neem(BLAD_DECLARATIE, 5, 2, celDatum(kopCel(5), 'Dagtekening', true));

  if (blad.rowCount - 1 > MAX_RIJEN) {
    return {
      ok: false,
      fouten: [
        {
          blad: BLAD_PRESTATIES,
          rij: MAX_RIJEN + 2,
          kolom: '',
          reden: `Het blad heeft ${blad.rowCount - 1} rijen; de grens is ${MAX_RIJEN}.`,
        },
      ],
    };
  }
  const prestaties: DeclaratieInvoer['prestaties'] = [];
  for (let r = 2; r <= blad.rowCount; r++) {
    const rij = blad.getRow(r);
    const cel = (k: number) => leesCel(rij.getCell(k));
    if (KOLOMMEN.every((_, i) => cel(i + 1).soort === 'leeg')) continue;
    const n = <T>(k: number, u: Uitkomst<T>) => neem(BLAD_PRESTATIES, r, k, u);
    const bsn = n(1, celCode(cel(1), 'BSN', /^\d{9}$/, '9 cijfers'));
    const referentieNummer = n(2, celCode(cel(2), 'ReferentieNummer', /^.{1,20}$/, '1 tot 20 tekens'));
    const vorig = n(3, celCode(cel(3), 'VorigReferentieNummer', /^.{1,20}$/, '1 tot 20 tekens', false));
    const toewijzingNummer = n(4, celGeheelGetal(cel(4), 'ToewijzingNummer', 0, 999_999_999));
    const categorie = n(5, celCode(cel(5), 'ProductCategorie', /^\d{2}$/, '2 cijfers'));
    const code = n(6, celCode(cel(6), 'ProductCode', /^[A-Za-z0-9]{1,5}$/, '1 tot 5 letters of cijfers'));
    const begindatum = n(7, celDatum(cel(7), 'Begindatum', true));
    const einddatum = n(8, celDatum(cel(8), 'Einddatum', true));
    const volume = n(9, celGeheelGetal(cel(9), 'GeleverdVolume', 0, 99_999_999));
    const eenheid = n(
      10,
      celCode(
        cel(10),
        'Eenheid',
        new RegExp(`^(${Object.values(Eenheid).join('|')})$`),
        `een WJ756-code (${Object.values(Eenheid).join(', ')})`,
      ),
    );
    const tarief = n(11, celEuroNaarCenten(cel(11), 'ProductTarief', eenheid !== Eenheid.Euros, MAX_BEDRAG));
    const bedrag = n(12, celEuroNaarCenten(cel(12), 'IngediendBedrag', true, MAX_BEDRAG));
    const dc = n(13, celCode(cel(13), 'Debet/Credit', /^[DC]$/, 'D of C'));
    if (
      [
        bsn,
        referentieNummer,
        toewijzingNummer,
        categorie,
        code,
        begindatum,
        einddatum,
        volume,
        eenheid,
        bedrag,
        dc,
      ].some((w) => w === undefined) ||
      tarief === undefined ||
      vorig === undefined
    )
      continue;
    prestaties.push({
      bsn: bsn!,
      referentieNummer: referentieNummer!,
      vorigReferentieNummer: vorig,
      toewijzingNummer: toewijzingNummer!,
      productCategorie: categorie!,
      productCode: code!,
      productPeriode: { begindatum: begindatum!, einddatum: einddatum! },
      geleverdVolume: volume!,
      eenheid: eenheid as Eenheid,
      productTarief: tarief,
      ingediendBedrag: bedrag!,
      debetCredit: dc === 'C' ? DebetCredit.Credit : DebetCredit.Debet,
    });
  }
  if (fouten.length === 0 && prestaties.length === 0)
    fouten.push({ blad: BLAD_PRESTATIES, rij: 2, kolom: 'A', reden: 'Er staat geen enkele prestatie op het blad.' });
  if (fouten.length) return { ok: false, fouten };

  const totaal = prestaties.reduce(
    (s, p) => s + (p.debetCredit === DebetCredit.Credit ? -p.ingediendBedrag : p.ingediendBedrag),
    0,
  );
  return {
    ok: true,
    invoer: {
      kop: {
        declaratieNummer: declaratieNummer!,
        declaratiePeriode: { begindatum: `${periode}-01`, einddatum: laatsteVanMaand(`${periode}-01`) },
        dagtekening: dagtekening!,
        totaalIngediendBedrag: {
          bedrag: Math.abs(totaal),
          debetCredit: totaal < 0 ? DebetCredit.Credit : DebetCredit.Debet,
        },
        domein: domein!,
        aanbiederAgb,
        gemeente: gemeenteCode!,
      },
      prestaties,
    },
  };
}
