import { metVoorrang } from './voorrang.util.js';

interface V {
  id: string;
  k: string;
  ingangsdatum: string;
  einddatum: string | null;
}

const v = (id: string, ingangsdatum: string, einddatum: string | null, k = 'p|04'): V => ({
  id,
  k,
  ingangsdatum,
  einddatum,
});
const geldigOp = (lijst: V[], datum: string) =>
  lijst.filter((t) => t.ingangsdatum <= datum && (t.einddatum === null || t.einddatum >= datum)).map((t) => t.id);

describe('metVoorrang', () => {
  it('should give the deelovereenkomst tariff inside its period and the basis tariff before and after it', () => {
    const uit = metVoorrang([v('basis', '2026-01-01', null)], [v('deel', '2026-04-01', '2026-06-30')], (t) => t.k);

    expect(geldigOp(uit, '2026-03-31')).toEqual(['basis']);
    expect(geldigOp(uit, '2026-04-01')).toEqual(['deel']);
    expect(geldigOp(uit, '2026-06-30')).toEqual(['deel']);
    expect(geldigOp(uit, '2026-07-01')).toEqual(['basis']);
  });

  it('should drop the basis tariff entirely when an open deelovereenkomst tariff covers it', () => {
    const uit = metVoorrang([v('basis', '2026-01-01', '2026-12-31')], [v('deel', '2025-01-01', null)], (t) => t.k);

    expect(uit.map((t) => t.id)).toEqual(['deel']);
  });

  it('should leave the basis tariff of another product or eenheid alone', () => {
    const uit = metVoorrang(
      [v('basis', '2026-01-01', null, 'p|01')],
      [v('deel', '2026-01-01', null, 'p|04')],
      (t) => t.k,
    );

    expect(geldigOp(uit, '2026-05-01').sort()).toEqual(['basis', 'deel']);
  });

  it('should never let two versions of one key apply on the same day', () => {
    const basis = [v('b1', '2026-01-01', '2026-12-31'), v('b2', '2027-01-01', null)];
    const deel = [v('d1', '2026-11-15', '2027-02-10'), v('d2', '2027-05-01', '2027-05-01')];
    const uit = metVoorrang(basis, deel, (t) => t.k);

    for (let dag = 0; dag < 800; dag++) {
      const datum = new Date(Date.UTC(2026, 0, 1 + dag)).toISOString().slice(0, 10);
      expect(geldigOp(uit, datum)).toHaveLength(1);
    }
    expect(geldigOp(uit, '2027-05-01')).toEqual(['d2']);
    expect(geldigOp(uit, '2027-05-02')).toEqual(['b2']);
  });
});
