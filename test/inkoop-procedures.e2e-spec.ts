import { Domein, GunningMethode, kwartaalvensters, ProcedureType, Publicatie } from '#keten/domain';
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
  product,
  type Partijen,
} from './inkoop-testhulp.js';

const ZONDER_PRIJS = inschrijvingBody(domeinInschrijving('X', 'A1', { tarieven: {} }));

describe('Inkoop: every procedure type through the API (e2e)', () => {
  let t: TestApp;
  let p: Partijen;

  beforeAll(async () => {
    t = await startTestApp();
    p = await maakPartijen(t, 8);
  });

  afterAll(() => t.close());

  const nieuw = async (body: Record<string, unknown>, partijen = p) => {
    const pr = new Procedure(t, partijen);
    const res = await pr.maak(body);
    if (res.status !== 201) throw new Error(`aanmaken: ${res.status} ${JSON.stringify(res.body)}`);
    return pr;
  };
  const ids = (pr: Procedure, nrs: number[]) => nrs.map((n) => pr.aanbiederId(n));

  describe('Toelatingsprocedure (open house)', () => {
    const toelating = () =>
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
      });

    it('should admit qualifying providers in the windows at the fixed tariff, refuse outside them, and let a rejected one apply again', async () => {
      const pr = await nieuw(aanbestedingBody(toelating(), p));
      await pr.moet('2026-11-01', { type: 'publiceer' });

      const buiten = await pr.schrijfIn('2027-02-20', 1, ZONDER_PRIJS);
      await pr.moetInschrijven('2027-01-05', 1, ZONDER_PRIJS);
      await pr.moetInschrijven('2027-01-06', 2, ZONDER_PRIJS);
      await pr.toets('2027-01-10', [1]);
      await pr.toets('2027-01-10', [2], { E1: false, U1: true });
      const nietGeschikt = await pr.actie('2027-01-11', { type: 'laat_toe', inschrijvingId: pr.ins(2) });
      const toegelaten = await pr.moet('2027-01-12', { type: 'laat_toe', inschrijvingId: pr.ins(1) });
      await pr.moet('2027-01-12', { type: 'wijs_af', inschrijvingId: pr.ins(2), reden: 'Geen HKZ-certificaat' });
      await pr.moetInschrijven('2027-04-03', 2, ZONDER_PRIJS);
      await pr.toets('2027-04-20', [2]);
      const laterToegelaten = await pr.moet('2027-04-21', {
        type: 'laat_toe',
        inschrijvingId: pr.ins(2),
        ingangsdatum: '2027-05-01',
      });

      expect(buiten.status).toBe(409);
      expect(buiten.body.weigering.code).toBe('BUITEN_TOETREDINGSVENSTER');
      expect(nietGeschikt.body.weigering.code).toBe('NIET_GESCHIKT');
      expect(toegelaten.nieuweStatus).toBe('lopend');
      const [eerste] = toegelaten.raamovereenkomsten;
      const [tweede] = laterToegelaten.raamovereenkomsten;
      const ro1 = await http(t.url, 'GET', `/api/v1/raamovereenkomsten/${eerste.raamovereenkomstId}`, {
        token: p.inkoper,
      });
      const ro2 = await http(t.url, 'GET', `/api/v1/raamovereenkomsten/${tweede.raamovereenkomstId}`, {
        token: p.inkoper,
      });
      expect(ro1.body).toMatchObject({
        aanbieder: { id: pr.aanbiederId(1) },
        ingangsdatum: '2027-01-12',
        producten: [{ tarieven: [{ bedragCenten: 6_850, ingangsdatum: '2027-01-12' }] }],
      });
      expect(ro2.body).toMatchObject({
        aanbieder: { id: pr.aanbiederId(2) },
        ingangsdatum: '2027-05-01',
        producten: [{ tarieven: [{ bedragCenten: 6_850, ingangsdatum: '2027-05-01', einddatum: '2028-12-31' }] }],
      });
      expect((await pr.moet('2029-01-01', { type: 'beeindig' })).nieuweStatus).toBe('afgerond');
    });

    it('should refuse a bid-based price in an open house at publication', async () => {
      const pr = await nieuw(
        aanbestedingBody(
          { ...toelating(), percelen: [perceel({ gunningscriteria: [], gunning: { methode: GunningMethode.Allen } })] },
          p,
        ),
      );

      const res = await pr.actie('2026-11-01', { type: 'publiceer' });

      expect(res.status).toBe(409);
      expect(res.body.weigering.code).toBe('CONFIGURATIE_ONGELDIG');
    });
  });

  describe('thresholds and the inkoopbeleid', () => {
    it('should refuse national publication above the EU threshold for SAS', async () => {
      const pr = await nieuw(aanbestedingBody(domeinInvoer({ publicatie: Publicatie.Nationaal }), p));
      const concept = await pr.haal();

      const res = await pr.actie('2026-03-01', { type: 'publiceer' });

      expect(concept.body.configuratieToets.code).toBe('EU_PUBLICATIE_VEREIST');
      expect(res.status).toBe(409);
      expect(res.body.weigering.code).toBe('EU_PUBLICATIE_VEREIST');
      expect((await pr.haal()).body.status).toBe('concept');
    });

    it('should refuse Wmo awarded on price alone', async () => {
      const pr = await nieuw(
        aanbestedingBody(
          domeinInvoer({
            percelen: [perceel({ gunningscriteria: [{ id: 'PR', naam: 'Prijs', soort: 'prijs', weging: 100 }] })],
          }),
          p,
        ),
      );

      expect((await pr.actie('2026-03-01', { type: 'publiceer' })).body.weigering.code).toBe('WMO_NIET_ALLEEN_PRIJS');
    });

    it('should apply the organisation’s own inkoopbeleid below the EU threshold', async () => {
      const eigen = await maakPartijen(t, 2);
      const enkelvoudig = (waarde: number) =>
        aanbestedingBody(
          domeinInvoer({
            procedureType: ProcedureType.EnkelvoudigOnderhands,
            publicatie: Publicatie.Uitnodiging,
            uitgenodigden: ['A1'],
            motiveringProcedurekeuze: 'Spoedeisende crisisopvang',
            percelen: [
              perceel({
                geraamdeWaardeCenten: waarde,
                gunningscriteria: [],
                gunning: { methode: GunningMethode.Allen },
              }),
            ],
            beoordelaars: [],
          }),
          eigen,
        );
      const klein = await nieuw(enkelvoudig(900_000), eigen);
      const groot = await nieuw(enkelvoudig(1_500_000), eigen);

      const zonderBeleid = await klein.actie('2026-03-01', { type: 'publiceer' });
      const beleid = await http(t.url, 'PUT', `/api/v1/organisaties/${eigen.gemeente.id}/inkoopbeleid`, {
        token: eigen.inkoper,
        json: {
          drempels: [{ opdrachtsoort: 'sas', meervoudigVanafCenten: 1_000_000, nationaalVanafCenten: 20_000_000 }],
        },
      });
      const zwaarder = await groot.actie('2026-03-01', { type: 'publiceer' });
      const gepubliceerd = await klein.actie('2026-03-01', { type: 'publiceer' });

      expect(zonderBeleid.body.weigering.code).toBe('INKOOPBELEID_ONTBREEKT');
      expect(beleid.status).toBe(200);
      expect(zwaarder.body.weigering.code).toBe('INKOOPBELEID_ZWAARDERE_PROCEDURE');
      expect(gepubliceerd.body.nieuweStatus).toBe('inschrijving');
      // Enkelvoudig onderhands: only the invited aanbieder sees it and may bid; no standstill before the award.
      expect((await klein.haal(eigen.aanbiederTokens[1])).status).toBe(404);
      await klein.moetInschrijven('2026-04-01', 1, inschrijvingBody(domeinInschrijving('I1', 'A1')));
      await klein.moet('2026-04-16', { type: 'sluit_inschrijving' });
      await klein.toets('2026-04-17', [1]);
      const voorlopig = await klein.moet('2026-04-18', { type: 'voorlopige_gunning' });
      const definitief = await klein.moet('2026-04-18', { type: 'definitieve_gunning' });
      expect(voorlopig.aanbesteding.gunning.standstillEinddatum).toBeNull();
      expect(definitief.raamovereenkomsten.map((r: { aanbiederId: string }) => r.aanbiederId)).toEqual([
        eigen.aanbieders[0].id,
      ]);
    });
  });

  describe('Europese openbare procedure with the Dronten method', () => {
    // Equal prices; quality decides the ranking. Capacity in units per provider (domain spec data).
    const capaciteit = [30, 20, 15, 10, 5, 15, 10, 40];
    const kwaliteit = [10, 10, 8, 8, 6, 6, 4, 2];

    it('should contract the best 5 and then more in ranking order until 100 units are covered', async () => {
      const pr = await nieuw(
        aanbestedingBody(
          domeinInvoer({
            procedureType: ProcedureType.EuropeesOpenbaar,
            percelen: [perceel({ gunning: { methode: GunningMethode.Capaciteit, behoefte: 100, minimumAantal: 5 } })],
          }),
          p,
        ),
      );
      await pr.moet('2026-03-01', { type: 'publiceer' });
      const zonderCapaciteit = await pr.schrijfIn('2026-04-01', 1, inschrijvingBody(domeinInschrijving('I1', 'A1')));
      for (let n = 1; n <= 8; n++)
        await pr.moetInschrijven(
          '2026-04-01',
          n,
          inschrijvingBody(domeinInschrijving(`I${n}`, `A${n}`, { capaciteit: capaciteit[n - 1] })),
        );
      await pr.moet('2026-04-16', { type: 'sluit_inschrijving' });
      await pr.toets('2026-04-17', [1, 2, 3, 4, 5, 6, 7, 8]);
      await pr.scoor('2026-04-18', Object.fromEntries(kwaliteit.map((k, i) => [i + 1, k])));
      await pr.moet('2026-04-19', { type: 'open_prijzen' });

      const voorlopig = await pr.moet('2026-05-01', { type: 'voorlopige_gunning' });
      const definitief = await pr.moet('2026-05-22', { type: 'definitieve_gunning' });

      expect(zonderCapaciteit.body.weigering.code).toBe('INSCHRIJVING_ONVOLLEDIG');
      // Best 5 offer 30+20+15+10+5 = 80 < 100; the 6th brings 95, the 7th 105: seven contracts, not the 8th.
      // Ties in points (A1/A2, A3/A4, A5/A6) are broken by aanbieder id, so compare the set, then the cut-off.
      expect([...voorlopig.aanbesteding.gunning.percelen[0].gegund].sort()).toEqual(
        ids(pr, [1, 2, 3, 4, 5, 6, 7]).sort(),
      );
      expect(voorlopig.aanbesteding.gunning.percelen[0].gegund[6]).toBe(pr.aanbiederId(7));
      expect(definitief.raamovereenkomsten.map((r: { aanbiederId: string }) => r.aanbiederId).sort()).toEqual(
        ids(pr, [1, 2, 3, 4, 5, 6, 7]).sort(),
      );
      expect(
        definitief.raamovereenkomsten.every((r: { raamovereenkomstId: string | null }) => r.raamovereenkomstId),
      ).toBe(true);
    });
  });

  describe('Europese niet-openbare procedure', () => {
    it('should select candidates in the selectiefase and accept bids only from the selected', async () => {
      const pr = await nieuw(
        aanbestedingBody(
          domeinInvoer({
            procedureType: ProcedureType.EuropeesNietOpenbaar,
            aanmeldperiode: { begindatum: '2026-02-01', einddatum: '2026-02-28' },
            maximumGegadigden: 2,
          }),
          p,
        ),
      );
      // Published 30 days before the aanmeldtermijn closes (art. 2.74 Aw).
      await pr.moet('2026-01-29', { type: 'publiceer' });
      for (const n of [1, 2, 3]) await pr.moetInschrijven('2026-02-10', n, ZONDER_PRIJS);
      const teLaat = await pr.schrijfIn('2026-03-01', 4, ZONDER_PRIJS);
      await pr.toets('2026-03-01', [1, 2, 3]);
      const teVeel = await pr.actie('2026-03-01', {
        type: 'selecteer_gegadigden',
        aanbiederIds: ids(pr, [1, 2, 3]),
        motivering: 'Referenties',
      });
      await pr.moet('2026-03-01', {
        type: 'selecteer_gegadigden',
        aanbiederIds: ids(pr, [1, 3]),
        motivering: 'Beste referenties',
      });
      const nietGeselecteerd = await pr.schrijfIn('2026-04-01', 2, inschrijvingBody(domeinInschrijving('I2', 'A2')));
      await pr.moetInschrijven(
        '2026-04-01',
        1,
        inschrijvingBody(domeinInschrijving('I1', 'A1', { tarieven: { '02A01': 7_000 } })),
      );
      await pr.moetInschrijven(
        '2026-04-01',
        3,
        inschrijvingBody(domeinInschrijving('I3', 'A3', { tarieven: { '02A01': 6_500 } })),
      );
      await pr.moet('2026-04-16', { type: 'sluit_inschrijving' });
      await pr.scoor('2026-04-18', { 1: 8, 3: 8 });
      await pr.moet('2026-04-19', { type: 'open_prijzen' });
      const rang = await pr.get('/rangschikking');
      await pr.moet('2026-05-01', { type: 'voorlopige_gunning' });
      const definitief = await pr.moet('2026-05-22', { type: 'definitieve_gunning' });

      expect(teLaat.body.weigering.code).toBe('BUITEN_INSCHRIJFTERMIJN');
      expect(teVeel.body.weigering.code).toBe('CONFIGURATIE_ONGELDIG');
      expect(nietGeselecteerd.body.weigering.code).toBe('NIET_UITGENODIGD');
      expect(rang.body[0]).toMatchObject({ bron: 'voorlopig' });
      expect(rang.body[0].rangschikking.map((r: { aanbiederId: string }) => r.aanbiederId)).toEqual(ids(pr, [3, 1]));
      expect(definitief.aanbesteding.gunning.percelen[0].gegund).toEqual(ids(pr, [3, 1]));
    });
  });

  describe('Meervoudig onderhands', () => {
    it('should accept bids only from the invited and award the best one', async () => {
      const eigen = await maakPartijen(t, 3);
      await http(t.url, 'PUT', `/api/v1/organisaties/${eigen.gemeente.id}/inkoopbeleid`, {
        token: eigen.inkoper,
        json: {
          drempels: [{ opdrachtsoort: 'sas', meervoudigVanafCenten: 1_000_000, nationaalVanafCenten: 20_000_000 }],
        },
      });
      const pr = await nieuw(
        aanbestedingBody(
          domeinInvoer({
            procedureType: ProcedureType.MeervoudigOnderhands,
            publicatie: Publicatie.Uitnodiging,
            uitgenodigden: ['A1', 'A2'],
            percelen: [
              perceel({ geraamdeWaardeCenten: 15_000_000, gunning: { methode: GunningMethode.BesteN, aantal: 1 } }),
            ],
          }),
          eigen,
        ),
        eigen,
      );
      await pr.moet('2026-03-01', { type: 'publiceer' });

      const nietUitgenodigd = await pr.schrijfIn('2026-04-01', 3, inschrijvingBody(domeinInschrijving('I3', 'A3')));
      await pr.moetInschrijven('2026-04-01', 1, inschrijvingBody(domeinInschrijving('I1', 'A1')));
      await pr.moetInschrijven('2026-04-01', 2, inschrijvingBody(domeinInschrijving('I2', 'A2')));
      await pr.moet('2026-04-16', { type: 'sluit_inschrijving' });
      await pr.toets('2026-04-17', [1, 2]);
      await pr.scoor('2026-04-18', { 1: 6, 2: 8 });
      await pr.moet('2026-04-19', { type: 'open_prijzen' });
      await pr.moet('2026-05-01', { type: 'voorlopige_gunning' });
      const definitief = await pr.moet('2026-05-22', { type: 'definitieve_gunning' });

      expect(nietUitgenodigd.status).toBe(404);
      expect(definitief.raamovereenkomsten.map((r: { aanbiederId: string }) => r.aanbiederId)).toEqual([
        eigen.aanbieders[1].id,
      ]);
    });
  });

  describe('SAS zonder EMVI', () => {
    it('should need a recorded loting order when more qualify than at most N, and follow it', async () => {
      const pr = await nieuw(
        aanbestedingBody(
          domeinInvoer({
            procedureType: ProcedureType.SasZonderEmvi,
            percelen: [
              perceel({
                producten: [product({ prijs: { soort: 'vast', tariefCenten: 6_850 } })],
                gunningscriteria: [],
                gunning: { methode: GunningMethode.MaximaalN, aantal: 2 },
              }),
            ],
            beoordelaars: [],
          }),
          p,
        ),
      );
      await pr.moet('2026-03-01', { type: 'publiceer' });
      for (const n of [1, 2, 3]) await pr.moetInschrijven('2026-04-01', n, ZONDER_PRIJS);
      const prijsOnlyActie = await pr.actie('2026-04-02', { type: 'open_prijzen' });
      await pr.moet('2026-04-16', { type: 'sluit_inschrijving' });
      await pr.toets('2026-04-17', [1, 2, 3]);

      const zonder = await pr.actie('2026-05-01', { type: 'voorlopige_gunning' });
      const met = await pr.moet('2026-05-01', {
        type: 'voorlopige_gunning',
        perPerceel: [{ perceelId: 'P1', lotingVolgorde: ids(pr, [3, 1, 2]) }],
      });
      const definitief = await pr.moet('2026-05-22', { type: 'definitieve_gunning' });

      expect(prijsOnlyActie.body.weigering.code).toBe('STAP_NIET_VAN_TOEPASSING');
      expect(zonder.status).toBe(400);
      expect(zonder.body.weigering.code).toBe('LOTING_VEREIST');
      expect(met.aanbesteding.gunning.percelen[0].gegund).toEqual(ids(pr, [3, 1]));
      expect(definitief.raamovereenkomsten).toHaveLength(2);
    });
  });

  describe('Bestuurlijk aanbesteden', () => {
    it('should contract every participant who accepts the negotiated terms at the negotiated tariff', async () => {
      const pr = await nieuw(
        aanbestedingBody(
          domeinInvoer({
            procedureType: ProcedureType.BestuurlijkAanbesteden,
            percelen: [
              perceel({
                producten: [product({ prijs: { soort: 'vast', tariefCenten: 6_500 } })],
                eisen: [
                  {
                    id: 'AV',
                    soort: 'geschiktheidseis',
                    omschrijving: 'Aanvaardt de uitkomst van het bestuurlijk overleg',
                  },
                ],
                gunningscriteria: [],
                gunning: { methode: GunningMethode.Allen },
              }),
            ],
            beoordelaars: [],
          }),
          p,
        ),
      );
      await pr.moet('2026-03-01', { type: 'publiceer' });
      for (const n of [1, 2]) await pr.moetInschrijven('2026-04-01', n, ZONDER_PRIJS);
      await pr.moet('2026-04-16', { type: 'sluit_inschrijving' });
      const zonderUitkomst = await pr.actie('2026-05-01', { type: 'voorlopige_gunning' });
      await pr.moet('2026-04-30', {
        type: 'leg_onderhandelingsuitkomst_vast',
        tarieven: [{ productcode: '02A01', tariefCenten: 6_900 }],
      });
      await pr.toets('2026-05-01', [1], { AV: true });
      await pr.toets('2026-05-01', [2], { AV: false });
      await pr.moet('2026-05-01', { type: 'voorlopige_gunning' });
      const definitief = await pr.moet('2026-05-22', { type: 'definitieve_gunning' });
      const ro = await http(
        t.url,
        'GET',
        `/api/v1/raamovereenkomsten/${definitief.raamovereenkomsten[0].raamovereenkomstId}`,
        { token: p.inkoper },
      );

      expect(zonderUitkomst.body.weigering.code).toBe('STAP_NIET_VAN_TOEPASSING');
      expect(definitief.raamovereenkomsten.map((r: { aanbiederId: string }) => r.aanbiederId)).toEqual([
        pr.aanbiederId(1),
      ]);
      expect(ro.body.producten[0].tarieven[0].bedragCenten).toBe(6_900);
    });
  });

  describe('Besloten veiling', () => {
    const veiling = (domein: Domein) =>
      domeinInvoer({
        procedureType: ProcedureType.BeslotenVeiling,
        domein,
        percelen: [
          perceel({
            producten: [
              domein === Domein.Jeugd
                ? jeugdProduct({
                    prijs: { soort: 'maximumtarief', maximumtariefCenten: 8_000, reelePrijsCenten: 6_000 },
                  })
                : product({ prijs: { soort: 'maximumtarief', maximumtariefCenten: 8_000 } }),
            ],
            gunningscriteria: [],
            gunning: { methode: GunningMethode.Allen },
          }),
        ],
        beoordelaars: [],
      });

    it('should refuse a besloten veiling for Wmo because each client is awarded on price alone', async () => {
      const pr = await nieuw(aanbestedingBody(veiling(Domein.Wmo), p));

      expect((await pr.actie('2026-03-01', { type: 'publiceer' })).body.weigering.code).toBe('WMO_NIET_ALLEEN_PRIJS');
    });

    it('should admit providers at the maximumtarief and award each client to the lowest valid bid', async () => {
      const pr = await nieuw(aanbestedingBody(veiling(Domein.Jeugd), p));
      await pr.moet('2026-03-01', { type: 'publiceer' });
      for (const n of [1, 2, 3, 4]) await pr.moetInschrijven('2026-04-01', n, ZONDER_PRIJS);
      await pr.moet('2026-04-16', { type: 'sluit_inschrijving' });
      await pr.toets('2026-04-17', [1, 2, 3]);
      await pr.toets('2026-04-17', [4], { E1: false, U1: true });
      await pr.moet('2026-05-01', { type: 'voorlopige_gunning' });
      const definitief = await pr.moet('2026-05-22', { type: 'definitieve_gunning' });
      const bod = (nr: number, tariefCenten: number, ingediendOm: string) => ({
        aanbiederId: pr.aanbiederId(nr),
        tariefCenten,
        ingediendOm,
      });

      const uitslag = await pr.moet('2027-02-01', {
        type: 'houd_veiling',
        id: 'V-001',
        perceelId: 'P1',
        productcode: '45A48',
        clientReferentie: 'TW-2027-0042',
        biedingen: [
          bod(1, 7_200, '2027-02-01T10:00:00+01:00'),
          bod(2, 6_900, '2027-02-01T10:05:00+01:00'),
          bod(3, 6_900, '2027-02-01T09:59:00+01:00'),
          bod(4, 6_100, '2027-02-01T09:00:00+01:00'),
          bod(1, 5_900, '2027-02-01T10:10:00+01:00'),
        ],
      });
      const boven = await pr.moet('2027-02-02', {
        type: 'houd_veiling',
        id: 'V-002',
        perceelId: 'P1',
        productcode: '45A48',
        clientReferentie: 'TW-2027-0043',
        biedingen: [bod(1, 8_001, '2027-02-02T10:00:00+01:00'), bod(2, 8_000, '2027-02-02T11:00:00+01:00')],
      });

      expect(definitief.raamovereenkomsten.map((r: { aanbiederId: string }) => r.aanbiederId).sort()).toEqual(
        ids(pr, [1, 2, 3]).sort(),
      );
      // A4 is no participant; A1's 5,900 is under the reële prijs; A2 and A3 tie at 6,900: the earlier bid (A3) wins.
      expect(uitslag.aanbesteding.miniCompetities[0]).toMatchObject({
        winnaar: pr.aanbiederId(3),
        tariefCenten: 6_900,
      });
      expect(
        uitslag.aanbesteding.miniCompetities[0].ongeldig.map((o: { aanbiederId: string }) => o.aanbiederId),
      ).toEqual(ids(pr, [4, 1]));
      expect(boven.aanbesteding.miniCompetities[1]).toMatchObject({ winnaar: pr.aanbiederId(2), tariefCenten: 8_000 });
      // The winner sees its own win; a loser sees none of the auctions.
      expect((await pr.haal(p.aanbiederTokens[2])).body.miniCompetities.map((m: { id: string }) => m.id)).toEqual([
        'V-001',
      ]);
      expect((await pr.haal(p.aanbiederTokens[0])).body.miniCompetities).toEqual([]);
    });
  });

  describe('Dynamisch aankoopsysteem', () => {
    it('should admit new entrants during the whole term and award a nadere opdracht on BPKV', async () => {
      const pr = await nieuw(
        aanbestedingBody(
          domeinInvoer({
            procedureType: ProcedureType.DynamischAankoopsysteem,
            domein: Domein.Jeugd,
            percelen: [
              perceel({
                producten: [jeugdProduct({ prijs: { soort: 'maximumtarief', maximumtariefCenten: 9_000 } })],
                gunningscriteria: [
                  { id: 'K1', naam: 'Plan', soort: 'kwaliteit', weging: 70, schaal: [0, 5, 10] },
                  { id: 'PR', naam: 'Prijs', soort: 'prijs', weging: 30 },
                ],
                gunning: { methode: GunningMethode.Allen },
              }),
            ],
            inschrijfperiode: undefined,
            beoordelaars: [],
          }),
          p,
        ),
      );
      await pr.moet('2026-10-01', { type: 'publiceer' });
      await pr.moetInschrijven('2026-10-05', 1, ZONDER_PRIJS);
      await pr.moetInschrijven('2028-06-30', 2, ZONDER_PRIJS);
      await pr.toets('2028-07-01', [1, 2]);
      await pr.moet('2028-07-01', { type: 'laat_toe', inschrijvingId: pr.ins(1) });
      await pr.moet('2028-07-01', { type: 'laat_toe', inschrijvingId: pr.ins(2) });

      // A1: 35 quality + 30 × 6,000 / 8,000 = 57.5 points; A2: 70 + 30 × 6,000 / 6,000 = 100 points.
      const opdracht = await pr.moet('2028-07-02', {
        type: 'nadere_opdracht',
        id: 'N-1',
        perceelId: 'P1',
        productcode: '45A48',
        clientReferentie: 'ORD-7',
        biedingen: [
          {
            aanbiederId: pr.aanbiederId(1),
            tariefCenten: 8_000,
            ingediendOm: '2028-07-02T09:00:00+02:00',
            kwaliteitMicropunten: 35_000_000,
          },
          {
            aanbiederId: pr.aanbiederId(2),
            tariefCenten: 6_000,
            ingediendOm: '2028-07-02T09:30:00+02:00',
            kwaliteitMicropunten: 70_000_000,
          },
        ],
      });
      const gesloten = await pr.schrijfIn('2031-01-01', 3, ZONDER_PRIJS);

      expect(opdracht.aanbesteding.miniCompetities[0]).toMatchObject({
        winnaar: pr.aanbiederId(2),
        tariefCenten: 6_000,
      });
      expect(opdracht.aanbesteding.gegundeRaamovereenkomsten).toHaveLength(2);
      expect(gesloten.body.weigering.code).toBe('BUITEN_TOETREDINGSVENSTER');
    });
  });

  describe('concurrency', () => {
    it('should apply concurrent transitions one after the other, never both from the same state', async () => {
      const pr = await nieuw(aanbestedingBody(domeinInvoer(), p));
      const [a, b] = await Promise.all([
        pr.actie('2026-03-01', { type: 'publiceer' }),
        pr.actie('2026-03-01', { type: 'publiceer' }),
      ]);
      const historie = await pr.get('/gebeurtenissen');

      expect([a.status, b.status].sort()).toEqual([200, 409]);
      expect([a, b].find((r) => r.status === 409)!.body.weigering.code).toBe('ACTIE_NIET_TOEGESTAAN');
      expect(historie.body.filter((g: { actie: string }) => g.actie === 'publiceer')).toHaveLength(1);
    });
  });
});
