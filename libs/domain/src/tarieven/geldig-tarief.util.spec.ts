import { Eenheid } from '../codelijsten/eenheid.enum.js';
import type { Tarief } from './tarief.types.js';
import { geldigTarief, OverlappendeTarievenError, valideerTariefperiodes } from './geldig-tarief.util.js';

const tarief = (over: Partial<Tarief>): Tarief => ({
  tariefId: 't1',
  productCategorie: '02',
  productCode: '02A05',
  eenheid: Eenheid.Uur,
  bedrag: 6_245,
  ingangsdatum: '2026-01-01',
  einddatum: '2026-12-31',
  ...over,
});

describe('geldigTarief', () => {
  const tarieven = [
    tarief({ tariefId: '2026' }),
    tarief({ tariefId: '2027', bedrag: 6_476, ingangsdatum: '2027-01-01', einddatum: null }),
    tarief({ tariefId: 'minuut', eenheid: Eenheid.Minuut, bedrag: 104, einddatum: null }),
  ];
  const sleutel = { productCategorie: '02', productCode: '02A05', eenheid: Eenheid.Uur };

  it('should give December and January different tariffs when the tariff changes on 1 January', () => {
    expect(geldigTarief(tarieven, sleutel, '2026-12-31')?.bedrag).toBe(6_245);
    expect(geldigTarief(tarieven, sleutel, '2027-01-01')?.bedrag).toBe(6_476);
  });

  it('should match on eenheid when one product has tariffs in several units', () => {
    expect(geldigTarief(tarieven, { ...sleutel, eenheid: Eenheid.Minuut }, '2026-06-01')?.tariefId).toBe('minuut');
  });

  it('should return null when no tariff is valid on the date', () => {
    expect(geldigTarief(tarieven, sleutel, '2025-12-31')).toBeNull();
    expect(geldigTarief(tarieven, { ...sleutel, productCode: '02A06' }, '2026-06-01')).toBeNull();
  });

  it('should refuse to choose when two versions are valid on the same date', () => {
    const dubbel = [...tarieven, tarief({ tariefId: 'extra', ingangsdatum: '2026-07-01', einddatum: null })];
    expect(() => geldigTarief(dubbel, sleutel, '2026-08-01')).toThrow(OverlappendeTarievenError);
  });
});

describe('valideerTariefperiodes', () => {
  it('should name both periods when versions of one product and eenheid overlap', () => {
    const bevindingen = valideerTariefperiodes([
      tarief({ tariefId: 'a' }),
      tarief({ tariefId: 'b', ingangsdatum: '2026-07-01', einddatum: null }),
    ]);
    expect(bevindingen).toHaveLength(1);
    expect(bevindingen[0].code).toBe('TARIEFPERIODES_OVERLAPPEN');
    expect(bevindingen[0].melding).toContain('2026-01-01 t/m 2026-12-31');
    expect(bevindingen[0].melding).toContain('2026-07-01 t/m onbepaald');
    expect(bevindingen[0].melding).toContain('product 02/02A05, eenheid 04 (Uur)');
    expect(bevindingen[0].tariefIds).toEqual(['a', 'b']);
  });

  it('should accept consecutive versions and the same period in another eenheid', () => {
    expect(
      valideerTariefperiodes([
        tarief({ tariefId: 'a' }),
        tarief({ tariefId: 'b', ingangsdatum: '2027-01-01', einddatum: null }),
        tarief({ tariefId: 'c', eenheid: Eenheid.Minuut }),
      ]),
    ).toEqual([]);
  });

  it('should report every overlapping pair when three versions overlap', () => {
    const bevindingen = valideerTariefperiodes([
      tarief({ tariefId: 'a', einddatum: null }),
      tarief({ tariefId: 'b', ingangsdatum: '2026-03-01' }),
      tarief({ tariefId: 'c', ingangsdatum: '2026-06-01', einddatum: '2026-06-30' }),
    ]);
    expect(bevindingen.map((b) => b.tariefIds)).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
  });

  it('should flag an einddatum before the ingangsdatum', () => {
    expect(valideerTariefperiodes([tarief({ einddatum: '2025-12-31' })])[0].code).toBe(
      'TARIEF_EINDDATUM_VOOR_INGANGSDATUM',
    );
  });
});
