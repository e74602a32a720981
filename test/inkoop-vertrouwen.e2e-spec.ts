// Regressions of issue 16 ("wrong today") on the inkoop side: each failed on the code before the fix.
import { GunningMethode, kwartaalvensters, ProcedureType, Publicatie } from '#keten/domain';
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

const ZONDER_PRIJS = inschrijvingBody(domeinInschrijving('X', 'A1', { tarieven: {} }));
const INDEXATIE = [
  { naam: 'OVA', gewicht: '90' },
  { naam: 'PCC', gewicht: '10' },
];

describe('Inkoop: terms carried into contracts, blind scoring, legal periods (issue 16, e2e)', () => {
  let t: TestApp;
  let p: Partijen;

  beforeAll(async () => {
    t = await startTestApp();
    p = await maakPartijen(t, 4);
  });

  afterAll(() => t.close());

  const nieuw = async (body: Record<string, unknown>, partijen = p) => {
    const pr = new Procedure(t, partijen);
    const res = await pr.maak(body);
    if (res.status !== 201) throw new Error(`aanmaken: ${res.status} ${JSON.stringify(res.body)}`);
    return pr;
  };
  const contract = (id: string, token = p.inkoper) => http(t.url, 'GET', `/api/v1/raamovereenkomsten/${id}`, { token });

  /** Publication to the definitive award with three bids; A2 and A3 win (as in inkoop-sas-met-emvi). */
  const gun = async (pr: Procedure) => {
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
    await pr.scoor('2026-04-20', { 1: 8, 2: 10, 3: 10 });
    await pr.moet('2026-04-21', { type: 'open_prijzen' });
    await pr.moet('2026-05-01', { type: 'voorlopige_gunning' });
    return pr.moet('2026-05-22', { type: 'definitieve_gunning' });
  };

  describe('terms carried into the raamovereenkomst', () => {
    it('should carry the extension options (2 + 1 + 1), the long-term motivation and the indexation method into each contract', async () => {
      const eigen = await maakPartijen(t, 3);
      const invoer = domeinInvoer({
        looptijd: { begindatum: '2027-01-01', einddatum: '2028-12-31', verlengingsopties: [12, 12] },
        motiveringLangeLooptijd: 'Continuïteit van zorg',
      });
      const pr = await nieuw(aanbestedingBody(invoer, eigen, { indexatiemethode: INDEXATIE }), eigen);
      const definitief = await gun(pr);
      const id = definitief.raamovereenkomsten[0].raamovereenkomstId;

      const ro = await contract(id, eigen.inkoper);
      const gelicht = await http(t.url, 'POST', `/api/v1/raamovereenkomsten/${id}/verlengingen`, {
        token: eigen.inkoper,
        json: {},
      });
      const verlengd = await http(t.url, 'PATCH', `/api/v1/raamovereenkomsten/${id}`, {
        token: eigen.inkoper,
        json: { einddatum: '2030-06-30' },
      });

      expect(ro.body).toMatchObject({
        einddatum: '2028-12-31',
        maximaleEinddatum: '2030-12-31',
        verlengingsopties: [
          { volgnummer: 1, duurMaanden: 12, status: 'open' },
          { volgnummer: 2, duurMaanden: 12, status: 'open' },
        ],
        motiveringLangeLooptijd: 'Continuïteit van zorg',
        indexatiemethode: INDEXATIE,
        tussentijdseToetreding: false,
      });
      expect(gelicht.status).toBe(201);
      expect(gelicht.body.einddatum).toBe('2029-12-31');
      // Within the options agreed at award: no wezenlijke wijziging to confirm.
      expect(verlengd.status).toBe(200);
      expect(verlengd.body.einddatum).toBe('2030-06-30');
    });

    describe('open house', () => {
      const toelating = (extra: Parameters<typeof domeinInvoer>[0] = {}) =>
        domeinInvoer({
          procedureType: ProcedureType.Toelatingsprocedure,
          publicatie: Publicatie.Nationaal,
          percelen: [
            perceel({
              producten: [product({ prijs: { soort: 'vast', tariefCenten: 6_850 } })],
              gunningscriteria: [],
              gunning: { methode: GunningMethode.Allen },
              geraamdeWaardeCenten: 500_000_000,
            }),
          ],
          inschrijfperiode: undefined,
          toetredingsvensters: kwartaalvensters(
            { begindatum: '2027-01-01', einddatum: '2028-12-31', verlengingsopties: [] },
            14,
          ),
          beoordelaars: [],
          ...extra,
        });

      it('should give admitted providers contracts open to interim accession, with the tender’s indexation method', async () => {
        const eigen = await maakPartijen(t, 2);
        const pr = await nieuw(aanbestedingBody(toelating(), eigen, { indexatiemethode: INDEXATIE }), eigen);
        await pr.moet('2026-11-01', { type: 'publiceer' });
        await pr.moetInschrijven('2027-01-05', 1, ZONDER_PRIJS);
        await pr.toets('2027-01-10', [1]);

        const voorLooptijd = await pr.actie('2027-01-12', {
          type: 'laat_toe',
          inschrijvingId: pr.ins(1),
          ingangsdatum: '2026-12-01',
        });
        const toegelaten = await pr.moet('2027-01-12', { type: 'laat_toe', inschrijvingId: pr.ins(1) });
        const id = toegelaten.raamovereenkomsten[0].raamovereenkomstId;
        const ro = await contract(id, eigen.inkoper);
        const toetreding = await http(t.url, 'POST', `/api/v1/raamovereenkomsten/${id}/toetredingen`, {
          token: eigen.inkoper,
          json: { aanbiederId: eigen.aanbieders[1].id, nummer: `TT-${Date.now()}`, ingangsdatum: '2027-06-01' },
        });

        expect(voorLooptijd.status).toBe(409);
        expect(voorLooptijd.body.weigering).toEqual({
          code: 'BUITEN_TOETREDINGSVENSTER',
          reden: expect.stringContaining('2026-12-01'),
        });
        expect(ro.body).toMatchObject({
          tussentijdseToetreding: true,
          indexatiemethode: INDEXATIE,
          verlengingsopties: [{ duurMaanden: 12 }, { duurMaanden: 12 }],
        });
        expect(toetreding.status).toBe(201);
        expect(toetreding.body).toMatchObject({
          aanbieder: { id: eigen.aanbieders[1].id },
          ingangsdatum: '2027-06-01',
          toegetredenTotId: id,
        });
      });

      it('should refuse an inschrijfperiode on an open house rather than ignore it', async () => {
        const pr = await nieuw(
          aanbestedingBody(toelating({ inschrijfperiode: { begindatum: '2026-11-01', einddatum: '2026-11-30' } }), p),
        );

        const res = await pr.actie('2026-11-01', { type: 'publiceer' });

        expect(res.body.weigering).toEqual({
          code: 'CONFIGURATIE_ONGELDIG',
          reden: expect.stringContaining('geen inschrijvingstermijn'),
        });
      });
    });
  });

  describe('legal checks before publication', () => {
    it('should refuse a European open procedure with a 7-day tender period and accept the legal reduction for electronic bids', async () => {
      const europees = (einddatum: string, extra: Record<string, unknown> = {}) =>
        aanbestedingBody(
          domeinInvoer({
            procedureType: ProcedureType.EuropeesOpenbaar,
            inschrijfperiode: { begindatum: '2026-03-01', einddatum },
          }),
          p,
          extra,
        );
      const kort = await nieuw(europees('2026-03-08'));
      const elektronisch29 = await nieuw(europees('2026-03-30', { termijnverkorting: 'elektronisch' }));
      const elektronisch30 = await nieuw(europees('2026-03-31', { termijnverkorting: 'elektronisch' }));

      const zevenDagen = await kort.actie('2026-03-01', { type: 'publiceer' });
      const negenentwintig = await elektronisch29.actie('2026-03-01', { type: 'publiceer' });
      const dertig = await elektronisch30.actie('2026-03-01', { type: 'publiceer' });

      expect(zevenDagen.status).toBe(400);
      expect(zevenDagen.body.weigering).toEqual({
        code: 'TERMIJN_TE_KORT',
        reden: expect.stringContaining('35 kalenderdagen'),
      });
      expect(negenentwintig.body.weigering.code).toBe('TERMIJN_TE_KORT');
      expect(dertig.status).toBe(200);
    });

    it('should refuse a reële prijs above the maximum tariff', async () => {
      const pr = await nieuw(
        aanbestedingBody(
          domeinInvoer({
            percelen: [
              perceel({
                producten: [product({ prijs: { soort: 'bod', reelePrijsCenten: 9_500, maximumCenten: 9_000 } })],
              }),
            ],
          }),
          p,
        ),
      );

      const res = await pr.actie('2026-03-01', { type: 'publiceer' });

      expect(res.body.weigering).toEqual({
        code: 'CONFIGURATIE_ONGELDIG',
        reden: expect.stringContaining('reële prijs van product 02A01 ligt boven het maximumtarief'),
      });
    });
  });

  describe('blind and independent scoring', () => {
    let pr: Procedure;

    beforeAll(async () => {
      pr = await nieuw(aanbestedingBody(domeinInvoer(), p));
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
      await pr.moet('2026-04-16', { type: 'sluit_inschrijving' });
      await pr.toets('2026-04-17', [1, 2]);
    });

    const scoor = (token: string, nr: number, score: number) =>
      http(t.url, 'POST', `/api/v1/aanbestedingen/${pr.id}/scores`, {
        token,
        json: { inschrijvingId: pr.ins(nr), criteriumId: 'K1', score },
      });

    it('should show a beoordelaar neither another’s scores nor the bidders’ names before everyone has scored', async () => {
      expect((await scoor(p.beoordelaarA, 1, 8)).status).toBe(200);

      const gezien = await pr.haal(p.beoordelaarB);
      const scores = await pr.get('/scores', p.beoordelaarB);
      const historie = await pr.get('/gebeurtenissen', p.beoordelaarB);
      const ocds = await pr.get('/ocds', p.beoordelaarB);

      expect(gezien.body.kwaliteitsscores).toEqual([]);
      expect(JSON.stringify(gezien.body)).not.toContain(p.aanbieders[0].naam);
      expect(JSON.stringify(gezien.body)).not.toContain(p.aanbieders[0].id);
      expect(scores.body.kwaliteitsscores).toEqual([]);
      expect(JSON.stringify(historie.body)).not.toContain('"score":8');
      expect(JSON.stringify(historie.body)).not.toContain(p.aanbieders[0].id);
      expect(ocds.status).toBe(403);
    });

    it('should let only the voorzitter record the consensus, refuse a beoordelaar’s change after it, and audit the voorzitter’s change', async () => {
      expect((await scoor(p.beoordelaarB, 1, 6)).status).toBe(200);

      const doorBeoordelaar = await pr.actie(
        '2026-04-20',
        {
          type: 'registreer_consensus',
          inschrijvingId: pr.ins(1),
          criteriumId: 'K1',
          score: 8,
          motivering: 'Mijn score telt',
        },
        p.beoordelaarA,
      );
      await pr.moet('2026-04-20', {
        type: 'registreer_consensus',
        inschrijvingId: pr.ins(1),
        criteriumId: 'K1',
        score: 8,
        motivering: 'Concreet plan',
      });
      const naConsensus = await scoor(p.beoordelaarA, 1, 10);
      const zonderMotivering = await pr.actie('2026-04-21', {
        type: 'registreer_consensus',
        inschrijvingId: pr.ins(1),
        criteriumId: 'K1',
        score: 6,
        motivering: ' ',
      });
      await pr.moet('2026-04-21', {
        type: 'registreer_consensus',
        inschrijvingId: pr.ins(1),
        criteriumId: 'K1',
        score: 6,
        motivering: 'Bij herlezing: planning ontbreekt',
      });
      const scores = await pr.get('/scores');

      expect(doorBeoordelaar.status).toBe(409);
      expect(doorBeoordelaar.body.weigering.code).toBe('GEEN_VOORZITTER');
      expect(naConsensus.status).toBe(409);
      expect(naConsensus.body.weigering.code).toBe('CONSENSUS_VASTGESTELD');
      expect(zonderMotivering.body.weigering.code).toBe('MOTIVERING_VEREIST');
      expect(scores.body.consensusscores).toEqual([
        { inschrijvingId: pr.ins(1), criteriumId: 'K1', score: 6, motivering: 'Bij herlezing: planning ontbreekt' },
      ]);
      expect(scores.body.consensuswijzigingen).toEqual([
        {
          inschrijvingId: pr.ins(1),
          criteriumId: 'K1',
          vorigeScore: 8,
          score: 6,
          motivering: 'Bij herlezing: planning ontbreekt',
          datum: '2026-04-21',
          gebruiker: p.voorzitterId,
        },
      ]);
    });

    it('should show the beoordelaars everything once every score is in', async () => {
      await scoor(p.beoordelaarA, 2, 10);
      await scoor(p.beoordelaarB, 2, 10);

      const gezien = await pr.haal(p.beoordelaarB);

      expect(gezien.body.kwaliteitsscores).toHaveLength(4);
      expect(gezien.body.inschrijvingen.map((i: { aanbieder: { id: string } }) => i.aanbieder.id)).toEqual([
        p.aanbieders[0].id,
        p.aanbieders[1].id,
      ]);
    });
  });
});
