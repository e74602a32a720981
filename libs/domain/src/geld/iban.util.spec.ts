import { ibanControlegetal, isGeldigIban, normaliseerIban } from './iban.util.js';

describe('isGeldigIban', () => {
  it('should accept a correct Dutch IBAN with or without spaces', () => {
    expect(isGeldigIban('NL91ABNA0417164300')).toBe(true);
    expect(isGeldigIban('nl91 abna 0417 1643 00')).toBe(true);
    expect(normaliseerIban('nl91 abna 0417 1643 00')).toBe('NL91ABNA0417164300');
  });

  it('should refuse a wrong check digit, a wrong length and an unknown country', () => {
    expect(isGeldigIban('NL92ABNA0417164300')).toBe(false);
    expect(isGeldigIban('NL91ABNA041716430')).toBe(false);
    expect(isGeldigIban('XX91ABNA0417164300')).toBe(false);
  });

  it('should compute the check digits that make an IBAN valid', () => {
    expect(ibanControlegetal('NL', 'ABNA0417164300')).toBe('91');
    expect(isGeldigIban(`DE${ibanControlegetal('DE', '370400440532013000')}370400440532013000`)).toBe(true);
  });
});
