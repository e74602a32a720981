import { Domein, GunningMethode, ProcedureType } from '#keten/domain';
import { InkoopKlok } from '#keten/inkoop';
import { ocdsValideerder } from '../libs/domain/src/ocds/testing/ocds-schema.util.js';
import { http } from './support/http.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import {
  aanbestedingBody,
  domeinInschrijving,
  domeinInvoer,
  inschrijvingBody,
  maakPartijen,
  perceel,
  Procedure,
  product,
  type Partijen,
} from './inkoop-testhulp.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
describe('Inkoop: a Wmo besloten veiling ranked on price and quality (issue 16, item 8, e2e)', () => {
  const valideer = ocdsValideerder();
  let t: TestApp;
  let p: Partijen;
  let ronde: string;
  let pr: Procedure;

  const zetMoment = (iso: string) => {
    const klok = t.app.get(InkoopKlok);
    klok.nu = () => new Date(iso);
    klok.vandaag = () => iso.slice(0, 10);
  };
  /** A Wmo besloten veiling; by default with the factory's criteria (plan van aanpak 60, prijs 40) and a reële prijs. */
  const wmoVeiling = (opties: { criteria?: boolean; reelePrijs?: boolean } = {}) =>
    domeinInvoer({
      procedureType: ProcedureType.BeslotenVeiling,
      domein: Domein.Wmo,
      percelen: [
        perceel({
          producten: [
            product({
              prijs: {
                soort: 'maximumtarief',
                maximumtariefCenten: 8_000,
                ...(opties.reelePrijs === false ? {} : { reelePrijsCenten: 6_000 }),
              },
            }),
          ],
          ...(opties.criteria === false ? { gunningscriteria: [] } : {}),
          gunning: { methode: GunningMethode.Allen },
        }),
      ],
      beoordelaars: [],
    });
  const nieuw = async (invoer: ReturnType<typeof wmoVeiling>) => {
    const procedure = new Procedure(t, p);
    const res = await procedure.maak(aanbestedingBody(invoer, p));
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    return procedure;
  };
  const rondePad = () => `/api/v1/aanbestedingen/${pr.id}/veilingrondes/${ronde}`;

  beforeAll(async () => {
    t = await startTestApp();
    p = await maakPartijen(t, 3);
  });

  afterAll(() => t.close());

  it('should still refuse a Wmo besloten veiling that awards each client on price alone (Wmo 2015 art. 2.6.5)', async () => {
    const opPrijs = await nieuw(wmoVeiling({ criteria: false }));

    const res = await opPrijs.actie('2026-03-01', { type: 'publiceer' });

    expect(res.status).toBe(409);
    expect(res.body.weigering.code).toBe('WMO_NIET_ALLEEN_PRIJS');
  });

  it('should still refuse a Wmo besloten veiling without a reële prijs under the bids (Wmo 2015 art. 2.6.6)', async () => {
    const zonderVloer = await nieuw(wmoVeiling({ reelePrijs: false }));

    const res = await zonderVloer.actie('2026-03-01', { type: 'publiceer' });

    expect(res.body.weigering.code).toBe('CONFIGURATIE_ONGELDIG');
    expect(res.body.weigering.reden).toContain('reële prijs');
  });

  it('should configure and award a Wmo besloten veiling whose rounds are ranked on BPKV above a reële prijs', async () => {
    pr = await nieuw(wmoVeiling());
    await pr.moet('2026-03-01', { type: 'publiceer' });
    for (const n of [1, 2, 3])
      await pr.moetInschrijven('2026-04-01', n, inschrijvingBody(domeinInschrijving('X', 'A1', { tarieven: {} })));
    await pr.moet('2026-04-16', { type: 'sluit_inschrijving' });
    await pr.toets('2026-04-17', [1, 2, 3]);
    await pr.moet('2026-05-01', { type: 'voorlopige_gunning' });
    const definitief = await pr.moet('2026-05-22', { type: 'definitieve_gunning' });

    expect(definitief.aanbesteding.gegundeRaamovereenkomsten).toHaveLength(3);
  });

  it('should run a round in which aanbieders bid, showing no price rank while quality still has to be scored', async () => {
    zetMoment('2027-02-01T08:00:00.000Z');
    const geopend = await http(t.url, 'POST', `/api/v1/aanbestedingen/${pr.id}/veilingrondes`, {
      token: p.inkoper,
      json: {
        perceelId: 'P1',
        productcode: '02A01',
        clientReferentie: 'TW-2027-0101',
        sluitOm: '2027-02-01T11:00:00.000Z',
      },
    });
    ronde = geopend.body.id;
    zetMoment('2027-02-01T08:10:00.000Z');
    await http(t.url, 'POST', `${rondePad()}/biedingen`, {
      token: p.aanbiederTokens[0],
      json: { tariefCenten: 7_000 },
    });
    zetMoment('2027-02-01T08:20:00.000Z');
    const tweede = await http(t.url, 'POST', `${rondePad()}/biedingen`, {
      token: p.aanbiederTokens[1],
      json: { tariefCenten: 6_500 },
    });
    const onderVloer = await http(t.url, 'POST', `${rondePad()}/biedingen`, {
      token: p.aanbiederTokens[2],
      json: { tariefCenten: 5_999 },
    });

    expect(geopend.status).toBe(201);
    expect(tweede.status).toBe(201);
    expect(tweede.body).toMatchObject({ eigenBodCenten: 6_500, rang: null });
    expect(onderVloer.body.weigering.code).toBe('BOD_ONDER_REELE_PRIJS');
  });

  it('should close the round on BPKV with a quality score per bidder, so the lowest bid does not win by itself', async () => {
    zetMoment('2027-02-01T11:00:30.000Z');
    const zonderScores = await http(t.url, 'POST', `${rondePad()}/sluiting`, { token: p.inkoper, json: {} });
    // A1: 60 + 40 × 6,500 / 7,000 ≈ 97.1 points; A2: 30 + 40 = 70.
    const gesloten = await http(t.url, 'POST', `${rondePad()}/sluiting`, {
      token: p.inkoper,
      json: {
        beoordelingen: [
          { aanbiederId: pr.aanbiederId(1), kwaliteitMicropunten: 60_000_000 },
          { aanbiederId: pr.aanbiederId(2), kwaliteitMicropunten: 30_000_000 },
        ],
      },
    });
    const ocds = await http(t.url, 'GET', `/api/v1/openbaar/aanbestedingen/${pr.id}/ocds`);
    const afroep = ocds.body.releases.find((r: any) => r.ocid.endsWith('-VR-0001'));

    expect(zonderScores.status).toBe(400);
    expect(zonderScores.body.fouten.map((f: any) => f.veld)).toEqual(['beoordelingen', 'beoordelingen']);
    expect(gesloten.status).toBe(200);
    expect(gesloten.body).toMatchObject({ status: 'gesloten', winnaar: pr.aanbiederId(1), tariefCenten: 7_000 });
    expect(valideer(ocds.body)).toBe(true);
    expect(ocds.body.releases.at(0).tender.awardCriteria).toBe('ratedCriteria');
    expect(afroep.relatedProcesses).toEqual([
      expect.objectContaining({ relationship: ['framework'], identifier: `ocds-kt0001-${pr.id}` }),
    ]);
    expect(afroep.tender.techniques).toMatchObject({ hasElectronicAuction: true });
  });
});
