import fc from 'fast-check';
import { DebetCredit, Domein, Eenheid, Frequentie, Uitvoeringsvariant } from '../codelijsten/index.js';
import { BERICHT_CHECKS } from './bericht-checks.util.js';
import { CREDIT_STAPPEN, DEBET_STAPPEN } from './beoordeel-declaratie.util.js';
import { bedragMinutenTegenUurtarief, minuuttariefVanUurtarief } from './bedrag-checks.util.js';
import {
  ANDER_BSN,
  APRIL_2026,
  beoordeel,
  IJW_OUTPUT,
  IWMO_INSPANNING,
  maakCredit,
  maakEerdere,
  maakPrestatie,
  maakToewijzing,
  VARIANTEN,
  type Variant,
} from './testing/beoordeling-testdata.util.js';

const MAART = { begindatum: '2026-03-01', einddatum: '2026-03-31' };
const MEI = { begindatum: '2026-05-01', einddatum: '2026-05-31' };

describe('the check pipeline (conventions.md 11)', () => {
  it('should name every check after the rule it reports when it rejects', () => {
    const namen = [...CREDIT_STAPPEN, ...DEBET_STAPPEN].flatMap((s) => s.checks.map((c) => c.name));
    for (const naam of namen) expect(naam).toMatch(/^(TR|CS|CD)\d{3}$/);
    expect(BERICHT_CHECKS.map((c) => c.name)).toEqual(['CS340', 'CS100', 'TR333', 'TR358', 'CS325', 'TR318']);
  });

  it('should run the debet steps in the order of istandaarden.md 3.8', () => {
    expect(DEBET_STAPPEN.map((s) => s.stap)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(DEBET_STAPPEN.map((s) => s.checks.map((c) => c.name))).toEqual([
      ['CD060', 'TR314'],
      ['TR338', 'TR304', 'TR384'],
      ['TR339', 'TR340', 'TR381', 'TR341'],
      ['TR307', 'TR308', 'TR387', 'TR388', 'CS337', 'TR319', 'TR335'],
      ['TR416', 'TR389'],
      ['CD087', 'TR418', 'TR346', 'CS339'],
      ['TR321', 'TR322', 'TR369'],
    ]);
  });

  it('should report findings in pipeline order when a prestatie breaks several rules', () => {
    const v = IWMO_INSPANNING;
    const p = maakPrestatie(v, {
      productCode: '02X99',
      productTarief: 6100,
      geleverdVolume: 16,
      ingediendBedrag: 16 * 6100,
    });
    const uitkomst = beoordeel(v, [p]);
    expect(uitkomst.prestaties[0].bevindingen.map((b) => b.regel)).toEqual(['TR340', 'TR418', 'TR321']);
    expect(uitkomst.prestaties[0].retourcodes).toEqual(['9340', '0611', '9321']);
  });

  it('should stop after step 3 when the toewijzing is not this client’s (TR304 gates the rest)', () => {
    const v = IWMO_INSPANNING;
    const p = maakPrestatie(v, { bsn: '999990019', geleverdVolume: 99, ingediendBedrag: 99 * v.tarief });
    expect(beoordeel(v, [p]).prestaties[0].retourcodes).toEqual(['8187']);
  });
});

describe('explained answers', () => {
  it('should name the weekly volume, the cap for the month and the declared volume when TR321 rejects', () => {
    const v = IWMO_INSPANNING;
    const [oordeel] = beoordeel(v, [maakPrestatie(v, { geleverdVolume: 17 })]).prestaties;
    const toelichting = oordeel.bevindingen[0].toelichting;
    expect(toelichting).toContain('Toegewezen 3 uur per week: ten hoogste 15 uur in april 2026');
    expect(toelichting).toContain('gedeclareerd 17 uur');
    expect(toelichting).toContain('5 kalenderweken');
  });

  it('should show Sundays as the reason when outputgericht', () => {
    const v = IJW_OUTPUT;
    const [oordeel] = beoordeel(v, [maakPrestatie(v, { geleverdVolume: 13 })]).prestaties;
    expect(oordeel.bevindingen[0].toelichting).toContain(
      'ten hoogste 12 stuks in april 2026 (outputgericht: 4 weken waarvan de zondag',
    );
  });

  it('should show the amounts with formatEuro when the tariff is wrong', () => {
    const v = IWMO_INSPANNING;
    const [oordeel] = beoordeel(v, [maakPrestatie(v, { productTarief: 6150, ingediendBedrag: 61500 })]).prestaties;
    expect(oordeel.bevindingen[0]).toEqual({
      retourcode: '0611',
      regel: 'TR418',
      toelichting: 'Gedeclareerd tarief € 61,50 per uur; het contracttarief voor product 02/02A01 is € 60,00.',
    });
  });

  it('should show earlier, current and combined volume when TR322 rejects', () => {
    const v = IWMO_INSPANNING;
    const toewijzing = maakToewijzing(v, {
      omvang: { volume: 20, eenheid: Eenheid.Uur, frequentie: Frequentie.TotaalBinnenGeldigheidsduur },
    });
    const [oordeel] = beoordeel(v, [maakPrestatie(v, { geleverdVolume: 9 })], {
      toewijzingen: [toewijzing],
      eerdere: [maakEerdere(v, { geleverdVolume: 12 })],
    }).prestaties;
    expect(oordeel.bevindingen[0].toelichting).toContain(
      'ten hoogste 20 uur in totaal; eerder goedgekeurd 12 uur, nu gedeclareerd 9 uur, samen 21 uur',
    );
  });

  it('should show budget and amounts in euro when TR369 rejects', () => {
    const v = IWMO_INSPANNING;
    const toewijzing = maakToewijzing(v, { productCode: null, omvang: null, budget: 100000 });
    const [oordeel] = beoordeel(v, [maakPrestatie(v, { geleverdVolume: 7 })], {
      toewijzingen: [toewijzing],
      eerdere: [maakEerdere(v, { geleverdVolume: 10 })],
    }).prestaties;
    expect(oordeel.bevindingen[0].toelichting).toBe(
      'Toegewezen budget € 1.000,00; eerder goedgekeurd € 600,00, nu gedeclareerd € 420,00, samen € 1.020,00.',
    );
  });

  it('should never put the Bsn in a toelichting', () => {
    const v = IWMO_INSPANNING;
    const [oordeel] = beoordeel(v, [maakPrestatie(v, { bsn: '999990019' })]).prestaties;
    expect(oordeel.bevindingen[0].toelichting).not.toMatch(/\d{9}/);
  });
});

describe('IV081: uur declared in minuten', () => {
  const v = IWMO_INSPANNING;
  // Uurtarief € 87,30: per minute 1,455 → 1,46 (istandaarden.md 3.4 C).
  const uurtarief = 8730;
  const tarieven = [
    {
      categorie: v.categorie,
      code: v.code,
      eenheid: Eenheid.Uur,
      tarief: uurtarief,
      ingangsdatum: '2020-01-01',
      einddatum: null,
    },
  ];

  it('should show the minute tariff rounded half up to a cent', () => {
    expect(minuuttariefVanUurtarief(uurtarief)).toBe(146);
    expect(bedragMinutenTegenUurtarief(uurtarief, 7)).toBe(1019);
  });

  it('should approve IngediendBedrag = (uurtarief × minuten) / 60 rounded when the minute tariff is 1,46', () => {
    const p = maakPrestatie(v, {
      eenheid: Eenheid.Minuut,
      geleverdVolume: 7,
      productTarief: 146,
      ingediendBedrag: 1019,
    });
    expect(beoordeel(v, [p], { tarieven }).prestaties[0]).toMatchObject({ status: 'goedgekeurd', bevindingen: [] });
  });

  it('should reject with 9346 when the bedrag was computed from the rounded minute tariff', () => {
    const p = maakPrestatie(v, {
      eenheid: Eenheid.Minuut,
      geleverdVolume: 7,
      productTarief: 146,
      ingediendBedrag: 146 * 7,
    });
    const [oordeel] = beoordeel(v, [p], { tarieven }).prestaties;
    expect(oordeel.retourcodes).toEqual(['9346']);
    expect(oordeel.bevindingen[0].toelichting).toContain(
      '(uurtarief € 87,30 × 7 minuten) / 60, afgerond (IV081) is € 10,19',
    );
  });

  it('should reject with 0611 when the minute tariff is the unrounded 1,45', () => {
    const p = maakPrestatie(v, {
      eenheid: Eenheid.Minuut,
      geleverdVolume: 7,
      productTarief: 145,
      ingediendBedrag: 1015,
    });
    expect(beoordeel(v, [p], { tarieven }).prestaties[0].retourcodes).toContain('0611');
  });

  it('should cap minutes at 60 × the hours allowed (TR321)', () => {
    const binnen = maakPrestatie(v, {
      eenheid: Eenheid.Minuut,
      geleverdVolume: 900,
      productTarief: 146,
      ingediendBedrag: bedragMinutenTegenUurtarief(uurtarief, 900),
    });
    const buiten = maakPrestatie(v, {
      eenheid: Eenheid.Minuut,
      geleverdVolume: 901,
      productTarief: 146,
      ingediendBedrag: bedragMinutenTegenUurtarief(uurtarief, 901),
    });
    expect(beoordeel(v, [binnen], { tarieven }).prestaties[0].status).toBe('goedgekeurd');
    const [oordeel] = beoordeel(v, [buiten], { tarieven }).prestaties;
    expect(oordeel.retourcodes).toEqual(['9321']);
    expect(oordeel.bevindingen[0].toelichting).toContain('gedeclareerd 901 minuten (15 uur en 1 minuten)');
  });

  it('should count earlier hours and new minutes together when checking TR322', () => {
    const toewijzing = maakToewijzing(v, {
      omvang: { volume: 20, eenheid: Eenheid.Uur, frequentie: Frequentie.TotaalBinnenGeldigheidsduur },
    });
    const eerdere = [maakEerdere(v, { geleverdVolume: 19, ingediendBedrag: 19 * uurtarief })];
    const minuten = (m: number) =>
      maakPrestatie(v, {
        eenheid: Eenheid.Minuut,
        geleverdVolume: m,
        productTarief: 146,
        ingediendBedrag: bedragMinutenTegenUurtarief(uurtarief, m),
      });
    expect(beoordeel(v, [minuten(60)], { toewijzingen: [toewijzing], eerdere, tarieven }).prestaties[0].status).toBe(
      'goedgekeurd',
    );
    expect(
      beoordeel(v, [minuten(61)], { toewijzingen: [toewijzing], eerdere, tarieven }).prestaties[0].retourcodes,
    ).toEqual(['9322']);
  });
});

describe.each(VARIANTEN.filter((x) => x.uitvoeringsvariant === Uitvoeringsvariant.Outputgericht))(
  'eenheid 83 (euro’s) for $naam',
  (basis) => {
    const v: Variant = { ...basis, eenheid: Eenheid.Euros };
    const toewijzing = maakToewijzing(v, {
      omvang: { volume: 150000, eenheid: Eenheid.Euros, frequentie: Frequentie.TotaalBinnenGeldigheidsduur },
    });

    it('should approve when IngediendBedrag equals the volume in eurocent and the whole volume is used', () => {
      const p = maakPrestatie(v, { geleverdVolume: 150000 });
      expect(beoordeel(v, [p], { toewijzingen: [toewijzing] }).prestaties[0]).toMatchObject({ status: 'goedgekeurd' });
    });

    it('should reject with 0001 (CS339) when IngediendBedrag differs from the volume', () => {
      const p = maakPrestatie(v, { geleverdVolume: 150000, ingediendBedrag: 150001 });
      expect(beoordeel(v, [p], { toewijzingen: [toewijzing] }).prestaties[0].bevindingen).toContainEqual(
        expect.objectContaining({ regel: 'CS339', retourcode: '0001' }),
      );
    });

    it('should reject with 0001 (CD087) when a ProductTarief is given with eenheid 83', () => {
      const p = maakPrestatie(v, { geleverdVolume: 1000, productTarief: 1000, ingediendBedrag: 1000 });
      expect(beoordeel(v, [p], { toewijzingen: [toewijzing] }).prestaties[0].bevindingen).toContainEqual(
        expect.objectContaining({ regel: 'CD087', retourcode: '0001' }),
      );
    });

    it('should reject with 9321 and 9322 one eurocent over a TBGT volume and name it in euro', () => {
      const [oordeel] = beoordeel(v, [maakPrestatie(v, { geleverdVolume: 150001 })], {
        toewijzingen: [toewijzing],
      }).prestaties;
      expect(oordeel.retourcodes).toEqual(['9321', '9322']);
      expect(oordeel.bevindingen[0].toelichting).toContain('ten hoogste € 1.500,00');
    });
  },
);

describe('volume per ProductPeriode in a whole declaratie', () => {
  it('should not apply the HbH exception outside iWmo: iJw categorie 01 per week keeps the week rule (TR321)', () => {
    const periode = { begindatum: '2026-04-27', einddatum: '2026-04-30' };
    const jw: Variant = { ...VARIANTEN[2], categorie: '01', code: '01A01' };
    const t = maakToewijzing(jw, {
      ingangsdatum: '2026-04-27',
      omvang: { volume: 2, eenheid: Eenheid.Uur, frequentie: Frequentie.PerWeek },
    });
    expect(
      beoordeel(jw, [maakPrestatie(jw, { productPeriode: periode, geleverdVolume: 3 })], { toewijzingen: [t] })
        .prestaties[0].retourcodes,
    ).toEqual(['9321']);
    expect(
      beoordeel(jw, [maakPrestatie(jw, { productPeriode: periode, geleverdVolume: 2 })], { toewijzingen: [t] })
        .prestaties[0].status,
    ).toBe('goedgekeurd');
  });

  it('should cap the total at 39 uur over 07-10-2025…30-12-2025 although December alone allows 15 (TR322)', () => {
    const v = IWMO_INSPANNING;
    const t = maakToewijzing(v, { ingangsdatum: '2025-10-07', einddatum: '2025-12-30' });
    const eerdere = [
      maakEerdere(v, { productPeriode: { begindatum: '2025-10-07', einddatum: '2025-10-31' }, geleverdVolume: 12 }),
      maakEerdere(v, { productPeriode: { begindatum: '2025-11-01', einddatum: '2025-11-30' }, geleverdVolume: 15 }),
    ];
    const december = { begindatum: '2025-12-01', einddatum: '2025-12-30' };
    const kop = { declaratiePeriode: { begindatum: '2025-12-01', einddatum: '2025-12-31' }, dagtekening: '2026-01-05' };
    const binnen = beoordeel(v, [maakPrestatie(v, { productPeriode: december, geleverdVolume: 12 })], {
      toewijzingen: [t],
      eerdere,
      kop,
    });
    const buiten = beoordeel(v, [maakPrestatie(v, { productPeriode: december, geleverdVolume: 13 })], {
      toewijzingen: [t],
      eerdere,
      kop,
    });
    expect(binnen.prestaties[0].status).toBe('goedgekeurd');
    expect(buiten.prestaties[0].retourcodes).toEqual(['9322']);
    expect(buiten.prestaties[0].bevindingen[0].toelichting).toContain('ten hoogste 39 uur in totaal');
  });

  it('should count approved earlier prestaties on the ToewijzingNummer and ignore credited and rejected ones (TR322)', () => {
    const v = IWMO_INSPANNING;
    const t = maakToewijzing(v, {
      omvang: { volume: 20, eenheid: Eenheid.Uur, frequentie: Frequentie.TotaalBinnenGeldigheidsduur },
    });
    const gecrediteerdeDebet = maakEerdere(v, {
      productPeriode: { begindatum: '2026-01-01', einddatum: '2026-01-31' },
      geleverdVolume: 10,
    });
    const eerdere = [
      maakEerdere(v, { productPeriode: { begindatum: '2026-02-01', einddatum: '2026-02-28' }, geleverdVolume: 12 }),
      maakEerdere(v, { productPeriode: MAART, geleverdVolume: 10, status: 'afgekeurd' }),
      gecrediteerdeDebet,
      { ...maakCredit(gecrediteerdeDebet), status: 'goedgekeurd' as const, gecrediteerd: false },
    ];
    expect(
      beoordeel(v, [maakPrestatie(v, { geleverdVolume: 8 })], { toewijzingen: [t], eerdere }).prestaties[0].status,
    ).toBe('goedgekeurd');
    expect(
      beoordeel(v, [maakPrestatie(v, { geleverdVolume: 9 })], { toewijzingen: [t], eerdere }).prestaties[0].retourcodes,
    ).toEqual(['9322']);
  });
});

describe('TR341 on aspecifieke toewijzingen', () => {
  const v = IWMO_INSPANNING;
  const t = maakToewijzing(v, { productCode: null, omvang: null, budget: null });

  it('should accept the contract’s eenheid, and minuten when the contract has uur', () => {
    const over = { gecontracteerdeEenheden: () => [Eenheid.Uur] };
    expect(beoordeel(v, [maakPrestatie(v)], { toewijzingen: [t], over }).prestaties[0].status).toBe('goedgekeurd');
    const minuten = maakPrestatie(v, {
      eenheid: Eenheid.Minuut,
      geleverdVolume: 30,
      productTarief: 100,
      ingediendBedrag: 3000,
    });
    expect(beoordeel(v, [minuten], { toewijzingen: [t], over }).prestaties[0].status).toBe('goedgekeurd');
  });
});

describe.each(VARIANTEN)('one declaratie, credits first and earlier approvals counting (OP366) for $naam', (v) => {
  it('should approve a credit and its new debet for the same period even when the debet comes first in the document', () => {
    const oud = maakEerdere(v, { productPeriode: MAART, geleverdVolume: 10 });
    const nieuw = maakPrestatie(v, { productPeriode: MAART, geleverdVolume: 8 });
    const uitkomst = beoordeel(v, [nieuw, maakCredit(oud)], { eerdere: [oud] });
    expect(uitkomst.prestaties.map((p) => p.status)).toEqual(['goedgekeurd', 'goedgekeurd']);
    expect(uitkomst.totaalToegekend).toBe(BigInt(8 * v.tarief - 10 * v.tarief));
  });

  it('should reject the second of two debets for the same toewijzing, product and month with 0001 (TR416), not 9389', () => {
    const eerste = maakPrestatie(v, { geleverdVolume: 2 });
    const uitkomst = beoordeel(v, [eerste, maakPrestatie(v, { geleverdVolume: 2 })]);
    expect(uitkomst.prestaties.map((p) => p.retourcodes)).toEqual([[], ['0001']]);
    expect(uitkomst.prestaties[1].bevindingen).toEqual([
      expect.objectContaining({
        regel: 'TR416',
        toelichting: expect.stringContaining(`debetprestatie ${eerste.referentieNummer}`),
      }),
    ]);
  });

  it('should reject the second debet for the same month even when the first was rejected: the declaratie may hold one (TR416)', () => {
    const uitkomst = beoordeel(v, [
      maakPrestatie(v, { productTarief: v.tarief + 1, ingediendBedrag: 10 * (v.tarief + 1) }),
      maakPrestatie(v),
    ]);
    expect(uitkomst.prestaties.map((p) => p.retourcodes)).toEqual([['0611'], ['0001']]);
  });

  it('should accept debets for the same month on other toewijzingen in one declaratie (TR416)', () => {
    const t2 = maakToewijzing(v, { toewijzingNummer: 2 });
    const uitkomst = beoordeel(
      v,
      [maakPrestatie(v, { geleverdVolume: 2 }), maakPrestatie(v, { geleverdVolume: 2, toewijzingNummer: 2 })],
      { toewijzingen: [maakToewijzing(v), t2] },
    );
    expect(uitkomst.prestaties.map((p) => p.retourcodes)).toEqual([[], []]);
  });

  it('should accept debets for the same month on other products of one aspecifieke toewijzing (TR416)', () => {
    const aspecifiek = maakToewijzing(v, { productCode: null, omvang: null, budget: null });
    const anderProduct = `${v.categorie}A99`;
    const tarieven = [v.code, anderProduct].map((code) => ({
      categorie: v.categorie,
      code,
      eenheid: v.eenheid,
      tarief: v.tarief,
      ingangsdatum: '2020-01-01',
      einddatum: null,
    }));
    const uitkomst = beoordeel(
      v,
      [maakPrestatie(v, { geleverdVolume: 2 }), maakPrestatie(v, { geleverdVolume: 2, productCode: anderProduct })],
      {
        toewijzingen: [aspecifiek],
        tarieven,
        over: { gecontracteerdeEenheden: () => [v.eenheid] },
      },
    );
    expect(uitkomst.prestaties.map((p) => p.retourcodes)).toEqual([[], []]);
  });

  it('should not let a line on the wrong client block the right one for the same month (TR304 first, TR416 only past step 3)', () => {
    const uitkomst = beoordeel(v, [
      maakPrestatie(v, { geleverdVolume: 2, bsn: ANDER_BSN }),
      maakPrestatie(v, { geleverdVolume: 2 }),
    ]);
    expect(uitkomst.prestaties.map((p) => p.retourcodes)).toEqual([['8187'], []]);
  });

  it('should reject a repeated ReferentieNummer in one declaratie (TR314)', () => {
    const uitkomst = beoordeel(v, [
      maakPrestatie(v, { referentieNummer: 'X1' }),
      maakPrestatie(v, { referentieNummer: 'X1', productPeriode: MAART }),
    ]);
    expect(uitkomst.prestaties.map((p) => p.retourcodes)).toEqual([[], ['8021']]);
  });

  it('should count debets approved earlier in the declaratie for TR322', () => {
    const t = maakToewijzing(v, {
      omvang: { volume: 20, eenheid: v.eenheid, frequentie: Frequentie.TotaalBinnenGeldigheidsduur },
    });
    const uitkomst = beoordeel(
      v,
      [
        maakPrestatie(v, { productPeriode: MAART, geleverdVolume: 12 }),
        maakPrestatie(v, { geleverdVolume: 9 }),
        maakPrestatie(v, { productPeriode: { begindatum: '2026-02-01', einddatum: '2026-02-28' }, geleverdVolume: 8 }),
      ],
      { toewijzingen: [t] },
    );
    expect(uitkomst.prestaties.map((p) => p.retourcodes)).toEqual([[], ['9322'], []]);
  });

  it('should give the same result for the same input (deterministic)', () => {
    const prestaties = [
      maakPrestatie(v, { geleverdVolume: 2 }),
      maakPrestatie(v, { geleverdVolume: 2 }),
      maakPrestatie(v, { productPeriode: MEI }),
    ];
    expect(beoordeel(v, prestaties)).toEqual(beoordeel(v, prestaties));
  });
});

describe('totals (TR342) and the DeclaratieAntwoord retourcodes', () => {
  it('should answer 0200 and keep Σ rejected = ingediend − toegekend when some prestaties are rejected', () => {
    const v = IWMO_INSPANNING;
    const uitkomst = beoordeel(v, [maakPrestatie(v), maakPrestatie(v, { productPeriode: MEI })]);
    expect(uitkomst.declaratieRetourcodes).toEqual(['0200']);
    expect(uitkomst.totaalToegekend).toBe(BigInt(10 * v.tarief));
    expect(uitkomst.totaalAfgekeurd).toBe(uitkomst.totaalIngediend - uitkomst.totaalToegekend);
  });

  it('should keep TR342 for any mix of debets and credits, approved or not', () => {
    const v = IWMO_INSPANNING;
    const eerdere = [
      maakEerdere(v, { productPeriode: MAART }),
      maakEerdere(v, { productPeriode: { begindatum: '2026-02-01', einddatum: '2026-02-28' } }),
    ];
    const prestatie = fc.oneof(
      fc
        .record({
          volume: fc.integer({ min: 0, max: 20 }),
          maand: fc.constantFrom(MAART, APRIL_2026, MEI),
          tariefAfwijking: fc.constantFrom(0, 0, 1),
        })
        .map(({ volume, maand, tariefAfwijking }) =>
          maakPrestatie(v, {
            geleverdVolume: volume,
            productPeriode: maand,
            productTarief: v.tarief + tariefAfwijking,
            ingediendBedrag: volume * (v.tarief + tariefAfwijking),
          }),
        ),
      fc.constantFrom(...eerdere).map((e) => maakCredit(e)),
    );
    fc.assert(
      fc.property(fc.array(prestatie, { minLength: 1, maxLength: 12 }), (prestaties) => {
        const uitkomst = beoordeel(v, prestaties, { eerdere });
        const goedgekeurd = prestaties
          .filter((_, i) => uitkomst.prestaties[i].status === 'goedgekeurd')
          .reduce(
            (s, p) => s + BigInt(p.debetCredit === DebetCredit.Credit ? -p.ingediendBedrag : p.ingediendBedrag),
            0n,
          );
        expect(uitkomst.totaalToegekend).toBe(goedgekeurd);
        expect(uitkomst.totaalAfgekeurd).toBe(uitkomst.totaalIngediend - uitkomst.totaalToegekend);
      }),
      { numRuns: 200 },
    );
  });

  it('should grant nothing and mark every prestatie not judged when the declaratie class is rejected', () => {
    const v = VARIANTEN[1];
    const uitkomst = beoordeel(v, [maakPrestatie(v)], { bekendeDeclaratieNummers: ['D2026040001'] });
    expect(uitkomst.totaalToegekend).toBe(0n);
    expect(uitkomst.totaalAfgekeurd).toBe(uitkomst.totaalIngediend);
    expect(uitkomst.prestaties[0]).toMatchObject({ status: 'afgekeurd', retourcodes: ['0233'] });
    expect(uitkomst.declaratieRetourcodes).toEqual(['9333']);
  });
});

// The volume rules by uitvoeringsvariant (istandaarden.md 3.4 C/D), each at the cap and one over, in every domain and
// variant. The caps are counted by hand from the calendar, not by the code under test.
describe.each(VARIANTEN)('volume per ProductPeriode and in total for $naam', (v) => {
  const output = v.uitvoeringsvariant === Uitvoeringsvariant.Outputgericht;
  const juni = { begindatum: '2026-06-01', einddatum: '2026-06-30' };
  const volume = (n: number, over: Parameters<typeof maakPrestatie>[1] = {}) =>
    maakPrestatie(v, { geleverdVolume: n, ...over });
  const oordeel = (prestatie: ReturnType<typeof maakPrestatie>, opties: Parameters<typeof beoordeel>[2]) =>
    beoordeel(v, [prestatie], opties).prestaties[0];

  // 3 per week from Friday 01-05-2026 to Tuesday 02-06-2026. May touches ISO weeks 18–22 (5 × 3 = 15); its Sundays are
  // the 3rd, 10th, 17th, 24th and 31st, and the toewijzing's last broken week (1–2 June) goes to the period holding its
  // last Sunday, May: (5 + 1) × 3 = 18. 1–2 June is ISO week 23 (3) but holds no Sunday (0).
  const t = maakToewijzing(v, { ingangsdatum: '2026-05-01', einddatum: '2026-06-02' });
  const mei = { toewijzingen: [t], kop: { declaratiePeriode: MEI, dagtekening: '2026-06-03' } };
  const eindJuni = { toewijzingen: [t], kop: { declaratiePeriode: juni, dagtekening: '2026-07-01' } };
  const capMei = output ? 18 : 15;

  it(`should cap May at ${output ? '6 weeks by their Sundays, the last broken one included (IV077)' : '5 ISO weeks (IV076/IV077)'}: ${output ? 18 : 15} approved, one more rejected (TR321)`, () => {
    expect(oordeel(volume(capMei, { productPeriode: MEI }), mei)).toMatchObject({
      status: 'goedgekeurd',
      bevindingen: [],
    });
    // The whole toewijzing carries 18 either way (ISO weeks 18–23, or 5 Sundays + the broken week): outputgericht May
    // holds all of it, so one more is over both caps.
    expect(oordeel(volume(capMei + 1, { productPeriode: MEI }), mei).retourcodes).toEqual(
      output ? ['9321', '9322'] : ['9321'],
    );
  });

  it(`should give the broken last days of the toewijzing ${output ? 'no volume of their own (their week counted in May)' : 'their ISO week'} (IV077)`, () => {
    const slot = { begindatum: '2026-06-01', einddatum: '2026-06-02' };
    if (output) {
      expect(oordeel(volume(1, { productPeriode: slot }), eindJuni).retourcodes).toEqual(['9321']);
    } else {
      expect(oordeel(volume(3, { productPeriode: slot }), eindJuni).status).toBe('goedgekeurd');
      expect(oordeel(volume(4, { productPeriode: slot }), eindJuni).retourcodes).toEqual(['9321']);
    }
  });

  it('should cap the total over a toewijzing narrowed after earlier approvals (TR322), with TR321 passing', () => {
    // Now 3 per week from Wednesday 01-04-2026 to Wednesday 27-05-2026: ISO weeks 14–22, or 8 Sundays plus the
    // broken last week: 9 × 3 = 27 in both variants. April already has 20 approved (under the earlier, larger
    // version), so May may add 7; May alone would allow 15 (weeks 18–22, or 4 Sundays + the broken week).
    const smal = maakToewijzing(v, { ingangsdatum: '2026-04-01', einddatum: '2026-05-27' });
    const eerdere = [maakEerdere(v, { productPeriode: APRIL_2026, geleverdVolume: 20 })];
    const tot27 = { begindatum: '2026-05-01', einddatum: '2026-05-27' };
    const opties = { toewijzingen: [smal], eerdere, kop: { declaratiePeriode: MEI, dagtekening: '2026-06-03' } };
    expect(oordeel(volume(7, { productPeriode: tot27 }), opties).status).toBe('goedgekeurd');
    const buiten = oordeel(volume(8, { productPeriode: tot27 }), opties);
    expect(buiten.retourcodes).toEqual(['9322']);
    expect(buiten.bevindingen[0].toelichting).toContain('ten hoogste');
  });

  it('should count frequentie per dag by the days of the ProductPeriode within the toewijzing (TR321) and in total (TR322)', () => {
    // 2 per dag from 21-04-2026 to 30-04-2026: 10 days, 20 in the period and in total.
    const perDag = maakToewijzing(v, {
      ingangsdatum: '2026-04-21',
      einddatum: '2026-04-30',
      omvang: { volume: 2, eenheid: v.eenheid, frequentie: Frequentie.PerDag },
    });
    const periode = { begindatum: '2026-04-21', einddatum: '2026-04-30' };
    expect(oordeel(volume(20, { productPeriode: periode }), { toewijzingen: [perDag] }).status).toBe('goedgekeurd');
    expect(oordeel(volume(21, { productPeriode: periode }), { toewijzingen: [perDag] }).retourcodes).toEqual([
      '9321',
      '9322',
    ]);
  });

  it('should allow the full monthly volume in a broken first month (IV078; for outputgericht Keten applies the same)', () => {
    const perMaand = maakToewijzing(v, {
      ingangsdatum: '2025-10-14',
      einddatum: null,
      omvang: { volume: 15, eenheid: v.eenheid, frequentie: Frequentie.PerMaand },
    });
    const oktober = { begindatum: '2025-10-14', einddatum: '2025-10-31' };
    const kop = { declaratiePeriode: { begindatum: '2025-10-01', einddatum: '2025-10-31' }, dagtekening: '2025-11-03' };
    expect(oordeel(volume(15, { productPeriode: oktober }), { toewijzingen: [perMaand], kop }).status).toBe(
      'goedgekeurd',
    );
    expect(oordeel(volume(16, { productPeriode: oktober }), { toewijzingen: [perMaand], kop }).retourcodes).toEqual([
      '9321',
    ]);
  });

  it('should cap a generiek toewijzing (no categorie, no code) by its budget only (TR339 accepts any categorie, TR369)', () => {
    const generiek = maakToewijzing(v, {
      productCategorie: null,
      productCode: null,
      omvang: null,
      budget: 10 * v.tarief,
    });
    const over = { gecontracteerdeEenheden: () => [v.eenheid] };
    expect(oordeel(volume(10), { toewijzingen: [generiek], over })).toMatchObject({
      status: 'goedgekeurd',
      bevindingen: [],
    });
    expect(oordeel(volume(11), { toewijzingen: [generiek], over }).retourcodes).toEqual(['9369']);
  });

  it('should take the eenheid from the contract on an aspecifieke toewijzing (TR341)', () => {
    const aspecifiek = maakToewijzing(v, { productCode: null, omvang: null, budget: null });
    expect(
      oordeel(volume(10), { toewijzingen: [aspecifiek], over: { gecontracteerdeEenheden: () => [v.eenheid] } }).status,
    ).toBe('goedgekeurd');
    expect(
      oordeel(volume(10), { toewijzingen: [aspecifiek], over: { gecontracteerdeEenheden: () => [Eenheid.Dagdeel] } })
        .retourcodes,
    ).toEqual(['9341']);
  });

  it('should reject a credit without VorigReferentieNummer with 0001 (CD060) and approve the same credit naming its debet', () => {
    const debet = maakEerdere(v);
    const zonder = beoordeel(v, [maakCredit(debet, { vorigReferentieNummer: null })], { eerdere: [debet] })
      .prestaties[0];
    expect(zonder.status).toBe('afgekeurd');
    expect(zonder.bevindingen).toContainEqual(expect.objectContaining({ regel: 'CD060', retourcode: '0001' }));
    expect(beoordeel(v, [maakCredit(debet)], { eerdere: [debet] }).prestaties[0].status).toBe('goedgekeurd');
  });

  it('should refuse to credit a credit (TR323) and a second credit of one debet in one declaratie (TR315, TR390)', () => {
    const debet = maakEerdere(v);
    const credit = {
      ...maakEerdere(v),
      vorigReferentieNummer: debet.referentieNummer,
      debetCredit: DebetCredit.Credit,
    };
    const opCredit = beoordeel(v, [maakCredit(credit)], { eerdere: [debet, credit] }).prestaties[0];
    expect(opCredit.retourcodes).toEqual(['8017']);
    expect(opCredit.bevindingen[0].toelichting).toContain('is zelf een creditprestatie');

    const tweemaal = beoordeel(v, [maakCredit(debet), maakCredit(debet)], { eerdere: [debet] }).prestaties;
    expect(tweemaal.map((p) => p.retourcodes)).toEqual([[], ['0001', '9390']]);
  });

  it('should price a ProductPeriode at the tariff in force on its first day, up to the tariff’s last day (TR418)', () => {
    const tarief = (einddatum: string) => ({
      tarieven: [
        {
          categorie: v.categorie,
          code: v.code,
          eenheid: v.eenheid,
          tarief: v.tarief,
          ingangsdatum: '2020-01-01',
          einddatum,
        },
      ],
    });
    expect(oordeel(volume(10), tarief('2026-04-01')).status).toBe('goedgekeurd');
    expect(oordeel(volume(10), tarief('2026-03-31')).retourcodes).toEqual(['0611']);
  });
});

describe('HbH (iWmo categorie 01) per week: up to 6 × the weekly volume in a ProductPeriode (TR321)', () => {
  // 27–30 April 2026 is one broken ISO week and holds no Sunday: 2 or 0 per the week rules, 12 under the exception.
  const periode = { begindatum: '2026-04-27', einddatum: '2026-04-30' };
  it.each(VARIANTEN.filter((v) => v.domein === Domein.Wmo))('should approve 12 and reject 13 for $naam', (basis) => {
    const v: Variant = { ...basis, categorie: '01', code: '01A01' };
    const t = maakToewijzing(v, {
      ingangsdatum: '2026-04-27',
      omvang: { volume: 2, eenheid: v.eenheid, frequentie: Frequentie.PerWeek },
    });
    expect(
      beoordeel(v, [maakPrestatie(v, { productPeriode: periode, geleverdVolume: 12 })], { toewijzingen: [t] })
        .prestaties[0].status,
    ).toBe('goedgekeurd');
    expect(
      beoordeel(v, [maakPrestatie(v, { productPeriode: periode, geleverdVolume: 13 })], { toewijzingen: [t] })
        .prestaties[0].retourcodes,
    ).toEqual(['9321']);
  });
});

describe('TR341 for a toewijzing in minuten', () => {
  it.each(VARIANTEN.filter((v) => v.eenheid === Eenheid.Uur))(
    'should reject uur declared on a toewijzing in minuten for $naam (only uur → minuut is allowed)',
    (v) => {
      const t = maakToewijzing(v, { omvang: { volume: 600, eenheid: Eenheid.Minuut, frequentie: Frequentie.PerWeek } });
      expect(
        beoordeel(v, [maakPrestatie(v, { geleverdVolume: 2 })], { toewijzingen: [t] }).prestaties[0].retourcodes,
      ).toContain('9341');
    },
  );
});
