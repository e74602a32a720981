import { beperkSignalen } from './signalen-beperken.util.js';
import type { SignalenDto } from './signalen.dto.js';

const signalen = (geen: number, op: number): SignalenDto => ({
  gemeenteId: 'g',
  peildatum: '2026-12-15',
  geenDeclaratie: Array.from({ length: geen }, (_, i) => ({
    toewijzingNummer: i + 1,
    domein: 'wmo',
    aanbiederId: 'a',
    aanbiederNaam: 'A',
    productcode: '02A01',
    startmaand: '2026-01',
    maandenSindsStart: i % 7,
    toegewezenTotNuCenten: 1000 * i,
  })),
  uitputting: Array.from({ length: op }, (_, i) => ({
    toewijzingNummer: i + 1,
    domein: 'wmo',
    aanbiederId: 'a',
    aanbiederNaam: 'A',
    productcode: '02A01',
    toegewezenCenten: 10_000,
    gerealiseerdCenten: 9_000,
    maandenVerstreken: 9,
    maandenTotaal: 12,
    verwachtTotaalCenten: 10_000 + ((i * 37) % 101),
    opInMaand: '2026-12',
  })),
  aanPlafond: [],
  afwijzingen: [],
  begrotingsoverschrijding: [],
  drempels: [],
  aantallen: { geenDeclaratie: geen, uitputting: op },
});

describe('beperkSignalen', () => {
  it('keeps a list up to the maximum as it is, and counts it', () => {
    const s = signalen(3, 100);
    const b = beperkSignalen(s, 100);
    expect(b.geenDeclaratie).toEqual(s.geenDeclaratie);
    expect(b.uitputting).toEqual(s.uitputting);
    expect(b.aantallen).toEqual({ geenDeclaratie: 3, uitputting: 100 });
  });

  it('lists the worst first up to the maximum, and counts them all', () => {
    const s = signalen(500, 250);
    const b = beperkSignalen(s, 10);
    expect(b.aantallen).toEqual({ geenDeclaratie: 500, uitputting: 250 });
    expect(b.geenDeclaratie).toHaveLength(10);
    // The longest without a declaration (6 months), the most allocated first among them.
    expect(b.geenDeclaratie.every((g) => g.maandenSindsStart === 6)).toBe(true);
    const bedragen = b.geenDeclaratie.map((g) => g.toegewezenTotNuCenten);
    expect(bedragen).toEqual([...bedragen].sort((x, y) => y - x));
    expect(
      Math.max(...s.geenDeclaratie.filter((g) => g.maandenSindsStart === 6).map((g) => g.toegewezenTotNuCenten)),
    ).toBe(bedragen[0]);
    // The furthest over their allocation first.
    const over = b.uitputting.map((u) => u.verwachtTotaalCenten - u.toegewezenCenten);
    expect(over[0]).toBe(100);
    expect(over).toEqual([...over].sort((x, y) => y - x));
    expect(Math.min(...over)).toBeGreaterThanOrEqual(
      [...s.uitputting.map((u) => u.verwachtTotaalCenten - u.toegewezenCenten)].sort((x, y) => y - x)[9],
    );
  });
});
