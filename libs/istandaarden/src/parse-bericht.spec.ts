import { Domein } from '#keten/domain';
import { bouwBericht } from './bouw-bericht.util.js';
import { parseBericht } from './parse-bericht.util.js';
import { voorbeeld301, voorbeeld323 } from './testing/voorbeeld-berichten.util.js';

const GELDIG_323 = bouwBericht(voorbeeld323(Domein.Jeugd));

describe('parseBericht on hostile or broken input', () => {
  it('should reject a billion-laughs entity expansion when the message carries a DOCTYPE', () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>`;
    const xml = GELDIG_323.replace('<?xml version="1.0" encoding="UTF-8"?>', lol).replace('DN001', '&lol2;');

    const resultaat = parseBericht(xml);

    expect(resultaat).toMatchObject({ ok: false, retourcode: '0001' });
    expect(!resultaat.ok && resultaat.reden).toMatch(/DOCTYPE/);
  });

  it('should reject an external entity (XXE) when it points at a local file', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`;
    const xml = GELDIG_323.replace('<?xml version="1.0" encoding="UTF-8"?>', xxe).replace('DN001', '&xxe;');

    const resultaat = parseBericht(xml);

    expect(resultaat).toMatchObject({ ok: false, retourcode: '0001' });
    expect(JSON.stringify(resultaat)).not.toContain('root:');
  });

  it('should reject an undeclared entity reference when there is no DOCTYPE', () => {
    expect(parseBericht(GELDIG_323.replace('DN001', '&onbekend;'))).toMatchObject({ ok: false, retourcode: '0001' });
  });

  it('should reject input over 25 MB (OP179) when given as a string or as bytes', () => {
    const groot = GELDIG_323.replace('<jw323:Header>', `<!--${'x'.repeat(25 * 1024 * 1024)}--><jw323:Header>`);

    const alsTekst = parseBericht(groot);
    const alsBytes = parseBericht(Buffer.from(groot));

    expect(alsTekst).toMatchObject({ ok: false, retourcode: '0001' });
    expect(!alsTekst.ok && alsTekst.reden).toMatch(/25 MB/);
    expect(alsBytes).toMatchObject({ ok: false, retourcode: '0001' });
  });

  it('should reject an unknown namespace with a reason naming it', () => {
    const resultaat = parseBericht(
      GELDIG_323.replaceAll('http://www.istandaarden.nl/ijw/3_2/jw323/schema', 'http://example.org/jw323'),
    );

    expect(resultaat).toMatchObject({ ok: false, pad: '/Bericht' });
    expect(!resultaat.ok && resultaat.reden).toMatch(/Onbekende namespace "http:\/\/example.org\/jw323"/);
  });

  it('should reject a previous release when the namespace says 3_1', () => {
    const resultaat = parseBericht(GELDIG_323.replaceAll('/3_2/', '/3_1/'));

    expect(resultaat).toMatchObject({ ok: false, retourcode: '0001' });
  });

  it('should reject truncated XML when the document ends halfway', () => {
    const resultaat = parseBericht(GELDIG_323.slice(0, Math.floor(GELDIG_323.length / 2)));

    expect(resultaat).toMatchObject({ ok: false, retourcode: '0001' });
  });

  it('should reject a BerichtCode that belongs to another message when the namespace is 323', () => {
    const resultaat = parseBericht(GELDIG_323.replace('<jw323:BerichtCode>490<', '<jw323:BerichtCode>484<'));

    expect(resultaat).toMatchObject({ ok: false, pad: '/Bericht/Header/BerichtCode' });
    expect(!resultaat.ok && resultaat.reden).toMatch(/BerichtCode 484 hoort niet bij JW323.*verwacht 490/);
  });

  it('should reject BerichtSubversie 1 when the release is 3.2', () => {
    expect(parseBericht(GELDIG_323.replace('<jw323:BerichtSubversie>2<', '<jw323:BerichtSubversie>1<'))).toMatchObject({
      ok: false,
      pad: '/Bericht/Header/BerichtSubversie',
    });
  });

  it('should reject invalid UTF-8 when given bytes', () => {
    const bytes = Buffer.from(GELDIG_323);
    bytes[bytes.indexOf('DN001')] = 0xff;

    expect(parseBericht(bytes)).toMatchObject({ ok: false, retourcode: '0001' });
  });

  it('should reject empty input and non-XML without throwing', () => {
    expect(parseBericht('')).toMatchObject({ ok: false, retourcode: '0001' });
    expect(parseBericht('{"json": true}')).toMatchObject({ ok: false, retourcode: '0001' });
    expect(parseBericht(Buffer.alloc(0))).toMatchObject({ ok: false, retourcode: '0001' });
  });

  it('should name the path of the element when a required element is missing', () => {
    const xml = GELDIG_323.replace(/<jw323:ProductCode>[^<]*<\/jw323:ProductCode>/, '');

    expect(parseBericht(xml)).toMatchObject({
      ok: false,
      pad: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]/ProductCode',
    });
  });

  it('should reject elements in the wrong order when the XSD sequence is violated', () => {
    const xml = GELDIG_323.replace(
      /(<jw323:ToewijzingNummer>[^<]*<\/jw323:ToewijzingNummer>)(\s*)(<jw323:ProductCategorie>[^<]*<\/jw323:ProductCategorie>)/,
      '$3$2$1',
    );

    const resultaat = parseBericht(xml);

    expect(resultaat).toMatchObject({ ok: false, retourcode: '0001' });
    expect(!resultaat.ok && resultaat.pad).toMatch(/Prestatie\[1\]/);
  });

  it('should reject a code that is not in the list of the domein when a Jeugd message uses a Wmo categorie', () => {
    const resultaat = parseBericht(GELDIG_323.replace('<jw323:ProductCategorie>45<', '<jw323:ProductCategorie>02<'));

    expect(resultaat).toMatchObject({
      ok: false,
      pad: '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]/ProductCategorie',
    });
  });

  it('should reject an impossible date and an amount out of range', () => {
    expect(parseBericht(GELDIG_323.replace('2026-04-30', '2026-04-31'))).toMatchObject({
      ok: false,
      retourcode: '0001',
    });
    expect(parseBericht(GELDIG_323.replace('<ijw:Bedrag>5000<', '<ijw:Bedrag>100000000<'))).toMatchObject({
      ok: false,
      retourcode: '0001',
    });
    expect(parseBericht(GELDIG_323.replace('<ijw:Bedrag>5000<', '<ijw:Bedrag>50.00<'))).toMatchObject({
      ok: false,
      retourcode: '0001',
    });
  });

  it('should reject a child element in the basisschema namespace when the message namespace is required', () => {
    const xml = GELDIG_323.replace(
      '<jw323:DeclaratieNummer>DN001</jw323:DeclaratieNummer>',
      '<ijw:DeclaratieNummer>DN001</ijw:DeclaratieNummer>',
    );

    expect(parseBericht(xml)).toMatchObject({ ok: false, retourcode: '0001' });
  });

  it('should map every Client of a 323 as it is read, in order, each error naming its own Client', () => {
    const bericht = voorbeeld323(Domein.Wmo);
    const [eerste] = bericht.declaratie.clienten;
    bericht.declaratie.clienten = [eerste, { ...eerste, bsn: '999990032' }, { ...eerste, bsn: '999990044' }];
    const xml = bouwBericht(bericht);

    expect(parseBericht(xml)).toEqual({ ok: true, bericht });
    let n = 0;
    const tweedeKapot = xml.replace(/<wmo323:ProductCode>[^<]*<\/wmo323:ProductCode>/g, (m) => (++n === 3 ? '' : m));
    expect(parseBericht(tweedeKapot)).toMatchObject({
      ok: false,
      pad: '/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]/ProductCode',
    });
    const vreemdeNamespace = xml
      .replace('<wmo323:Client>', '<x:Client xmlns:x="urn:x">')
      .replace('</wmo323:Client>', '</x:Client>');
    expect(parseBericht(vreemdeNamespace)).toMatchObject({
      ok: false,
      retourcode: '0001',
      pad: '/Bericht/Declaratie/Clienten/Client[1]',
      reden: expect.stringMatching(/Onverwacht element Client \(namespace urn:x\)/),
    });
    const zonderClient = xml.replace(
      /<wmo323:Clienten>[\s\S]*<\/wmo323:Clienten>/,
      '<wmo323:Clienten></wmo323:Clienten>',
    );
    expect(parseBericht(zonderClient)).toMatchObject({ ok: false, pad: '/Bericht/Declaratie/Clienten' });
  });

  it('should detect iWmo and iJw by namespace when both are given', () => {
    const wmo = parseBericht(bouwBericht(voorbeeld301(Domein.Wmo)));
    const jw = parseBericht(GELDIG_323);

    expect(wmo.ok && [wmo.bericht.domein, wmo.bericht.berichtsoort]).toEqual([Domein.Wmo, 'WMO301']);
    expect(jw.ok && [jw.bericht.domein, jw.bericht.berichtsoort]).toEqual([Domein.Jeugd, 'JW323']);
  });

  it('should accept a byte order mark and escaped characters when the message is otherwise valid', () => {
    const bericht = voorbeeld301(Domein.Jeugd);
    const xml = '\uFEFF' + bouwBericht(bericht);

    const resultaat = parseBericht(Buffer.from(xml));

    expect(resultaat).toEqual({ ok: true, bericht });
    expect(xml).toContain('Jansen &amp; Zn &lt;test&gt;');
  });
});
