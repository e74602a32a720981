import { ocdsValideerder } from '../libs/domain/src/ocds/testing/ocds-schema.util.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { aanbestedingBody, domeinInschrijving, domeinInvoer, inschrijvingBody, maakPartijen, Procedure, type Partijen } from './inkoop-testhulp.js';

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
    await pr.moetInschrijven('2026-04-01', 1, inschrijvingBody(domeinInschrijving('I1', 'A1', { tarieven: { '02A01': 7_000 } })));
    await pr.moetInschrijven('2026-04-02', 2, inschrijvingBody(domeinInschrijving('I2', 'A2', { tarieven: { '02A01': 6_500 } }), { natuurlijkPersoon: true }));
    await pr.moetInschrijven('2026-04-03', 3, inschrijvingBody(domeinInschrijving('I3', 'A3', { tarieven: { '02A01': 8_000 } })));
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
    expect(release.awards.map((a: { items: { unit: { value: { amount: number } } }[] }) => a.items[0].unit.value.amount).sort()).toEqual([65, 80]);
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
});
