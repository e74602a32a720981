import fc from 'fast-check';
import { dagenTussen, isKalenderdatum, laatsteVanMaand, plusDagen, plusMaanden, vandaag, weekdag } from '#keten/domain';

describe('kalenderdatum', () => {
  it('should reject impossible dates when validating', () => {
    expect(isKalenderdatum('2026-02-29')).toBe(false);
    expect(isKalenderdatum('2028-02-29')).toBe(true);
    expect(isKalenderdatum('2026-13-01')).toBe(false);
    expect(isKalenderdatum('2026-1-01')).toBe(false);
    expect(isKalenderdatum('1900-02-29')).toBe(false);
    expect(isKalenderdatum('2000-02-29')).toBe(true);
    for (const fout of [
      '2026-04-31',
      '2026-04-00',
      '2026-00-10',
      '2026-04-1a',
      '2026/04/10',
      '2026-04-10Z',
      ' 2026-04-10',
      20260410,
      null,
    ]) {
      expect(isKalenderdatum(fout)).toBe(false);
    }
  });

  it('should accept exactly the strings that name a real day (against the calendar of Date)', () => {
    const tweeCijfers = fc.integer({ min: 0, max: 39 }).map((n) => String(n).padStart(2, '0'));
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), tweeCijfers, tweeCijfers, (jaar, maand, dag) => {
        const tekst = `${jaar}-${maand}-${dag}`;
        const d = new Date(Date.UTC(jaar, Number(maand) - 1, Number(dag)));
        const bestaat =
          d.getUTCFullYear() === jaar && d.getUTCMonth() === Number(maand) - 1 && d.getUTCDate() === Number(dag);
        expect(isKalenderdatum(tekst)).toBe(bestaat);
      }),
      { numRuns: 5000 },
    );
  });

  it('should count days across a DST change without drifting', () => {
    expect(dagenTussen('2026-03-28', '2026-03-30')).toBe(2);
    expect(plusDagen('2026-10-24', 2)).toBe('2026-10-26');
  });

  it('should clamp to the month end when adding months', () => {
    expect(plusMaanden('2026-01-31', 1)).toBe('2026-02-28');
    expect(plusMaanden('2026-11-30', 3)).toBe('2027-02-28');
    expect(plusMaanden('2026-03-15', -3)).toBe('2025-12-15');
    expect(laatsteVanMaand('2028-02-10')).toBe('2028-02-29');
  });

  it('should give ISO weekdays with sunday as 7', () => {
    expect(weekdag('2026-11-22')).toBe(7);
    expect(weekdag('2026-11-23')).toBe(1);
  });

  it('should use the Amsterdam calendar day when it is already tomorrow there', () => {
    expect(vandaag(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});
