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
  jeugdProduct,
  maakPartijen,
  perceel,
  Procedure,
  type Partijen,
} from './inkoop-testhulp.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
describe('Inkoop: aanbieders bid in a nadere opdracht under a DAS, published as a call-off (issue 16, items 8 and 11, e2e)', () => {
  const valideer = ocdsValideerder();
  let t: TestApp;
  let p: Partijen;
  let pr: Procedure;
  let opdracht: string;

  const geldig = (pkg: unknown) => {
    const ok = valideer(pkg) as boolean;
    if (!ok) console.error(JSON.stringify(valideer.errors, null, 2));
    return ok;
  };
  /** The moment (and with it the date) the procedure rules see. */
  const zetMoment = (iso: string) => {
    const klok = t.app.get(InkoopKlok);
    klok.nu = () => new Date(iso);
    klok.vandaag = () => iso.slice(0, 10);
  };
  const pad = () => `/api/v1/aanbestedingen/${pr.id}/nadere-opdrachten/${opdracht}`;
  const bied = (nr: number, tariefCenten: number, moment: string) => {
    zetMoment(moment);
    return http(t.url, 'POST', `${pad()}/biedingen`, { token: p.aanbiederTokens[nr - 1], json: { tariefCenten } });
  };
  const bekijk = (token: string) => http(t.url, 'GET', pad(), { token });
  const gun = (moment: string, beoordelingen?: { aanbiederId: string; kwaliteitMicropunten: number }[]) => {
    zetMoment(moment);
    return http(t.url, 'POST', `${pad()}/gunning`, { token: p.inkoper, json: beoordelingen ? { beoordelingen } : {} });
  };
  const openbaar = (deel = '') => http(t.url, 'GET', `/api/v1/openbaar/aanbestedingen/${pr.id}/ocds${deel}`);

  beforeAll(async () => {
    t = await startTestApp();
    p = await maakPartijen(t, 4);
    pr = new Procedure(t, p);
    const invoer = domeinInvoer({
      procedureType: ProcedureType.DynamischAankoopsysteem,
      domein: Domein.Jeugd,
      percelen: [
        perceel({
          producten: [
            jeugdProduct({ prijs: { soort: 'maximumtarief', maximumtariefCenten: 9_000, reelePrijsCenten: 6_000 } }),
          ],
          gunningscriteria: [
            { id: 'K1', naam: 'Plan', soort: 'kwaliteit', weging: 70, schaal: [0, 5, 10] },
            { id: 'PR', naam: 'Prijs', soort: 'prijs', weging: 30 },
          ],
          gunning: { methode: GunningMethode.Allen },
        }),
      ],
      inschrijfperiode: undefined,
      beoordelaars: [],
    });
    await pr.maak(aanbestedingBody(invoer, p));
    await pr.moet('2026-10-01', { type: 'publiceer' });
    for (const n of [1, 2, 3])
      await pr.moetInschrijven('2026-10-05', n, inschrijvingBody(domeinInschrijving('X', 'A1', { tarieven: {} })));
    await pr.toets('2026-10-06', [1, 2, 3]);
    for (const n of [1, 2, 3]) await pr.moet('2026-10-06', { type: 'laat_toe', inschrijvingId: pr.ins(n) });
  });

  afterAll(() => t.close());

  it('should let the inkoopadviseur open a nadere opdracht with a deadline and the perceel’s criteria, and nobody else', async () => {
    zetMoment('2027-02-01T08:00:00.000Z');
    const body = {
      perceelId: 'P1',
      productcode: '45A48',
      clientReferentie: 'ORD-2027-0007',
      sluitOm: '2027-02-03T12:00:00.000Z',
    };
    const doorAanbieder = await http(t.url, 'POST', `/api/v1/aanbestedingen/${pr.id}/nadere-opdrachten`, {
      token: p.aanbiederTokens[0],
      json: body,
    });
    const verleden = await http(t.url, 'POST', `/api/v1/aanbestedingen/${pr.id}/nadere-opdrachten`, {
      token: p.inkoper,
      json: { ...body, sluitOm: '2027-01-31T12:00:00.000Z' },
    });
    const res = await http(t.url, 'POST', `/api/v1/aanbestedingen/${pr.id}/nadere-opdrachten`, {
      token: p.inkoper,
      json: body,
    });

    expect(doorAanbieder.status).toBe(403);
    expect(verleden.status).toBe(400);
    expect(verleden.body.fouten).toEqual([{ veld: 'sluitOm', reden: 'ligt niet in de toekomst' }]);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ uitslagId: 'NO-0001', status: 'open', sluitOm: '2027-02-03T12:00:00.000Z' });
    expect(res.body.gunningscriteria).toEqual([
      { naam: 'Plan', soort: 'kwaliteit', weging: 70 },
      { naam: 'Prijs', soort: 'prijs', weging: 30 },
    ]);
    opdracht = res.body.id;
  });

  it('should keep bids sealed: each admitted aanbieder sees only its own bid, which it may replace until the deadline', async () => {
    await bied(1, 8_000, '2027-02-01T09:00:00.000Z');
    await bied(2, 6_000, '2027-02-01T10:00:00.000Z');
    const vervangen = await bied(1, 7_500, '2027-02-02T09:00:00.000Z');
    const eigen = await bekijk(p.aanbiederTokens[0]);
    zetMoment('2027-02-02T09:30:00.000Z');
    const inkoperVooraf = await bekijk(p.inkoper);

    expect(vervangen.status).toBe(201);
    expect(eigen.body).toMatchObject({ status: 'open', eigenBodCenten: 7_500 });
    expect(eigen.body.biedingen).toBeUndefined();
    expect(JSON.stringify(eigen.body)).not.toContain(pr.aanbiederId(2));
    expect(JSON.stringify(eigen.body)).not.toContain('6000');
    expect(inkoperVooraf.body.biedingen).toBeUndefined();
  });

  it('should refuse a bid above the maximumtarief or under the reële prijs, and hide the order from an aanbieder outside the DAS', async () => {
    const boven = await bied(3, 9_001, '2027-02-02T10:00:00.000Z');
    const onder = await bied(3, 5_999, '2027-02-02T10:00:00.000Z');
    const buiten = await bied(4, 7_000, '2027-02-02T10:00:00.000Z');
    const bekijkBuiten = await bekijk(p.aanbiederTokens[3]);

    expect(boven.body.weigering.code).toBe('BOD_BOVEN_MAXIMUM');
    expect(onder.body.weigering.code).toBe('BOD_ONDER_REELE_PRIJS');
    expect(buiten.status).toBe(404);
    expect(bekijkBuiten.status).toBe(404);
  });

  it('should award only after the deadline, refuse late bids, ask a quality score per bidder, and award on BPKV', async () => {
    const teVroeg = await gun('2027-02-03T11:59:59.000Z');
    const teLaat = await bied(3, 6_100, '2027-02-03T12:00:00.000Z');
    const zonderScore = await gun('2027-02-03T13:00:00.000Z', [
      { aanbiederId: pr.aanbiederId(1), kwaliteitMicropunten: 70_000_000 },
    ]);
    const teHoog = await gun('2027-02-03T13:00:00.000Z', [
      { aanbiederId: pr.aanbiederId(1), kwaliteitMicropunten: 70_000_001 },
      { aanbiederId: pr.aanbiederId(2), kwaliteitMicropunten: 35_000_000 },
    ]);
    // A1: 70 + 30 × 6,000 / 7,500 = 94 points; A2: 35 + 30 = 65: the dearer bid wins on quality.
    const gegund = await gun('2027-02-03T13:00:00.000Z', [
      { aanbiederId: pr.aanbiederId(1), kwaliteitMicropunten: 70_000_000 },
      { aanbiederId: pr.aanbiederId(2), kwaliteitMicropunten: 35_000_000 },
    ]);
    const winnaar = await bekijk(p.aanbiederTokens[0]);
    const verliezer = await bekijk(p.aanbiederTokens[1]);
    const nogmaals = await gun('2027-02-03T14:00:00.000Z', []);
    const aanbesteding = await pr.haal();

    expect(teVroeg.body.weigering.code).toBe('TERMIJN_LOOPT_NOG');
    expect(teLaat.body.weigering.code).toBe('BUITEN_INSCHRIJFTERMIJN');
    expect(zonderScore.status).toBe(400);
    expect(zonderScore.body.fouten).toEqual([
      { veld: 'beoordelingen', reden: `geen kwaliteitsscore voor bieder ${pr.aanbiederId(2)}` },
    ]);
    expect(teHoog.body.fouten).toEqual([expect.objectContaining({ veld: 'beoordelingen[0].kwaliteitMicropunten' })]);
    expect(gegund.status).toBe(200);
    expect(gegund.body).toMatchObject({ status: 'gegund', winnaar: pr.aanbiederId(1), tariefCenten: 7_500 });
    expect(gegund.body.biedingen.map((b: any) => [b.aanbiederId, b.tariefCenten])).toEqual([
      [pr.aanbiederId(2), 6_000],
      [pr.aanbiederId(1), 7_500],
    ]);
    expect(winnaar.body).toMatchObject({ winnaar: pr.aanbiederId(1), tariefCenten: 7_500, eigenBodCenten: 7_500 });
    expect(verliezer.body).toMatchObject({ winnaar: null, tariefCenten: null, eigenBodCenten: 6_000 });
    expect(nogmaals.body.weigering.code).toBe('ACTIE_NIET_TOEGESTAAN');
    expect(aanbesteding.body.miniCompetities).toEqual([
      expect.objectContaining({
        id: 'NO-0001',
        soort: 'nadere_opdracht',
        winnaar: pr.aanbiederId(1),
        tariefCenten: 7_500,
      }),
    ]);
  });

  it('should publish the call-off as its own OCDS process related to the framework both ways, valid and without the client reference', async () => {
    const res = await openbaar();
    const ocid = `ocds-kt0001-${pr.id}`;
    const kader = res.body.releases.filter((r: any) => r.ocid === ocid).at(-1);
    const afroep = res.body.releases.find((r: any) => r.ocid === `${ocid}-NO-0001`);

    expect(res.status).toBe(200);
    expect(geldig(res.body)).toBe(true);
    expect(kader.relatedProcesses).toEqual([
      expect.objectContaining({ id: 'NO-0001', scheme: 'ocid', identifier: `${ocid}-NO-0001` }),
    ]);
    expect(afroep.relatedProcesses).toEqual([
      expect.objectContaining({ relationship: ['framework'], scheme: 'ocid', identifier: ocid }),
    ]);
    expect(afroep.tag).toEqual(['tender', 'award']);
    expect(afroep.tender).toMatchObject({
      status: 'complete',
      procurementMethod: 'selective',
      awardCriteria: 'ratedCriteria',
    });
    expect(afroep.awards).toEqual([
      expect.objectContaining({
        status: 'active',
        suppliers: [expect.objectContaining({ name: p.aanbieders[0].naam })],
        items: [expect.objectContaining({ unit: expect.objectContaining({ value: { amount: 75, currency: 'EUR' } }) })],
      }),
    ]);
    expect(JSON.stringify(res.body)).not.toContain('ORD-2027-0007');
  });

  it('should give the framework and the call-off each a record equal to its compiled releases', async () => {
    const record = await openbaar('/record');
    const releases = await openbaar();
    const ocid = `ocds-kt0001-${pr.id}`;

    expect(record.status).toBe(200);
    expect(record.body.records.map((r: any) => r.ocid)).toEqual([ocid, `${ocid}-NO-0001`]);
    for (const r of record.body.records) {
      expect(r.releases).toEqual(releases.body.releases.filter((x: any) => x.ocid === r.ocid));
      expect(r.compiledRelease.tag).toEqual(['compiled']);
      expect(geldig({ ...releases.body, releases: [r.compiledRelease] })).toBe(true);
    }
    const afroep = record.body.records[1];
    const { id: _i, date: _d, tag: _t, ...inhoud } = afroep.compiledRelease;
    const { id: _i2, date: _d2, tag: _t2, ...enige } = afroep.releases[0];
    expect(inhoud).toEqual(enige);
    expect(record.body.records[0].compiledRelease.relatedProcesses).toEqual([
      expect.objectContaining({ identifier: `${ocid}-NO-0001` }),
    ]);
  });
});

describe('Inkoop: a nadere opdracht among the parties of a raamovereenkomst with vernieuwde mededinging (issue 16, item 8, e2e)', () => {
  let t: TestApp;
  let p: Partijen;
  let pr: Procedure;

  const zetMoment = (iso: string) => {
    const klok = t.app.get(InkoopKlok);
    klok.nu = () => new Date(iso);
    klok.vandaag = () => iso.slice(0, 10);
  };

  beforeAll(async () => {
    t = await startTestApp();
    p = await maakPartijen(t, 3);
    pr = new Procedure(t, p);
    // SAS met EMVI, the best two of three get the raamovereenkomst; orders are competed among those two.
    await pr.maak(aanbestedingBody(domeinInvoer(), p, { vernieuwdeMededinging: true }));
    await pr.moet('2026-03-01', { type: 'publiceer' });
    await pr.moetInschrijven(
      '2026-04-01',
      1,
      inschrijvingBody(domeinInschrijving('I1', 'A1', { tarieven: { '02A01': 7_000 } })),
    );
    await pr.moetInschrijven(
      '2026-04-02',
      2,
      inschrijvingBody(domeinInschrijving('I2', 'A2', { tarieven: { '02A01': 6_500 } })),
    );
    await pr.moetInschrijven(
      '2026-04-03',
      3,
      inschrijvingBody(domeinInschrijving('I3', 'A3', { tarieven: { '02A01': 8_000 } })),
    );
    await pr.moet('2026-04-16', { type: 'sluit_inschrijving' });
    await pr.toets('2026-04-17', [1, 2, 3]);
    await pr.scoor('2026-04-20', { 1: 10, 2: 10, 3: 2 });
    await pr.moet('2026-04-21', { type: 'open_prijzen' });
    await pr.moet('2026-05-01', { type: 'voorlopige_gunning' });
    await pr.moet('2026-05-22', { type: 'definitieve_gunning' });
  });

  afterAll(() => t.close());

  it('should refuse vernieuwde mededinging where the procedure has no award criteria to compete on', async () => {
    const toelating = new Procedure(t, p);
    const openHouse = domeinInvoer({
      procedureType: ProcedureType.Toelatingsprocedure,
      domein: Domein.Jeugd,
      percelen: [
        perceel({
          producten: [jeugdProduct({ prijs: { soort: 'vast', tariefCenten: 7_000 } })],
          gunningscriteria: [],
          gunning: { methode: GunningMethode.Allen },
        }),
      ],
      inschrijfperiode: undefined,
      toetredingsvensters: [{ begindatum: '2026-04-01', einddatum: '2026-04-30' }],
      beoordelaars: [],
    });
    const res = await toelating.maak(aanbestedingBody(openHouse, p, { vernieuwdeMededinging: true }));
    const publicatie = await toelating.actie('2026-03-01', { type: 'publiceer' });

    expect(res.status).toBe(201);
    expect(publicatie.body.weigering).toMatchObject({
      code: 'CONFIGURATIE_ONGELDIG',
      reden: expect.stringContaining('vernieuwde mededinging'),
    });
  });

  it('should let the framework’s parties bid, keep others out, and award the call-off on BPKV', async () => {
    const partijen = (await pr.haal()).body.gegundeRaamovereenkomsten.map((r: any) => r.aanbiederId);
    zetMoment('2027-02-01T08:00:00.000Z');
    const geopend = await http(t.url, 'POST', `/api/v1/aanbestedingen/${pr.id}/nadere-opdrachten`, {
      token: p.inkoper,
      json: {
        perceelId: 'P1',
        productcode: '02A01',
        clientReferentie: 'ORD-2027-0100',
        sluitOm: '2027-02-02T12:00:00.000Z',
      },
    });
    const pad = `/api/v1/aanbestedingen/${pr.id}/nadere-opdrachten/${geopend.body.id}`;
    zetMoment('2027-02-01T09:00:00.000Z');
    const a1 = await http(t.url, 'POST', `${pad}/biedingen`, {
      token: p.aanbiederTokens[0],
      json: { tariefCenten: 7_000 },
    });
    const a2 = await http(t.url, 'POST', `${pad}/biedingen`, {
      token: p.aanbiederTokens[1],
      json: { tariefCenten: 6_500 },
    });
    const geenPartij = await http(t.url, 'POST', `${pad}/biedingen`, {
      token: p.aanbiederTokens[2],
      json: { tariefCenten: 6_000 },
    });
    zetMoment('2027-02-02T12:30:00.000Z');
    // A1: 60 + 40 × 6,500 / 7,000 ≈ 97.1 points; A2: 30 + 40 = 70.
    const gegund = await http(t.url, 'POST', `${pad}/gunning`, {
      token: p.inkoper,
      json: {
        beoordelingen: [
          { aanbiederId: pr.aanbiederId(1), kwaliteitMicropunten: 60_000_000 },
          { aanbiederId: pr.aanbiederId(2), kwaliteitMicropunten: 30_000_000 },
        ],
      },
    });
    const ocds = await http(t.url, 'GET', `/api/v1/openbaar/aanbestedingen/${pr.id}/ocds`);

    expect(partijen.sort()).toEqual([pr.aanbiederId(1), pr.aanbiederId(2)].sort());
    expect(geopend.status).toBe(201);
    expect([a1.status, a2.status]).toEqual([201, 201]);
    expect(geenPartij.status).toBe(404);
    expect(gegund.body).toMatchObject({ status: 'gegund', winnaar: pr.aanbiederId(1), tariefCenten: 7_000 });
    expect(ocds.body.releases[0].tender.techniques.frameworkAgreement.method).toBe('withReopeningCompetition');
    expect(ocds.body.releases.find((r: any) => r.ocid.endsWith('-NO-0001')).relatedProcesses[0]).toMatchObject({
      relationship: ['framework'],
    });
  });
});
