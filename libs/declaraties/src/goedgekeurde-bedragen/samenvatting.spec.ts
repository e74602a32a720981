import { vatBedragenSamen, type BeoordeeldePrestatie } from './samenvatting.js';

const prestatie = (p: Partial<BeoordeeldePrestatie>): BeoordeeldePrestatie => ({
  productcategorie: '02',
  productcode: '02A01',
  begindatum: '2026-01-01',
  ingediendBedragCenten: 10_000,
  debetCredit: 'D',
  goedgekeurd: true,
  retourcodes: [],
  ...p,
});

describe('vatBedragenSamen', () => {
  it('sums approved debet minus approved credit per product and month of care', () => {
    const s = vatBedragenSamen([
      prestatie({ begindatum: '2026-02-10', ingediendBedragCenten: 5_000 }),
      prestatie({ begindatum: '2026-02-01', ingediendBedragCenten: 7_000 }),
      // A credit of January's prestatie in a February declaratie counts in January, the month of care.
      prestatie({ begindatum: '2026-01-01', debetCredit: 'C', ingediendBedragCenten: 3_000 }),
      prestatie({ productcategorie: '07', productcode: '07A01', begindatum: '2026-01-31', ingediendBedragCenten: 900 }),
      // Rejected: not an amount, but counted with its retourcodes.
      prestatie({ goedgekeurd: false, retourcodes: ['0611', '8164'], ingediendBedragCenten: 99_999 }),
      prestatie({ goedgekeurd: false, retourcodes: ['0611'] }),
    ]);
    expect(s.regels).toEqual({
      productcategorie: ['02', '02', '07'],
      productcode: ['02A01', '02A01', '07A01'],
      maand: ['2026-01-01', '2026-02-01', '2026-01-01'],
      bedragCenten: [-3_000, 12_000, 900],
      aantalPrestaties: [1, 2, 1],
    });
    expect(s.beoordeeld).toBe(6);
    expect(s.afgekeurd).toBe(2);
    expect(s.retourcodes).toEqual({ retourcode: ['0611', '8164'], aantal: [2, 1] });
  });

  it('gives empty columns for a declaratie with nothing approved', () => {
    const s = vatBedragenSamen([prestatie({ goedgekeurd: false, retourcodes: ['0200'] })]);
    expect(s.regels.maand).toEqual([]);
    expect(s.beoordeeld).toBe(1);
  });
});
