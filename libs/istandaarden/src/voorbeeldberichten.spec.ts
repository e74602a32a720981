import { readdirSync } from 'node:fs';
import { bouwBericht } from './bouw-bericht.util.js';
import { parseBericht } from './parse-bericht.util.js';
import { REFERENTIE, inhoud, leesReferentie, valideerTegenXsd } from './testing/xsd-validatie.util.js';

const VOORBEELDEN = readdirSync(`${REFERENTIE}/ijw-3.2/voorbeeldberichten`).filter((f) => f.endsWith('.xml'));
const XSDS = new Set(readdirSync(`${REFERENTIE}/ijw-3.2/xsd`));

describe('iJw voorbeeldberichten', () => {
  it.each(VOORBEELDEN)('should parse and build back an equivalent document when %s is XSD-valid', async (bestand) => {
    const xml = leesReferentie(`ijw-3.2/voorbeeldberichten/${bestand}`);
    const xsdNaam = bestand.replace('.xml', '.xsd');
    const basis = leesReferentie('ijw-3.2/xsd/basisschema.xsd');
    const xsdGeldig =
      XSDS.has(xsdNaam) && (await valideerTegenXsd(xml, leesReferentie(`ijw-3.2/xsd/${xsdNaam}`), basis)).valid;

    const resultaat = parseBericht(xml);

    if (!xsdGeldig) {
      // JW318.xml (RetourCode out of place) and JW315.xml (2027-06-31) are refused; JW307.xml has no XSD but is valid.
      if (!resultaat.ok) expect(resultaat.retourcode).toBe('0001');
      return;
    }
    if (!resultaat.ok) throw new Error(`${resultaat.reden} at ${resultaat.pad}`);
    const gebouwd = bouwBericht(resultaat.bericht);
    expect(inhoud(gebouwd)).toEqual(inhoud(xml));
    expect((await valideerTegenXsd(gebouwd, leesReferentie(`ijw-3.2/xsd/${xsdNaam}`), basis)).fouten).toEqual([]);
  });

  it('should refuse JW318.xml with the path of the misplaced RetourCode when the XSD refuses it too', () => {
    const resultaat = parseBericht(leesReferentie('ijw-3.2/voorbeeldberichten/JW318.xml'));

    expect(resultaat).toMatchObject({ ok: false, retourcode: '0001', pad: '/Bericht/Client/Verzoek/RetourCode' });
  });
});
