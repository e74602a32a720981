import { laadKetenConfig, BsnKluis } from '#keten/platform';
import { pakInhoudUit, verpakInhoud } from './bericht-inhoud.util.js';

describe('bericht inhoud at rest', () => {
  const kluis = new BsnKluis(laadKetenConfig({ KETEN_BSN_SLEUTEL: 'c'.repeat(64) }));
  const xml = Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><Bericht>${'<Prestatie><Bsn>999990019</Bsn><Naam>Jansen-Ĳsselmeer</Naam></Prestatie>'.repeat(2000)}</Bericht>`,
  );

  it('should give back exactly the bytes received, stored compressed and without a readable BSN', async () => {
    const opgeslagen = await verpakInhoud(kluis, xml);
    expect(opgeslagen.length).toBeLessThan(xml.length / 10);
    expect(opgeslagen.includes(Buffer.from('999990019'))).toBe(false);
    expect(pakInhoudUit(kluis, opgeslagen).equals(xml)).toBe(true);
  });

  it('should still read a message stored before compression (encrypted base64 text)', () => {
    const oud = kluis.versleutel(xml.toString('base64'));
    expect(pakInhoudUit(kluis, oud).equals(xml)).toBe(true);
  });

  it('should refuse stored content that was tampered with', async () => {
    const opgeslagen = await verpakInhoud(kluis, xml);
    opgeslagen[opgeslagen.length - 1] ^= 1;
    expect(() => pakInhoudUit(kluis, opgeslagen)).toThrow();
  });
});
