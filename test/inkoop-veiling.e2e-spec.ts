import { Domein, GunningMethode, ProcedureType } from '#keten/domain';
import { InkoopKlok } from '#keten/inkoop';
import { http } from './support/http.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import {
  aanbestedingBody,
  domeinInschrijving,
  domeinInvoer,
  inschrijvingBody,
  jeugdProduct,
  maakPartijen,
  perceel,
  Procedure,
  type Partijen,
} from './inkoop-testhulp.js';

describe('Inkoop: an aanbieder bids in a timed besloten veiling round (issue 16, e2e)', () => {
  let t: TestApp;
  let p: Partijen;
  let pr: Procedure;
  let ronde: string;

  /** The moment (and with it the date) the procedure rules see. */
  const zetMoment = (iso: string) => {
    const klok = t.app.get(InkoopKlok);
    klok.nu = () => new Date(iso);
    klok.vandaag = () => iso.slice(0, 10);
  };
  const bied = (nr: number, tariefCenten: number, moment: string) => {
    zetMoment(moment);
    return http(t.url, 'POST', `/api/v1/aanbestedingen/${pr.id}/veilingrondes/${ronde}/biedingen`, {
      token: p.aanbiederTokens[nr - 1],
      json: { tariefCenten },
    });
  };
  const bekijk = (token: string) =>
    http(t.url, 'GET', `/api/v1/aanbestedingen/${pr.id}/veilingrondes/${ronde}`, { token });
  const sluit = (moment: string) => {
    zetMoment(moment);
    return http(t.url, 'POST', `/api/v1/aanbestedingen/${pr.id}/veilingrondes/${ronde}/sluiting`, { token: p.inkoper });
  };

  beforeAll(async () => {
    t = await startTestApp();
    p = await maakPartijen(t, 4);
    pr = new Procedure(t, p);
    const invoer = domeinInvoer({
      procedureType: ProcedureType.BeslotenVeiling,
      domein: Domein.Jeugd,
      percelen: [
        perceel({
          producten: [
            jeugdProduct({ prijs: { soort: 'maximumtarief', maximumtariefCenten: 8_000, reelePrijsCenten: 6_000 } }),
          ],
          gunningscriteria: [],
          gunning: { methode: GunningMethode.Allen },
        }),
      ],
      beoordelaars: [],
    });
    await pr.maak(aanbestedingBody(invoer, p));
    await pr.moet('2026-03-01', { type: 'publiceer' });
    for (const n of [1, 2, 3, 4])
      await pr.moetInschrijven('2026-04-01', n, inschrijvingBody(domeinInschrijving('X', 'A1', { tarieven: {} })));
    await pr.moet('2026-04-16', { type: 'sluit_inschrijving' });
    await pr.toets('2026-04-17', [1, 2, 3]);
    await pr.toets('2026-04-17', [4], { E1: false, U1: true });
    await pr.moet('2026-05-01', { type: 'voorlopige_gunning' });
    await pr.moet('2026-05-22', { type: 'definitieve_gunning' });
  });

  afterAll(() => t.close());

  it('should open a timed round for one client under the framework', async () => {
    zetMoment('2027-02-01T08:00:00.000Z');
    const res = await http(t.url, 'POST', `/api/v1/aanbestedingen/${pr.id}/veilingrondes`, {
      token: p.inkoper,
      json: {
        perceelId: 'P1',
        productcode: '45A48',
        clientReferentie: 'TW-2027-0042',
        sluitOm: '2027-02-01T11:00:00.000Z',
      },
    });

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ uitslagId: 'VR-0001', status: 'open', aantalBiedingen: 0 });
    ronde = res.body.id;
  });

  it('should show each bidder its own bid and rank, never who else bids', async () => {
    const eerste = await bied(1, 7_200, '2027-02-01T08:10:00.000Z');
    await bied(2, 6_900, '2027-02-01T08:20:00.000Z');
    const na = await bekijk(p.aanbiederTokens[0]);

    expect(eerste.status).toBe(201);
    expect(eerste.body).toMatchObject({ eigenBodCenten: 7_200, rang: 1, aantalBiedingen: 1 });
    expect(na.body).toMatchObject({ eigenBodCenten: 7_200, rang: 2, aantalBiedingen: 2, status: 'open' });
    expect(na.body.biedingen).toBeUndefined();
    expect(JSON.stringify(na.body)).not.toContain(pr.aanbiederId(2));
    expect(JSON.stringify(na.body)).not.toContain('6900');
  });

  it('should refuse a higher bid than one’s own, a bid above the maximumtarief or under the reële prijs, and a bidder not admitted', async () => {
    const hoger = await bied(1, 7_300, '2027-02-01T08:25:00.000Z');
    const boven = await bied(3, 8_001, '2027-02-01T08:25:00.000Z');
    const onder = await bied(3, 5_999, '2027-02-01T08:25:00.000Z');
    const buiten = await bied(4, 6_500, '2027-02-01T08:25:00.000Z');

    expect(hoger.body.weigering.code).toBe('ACTIE_NIET_TOEGESTAAN');
    expect(boven.body.weigering.code).toBe('BOD_BOVEN_MAXIMUM');
    expect(onder.body.weigering.code).toBe('BOD_ONDER_REELE_PRIJS');
    expect(buiten.status).toBe(404);
  });

  it('should close only after sluitOm, refuse late bids, and award the client to the lowest bid', async () => {
    const onderbod = await bied(1, 6_800, '2027-02-01T08:30:00.000Z');
    const teVroeg = await sluit('2027-02-01T10:59:59.000Z');
    const teLaat = await bied(3, 6_100, '2027-02-01T11:00:00.000Z');
    const gesloten = await sluit('2027-02-01T11:00:30.000Z');
    const winnaar = await bekijk(p.aanbiederTokens[0]);
    const verliezer = await bekijk(p.aanbiederTokens[1]);
    const aanbesteding = await pr.haal();

    expect(onderbod.body.rang).toBe(1);
    expect(teVroeg.body.weigering.code).toBe('TERMIJN_LOOPT_NOG');
    expect(teLaat.body.weigering.code).toBe('BUITEN_INSCHRIJFTERMIJN');
    expect(gesloten.status).toBe(200);
    expect(gesloten.body).toMatchObject({ status: 'gesloten', winnaar: pr.aanbiederId(1), tariefCenten: 6_800 });
    expect(
      gesloten.body.biedingen.map((b: { aanbiederId: string; tariefCenten: number }) => [
        b.aanbiederId,
        b.tariefCenten,
      ]),
    ).toEqual([
      [pr.aanbiederId(1), 6_800],
      [pr.aanbiederId(2), 6_900],
    ]);
    expect(winnaar.body).toMatchObject({ winnaar: pr.aanbiederId(1), tariefCenten: 6_800 });
    expect(verliezer.body).toMatchObject({ rang: 2, winnaar: null, tariefCenten: null });
    expect(aanbesteding.body.miniCompetities).toEqual([
      expect.objectContaining({
        id: 'VR-0001',
        clientReferentie: 'TW-2027-0042',
        winnaar: pr.aanbiederId(1),
        tariefCenten: 6_800,
      }),
    ]);
  });
});
