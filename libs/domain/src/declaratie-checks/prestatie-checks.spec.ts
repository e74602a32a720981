import { Eenheid, Frequentie } from '../codelijsten/index.js';
import type { DeclaratieKop, PrestatieInvoer } from './beoordeling.types.js';
import {
  ANDER_BSN,
  ANDERE_AGB,
  beoordeel,
  maakCredit,
  maakEerdere,
  maakPrestatie,
  maakToewijzing,
  VARIANTEN,
  type ContextOpties,
  type Variant,
} from './testing/beoordeling-testdata.util.js';

interface Situatie {
  prestaties: PrestatieInvoer[];
  /** The prestatie under test; the last one when absent. */
  doel?: PrestatieInvoer;
  opties?: ContextOpties & { kop?: Partial<DeclaratieKop> };
}

interface Geval {
  regel: string;
  retourcode: string;
  wanneer: string;
  buiten: (v: Variant) => Situatie;
  binnen: (v: Variant) => Situatie;
}

const MAART = { begindatum: '2026-03-01', einddatum: '2026-03-31' };
const MEI = { begindatum: '2026-05-01', einddatum: '2026-05-31' };
const anderProduct = (v: Variant) => `${v.categorie}X99`;

const GEVALLEN: Geval[] = [
  {
    regel: 'TR338',
    retourcode: '9338',
    wanneer: 'the ToewijzingNummer is unknown',
    buiten: (v) => ({ prestaties: [maakPrestatie(v, { toewijzingNummer: 9999 })] }),
    binnen: (v) => ({ prestaties: [maakPrestatie(v)] }),
  },
  {
    regel: 'TR338',
    retourcode: '9338',
    wanneer: 'the toewijzing belongs to another aanbieder',
    buiten: (v) => ({
      prestaties: [maakPrestatie(v)],
      opties: { toewijzingen: [maakToewijzing(v, { aanbiederAgb: ANDERE_AGB })] },
    }),
    binnen: (v) => ({ prestaties: [maakPrestatie(v)], opties: { toewijzingen: [maakToewijzing(v)] } }),
  },
  {
    regel: 'TR304',
    retourcode: '8187',
    wanneer: 'the Bsn differs from the toewijzing',
    buiten: (v) => ({ prestaties: [maakPrestatie(v, { bsn: ANDER_BSN })] }),
    binnen: (v) => ({ prestaties: [maakPrestatie(v)] }),
  },
  {
    regel: 'TR384',
    retourcode: '9384',
    wanneer: 'the latest version has RedenWijziging 13',
    buiten: (v) => ({
      prestaties: [maakPrestatie(v)],
      opties: { toewijzingen: [maakToewijzing(v, { redenWijziging: '13' })] },
    }),
    binnen: (v) => ({
      prestaties: [maakPrestatie(v)],
      opties: { toewijzingen: [maakToewijzing(v, { redenWijziging: '14' })] },
    }),
  },
  {
    regel: 'TR339',
    retourcode: '9339',
    wanneer: 'the categorie differs from the toewijzing',
    buiten: (v) => ({ prestaties: [maakPrestatie(v, { productCategorie: '09', productCode: '09A01' })] }),
    binnen: (v) => ({ prestaties: [maakPrestatie(v)] }),
  },
  {
    regel: 'TR340',
    retourcode: '9340',
    wanneer: 'the code differs from a specifieke toewijzing (aspecifiek accepts it)',
    buiten: (v) => ({
      prestaties: [maakPrestatie(v)],
      opties: { toewijzingen: [maakToewijzing(v, { productCode: anderProduct(v) })] },
    }),
    binnen: (v) => ({
      prestaties: [maakPrestatie(v)],
      opties: { toewijzingen: [maakToewijzing(v, { productCode: null, omvang: null, budget: 100 * v.tarief })] },
    }),
  },
  {
    regel: 'TR381',
    retourcode: 'S329',
    wanneer: 'the code is not in the productcodelijst for the categorie',
    buiten: (v) => ({ prestaties: [maakPrestatie(v)], opties: { over: { productcodeBijCategorie: () => false } } }),
    binnen: (v) => ({
      prestaties: [maakPrestatie(v)],
      opties: { over: { productcodeBijCategorie: (c, code) => c === v.categorie && code === v.code } },
    }),
  },
  {
    regel: 'TR341',
    retourcode: '9341',
    wanneer: 'the eenheid differs from the toewijzing (uur may be declared in minuten)',
    buiten: (v) => ({ prestaties: [maakPrestatie(v, { eenheid: Eenheid.Dagdeel })] }),
    binnen: (v) =>
      v.eenheid === Eenheid.Uur
        ? {
            prestaties: [
              maakPrestatie(v, {
                eenheid: Eenheid.Minuut,
                geleverdVolume: 600,
                productTarief: v.tarief / 60,
                ingediendBedrag: 10 * v.tarief,
              }),
            ],
          }
        : { prestaties: [maakPrestatie(v)] },
  },
  {
    regel: 'TR307',
    retourcode: '9307',
    wanneer: 'the ProductPeriode begins before the toewijzing',
    buiten: (v) => ({
      prestaties: [maakPrestatie(v, { geleverdVolume: 6 })],
      opties: { toewijzingen: [maakToewijzing(v, { ingangsdatum: '2026-04-14' })] },
    }),
    binnen: (v) => ({
      prestaties: [
        maakPrestatie(v, { geleverdVolume: 6, productPeriode: { begindatum: '2026-04-14', einddatum: '2026-04-30' } }),
      ],
      opties: { toewijzingen: [maakToewijzing(v, { ingangsdatum: '2026-04-14' })] },
    }),
  },
  {
    regel: 'TR308',
    retourcode: '9308',
    wanneer: 'the ProductPeriode ends after the toewijzing',
    buiten: (v) => ({
      prestaties: [maakPrestatie(v)],
      opties: { toewijzingen: [maakToewijzing(v, { einddatum: '2026-04-20' })] },
    }),
    binnen: (v) => ({
      prestaties: [maakPrestatie(v, { productPeriode: { begindatum: '2026-04-01', einddatum: '2026-04-20' } })],
      opties: { toewijzingen: [maakToewijzing(v, { einddatum: '2026-04-20' })] },
    }),
  },
  {
    regel: 'TR387',
    retourcode: '9387',
    wanneer: 'the ProductPeriode does not begin on the 1st nor on the ingangsdatum',
    buiten: (v) => ({
      prestaties: [maakPrestatie(v, { productPeriode: { begindatum: '2026-04-02', einddatum: '2026-04-30' } })],
    }),
    binnen: (v) => ({
      prestaties: [
        maakPrestatie(v, { geleverdVolume: 6, productPeriode: { begindatum: '2026-04-14', einddatum: '2026-04-30' } }),
      ],
      opties: { toewijzingen: [maakToewijzing(v, { ingangsdatum: '2026-04-14' })] },
    }),
  },
  {
    regel: 'TR388',
    retourcode: '9388',
    wanneer: 'the ProductPeriode does not end on the last day nor on the einddatum',
    buiten: (v) => ({
      prestaties: [maakPrestatie(v, { productPeriode: { begindatum: '2026-04-01', einddatum: '2026-04-29' } })],
    }),
    binnen: (v) => ({
      prestaties: [maakPrestatie(v, { productPeriode: { begindatum: '2026-04-01', einddatum: '2026-04-20' } })],
      opties: { toewijzingen: [maakToewijzing(v, { einddatum: '2026-04-20' })] },
    }),
  },
  {
    regel: 'CS337',
    retourcode: '0001',
    wanneer: 'the ProductPeriode spans two months',
    buiten: (v) => ({
      prestaties: [maakPrestatie(v, { productPeriode: { begindatum: '2026-03-01', einddatum: '2026-04-30' } })],
    }),
    binnen: (v) => ({ prestaties: [maakPrestatie(v, { productPeriode: MAART })] }),
  },
  {
    regel: 'TR319',
    retourcode: '9319',
    wanneer: 'the ProductPeriode lies after the declaratieperiode',
    buiten: (v) => ({ prestaties: [maakPrestatie(v, { productPeriode: MEI })] }),
    binnen: (v) => ({ prestaties: [maakPrestatie(v)] }),
  },
  {
    regel: 'TR335',
    retourcode: '0001',
    wanneer: 'the ProductPeriode ends more than 5 years before the dagtekening',
    buiten: (v) => ({
      prestaties: [maakPrestatie(v, { productPeriode: { begindatum: '2021-05-01', einddatum: '2021-05-31' } })],
      opties: {
        toewijzingen: [maakToewijzing(v, { ingangsdatum: '2021-01-01' })],
        kop: { dagtekening: '2026-06-01', declaratiePeriode: { begindatum: '2026-06-01', einddatum: '2026-06-30' } },
      },
    }),
    binnen: (v) => ({
      prestaties: [maakPrestatie(v, { productPeriode: { begindatum: '2021-05-01', einddatum: '2021-05-31' } })],
      opties: {
        toewijzingen: [maakToewijzing(v, { ingangsdatum: '2021-01-01' })],
        kop: { dagtekening: '2026-05-31', declaratiePeriode: MEI },
      },
    }),
  },
  {
    regel: 'TR389',
    retourcode: '9389',
    wanneer: 'an approved debet for the same toewijzing, product and month was not credited',
    buiten: (v) => ({
      prestaties: [maakPrestatie(v)],
      opties: { eerdere: [maakEerdere(v, { productPeriode: { begindatum: '2026-04-01', einddatum: '2026-04-30' } })] },
    }),
    binnen: (v) => ({
      prestaties: [maakPrestatie(v)],
      opties: {
        eerdere: [
          maakEerdere(v, { productPeriode: { begindatum: '2026-04-01', einddatum: '2026-04-30' }, gecrediteerd: true }),
        ],
      },
    }),
  },
  {
    regel: 'TR416',
    retourcode: '0001',
    wanneer: 'the declaratie already holds a debet for the same toewijzing, product and month',
    buiten: (v) => ({ prestaties: [maakPrestatie(v, { geleverdVolume: 2 }), maakPrestatie(v, { geleverdVolume: 2 })] }),
    binnen: (v) => ({
      prestaties: [
        maakPrestatie(v, { geleverdVolume: 2, productPeriode: MAART }),
        maakPrestatie(v, { geleverdVolume: 2 }),
      ],
    }),
  },
  {
    regel: 'TR314',
    retourcode: '8021',
    wanneer: 'the ReferentieNummer was sent before',
    buiten: (v) => ({
      prestaties: [maakPrestatie(v, { referentieNummer: 'DUBBEL-1' })],
      opties: { bekendeReferentieNummers: ['DUBBEL-1'] },
    }),
    binnen: (v) => ({
      prestaties: [maakPrestatie(v, { referentieNummer: 'NIEUW-1' })],
      opties: { bekendeReferentieNummers: ['DUBBEL-1'] },
    }),
  },
  {
    regel: 'CD060',
    retourcode: '0001',
    wanneer: 'a debet carries a VorigReferentieNummer',
    buiten: (v) => ({ prestaties: [maakPrestatie(v, { vorigReferentieNummer: 'R1' })] }),
    binnen: (v) => ({ prestaties: [maakPrestatie(v)] }),
  },
  {
    regel: 'CD087',
    retourcode: '0001',
    wanneer: 'the ProductTarief is missing for an eenheid other than 83',
    buiten: (v) => ({ prestaties: [maakPrestatie(v, { productTarief: null })] }),
    binnen: (v) => ({ prestaties: [maakPrestatie(v)] }),
  },
  {
    regel: 'TR418',
    retourcode: '0611',
    wanneer: 'the ProductTarief differs from the contracted tariff by one cent',
    buiten: (v) => ({ prestaties: [maakPrestatie(v, { productTarief: v.tarief + 1 })] }),
    binnen: (v) => ({ prestaties: [maakPrestatie(v, { productTarief: v.tarief })] }),
  },
  {
    regel: 'TR418',
    retourcode: '0611',
    wanneer: 'no contracted tariff is valid yet on the ProductPeriode',
    buiten: (v) => ({
      prestaties: [maakPrestatie(v)],
      opties: {
        tarieven: [
          {
            categorie: v.categorie,
            code: v.code,
            eenheid: v.eenheid,
            tarief: v.tarief,
            ingangsdatum: '2026-04-02',
            einddatum: null,
          },
        ],
      },
    }),
    binnen: (v) => ({
      prestaties: [maakPrestatie(v)],
      opties: {
        tarieven: [
          {
            categorie: v.categorie,
            code: v.code,
            eenheid: v.eenheid,
            tarief: v.tarief,
            ingangsdatum: '2026-04-01',
            einddatum: null,
          },
        ],
      },
    }),
  },
  {
    regel: 'TR346',
    retourcode: '9346',
    wanneer: 'the IngediendBedrag is one cent off volume × tarief',
    buiten: (v) => ({ prestaties: [maakPrestatie(v, { ingediendBedrag: 10 * v.tarief + 1 })] }),
    binnen: (v) => ({ prestaties: [maakPrestatie(v, { ingediendBedrag: 10 * v.tarief })] }),
  },
  {
    regel: 'TR321',
    retourcode: '9321',
    wanneer: 'the volume exceeds the cap of the ProductPeriode by one',
    buiten: (v) => ({ prestaties: [maakPrestatie(v, { geleverdVolume: v.maxApril2026Bij3PerWeek + 1 })] }),
    binnen: (v) => ({ prestaties: [maakPrestatie(v, { geleverdVolume: v.maxApril2026Bij3PerWeek })] }),
  },
  {
    regel: 'TR322',
    retourcode: '9322',
    wanneer: 'earlier approved plus this volume exceed the toewijzing by one',
    buiten: (v) => tbgt(v, 9),
    binnen: (v) => tbgt(v, 8),
  },
  {
    regel: 'TR369',
    retourcode: '9369',
    wanneer: 'earlier approved plus this bedrag exceed the budget by one cent',
    buiten: (v) => budget(v, 10 * v.tarief - 1),
    binnen: (v) => budget(v, 10 * v.tarief),
  },
  {
    regel: 'TR323',
    retourcode: '8017',
    wanneer: 'a credit names an unknown debet',
    buiten: (v) => ({ prestaties: [maakCredit(maakEerdere(v))] }),
    binnen: (v) => {
      const debet = maakEerdere(v);
      return { prestaties: [maakCredit(debet)], opties: { eerdere: [debet] } };
    },
  },
  {
    regel: 'TR323',
    retourcode: '8017',
    wanneer: 'a credit names a rejected debet',
    buiten: (v) => {
      const debet = maakEerdere(v, { status: 'afgekeurd' });
      return { prestaties: [maakCredit(debet)], opties: { eerdere: [debet] } };
    },
    binnen: (v) => {
      const debet = maakEerdere(v, { status: 'goedgekeurd' });
      return { prestaties: [maakCredit(debet)], opties: { eerdere: [debet] } };
    },
  },
  {
    regel: 'TR323',
    retourcode: '8017',
    wanneer: 'a credit is not a full credit of its debet (OP366)',
    buiten: (v) => {
      const debet = maakEerdere(v);
      return {
        prestaties: [maakCredit(debet, { geleverdVolume: 9, ingediendBedrag: 9 * v.tarief })],
        opties: { eerdere: [debet] },
      };
    },
    binnen: (v) => {
      const debet = maakEerdere(v);
      return { prestaties: [maakCredit(debet)], opties: { eerdere: [debet] } };
    },
  },
  {
    regel: 'TR390',
    retourcode: '9390',
    wanneer: 'the debet was already credited',
    buiten: (v) => {
      const debet = maakEerdere(v, { gecrediteerd: true });
      return { prestaties: [maakCredit(debet)], opties: { eerdere: [debet] } };
    },
    binnen: (v) => {
      const debet = maakEerdere(v, { gecrediteerd: false });
      return { prestaties: [maakCredit(debet)], opties: { eerdere: [debet] } };
    },
  },
  {
    regel: 'TR315',
    retourcode: '0001',
    wanneer: 'two credits in one declaratie name the same debet',
    buiten: (v) => {
      const debet = maakEerdere(v);
      return { prestaties: [maakCredit(debet), maakCredit(debet)], opties: { eerdere: [debet] } };
    },
    binnen: (v) => {
      const [a, b] = [
        maakEerdere(v),
        maakEerdere(v, { productPeriode: { begindatum: '2026-02-01', einddatum: '2026-02-28' } }),
      ];
      return { prestaties: [maakCredit(a), maakCredit(b)], opties: { eerdere: [a, b] } };
    },
  },
  {
    regel: 'TR316',
    retourcode: '0001',
    wanneer: 'a credit names a debet of the same declaratie',
    buiten: (v) => {
      const debet = maakPrestatie(v);
      return { prestaties: [debet, maakCredit(debet)] };
    },
    binnen: (v) => {
      const debet = maakEerdere(v);
      const credit = maakCredit(debet);
      return {
        prestaties: [maakPrestatie(v, { productPeriode: debet.productPeriode }), credit],
        doel: credit,
        opties: { eerdere: [debet] },
      };
    },
  },
];

function tbgt(v: Variant, volume: number): Situatie {
  return {
    prestaties: [maakPrestatie(v, { geleverdVolume: volume })],
    opties: {
      toewijzingen: [
        maakToewijzing(v, {
          omvang: { volume: 20, eenheid: v.eenheid, frequentie: Frequentie.TotaalBinnenGeldigheidsduur },
        }),
      ],
      eerdere: [maakEerdere(v, { geleverdVolume: 12 })],
    },
  };
}

function budget(v: Variant, budgetCenten: number): Situatie {
  return {
    prestaties: [maakPrestatie(v, { geleverdVolume: 6 })],
    opties: {
      toewijzingen: [maakToewijzing(v, { productCode: null, omvang: null, budget: budgetCenten })],
      eerdere: [maakEerdere(v, { geleverdVolume: 4 })],
    },
  };
}

function oordeelVan(s: Situatie, v: Variant) {
  const uitkomst = beoordeel(v, s.prestaties, s.opties ?? {});
  const doel = s.doel ?? s.prestaties[s.prestaties.length - 1];
  const index = s.prestaties.indexOf(doel);
  return { uitkomst, oordeel: uitkomst.prestaties[index] };
}

describe.each(VARIANTEN)('prestatie checks (3.4 B–E) for $naam', (v) => {
  it.each(GEVALLEN)('should reject with $retourcode ($regel) when $wanneer', (geval) => {
    const { uitkomst, oordeel } = oordeelVan(geval.buiten(v), v);

    expect(uitkomst.berichtBevindingen).toEqual([]);
    expect(oordeel.status).toBe('afgekeurd');
    expect(oordeel.bevindingen).toContainEqual(
      expect.objectContaining({ regel: geval.regel, retourcode: geval.retourcode }),
    );
    expect(oordeel.retourcodes).toContain(geval.retourcode);
    expect(oordeel.bevindingen.every((b) => b.toelichting.length > 20)).toBe(true);
  });

  it.each(GEVALLEN)('should approve just inside the limit of $regel when the opposite of: $wanneer', (geval) => {
    const { uitkomst, oordeel } = oordeelVan(geval.binnen(v), v);

    expect(oordeel.bevindingen).toEqual([]);
    expect(oordeel.status).toBe('goedgekeurd');
    expect(uitkomst.declaratieRetourcodes).toEqual(['8001']);
  });
});
