import fc from 'fast-check';
import type { Rang, VeilingBod } from './aanbesteding.types.js';
import { inschrijving, perceel } from './aanbesteding-testdata.util.js';
import { prijsMicropunten, rangschik } from './beoordeling.util.js';
import { beslisVeiling, gunBesteN, gunMaximaalN, gunOpCapaciteit } from './gunning.util.js';

function rang(aanbiederId: string, capaciteit: number): Rang {
  return {
    positie: 0,
    inschrijvingId: aanbiederId,
    aanbiederId,
    kwaliteitMicropunten: 0,
    prijsMicropunten: 0,
    totaalMicropunten: 0,
    beoordelingsprijsCenten: null,
    capaciteit,
  };
}

describe('prijspunten and BPKV ranking', () => {
  it('should give the lowest price the full weight and others weight × lowest / own, half away from zero', () => {
    expect(prijsMicropunten(40, 6_500n, 6_500n)).toBe(40_000_000n);
    // 40 × 6,500 / 7,000 = 37.1428571… → 37.142857 points
    expect(prijsMicropunten(40, 6_500n, 7_000n)).toBe(37_142_857n);
    // 40 × 1 / 3 = 13.3333333… → 13.333333; 20 × 2 / 3 = 13.3333333… → 13.333333
    expect(prijsMicropunten(20, 2n, 3n)).toBe(13_333_333n);
  });

  it('should break a tie in points on quality, then price, then submission date, then aanbieder id', () => {
    const p = perceel();
    const consensus = ['X', 'Y', 'Z'].map((id) => ({
      inschrijvingId: id,
      criteriumId: 'K1',
      score: 8,
      motivering: 'm',
    }));
    const bieding = (id: string, aanbiederId: string, ingediendOp: string) => ({
      ...inschrijving(id, aanbiederId),
      ingediendOp,
    });

    const volgorde = rangschik(
      p,
      [bieding('Z', 'A9', '2026-04-02'), bieding('Y', 'A5', '2026-04-01'), bieding('X', 'A1', '2026-04-02')],
      consensus,
    );

    expect(volgorde.map((r) => r.aanbiederId)).toEqual(['A5', 'A1', 'A9']);
    expect(new Set(volgorde.map((r) => r.totaalMicropunten)).size).toBe(1);
  });
});

describe('award methods', () => {
  it('should take the best N in ranking order', () => {
    expect(gunBesteN([rang('A', 0), rang('B', 0), rang('C', 0)], 2)).toEqual(['A', 'B']);
  });

  it('should stop the Dronten method at the minimum when capacity is covered, and go on past it when not', () => {
    const ranking = [rang('A', 60), rang('B', 50), rang('C', 10), rang('D', 10), rang('E', 10)];

    expect(gunOpCapaciteit(ranking, 100, 1)).toEqual(['A', 'B']);
    expect(gunOpCapaciteit(ranking, 100, 3)).toEqual(['A', 'B', 'C']);
    expect(gunOpCapaciteit(ranking, 1_000, 2)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('should contract all when no more qualify than N, without a loting', () => {
    expect(gunMaximaalN(['A', 'B'], 3)).toEqual({ ok: true, gegund: ['A', 'B'] });
  });

  it('should pick the same veiling winner whatever the order of the bids', () => {
    const biedingen: VeilingBod[] = [
      { aanbiederId: 'A1', tariefCenten: 7_000, ingediendOm: '2027-01-01T10:00:00+01:00' },
      { aanbiederId: 'A2', tariefCenten: 6_500, ingediendOm: '2027-01-01T10:02:00+01:00' },
      { aanbiederId: 'A3', tariefCenten: 6_500, ingediendOm: '2027-01-01T10:02:00+01:00' },
      { aanbiederId: 'A4', tariefCenten: 9_000, ingediendOm: '2027-01-01T09:00:00+01:00' },
    ];
    const regels = { toegelaten: ['A1', 'A2', 'A3', 'A4'], maximumtariefCenten: 8_000 };

    fc.assert(
      fc.property(fc.shuffledSubarray(biedingen, { minLength: biedingen.length }), (geschud) => {
        expect(beslisVeiling(geschud, regels)).toMatchObject({ winnaar: 'A2', tariefCenten: 6_500 });
      }),
    );
  });
});
