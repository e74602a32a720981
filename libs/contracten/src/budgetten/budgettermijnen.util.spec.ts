import { budgettermijnen, jaarbudgetten, type Budgetversie } from './budgettermijnen.util.js';

const versie = (over: Partial<Budgetversie> = {}): Budgetversie => ({
  jaarbedragCenten: 1_200_000_01,
  ingangsdatum: '2026-01-01',
  einddatum: '2027-12-31',
  betaalafspraak: { frequentie: 'kwartaal', betaaldag: { moment: 'vooraf', dag: 1 } },
  ...over,
});

describe('budgettermijnen', () => {
  it('should pay each full year exactly its jaarbedrag in quarterly termijnen due on the first day of the quarter', () => {
    const termijnen = budgettermijnen(versie());

    expect(termijnen.map((t) => [t.volgnummer, t.vervaldatum])).toEqual([
      [1, '2026-01-01'],
      [2, '2026-04-01'],
      [3, '2026-07-01'],
      [4, '2026-10-01'],
      [5, '2027-01-01'],
      [6, '2027-04-01'],
      [7, '2027-07-01'],
      [8, '2027-10-01'],
    ]);
    expect(termijnen.slice(0, 4).reduce((s, t) => s + t.bedrag, 0)).toBe(1_200_000_01);
    // 120000001 / 4 = 30000000.25: the remainder cent goes to the first termijn.
    expect(termijnen.slice(0, 4).map((t) => t.bedrag)).toEqual([30_000_001, 30_000_000, 30_000_000, 30_000_000]);
  });

  it('should give a partial year its share by days, rounded half away from zero', () => {
    // 1 July – 31 December 2026: 184 of 365 days of € 10.000,00 = 504109.589… → 504110 cents.
    const [deel] = jaarbudgetten(
      versie({ jaarbedragCenten: 1_000_000, ingangsdatum: '2026-07-01', einddatum: '2026-12-31' }),
    );

    expect(deel).toEqual({ periode: { begindatum: '2026-07-01', einddatum: '2026-12-31' }, bedrag: 504_110 });
  });

  it('should leave the termijnen of earlier years unchanged when a version is ended on 31 December', () => {
    const heel = budgettermijnen(versie());
    const ingekort = budgettermijnen(versie({ einddatum: '2026-12-31' }));

    expect(ingekort).toEqual(heel.slice(0, 4));
  });
});
