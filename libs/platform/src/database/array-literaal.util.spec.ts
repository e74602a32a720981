import { arrayLiteraal } from './array-literaal.util.js';

describe('arrayLiteraal', () => {
  it('should write plain elements bare and NULL for null', () => {
    expect(arrayLiteraal(['R1', '2026-04-01', null, 'a1b2-c3', undefined])).toBe('{R1,2026-04-01,NULL,a1b2-c3,NULL}');
    expect(arrayLiteraal([12, -3, 10n, 0])).toBe('{12,-3,10,0}');
    expect(arrayLiteraal([])).toBe('{}');
  });

  it('should quote what array_in would otherwise read differently', () => {
    expect(arrayLiteraal(['', 'NULL', 'null', 'a,b', 'a b', '{9321}', 'x"y', 'x\\y', ' '])).toBe(
      '{"","NULL","null","a,b","a b","{9321}","x\\"y","x\\\\y"," "}',
    );
  });
});
