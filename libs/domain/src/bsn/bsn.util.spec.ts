import { isGeldigBsn } from './bsn.util.js';

describe('isGeldigBsn (CS002 elfproef)', () => {
  it('should accept a BSN when the weighted sum is divisible by 11', () => {
    // 9·1+8·1+7·1+6·2+5·2+4·2+3·3+2·3 − 3 = 66 = 6 × 11
    expect(isGeldigBsn('111222333')).toBe(true);
    expect(isGeldigBsn('999900006')).toBe(true);
  });

  it('should reject a BSN when one digit is changed', () => {
    expect(isGeldigBsn('111222334')).toBe(false);
    expect(isGeldigBsn('999900007')).toBe(false);
  });

  it('should reject a value when it is not exactly nine digits', () => {
    expect(isGeldigBsn('11122233')).toBe(false);
    expect(isGeldigBsn('1112223333')).toBe(false);
    expect(isGeldigBsn('11122233a')).toBe(false);
    expect(isGeldigBsn('')).toBe(false);
  });

  it('should reject 000000000 when it passes the arithmetic but is no BSN', () => {
    expect(isGeldigBsn('000000000')).toBe(false);
  });
});
