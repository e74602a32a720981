import ExcelJS from 'exceljs';
import { Domein, Eenheid, Uitvoeringsvariant, type Kostenopbouw } from '#keten/domain';
import { bouwTariefblad, maakTariefbladWerkmap } from './bouw-tariefblad.util.js';
import { leesTariefblad } from './lees-tariefblad.util.js';
import { verschillen } from './verschillen.util.js';
import { BLAD_KOSTENOPBOUW, BLAD_TARIEVEN } from './tariefblad.constant.js';
import type { Tariefblad, TariefbladFout, TariefbladRegel } from './tariefblad.types.js';

const opbouw: Kostenopbouw = {
  jaarsalaris: 4_000_000,
  werkgeverslastenPercentage: '25',
  jaarurenPerFte: '1800',
  nietProductieveUren: [
    { omschrijving: 'verlof', percentage: '10' },
    { omschrijving: 'ziekte', percentage: '5.5' },
  ],
  reiskostenPerJaar: 144_000,
  opleidingskostenPerJaar: 72_000,
  overigeVerplichtingenPerJaar: 28_800,
  overhead: { percentage: '20', grondslag: 'aandeelInKostprijs' },
  indexatiePercentage: '2.35',
  urenPerEenheid: '1/60',
};

function maakTariefblad(aantal: number): Tariefblad {
  const regels: TariefbladRegel[] = [];
  const varianten: [Uitvoeringsvariant, Eenheid | null][] = [
    [Uitvoeringsvariant.Inspanningsgericht, Eenheid.Uur],
    [Uitvoeringsvariant.Inspanningsgericht, Eenheid.Minuut],
    [Uitvoeringsvariant.Inspanningsgericht, Eenheid.Dagdeel],
    [Uitvoeringsvariant.Inspanningsgericht, Eenheid.StuksInspanning],
    [Uitvoeringsvariant.Outputgericht, Eenheid.StuksOutput],
    [Uitvoeringsvariant.Outputgericht, Eenheid.Euros],
    [Uitvoeringsvariant.Taakgericht, null],
  ];
  for (let i = 0; i < aantal; i++) {
    const [uitvoeringsvariant, eenheid] = varianten[i % varianten.length];
    const basis = {
      productCategorie: String(1 + (i % 10)).padStart(2, '0'),
      productCode: `P${String(i).padStart(3, '0')}`,
      omschrijving:
        i === 3
          ? '=HYPERLINK("http://evil.example","klik")'
          : i === 4
            ? '+31 begeleiding @thuis'
            : `Product ${i} – ‘begeleiding’`,
      uitvoeringsvariant,
      eenheid,
    };
    // Two versions per product: 2026 and from 2027 open-ended; amounts with every cent digit.
    regels.push({ ...basis, bedrag: 1 + i * 1_237, ingangsdatum: '2026-01-01', einddatum: '2026-12-31' });
    regels.push({
      ...basis,
      bedrag: 5 + i * 1_281,
      ingangsdatum: '2027-01-01',
      einddatum: null,
      ...(i % 5 === 1 ? { kostenopbouw: opbouw } : {}),
    });
  }
  return {
    contractnummer: 'RO-2026-017',
    contractnaam: 'Raamovereenkomst Wmo begeleiding regio IJssel',
    domein: Domein.Wmo,
    regels,
  };
}

async function laad(buffer: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(buffer) as unknown as ExcelJS.Buffer);
  return wb;
}

async function schrijf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

async function leesGoed(buffer: Uint8Array): Promise<Tariefblad> {
  const r = await leesTariefblad(buffer);
  if (!r.ok) throw new Error(`onverwachte fouten: ${JSON.stringify(r.fouten, null, 1)}`);
  return r.tariefblad;
}

describe('tariefblad', () => {
  const origineel = maakTariefblad(60);

  it('should give back exactly the original plain data when a built sheet is read unchanged', async () => {
    const gelezen = await leesGoed(await bouwTariefblad(origineel));
    expect(gelezen).toEqual(origineel);
    expect(verschillen(origineel.regels, gelezen.regels)).toEqual({ gewijzigd: [], toegevoegd: [], verwijderd: [] });
  });

  it('should change exactly the edited tariffs when tariff cells are edited in the sheet', async () => {
    const wb = await laad(await bouwTariefblad(origineel));
    const blad = wb.getWorksheet(BLAD_TARIEVEN)!;
    // Rows 2.. hold regels 0..; column G is the tariff in euros.
    blad.getCell('G5').value = 123.45;
    blad.getCell('G40').value = 0.07;
    blad.getCell('G121').value = '99,9';

    const gelezen = await leesGoed(await schrijf(wb));
    const diff = verschillen(origineel.regels, gelezen.regels);

    expect(diff.toegevoegd).toEqual([]);
    expect(diff.verwijderd).toEqual([]);
    expect(diff.gewijzigd.map((g) => [g.oud, g.nieuw.bedrag, g.velden])).toEqual([
      [origineel.regels[3], 12_345, ['bedrag']],
      [origineel.regels[38], 7, ['bedrag']],
      [origineel.regels[119], 9_990, ['bedrag']],
    ]);
  });

  it('should write dangerous texts with a leading apostrophe and read them back unchanged', async () => {
    const wb = maakTariefbladWerkmap(origineel);
    const blad = wb.getWorksheet(BLAD_TARIEVEN)!;

    expect(blad.getCell('C8').value).toBe(`'${origineel.regels[6].omschrijving}`);
    expect(blad.getCell('C10').value).toBe(`'${origineel.regels[8].omschrijving}`);
    expect(blad.getCell('C2').value).toBe(origineel.regels[0].omschrijving);
    expect(blad.getCell('C8').formula).toBeUndefined();
  });

  it('should show tariffs as euros with two decimals and keep category and eenheid codes as text', () => {
    const blad = maakTariefbladWerkmap(origineel).getWorksheet(BLAD_TARIEVEN)!;
    // Row 4 holds regel 2: 1 + 1 × 1237 = 1238 cents.
    expect(blad.getCell('G4').value).toBe(12.38);
    expect(blad.getCell('G4').numFmt).toBe('#,##0.00');
    expect(blad.getCell('A2').value).toBe('01');
    expect(blad.getCell('E2').value).toBe('04');
  });

  it('should refuse a sheet with errors and list every error with sheet, row and column', async () => {
    const wb = await laad(await bouwTariefblad(origineel));
    const t = wb.getWorksheet(BLAD_TARIEVEN)!;
    t.getCell('A2').value = '99';
    t.getCell('B3').value = 'TE-LANG';
    t.getCell('D4').value = 'resultaat';
    t.getCell('E5').value = '82';
    t.getCell('G6').value = 12.345;
    t.getCell('H7').value = 'morgen';
    t.getCell('I8').value = new Date(Date.UTC(2025, 0, 1));
    t.getCell('G9').value = { formula: 'G10*2', result: 10 } as ExcelJS.CellFormulaValue;
    t.getCell('C10').value = null;
    // Rows 12 and 13 hold both versions of one product; row 13 now starts 2026-06-01, open-ended.
    t.getCell('H13').value = new Date(Date.UTC(2026, 5, 1));
    t.getCell('I13').value = null;
    const k = wb.getWorksheet(BLAD_KOSTENOPBOUW)!;
    k.getCell('B2').value = 'ZZZ';
    k.getCell('F3').value = 'veel';

    const r = await leesTariefblad(await schrijf(wb));

    expect(r.ok).toBe(false);
    const fouten = (r as { fouten: TariefbladFout[] }).fouten;
    const plaatsen = fouten.map((f) => `${f.blad}!${f.kolom}${f.rij}`).sort();
    expect(plaatsen).toEqual(
      [
        'Tarieven!A2',
        'Tarieven!B3',
        'Tarieven!D4',
        'Tarieven!E5',
        'Tarieven!G6',
        'Tarieven!H7',
        'Tarieven!I8',
        'Tarieven!G9',
        'Tarieven!C10',
        'Tarieven!H13',
        'Kostenopbouw!A2',
        'Kostenopbouw!F3',
      ].sort(),
    );
    const reden = (plaats: string) => fouten.find((f) => `${f.blad}!${f.kolom}${f.rij}` === plaats)?.reden;
    expect(reden('Tarieven!A2')).toContain('WMO020');
    expect(reden('Tarieven!E5')).toContain('OP305');
    expect(reden('Tarieven!G6')).toContain('meer dan twee decimalen');
    expect(reden('Tarieven!I8')).toContain('voor de ingangsdatum');
    expect(reden('Tarieven!G9')).toContain('Formules zijn niet toegestaan');
    expect(reden('Tarieven!C10')).toContain('Omschrijving is verplicht');
    expect(reden('Tarieven!H13')).toBe(
      'Geldigheid 2026-06-01 t/m onbepaald overlapt met rij 12 (2026-01-01 t/m 2026-12-31) voor product 06/P005, eenheid 83.',
    );
    expect(reden('Kostenopbouw!A2')).toContain('Geen tariefregel');
  });

  it('should refuse a file over the size, unpacked size or row limit before reading it', async () => {
    const buffer = await bouwTariefblad(origineel);

    const groot = await leesTariefblad(buffer, { maxBytes: 1_000 });
    const bom = await leesTariefblad(buffer, { maxUitgepakteBytes: 1_000 });
    const rijen = await leesTariefblad(buffer, { maxRijen: 50 });

    expect(groot).toMatchObject({
      ok: false,
      fouten: [{ blad: '(bestand)', reden: expect.stringContaining('de grens is 1000 bytes') }],
    });
    expect(bom).toMatchObject({
      ok: false,
      fouten: [{ blad: '(bestand)', reden: expect.stringContaining('pakt uit tot') }],
    });
    expect(rijen).toMatchObject({
      ok: false,
      fouten: [{ blad: BLAD_TARIEVEN, reden: 'Het blad heeft 120 rijen; de grens is 50.' }],
    });
  });

  it('should refuse a file that is not an xlsx workbook', async () => {
    const r = await leesTariefblad(new TextEncoder().encode('productcategorie;productcode\n02;02A05\n'));
    expect(r).toEqual({
      ok: false,
      fouten: [{ blad: '(bestand)', rij: 0, kolom: '', reden: 'Het bestand is geen geldig Excel-bestand (.xlsx).' }],
    });
  });

  it('should refuse a sheet whose column headers were changed', async () => {
    const wb = await laad(await bouwTariefblad(origineel));
    wb.getWorksheet(BLAD_TARIEVEN)!.getCell('G1').value = 'Prijs';

    const r = await leesTariefblad(await schrijf(wb));

    expect(r).toEqual({
      ok: false,
      fouten: [
        { blad: BLAD_TARIEVEN, rij: 1, kolom: 'G', reden: "Kolomkop moet 'Tarief (€)' zijn, gevonden: 'Prijs'." },
      ],
    });
  });
});

describe('verschillen', () => {
  const regel = (over: Partial<TariefbladRegel>): TariefbladRegel => ({
    productCategorie: '02',
    productCode: '02A05',
    omschrijving: 'Begeleiding individueel',
    uitvoeringsvariant: Uitvoeringsvariant.Inspanningsgericht,
    eenheid: Eenheid.Uur,
    bedrag: 6_245,
    ingangsdatum: '2026-01-01',
    einddatum: null,
    ...over,
  });

  it('should list changed, added and removed tariff rows', () => {
    const oud = [regel({}), regel({ productCode: '02A06' }), regel({ eenheid: Eenheid.Minuut, bedrag: 104 })];
    const nieuw = [
      regel({ einddatum: '2026-12-31' }),
      regel({ productCode: '02A07' }),
      regel({ eenheid: Eenheid.Minuut, bedrag: 104 }),
    ];

    const d = verschillen(oud, nieuw);

    expect(d.gewijzigd).toEqual([
      { sleutel: '02|02A05|04|2026-01-01', oud: oud[0], nieuw: nieuw[0], velden: ['einddatum'] },
    ]);
    expect(d.toegevoegd).toEqual([nieuw[1]]);
    expect(d.verwijderd).toEqual([oud[1]]);
  });

  it('should treat a build-up with the same figures in another key order as unchanged', () => {
    const a = regel({ kostenopbouw: opbouw });
    const b = regel({
      kostenopbouw: JSON.parse(
        JSON.stringify(
          { ...opbouw, jaarsalaris: undefined, overhead: { grondslag: 'aandeelInKostprijs', percentage: '20' } },
          null,
        ),
      ),
    });
    b.kostenopbouw!.jaarsalaris = opbouw.jaarsalaris;
    expect(verschillen([a], [b]).gewijzigd).toEqual([]);
    expect(
      verschillen([a], [regel({ kostenopbouw: { ...opbouw, indexatiePercentage: '2.4' } })]).gewijzigd[0].velden,
    ).toEqual(['kostenopbouw']);
  });
});
