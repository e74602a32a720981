import { Eenheid, Frequentie } from '#keten/domain';
import { berekenVerplichting } from './verplichting-berekening.util.js';

const tarieven = [
  { eenheid: Eenheid.Uur, bedragCenten: 6000, ingangsdatum: '2026-01-01', einddatum: '2026-12-31' },
  { eenheid: Eenheid.Uur, bedragCenten: 6600, ingangsdatum: '2027-01-01', einddatum: '2027-12-31' },
];

describe('berekenVerplichting', () => {
  it('should split a per-week commitment at a tariff change on 1 January', () => {
    const v = berekenVerplichting(
      {
        ingangsdatum: '2026-12-01',
        einddatum: '2027-01-31',
        volume: 7,
        eenheid: Eenheid.Uur,
        frequentie: Frequentie.PerWeek,
        budgetCenten: null,
      },
      tarieven,
      null,
      '2027-12-31',
    );
    // 7 uur per week = 1 uur per dag: 31 days × € 60 and 31 days × € 66.
    expect(v.maanden).toEqual([
      { maand: '2026-12-01', bedragCenten: 31 * 6000, dagenZonderTarief: 0 },
      { maand: '2027-01-01', bedragCenten: 31 * 6600, dagenZonderTarief: 0 },
    ]);
  });

  it('should end at a 307 stop when the stop comes before the einddatum', () => {
    const v = berekenVerplichting(
      {
        ingangsdatum: '2026-03-01',
        einddatum: '2026-12-31',
        volume: 10,
        eenheid: Eenheid.Uur,
        frequentie: Frequentie.PerMaand,
        budgetCenten: null,
      },
      tarieven,
      '2026-04-15',
      '2026-12-31',
    );
    expect(v.einddatum).toBe('2026-04-15');
    expect(v.maanden).toEqual([
      { maand: '2026-03-01', bedragCenten: 60000, dagenZonderTarief: 0 },
      { maand: '2026-04-01', bedragCenten: 30000, dagenZonderTarief: 0 },
    ]);
  });

  it('should spread a budget over its days so that the months add up to the budget', () => {
    const v = berekenVerplichting(
      {
        ingangsdatum: '2026-01-15',
        einddatum: '2026-03-10',
        volume: null,
        eenheid: null,
        frequentie: null,
        budgetCenten: 100_001,
      },
      [],
      null,
      '2026-12-31',
    );
    expect(v.maanden.reduce((s, m) => s + m.bedragCenten, 0)).toBe(100_001);
    expect(v.maanden.map((m) => m.maand)).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
  });

  it('should count days without a tariff for the eenheid at zero and say how many there were', () => {
    const v = berekenVerplichting(
      {
        ingangsdatum: '2026-12-20',
        einddatum: null,
        volume: 1,
        eenheid: Eenheid.Dagdeel,
        frequentie: Frequentie.PerDag,
        budgetCenten: null,
      },
      tarieven,
      null,
      '2026-12-31',
    );
    expect(v.maanden).toEqual([{ maand: '2026-12-01', bedragCenten: 0, dagenZonderTarief: 12 }]);
  });
});
