import fc from 'fast-check';
import { Eenheid } from '../codelijsten/index.js';
import { dagnummer, laatsteVanMaand, vanDagnummer } from '../datum/index.js';
import { dagnummerSnel, isLaatsteVanMaand, volumeInBasis, zelfdeMaand } from './bevinding.util.js';

const datum = fc.integer({ min: dagnummer('1900-01-01'), max: dagnummer('2199-12-31') }).map(vanDagnummer);

describe('date helpers of the hot path', () => {
  it('should give the same day number as datum/dagnummer for any date', () => {
    fc.assert(
      fc.property(datum, (d) => dagnummerSnel(d) === dagnummer(d)),
      { numRuns: 2000 },
    );
  });

  it('should agree with laatsteVanMaand for any date, leap years included', () => {
    fc.assert(
      fc.property(datum, (d) => isLaatsteVanMaand(d) === (d === laatsteVanMaand(d))),
      { numRuns: 2000 },
    );
    expect(isLaatsteVanMaand('2028-02-29')).toBe(true);
    expect(isLaatsteVanMaand('2100-02-28')).toBe(true);
    expect(isLaatsteVanMaand('2000-02-28')).toBe(false);
  });

  it('should tell the same month only when year and month match', () => {
    expect(zelfdeMaand('2026-04-01', '2026-04-30')).toBe(true);
    expect(zelfdeMaand('2026-04-01', '2025-04-01')).toBe(false);
  });
});

describe('volumeInBasis (TR341/IV081)', () => {
  it('should count uur in minutes and accept minuten under an uur toewijzing', () => {
    expect(volumeInBasis(3, Eenheid.Uur, Eenheid.Uur)).toBe(180);
    expect(volumeInBasis(45, Eenheid.Minuut, Eenheid.Uur)).toBe(45);
  });

  it('should refuse an eenheid that does not fit the toewijzing', () => {
    expect(volumeInBasis(3, Eenheid.Uur, Eenheid.Minuut)).toBeNull();
    expect(volumeInBasis(3, Eenheid.StuksInspanning, Eenheid.StuksOutput)).toBeNull();
    expect(volumeInBasis(3, Eenheid.Dagdeel, Eenheid.Dagdeel)).toBe(3);
  });
});
