import fc from 'fast-check';
import { termijnschema, vervaldatum } from './termijnschema.util.js';

const jaar2027 = { begindatum: '2027-01-01', einddatum: '2027-12-31' };

describe('termijnschema', () => {
  it('should give the first termijnen one cent more when the budget does not split evenly', () => {
    // € 1.000.000,05 = 100_000_005 cents = 12 × 8_333_333 + 9: the first nine termijnen get one cent more.
    const schema = termijnschema(1_000_000_05, jaar2027, 'maand', { moment: 'vooraf', dag: 1 });
    expect(schema).toHaveLength(12);
    expect(schema.map((t) => t.bedrag)).toEqual([...Array(9).fill(8_333_334), ...Array(3).fill(8_333_333)]);
    expect(schema.reduce((s, t) => s + t.bedrag, 0)).toBe(1_000_000_05);
  });

  it('should let quarterly instalments paid in advance fall due on the first of January, April, July and October', () => {
    const schema = termijnschema(90_000_00, jaar2027, 'kwartaal', { moment: 'vooraf', dag: 1 });
    expect(schema.map((t) => [t.volgnummer, t.vervaldatum, t.bedrag])).toEqual([
      [1, '2027-01-01', 22_500_00],
      [2, '2027-04-01', 22_500_00],
      [3, '2027-07-01', 22_500_00],
      [4, '2027-10-01', 22_500_00],
    ]);
    expect(schema[1].periode).toEqual({ begindatum: '2027-04-01', einddatum: '2027-06-30' });
  });

  it('should move a due date on a weekend to the next working day when so agreed', () => {
    // 2027-05-15 is a Saturday; 2027-05-17 the Monday after.
    const schema = termijnschema(12_00, jaar2027, 'maand', { moment: 'achteraf', dag: 15, weekend: 'volgendeWerkdag' });
    expect(schema[3].periode.begindatum).toBe('2027-04-01');
    expect(schema[3].vervaldatum).toBe('2027-05-17');
    expect(schema[11].vervaldatum).toBe('2028-01-17');
    expect(
      vervaldatum(
        { begindatum: '2027-04-01', einddatum: '2027-04-30' },
        { moment: 'achteraf', dag: 15, weekend: 'vorigeWerkdag' },
      ),
    ).toBe('2027-05-14');
  });

  it('should use the last day of a short month when the agreed day does not exist', () => {
    const schema = termijnschema(12_00, jaar2027, 'maand', { moment: 'vooraf', dag: 31 });
    expect(schema[1].vervaldatum).toBe('2027-02-28');
    expect(termijnschema(1_00, jaar2027, 'jaar', { moment: 'achteraf', dag: 'laatste' })[0].vervaldatum).toBe(
      '2028-01-31',
    );
  });

  it('should clip calendar blocks and pay a partial first termijn no earlier than it starts when the period starts mid-quarter', () => {
    const schema = termijnschema(
      100_00,
      { begindatum: '2027-02-15', einddatum: '2027-12-31' },
      'kwartaal',
      { moment: 'vooraf', dag: 1 },
      'naarDagen',
    );
    expect(schema[0].periode).toEqual({ begindatum: '2027-02-15', einddatum: '2027-03-31' });
    expect(schema[0].vervaldatum).toBe('2027-02-15');
    // 45 + 91 + 92 + 92 = 320 days: 10000 × 45/320 = 1406.25 → 1406, 2843.75 → 2843 (+1), 2875, 2875.
    expect(schema.map((t) => t.bedrag)).toEqual([1_406, 2_844, 2_875, 2_875]);
  });

  it('should always add up exactly to the budget with shares differing by at most one cent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000_000_00 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.constantFrom('maand' as const, 'kwartaal' as const, 'jaar' as const),
        (budget, start, lengte, frequentie) => {
          const begin = new Date(Date.UTC(2025, 0, 1 + start)).toISOString().slice(0, 10);
          const eind = new Date(Date.UTC(2025, 0, 1 + start + lengte)).toISOString().slice(0, 10);
          const schema = termijnschema(budget, { begindatum: begin, einddatum: eind }, frequentie, {
            moment: 'achteraf',
            dag: 10,
          });
          const bedragen = schema.map((t) => t.bedrag);
          expect(bedragen.reduce((s, b) => s + b, 0)).toBe(budget);
          expect(Math.max(...bedragen) - Math.min(...bedragen)).toBeLessThanOrEqual(1);
          expect(schema[0].periode.begindatum).toBe(begin);
          expect(schema[schema.length - 1].periode.einddatum).toBe(eind);
        },
      ),
    );
  });

  it('should refuse a negative budget or an inverted period', () => {
    expect(() => termijnschema(-1, jaar2027, 'maand', { moment: 'vooraf', dag: 1 })).toThrow(RangeError);
    expect(() =>
      termijnschema(1, { begindatum: '2027-02-01', einddatum: '2027-01-01' }, 'maand', { moment: 'vooraf', dag: 1 }),
    ).toThrow(RangeError);
  });
});
