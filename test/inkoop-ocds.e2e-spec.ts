import { ocdsValideerder } from '../libs/domain/src/ocds/testing/ocds-schema.util.js';
import { http } from './support/http.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import {
  aanbestedingBody,
  domeinInschrijving,
  domeinInvoer,
  inschrijvingBody,
  maakPartijen,
  Procedure,
  type Partijen,
} from './inkoop-testhulp.js';

describe('Inkoop: OCDS 1.1.5 publication through the API (e2e)', () => {
  const valideer = ocdsValideerder();
  let t: TestApp;
  let p: Partijen;
  let pr: Procedure;

  const geldig = (pkg: unknown) => {
    const ok = valideer(pkg) as boolean;
    if (!ok) console.error(JSON.stringify(valideer.errors, null, 2));
    return ok;
  };

  beforeAll(async () => {
    t = await startTestApp();
    p = await maakPartijen(t, 3);
    pr = new Procedure(t, p);
    await pr.maak(aanbestedingBody(domeinInvoer(), p));
  });

  afterAll(() => t.close());

  it('should not publish a concept in the open view', async () => {
    const res = await pr.get('/ocds?weergave=openbaar');

    expect(res.status).toBe(409);
  });

  it('should return a valid release package with lots, awards, contracts and the framework technique after the award', async () => {
    await pr.moet('2026-03-01', { type: 'publiceer' });
    await pr.moetInschrijven(
      '2026-04-01',
      1,
      inschrijvingBody(domeinInschrijving('I1', 'A1', { tarieven: { '02A01': 7_000 } })),
    );
    await pr.moetInschrijven(
      '2026-04-02',
      2,
      inschrijvingBody(domeinInschrijving('I2', 'A2', { tarieven: { '02A01': 6_500 } }), { natuurlijkPersoon: true }),
    );
    await pr.moetInschrijven(
      '2026-04-03',
      3,
      inschrijvingBody(domeinInschrijving('I3', 'A3', { tarieven: { '02A01': 8_000 } })),
    );
    await pr.moet('2026-04-16', { type: 'sluit_inschrijving' });
    await pr.toets('2026-04-17', [1, 2, 3]);
    await pr.scoor('2026-04-20', { 1: 8, 2: 10, 3: 10 });
    await pr.moet('2026-04-21', { type: 'open_prijzen' });
    await pr.moet('2026-05-01', { type: 'voorlopige_gunning' });
    await pr.moet('2026-05-22', { type: 'definitieve_gunning' });

    const res = await pr.get('/ocds');

    expect(res.status).toBe(200);
    expect(geldig(res.body)).toBe(true);
    const release = res.body.releases[0];
    expect(release.ocid).toBe(`ocds-kt0001-${pr.id}`);
    expect(release.tag).toEqual(['tender', 'award', 'contract']);
    expect(release.tender).toMatchObject({
      procurementMethod: 'open',
      awardCriteria: 'ratedCriteria',
      numberOfTenderers: 3,
      lots: [{ id: 'P1', value: { amount: 1_000_000, currency: 'EUR' } }],
      techniques: { hasFrameworkAgreement: true, frameworkAgreement: { method: 'withoutReopeningCompetition' } },
    });
    expect(
      release.awards
        .map((a: { items: { unit: { value: { amount: number } } }[] }) => a.items[0].unit.value.amount)
        .sort(),
    ).toEqual([65, 80]);
    expect(release.contracts).toHaveLength(2);
  });

  it('should leave personal data out of the open view and still validate', async () => {
    const vol = await pr.get('/ocds');
    const open = await pr.get('/ocds?weergave=openbaar', p.aanbiederTokens[0]);
    const aanbiederVol = await pr.get('/ocds', p.aanbiederTokens[0]);

    expect(geldig(open.body)).toBe(true);
    expect(JSON.stringify(vol.body)).toContain('J. de Vries');
    expect(JSON.stringify(vol.body)).toContain(p.aanbieders[1].naam);
    expect(JSON.stringify(open.body)).not.toContain('J. de Vries');
    expect(JSON.stringify(open.body)).not.toContain(p.aanbieders[1].naam);
    expect(aanbiederVol.status).toBe(403);
  });

  describe('public OCDS without a token', () => {
    const openbaar = (pad = '') => http(t.url, 'GET', `/api/v1/openbaar/aanbestedingen/${pr.id}/ocds${pad}`);
    const inhoud = ({ id: _i, date: _d, tag: _t, ...rest }: Record<string, unknown>) => rest;

    it('should not reveal a procedure in concept', async () => {
      const concept = new Procedure(t, p);
      await concept.maak(aanbestedingBody(domeinInvoer(), p));

      const res = await http(t.url, 'GET', `/api/v1/openbaar/aanbestedingen/${concept.id}/ocds`);

      expect(res.status).toBe(404);
    });

    it('should publish one release per public change, dated on the change and tagged with what changed', async () => {
      const res = await openbaar();

      expect(res.status).toBe(200);
      expect(geldig(res.body)).toBe(true);
      const releases = res.body.releases as {
        id: string;
        date: string;
        tag: string[];
        awards?: { status: string; value: { amount: number } }[];
      }[];
      expect(releases[0]).toMatchObject({ id: `${pr.id}-2`, date: '2026-03-01T00:00:00+01:00', tag: ['tender'] });
      const voorlopig = releases.find((r) => r.date.startsWith('2026-05-01'))!;
      const definitief = releases.find((r) => r.date.startsWith('2026-05-22'))!;
      expect(voorlopig.tag).toContain('award');
      expect(voorlopig.awards!.map((a) => a.status)).toEqual(['pending', 'pending']);
      expect(definitief.tag).toEqual(expect.arrayContaining(['awardUpdate', 'contract']));
      expect(definitief.awards!.map((a) => a.value.amount)).toEqual([1_000_000, 1_000_000]);
      // Dates of the changes, in order, never the moment of the request; scores and toetsingen are no public change.
      expect(releases.map((r) => r.date.slice(0, 10))).toEqual([...releases.map((r) => r.date.slice(0, 10))].sort());
      expect(releases.every((r) => r.date < '2026-06-01')).toBe(true);
      expect(releases.some((r) => r.date.startsWith('2026-04-17') || r.date.startsWith('2026-04-20'))).toBe(false);
      expect(JSON.stringify(res.body)).not.toContain('J. de Vries');
      expect(JSON.stringify(res.body)).not.toContain(p.aanbieders[1].naam);
    });

    it('should name the buyers and identify each gemeente by its CBS code', async () => {
      const res = await openbaar();
      const parties = res.body.releases.at(-1).parties as {
        id: string;
        name: string;
        identifier?: { scheme: string; id: string };
        roles: string[];
      }[];

      expect(parties.filter((x) => x.roles.includes('buyer'))).toEqual([
        expect.objectContaining({
          id: `NL-CBS-${p.gemeente.cbsCode}`,
          name: p.gemeente.naam,
          identifier: expect.objectContaining({ scheme: 'NL-CBS', id: p.gemeente.cbsCode }),
          roles: ['buyer', 'procuringEntity'],
        }),
        expect.objectContaining({
          id: `NL-CBS-${p.gemeente2.cbsCode}`,
          name: p.gemeente2.naam,
          identifier: expect.objectContaining({ scheme: 'NL-CBS', id: p.gemeente2.cbsCode }),
          roles: ['buyer'],
        }),
      ]);
    });

    it('should list the public documents from their date on, and never the internal ones', async () => {
      const post = (json: Record<string, unknown>) =>
        http(t.url, 'POST', `/api/v1/aanbestedingen/${pr.id}/documenten`, { token: p.inkoper, json });
      await post({
        soort: 'nota_van_inlichtingen',
        titel: 'Nota van inlichtingen 1',
        datum: '2026-03-20',
        mediaType: 'text/plain',
        inhoud: Buffer.from('Vraag 1: ...').toString('base64'),
      });
      await post({
        soort: 'proces_verbaal',
        titel: 'Intern proces-verbaal',
        datum: '2026-04-16',
        mediaType: 'text/plain',
        inhoud: Buffer.from('Intern').toString('base64'),
      });

      const res = await openbaar();
      const releases = res.body.releases as {
        date: string;
        tender: { documents?: { title: string; documentType: string; datePublished: string }[] };
      }[];

      expect(geldig(res.body)).toBe(true);
      expect(releases[0].tender.documents).toBeUndefined();
      expect(releases.at(-1)!.tender.documents).toEqual([
        expect.objectContaining({
          title: 'Nota van inlichtingen 1',
          documentType: 'clarifications',
          datePublished: '2026-03-20T00:00:00+01:00',
          format: 'text/plain',
        }),
      ]);
      expect(JSON.stringify(res.body)).not.toContain('Intern proces-verbaal');
    });

    it('should publish a value change of a contract as an amendment release', async () => {
      const { body: a } = await pr.haal();
      const contractId = a.gegundeRaamovereenkomsten[0].raamovereenkomstId;
      const gewijzigd = await http(t.url, 'PATCH', `/api/v1/raamovereenkomsten/${contractId}`, {
        token: p.inkoper,
        json: { maximaleWaardeCenten: 110_000_000 },
      });

      const res = await openbaar();
      const laatste = res.body.releases.at(-1);

      expect(gewijzigd.status).toBe(200);
      expect(geldig(res.body)).toBe(true);
      expect(laatste.tag).toEqual(['contractAmendment']);
      const contract = laatste.contracts.find(
        (c: { awardID: string }) => c.awardID === a.gegundeRaamovereenkomsten[0].voorstelId,
      );
      expect(contract.value.amount).toBe(1_100_000);
      expect(contract.amendments).toEqual([
        expect.objectContaining({ description: expect.stringContaining('maximale waarde') }),
      ]);
    });

    it('should compile the release history into a record equal to the stored state', async () => {
      const record = await openbaar('/record');
      const releases = await openbaar();
      const huidig = await pr.get('/ocds?weergave=openbaar');

      expect(record.status).toBe(200);
      const [{ ocid, releases: inRecord, compiledRelease }] = record.body.records;
      expect(ocid).toBe(`ocds-kt0001-${pr.id}`);
      expect(inRecord).toEqual(releases.body.releases);
      expect(compiledRelease.tag).toEqual(['compiled']);
      expect(geldig({ ...releases.body, releases: [compiledRelease] })).toBe(true);
      expect(inhoud(compiledRelease)).toEqual(inhoud(huidig.body.releases[0]));
    });
  });
});
