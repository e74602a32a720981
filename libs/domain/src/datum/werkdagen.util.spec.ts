import { algemeneFeestdagen, isWerkdag, plusWerkdagen } from './werkdagen.util.js';

describe('werkdagen (Algemene termijnenwet)', () => {
  it('should know the holidays of 2026, with Easter on 5 April', () => {
    expect([...algemeneFeestdagen(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-04-27',
      '2026-05-05',
      '2026-05-14',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('should move Koningsdag to 26 April when the 27th is a Sunday', () => {
    expect(algemeneFeestdagen(2025).has('2025-04-26')).toBe(true);
    expect(algemeneFeestdagen(2025).has('2025-04-27')).toBe(false);
    expect(algemeneFeestdagen(2026).has('2026-04-26')).toBe(false);
  });

  it('should count weekends and holidays out', () => {
    expect(isWerkdag('2026-11-20')).toBe(true); // Friday
    expect(isWerkdag('2026-11-21')).toBe(false); // Saturday
    expect(isWerkdag('2026-12-25')).toBe(false);
    expect(plusWerkdagen('2026-11-20', 5)).toBe('2026-11-27');
    expect(plusWerkdagen('2026-11-21', 1)).toBe('2026-11-23');
    // Over Christmas: 24 Dec (Thu) + 5 werkdagen skips 25, 26 (Sat), 27 (Sun) → 28, 29, 30, 31 Dec, 1 Jan is a holiday, 4 Jan.
    expect(plusWerkdagen('2026-12-24', 5)).toBe('2027-01-04');
    expect(plusWerkdagen('2026-11-20', 0)).toBe('2026-11-20');
  });
});
