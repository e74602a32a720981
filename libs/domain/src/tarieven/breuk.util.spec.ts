import { afrondenOpCenten, alsDecimaal, breuk, parseDecimaal } from './breuk.util.js';

describe('breuk', () => {
  it('should parse decimal strings exactly when given a comma or a point', () => {
    expect(parseDecimaal('3,25')).toEqual({ teller: 13n, noemer: 4n });
    expect(parseDecimaal('-0.1')).toEqual({ teller: -1n, noemer: 10n });
    expect(() => parseDecimaal('1e3')).toThrow(RangeError);
  });

  it('should round half away from zero when a fraction is exactly half a cent', () => {
    expect(afrondenOpCenten(breuk(101n, 2n))).toBe(51n);
    expect(afrondenOpCenten(breuk(-101n, 2n))).toBe(-51n);
    expect(afrondenOpCenten(breuk(1001n, 20n))).toBe(50n);
  });

  it('should write terminating fractions exactly and mark others as approximate', () => {
    expect(alsDecimaal(breuk(369n, 100n))).toBe('3.69');
    expect(alsDecimaal(breuk(1n, 8n))).toBe('0.125');
    expect(alsDecimaal(breuk(-7n, 2n))).toBe('-3.5');
    expect(alsDecimaal(breuk(1n, 3n), 4)).toBe('≈0.3333');
  });
});
