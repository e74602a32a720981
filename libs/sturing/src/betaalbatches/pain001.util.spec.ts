import { omschrijving } from './betaalbatch.service.js';
import { euro, tekst } from './pain001.util.js';

describe('pain.001 text and amounts', () => {
  it('should write cents as euros with two decimals', () => {
    expect([euro(1), euro(100), euro(123456)]).toEqual(['0.01', '1.00', '1234.56']);
  });

  it('should keep text to the SEPA Latin set, bounded, and escaped for XML', () => {
    expect(tekst('Zorg & Cô <BV>', 70)).toBe('Zorg Co BV');
    expect(tekst("d'Arc", 70)).toBe('d&apos;Arc');
    expect(tekst('x'.repeat(200), 140)).toHaveLength(140);
  });

  it('should name as many DeclaratieNummers as fit in 140 characters and count the rest', () => {
    const nummers = Array.from({ length: 30 }, (_, i) => `D${String(i).padStart(11, '0')}`);
    const uit = omschrijving('KB20261204ABCDEF0123-1', '12345678', nummers);
    expect(uit.length).toBeLessThanOrEqual(140);
    expect(uit).toMatch(/^KB20261204ABCDEF0123-1 AGB 12345678 decl D00000000000 .* \+\d+$/);
    expect(omschrijving('K-1', '12345678', [])).toBe('K-1 AGB 12345678 termijnen');
  });
});
