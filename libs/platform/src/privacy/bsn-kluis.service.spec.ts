import { laadKetenConfig } from '../config/keten-config.js';
import { BsnKluis } from './bsn-kluis.service.js';

const SLEUTEL = 'a'.repeat(64);

describe('BsnKluis', () => {
  const kluis = new BsnKluis(laadKetenConfig({ KETEN_BSN_SLEUTEL: SLEUTEL }));

  it('should give the same keyed hash for the same BSN and a different one under another key', () => {
    const ander = new BsnKluis(laadKetenConfig({ KETEN_BSN_SLEUTEL: 'b'.repeat(64) }));
    expect(kluis.hash('999990019')).toBe(kluis.hash('999990019'));
    expect(kluis.hash('999990019')).not.toBe(ander.hash('999990019'));
    expect(kluis.hash('999990019')).not.toContain('999990019');
  });

  it('should decrypt what it encrypted, and never store the plain text', () => {
    const versleuteld = kluis.versleutel('999990019');
    expect(versleuteld.toString('utf8')).not.toContain('999990019');
    expect(kluis.ontsleutel(versleuteld)).toBe('999990019');
  });

  it('should refuse tampered ciphertext', () => {
    const versleuteld = kluis.versleutel('999990019');
    versleuteld[versleuteld.length - 1] ^= 1;
    expect(() => kluis.ontsleutel(versleuteld)).toThrow();
  });

  it('should refuse to start in production without a configured key', () => {
    expect(() => new BsnKluis(laadKetenConfig({ NODE_ENV: 'production' }))).toThrow(/KETEN_BSN_SLEUTEL/);
  });
});
