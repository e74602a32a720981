import {
  DebetCredit,
  Domein,
  Eenheid,
  Frequentie,
  isGeldigBsn,
  RedenWijziging,
  StatusAanlevering,
  Uitvoeringsvariant,
} from '#keten/domain';
import {
  bouwBericht,
  maakHeader,
  parseBericht,
  type Bericht,
  type Bericht301,
  type Bericht305,
  type Bericht307,
  type Bericht323,
  type Prestatie,
  type StartProduct,
  type StopProduct,
  type ToegewezenProduct,
} from '#keten/istandaarden';
import { Rol } from '#keten/platform';
import { BeoordeelDeclaratieService } from '#keten/declaraties';
import { voorbeeld301 } from '../libs/istandaarden/src/testing/voorbeeld-berichten.util.js';
import { leesReferentie, valideerTegenXsd } from '../libs/istandaarden/src/testing/xsd-validatie.util.js';
import { cijfers, http } from './support/http.js';
import { maakOrganisatie, type Org } from './support/factories.js';
import { BOOTSTRAP_TOKEN, startTestApp, type TestApp } from './support/test-app.js';

const TARIEF = 6392;
const TIJDELIJK = '20';
const VOLGENS_PLAN = '31'; // JZ588
const IN_OVERLEG = '34'; // JZ588

function willekeurigBsn(): string {
  for (;;) {
    const bsn = `9${cijfers(8)}`;
    if (isGeldigBsn(bsn)) return bsn;
  }
}

function product(toewijzingNummer: number, extra: Partial<ToegewezenProduct> = {}): ToegewezenProduct {
  return {
    toewijzingNummer,
    product: { categorie: '45', code: '45A03' },
    toewijzingsdatum: '2026-03-20',
    toewijzingstijd: '10:15:00',
    ingangsdatum: '2026-04-01',
    einddatum: '2027-12-31',
    omvang: { volume: 4, eenheid: Eenheid.Uur, frequentie: Frequentie.PerWeek },
    ...extra,
  };
}

const start = (
  toewijzingNummer: number,
  begindatum: string,
  status = StatusAanlevering.EersteAanlevering,
): StartProduct => ({ toewijzingNummer, begindatum, statusAanlevering: status });
const stop = (
  toewijzingNummer: number,
  begindatum: string,
  einddatum: string,
  redenBeeindiging: string,
  status = StatusAanlevering.EersteAanlevering,
): StopProduct => ({
  toewijzingNummer,
  begindatum,
  einddatum,
  redenBeeindiging,
  statusAanlevering: status,
});

async function xsdFouten(xml: string, type: string): Promise<string[]> {
  return (
    await valideerTegenXsd(
      xml,
      leesReferentie(`ijw-3.2/xsd/JW${type}.xsd`),
      leesReferentie('ijw-3.2/xsd/basisschema.xsd'),
    )
  ).fouten;
}

describe('regieberichten 305/307 with their retours, and the outbound 301 (e2e)', () => {
  let t: TestApp;
  let gemeente: Org;
  let aanbieder: Org;
  let anderAanbieder: Org;
  let toegang: string;
  let aanbiederToken: string;
  const BSN = willekeurigBsn();

  const header = (afzender = aanbieder.agbCode!, ontvanger = gemeente.cbsCode!, dagtekening = '2026-11-20') =>
    maakHeader({ afzender, ontvanger, berichtIdentificatie: { identificatie: `S${cijfers(10)}`, dagtekening } });
  const client = (bsn = BSN) => ({
    bsn,
    geboortedatum: { datum: '2012-03-04' },
    geslacht: '1',
    naam: { geslachtsnaam: { achternaam: 'Wit' } },
  });

  const bericht305 = (producten: StartProduct[], bsn = BSN): Bericht305 => ({
    domein: Domein.Jeugd,
    berichtType: '305',
    berichtsoort: 'JW305',
    header: header(),
    client: { ...client(bsn), startProducten: producten },
  });
  const bericht307 = (producten: StopProduct[], bsn = BSN): Bericht307 => ({
    domein: Domein.Jeugd,
    berichtType: '307',
    berichtsoort: 'JW307',
    header: header(),
    client: { ...client(bsn), stopProducten: producten },
  });
  const stuur = (b: Bericht | string, token = aanbiederToken) =>
    http(t.url, 'POST', '/api/v1/berichten', {
      token,
      body: typeof b === 'string' ? b : bouwBericht(b),
      contentType: 'application/xml',
    });
  /** The retourcodes per product, in message order. */
  const codes = async (b: Bericht305 | Bericht307): Promise<string[][]> => {
    const res = await stuur(b);
    expect(res.status).toBe(202);
    expect(res.body.status).toBe('verwerkt');
    return res.body.resultaat.regieberichten.map((r: { retourcodes: string[] }) => r.retourcodes);
  };
  const retour = async (berichtId: string) => {
    const res = await http(t.url, 'GET', `/api/v1/berichten/${berichtId}/retour`, { token: aanbiederToken });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/xml');
    const parse = parseBericht(res.body as string);
    if (!parse.ok) throw new Error(`retour not readable: ${parse.reden}`);
    return { xml: res.body as string, bericht: parse.bericht };
  };

  const stuur301 = async (bsn: string, producten: ToegewezenProduct[], naar = aanbieder, naam = 'Jansen') => {
    const b = voorbeeld301(Domein.Jeugd) as Bericht301;
    b.header = maakHeader({
      afzender: gemeente.cbsCode!,
      ontvanger: naar.agbCode!,
      berichtIdentificatie: { identificatie: `T${cijfers(10)}`, dagtekening: '2026-11-20' },
    });
    b.client.bsn = bsn;
    b.client.naam.geslachtsnaam.achternaam = naam;
    b.client.toegewezenProducten = producten;
    const res = await stuur(b, toegang);
    expect(res.body).toMatchObject({ status: 'verwerkt', retourcodes: [] });
  };

  beforeAll(async () => {
    t = await startTestApp();
    gemeente = await maakOrganisatie(t.url, 'gemeente');
    aanbieder = await maakOrganisatie(t.url, 'aanbieder');
    anderAanbieder = await maakOrganisatie(t.url, 'aanbieder');
    toegang = await t.token(Rol.Toegang, gemeente.id);
    aanbiederToken = await t.token(Rol.Aanbieder, aanbieder.id);
    await stuur301(
      BSN,
      [3001, 3002, 3003, 3004, 3005, 3006, 3007, 3008, 3009, 3010].map((n) => product(n)),
    );
    await stuur301(BSN, [product(3050)], anderAanbieder);
  });

  afterAll(() => t.close());

  it('should accept a start and a stop and answer each with a retour without Client that the JW306/JW308 XSD accepts', async () => {
    const s = await stuur(bericht305([start(3001, '2026-04-03')]));
    expect(s.body).toMatchObject({
      berichtCode: '438',
      status: 'verwerkt',
      resultaat: { regieberichten: [{ toewijzingNummer: 3001, resultaat: 'geaccepteerd', retourcodes: [] }] },
    });
    const r306 = await retour(s.body.id);
    expect(r306.bericht).toMatchObject({ berichtType: '306', header: { retourCodes: ['0200'] } });
    expect((r306.bericht as { client?: unknown }).client).toBeUndefined();
    expect(await xsdFouten(r306.xml, '306')).toEqual([]);

    const p = await stuur(bericht307([stop(3001, '2026-04-03', '2026-10-31', VOLGENS_PLAN)]));
    expect(p.body).toMatchObject({
      berichtCode: '440',
      status: 'verwerkt',
      resultaat: { regieberichten: [{ resultaat: 'geaccepteerd', retourcodes: [] }] },
    });
    const r308 = await retour(p.body.id);
    expect(r308.bericht).toMatchObject({ berichtType: '308', header: { retourCodes: ['0200'] } });
    expect(await xsdFouten(r308.xml, '308')).toEqual([]);
  });

  it('should reject with 9019 a start that names no toewijzing of this client and aanbieder, and put the code on that product only (TR019, OP065)', async () => {
    const b = bericht305([start(3002, '2026-04-03'), start(3999, '2026-04-03'), start(3050, '2026-04-03')]);
    const res = await stuur(b);
    expect(res.body.resultaat.regieberichten.map((r: { retourcodes: string[] }) => r.retourcodes)).toEqual([
      [],
      ['9019'],
      ['9019'],
    ]);
    expect(await codes(bericht305([start(3003, '2026-04-03')], willekeurigBsn()))).toEqual([['9019']]);

    const { xml, bericht } = await retour(res.body.id);
    if (bericht.berichtType !== '306') throw new Error('no 306');
    expect(bericht.client!.startProducten.map((p) => [p.toewijzingNummer, p.retourCodes])).toEqual([
      [3002, ['0200']],
      [3999, ['9019']],
      [3050, ['9019']],
    ]);
    expect(bericht.client!.retourCodes).toEqual(['0200']);
    expect(await xsdFouten(xml, '306')).toEqual([]);
  });

  it('should reject a second start with the same sleutel with 9074, but accept the same begindatum on another toewijzing (TR074)', async () => {
    expect(await codes(bericht305([start(3002, '2026-04-03')]))).toEqual([['9074']]);
    expect(await codes(bericht305([start(3003, '2026-04-03')]))).toEqual([[]]);
  });

  it('should allow only one current start per toegewezen product until it is stopped, temporarily or definitively (TR326)', async () => {
    expect(await codes(bericht305([start(3004, '2026-04-03')]))).toEqual([[]]);
    expect(await codes(bericht305([start(3004, '2026-05-01')]))).toEqual([['9326']]);
    expect(await codes(bericht307([stop(3004, '2026-04-03', '2026-04-20', TIJDELIJK)]))).toEqual([[]]);
    expect(await codes(bericht305([start(3004, '2026-05-01')]))).toEqual([[]]);
  });

  it('should delete a start only when one with that sleutel exists (TR063), and free its sleutel', async () => {
    const verwijder = (begindatum: string) => start(3005, begindatum, StatusAanlevering.VerwijderenAanlevering);
    expect(await codes(bericht305([verwijder('2026-04-03')]))).toEqual([['9063']]);
    expect(await codes(bericht305([start(3005, '2026-04-03')]))).toEqual([[]]);
    expect(await codes(bericht305([verwijder('2026-04-04')]))).toEqual([['9063']]);
    expect(await codes(bericht305([verwijder('2026-04-03')]))).toEqual([[]]);
    expect(await codes(bericht305([start(3005, '2026-04-03')]))).toEqual([[]]);
  });

  it('should refuse to delete a start that has a stop with 9071, and allow it once the stop is deleted (TR071, TR063 on a 307)', async () => {
    expect(await codes(bericht305([start(3006, '2026-04-03')]))).toEqual([[]]);
    expect(await codes(bericht307([stop(3006, '2026-04-03', '2026-06-30', VOLGENS_PLAN)]))).toEqual([[]]);
    expect(await codes(bericht305([start(3006, '2026-04-03', StatusAanlevering.VerwijderenAanlevering)]))).toEqual([
      ['9071'],
    ]);
    expect(
      await codes(
        bericht307([stop(3006, '2026-04-03', '2026-06-29', VOLGENS_PLAN, StatusAanlevering.VerwijderenAanlevering)]),
      ),
    ).toEqual([['9063']]);
    expect(
      await codes(
        bericht307([stop(3006, '2026-04-03', '2026-06-30', VOLGENS_PLAN, StatusAanlevering.VerwijderenAanlevering)]),
      ),
    ).toEqual([[]]);
    expect(await codes(bericht305([start(3006, '2026-04-03', StatusAanlevering.VerwijderenAanlevering)]))).toEqual([
      [],
    ]);
  });

  it('should accept a stop only with the sleutel of a current start (TR069/TR382), and refuse a repeated stop with 9074 (TR074)', async () => {
    expect(await codes(bericht307([stop(3007, '2026-04-03', '2026-06-30', VOLGENS_PLAN)]))).toEqual([['9069']]);
    expect(await codes(bericht305([start(3007, '2026-04-03')]))).toEqual([[]]);
    expect(await codes(bericht307([stop(3007, '2026-04-04', '2026-06-30', VOLGENS_PLAN)]))).toEqual([['9069']]);
    const p = await stuur(bericht307([stop(3007, '2026-04-03', '2026-06-30', VOLGENS_PLAN)]));
    expect(p.body.resultaat.regieberichten[0].retourcodes).toEqual([]);
    const dubbel = await stuur(bericht307([stop(3007, '2026-04-03', '2026-06-30', VOLGENS_PLAN)]));
    expect(dubbel.body.resultaat.regieberichten[0].retourcodes).toEqual(['9074']);

    const { xml, bericht } = await retour(dubbel.body.id);
    if (bericht.berichtType !== '308') throw new Error('no 308');
    expect(bericht.client!.stopProducten[0].retourCodes).toEqual(['9074']);
    expect(await xsdFouten(xml, '308')).toEqual([]);
  });

  it('should after a temporary stop accept only a definitive stop ending on or after it (TR413, TR414, TR415)', async () => {
    expect(await codes(bericht305([start(3008, '2026-04-03')]))).toEqual([[]]);
    expect(await codes(bericht307([stop(3008, '2026-04-03', '2026-06-30', TIJDELIJK)]))).toEqual([[]]);
    expect(await codes(bericht307([stop(3008, '2026-04-03', '2026-07-31', TIJDELIJK)]))).toEqual([['9413']]);
    expect(await codes(bericht307([stop(3008, '2026-04-03', '2026-06-29', VOLGENS_PLAN)]))).toEqual([['9414']]);
    expect(await codes(bericht307([stop(3008, '2026-04-03', '2026-06-30', VOLGENS_PLAN)]))).toEqual([[]]);
    expect(await codes(bericht307([stop(3008, '2026-04-03', '2026-07-31', IN_OVERLEG)]))).toEqual([['9415']]);
  });

  it('should reject a StatusAanlevering 2 technically (CS058 → 0001) with the code on its StartProduct in the 306, storing no regiebericht', async () => {
    const b = bericht305([
      start(3009, '2026-04-03'),
      start(3010, '2026-04-03', StatusAanlevering.GewijzigdeAanlevering),
    ]);
    const res = await stuur(b);
    expect(res.body).toMatchObject({ status: 'afgekeurd', retourcodes: ['0001'] });
    expect(res.body.reden).toMatch(/CS058/);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM keten.regiebericht WHERE bericht_id = $1`,
      [res.body.id],
    );
    expect(n).toBe(0);

    const { xml, bericht } = await retour(res.body.id);
    if (bericht.berichtType !== '306') throw new Error('no 306');
    expect(bericht.client!.startProducten.map((p) => p.retourCodes)).toEqual([['0200'], ['0001']]);
    expect(await xsdFouten(xml, '306')).toEqual([]);
    // Just inside: 1 and 3 are the values CS058 allows.
    expect(
      await codes(
        bericht305([start(3009, '2026-04-03'), start(3009, '2026-04-03', StatusAanlevering.VerwijderenAanlevering)]),
      ),
    ).toEqual([[], []]);
  });

  it('should answer a repeated 305 with 9056 in the header of its 306, and accept a 305 only from the aanbieder itself', async () => {
    const xml = bouwBericht(bericht305([start(3010, '2026-04-03')]));
    expect((await stuur(xml)).body.status).toBe('verwerkt');
    const dubbel = await stuur(xml);
    expect(dubbel.body).toMatchObject({ status: 'afgekeurd', retourcodes: ['9056'] });
    const r = await retour(dubbel.body.id);
    expect(r.bericht).toMatchObject({ berichtType: '306', header: { retourCodes: ['9056'] } });
    expect(await xsdFouten(r.xml, '306')).toEqual([]);

    expect((await stuur(bericht305([start(3010, '2026-05-03')]), toegang)).status).toBe(403);
    expect(
      (await stuur(bericht305([start(3010, '2026-05-03')]), await t.token(Rol.Aanbieder, anderAanbieder.id))).status,
    ).toBe(403);
  });

  describe('the outbound 301 (OP087)', () => {
    const BSN2 = willekeurigBsn();
    let id4001: string;

    beforeAll(async () => {
      await stuur301(
        BSN2,
        [product(4001), product(4002, { einddatum: '2026-06-30' }), product(4003)],
        aanbieder,
        'Vries',
      );
      // A later decision shortens 4003 into the past; 4001 is repeated unchanged (the 301 holds the whole current set).
      await stuur301(
        BSN2,
        [
          product(4001),
          product(4003, {
            toewijzingsdatum: '2026-10-01',
            toewijzingstijd: '09:00:00',
            einddatum: '2026-10-31',
            redenWijziging: RedenWijziging.HerbeoordelingVerkorting,
          }),
        ],
        aanbieder,
        'Vries',
      );
      const lijst = await http(t.url, 'GET', `/api/v1/toewijzingen?agbCode=${aanbieder.agbCode}&limiet=100`, {
        token: aanbiederToken,
      });
      id4001 = lijst.body.find((x: { toewijzingNummer: number }) => x.toewijzingNummer === 4001).id;
    });

    it('should hold the toewijzingen valid after today and the last changed ones, for that client only, valid against the JW301 XSD', async () => {
      const res = await http(t.url, 'GET', `/api/v1/toewijzingen/${id4001}/bericht`, { token: aanbiederToken });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/xml');
      expect(await xsdFouten(res.body, '301')).toEqual([]);
      const parse = parseBericht(res.body);
      if (!parse.ok || parse.bericht.berichtType !== '301') throw new Error('no 301');
      const b = parse.bericht;
      expect(b.header).toMatchObject({ afzender: gemeente.cbsCode, ontvanger: aanbieder.agbCode });
      expect(b.client.bsn).toBe(BSN2);
      expect(b.client.naam.geslachtsnaam.achternaam).toBe('Vries');
      expect(b.client.toegewezenProducten.map((p) => [p.toewijzingNummer, p.einddatum, p.redenWijziging])).toEqual([
        [4001, '2027-12-31', undefined],
        [4003, '2026-10-31', '05'],
      ]);
    });

    it('should audit every read without the BSN, and show it to the toegang of the gemeente but to no other aanbieder or gemeente', async () => {
      const [{ voor }] = await t.dataSource.query(
        `SELECT count(*)::int AS voor FROM keten.audit_log WHERE actie = 'toewijzing.bericht301.opgevraagd' AND details->>'toewijzingId' = $1`,
        [id4001],
      );
      expect((await http(t.url, 'GET', `/api/v1/toewijzingen/${id4001}/bericht`, { token: toegang })).status).toBe(200);
      const [{ na }] = await t.dataSource.query(
        `SELECT count(*)::int AS na FROM keten.audit_log WHERE actie = 'toewijzing.bericht301.opgevraagd' AND details->>'toewijzingId' = $1`,
        [id4001],
      );
      expect(na).toBe(voor + 1);
      const [{ metBsn }] = await t.dataSource.query(
        `SELECT count(*)::int AS "metBsn" FROM keten.audit_log WHERE details::text LIKE $1 OR details::text LIKE $2`,
        [`%${BSN2}%`, `%${BSN}%`],
      );
      expect(metBsn).toBe(0);

      const andereGemeente = await maakOrganisatie(t.url, 'gemeente');
      expect(
        (
          await http(t.url, 'GET', `/api/v1/toewijzingen/${id4001}/bericht`, {
            token: await t.token(Rol.Aanbieder, anderAanbieder.id),
          })
        ).status,
      ).toBe(404);
      expect(
        (
          await http(t.url, 'GET', `/api/v1/toewijzingen/${id4001}/bericht`, {
            token: await t.token(Rol.Toegang, andereGemeente.id),
          })
        ).status,
      ).toBe(404);
      expect(
        (
          await http(t.url, 'GET', `/api/v1/toewijzingen/${id4001}/bericht`, {
            token: await t.token(Rol.Controller, gemeente.id),
          })
        ).status,
      ).toBe(403);
    });

    it('should answer 409 when the toewijzing came through the JSON API without client data', async () => {
      const res = await http(t.url, 'POST', '/api/v1/toewijzingen', {
        token: toegang,
        json: {
          domein: 'jeugd',
          gemeenteCode: gemeente.cbsCode,
          aanbiederAgb: aanbieder.agbCode,
          bsn: willekeurigBsn(),
          producten: [
            {
              toewijzingNummer: 4101,
              productCategorie: '45',
              toewijzingsdatum: '2026-03-20',
              toewijzingstijd: '10:15:00',
              ingangsdatum: '2026-04-01',
              budget: 100000,
              einddatum: '2027-12-31',
            },
          ],
        },
      });
      expect(res.status).toBe(200);
      const lijst = await http(t.url, 'GET', `/api/v1/toewijzingen?agbCode=${aanbieder.agbCode}&limiet=100`, {
        token: aanbiederToken,
      });
      const id = lijst.body.find((x: { toewijzingNummer: number }) => x.toewijzingNummer === 4101).id;
      expect((await http(t.url, 'GET', `/api/v1/toewijzingen/${id}/bericht`, { token: aanbiederToken })).status).toBe(
        409,
      );
    });
  });

  describe('OP364: the beoordeling never reads regieberichten', () => {
    const BSN3 = willekeurigBsn();

    function toegewezen(toewijzingNummer: number): ToegewezenProduct {
      return { ...product(toewijzingNummer), product: { categorie: '02', code: '02A01' }, ingangsdatum: '2026-01-01' };
    }

    function prestatie(referentieNummer: string, toewijzingNummer: number, uren: number): Prestatie {
      return {
        productReferentie: { referentieNummer },
        toewijzingNummer,
        productCategorie: '02',
        productCode: '02A01',
        productPeriode: { begindatum: '2026-04-01', einddatum: '2026-04-30' },
        geleverdVolume: uren,
        eenheid: Eenheid.Uur,
        productTarief: TARIEF,
        ingediendBedrag: { bedrag: uren * TARIEF, debetCredit: DebetCredit.Debet },
      };
    }

    it('should approve a declaratie on a toewijzing without any start and one whose stop lies before the ProductPeriode', async () => {
      const contract = await http(t.url, 'POST', '/api/v1/raamovereenkomsten', {
        token: BOOTSTRAP_TOKEN,
        json: {
          nummer: `RO-${cijfers(8)}`,
          naam: 'Begeleiding',
          inkoperId: gemeente.id,
          aanbiederId: aanbieder.id,
          gemeenteIds: [gemeente.id],
          domein: Domein.Wmo,
          ingangsdatum: '2025-01-01',
          einddatum: '2027-12-31',
          maximaleWaardeCenten: 100_000_000,
          producten: [
            {
              productcategorie: '02',
              productcode: '02A01',
              uitvoeringsvariant: Uitvoeringsvariant.Inspanningsgericht,
              omschrijving: 'Begeleiding',
              tarieven: [{ eenheid: Eenheid.Uur, bedragCenten: TARIEF, ingangsdatum: '2026-01-01' }],
            },
          ],
        },
      });
      expect(contract.status).toBe(201);
      const b301 = voorbeeld301(Domein.Wmo) as Bericht301;
      b301.header = maakHeader({
        afzender: gemeente.cbsCode!,
        ontvanger: aanbieder.agbCode!,
        berichtIdentificatie: { identificatie: `T${cijfers(10)}`, dagtekening: '2026-11-20' },
      });
      b301.client.bsn = BSN3;
      b301.client.toegewezenProducten = [toegewezen(5001), toegewezen(5002)];
      expect((await stuur(b301, toegang)).body.status).toBe('verwerkt');
      const wmoStart: Bericht305 = {
        ...bericht305([start(5002, '2026-01-05')], BSN3),
        domein: Domein.Wmo,
        berichtsoort: 'WMO305',
      };
      const wmoStop: Bericht307 = {
        ...bericht307([stop(5002, '2026-01-05', '2026-02-28', '19')], BSN3),
        domein: Domein.Wmo,
        berichtsoort: 'WMO307',
      };
      expect(await codes(wmoStart)).toEqual([[]]);
      expect(await codes(wmoStop)).toEqual([[]]);

      const prestaties = [prestatie(`R${cijfers(8)}`, 5001, 4), prestatie(`R${cijfers(8)}`, 5002, 4)];
      const b323: Bericht323 = {
        domein: Domein.Wmo,
        berichtType: '323',
        berichtsoort: 'WMO323',
        header: header(aanbieder.agbCode!, gemeente.cbsCode!, '2026-05-06'),
        declaratie: {
          declaratieNummer: `D${cijfers(8)}`,
          declaratiePeriode: { begindatum: '2026-04-01', einddatum: '2026-04-30' },
          declaratieDagtekening: '2026-05-06',
          totaalIngediendBedrag: { totaalBedrag: 8 * TARIEF, debetCredit: DebetCredit.Debet },
          clienten: [{ bsn: BSN3, prestaties }],
        },
      };
      const ontvangst = await stuur(b323);
      expect(ontvangst.body.status).toBe('verwerkt');
      const declaratieId = ontvangst.body.resultaat.declaratieId;
      // Judged here rather than waiting for a worker (the job is idempotent: a worker that also runs it changes nothing).
      await t.app.get(BeoordeelDeclaratieService).beoordeel(declaratieId);
      const declaratie = (await http(t.url, 'GET', `/api/v1/declaraties/${declaratieId}`, { token: aanbiederToken }))
        .body as {
        status: string;
        totaalToegekend: number;
        prestaties: { status: string; retourcodes: string[] }[];
      };
      expect(declaratie.status).toBe('beoordeeld');
      expect(declaratie.prestaties.map((p) => [p.status, p.retourcodes])).toEqual([
        ['goedgekeurd', []],
        ['goedgekeurd', []],
      ]);
      expect(declaratie.totaalToegekend).toBe(8 * TARIEF);
    });
  });
});
