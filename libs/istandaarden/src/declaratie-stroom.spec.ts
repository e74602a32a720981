import { Domein } from '#keten/domain';
import type { DeclaratieClient } from './berichten/declaratie.types.js';
import { bouwBericht } from './bouw-bericht.util.js';
import { leesDeclaratieStroom } from './declaratie-stroom.util.js';
import { parseBericht } from './parse-bericht.util.js';
import { voorbeeld301, voorbeeld323, voorbeeldPrestatie } from './testing/voorbeeld-berichten.util.js';

describe('leesDeclaratieStroom', () => {
  it('should hand out every client and keep only the header when the 323 streams in as byte chunks', async () => {
    const bericht = voorbeeld323(Domein.Wmo);
    bericht.declaratie.clienten.push({ bsn: '111222333', prestaties: [voorbeeldPrestatie(Domein.Wmo, 'RN9')] });
    bericht.declaratie.totaalIngediendBedrag.totaalBedrag = 15000;
    const bytes = Buffer.from(bouwBericht(bericht));
    const stukken = async function* () {
      for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
    };
    const ontvangen: DeclaratieClient[] = [];

    const resultaat = await leesDeclaratieStroom(stukken(), { opClient: (c) => ontvangen.push(c), valideer: true });

    expect(resultaat).toMatchObject({ ok: true, aantalClienten: 2, aantalPrestaties: 3, bevindingen: [] });
    expect(ontvangen).toEqual(bericht.declaratie.clienten);
    const { clienten: _c, ...kop } = bericht.declaratie;
    expect(resultaat.ok && resultaat.bericht.declaratie).toEqual(kop);
  });

  it('should give the same findings as valideerBericht when the totals are wrong', async () => {
    const bericht = voorbeeld323(Domein.Jeugd);
    bericht.declaratie.totaalIngediendBedrag.totaalBedrag = 1;

    const resultaat = await leesDeclaratieStroom(bouwBericht(bericht), { valideer: true });

    expect(resultaat.ok && resultaat.bevindingen.map((b) => b.regel)).toEqual(['TR358']);
  });

  it('should reject with 0001 when the stream is truncated or is not a 323', async () => {
    const xml = bouwBericht(voorbeeld323(Domein.Jeugd));

    expect(await leesDeclaratieStroom(xml.slice(0, xml.length - 40))).toMatchObject({ ok: false, retourcode: '0001' });
    expect(await leesDeclaratieStroom(bouwBericht(voorbeeld301(Domein.Jeugd)))).toMatchObject({
      ok: false,
      retourcode: '0001',
    });
  });

  it('should agree with parseBericht on a structural error inside a client', async () => {
    const xml = bouwBericht(voorbeeld323(Domein.Jeugd)).replace('<jw323:Eenheid>04<', '<jw323:Eenheid>99<');

    const stroom = await leesDeclaratieStroom(xml);

    expect(stroom).toEqual(parseBericht(xml));
  });
});
