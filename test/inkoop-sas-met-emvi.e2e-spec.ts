import { ContractTariefService } from '#keten/contracten';
import { GunningRaamovereenkomstService } from '#keten/inkoop';
import { Domein, Eenheid } from '#keten/domain';
import { Rol } from '#keten/platform';
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

describe('Inkoop: SAS-procedure met EMVI through the API (e2e)', () => {
  let t: TestApp;
  let p: Partijen;
  let pr: Procedure;

  beforeAll(async () => {
    t = await startTestApp();
    p = await maakPartijen(t, 4);
    pr = new Procedure(t, p);
    const res = await pr.maak(aanbestedingBody(domeinInvoer(), p));
    expect(res.status).toBe(201);
  });

  afterAll(() => t.close());

  it('should register the procedure in concept with the actions allowed next when an inkoopadviseur creates it', async () => {
    const res = await pr.haal();
    const acties = await pr.get('/acties');

    expect(res.body).toMatchObject({
      status: 'concept',
      procedureType: 'sas_met_emvi',
      versie: 1,
      configuratieToets: null,
      publicatiedatum: null,
    });
    expect(acties.body).toEqual(['publiceer', 'trek_in']);
  });

  it('should refuse a second procedure with the same kenmerk for the same inkoper', async () => {
    const eerste = await pr.haal();
    const res = await http(t.url, 'POST', '/api/v1/aanbestedingen', {
      token: p.inkoper,
      json: aanbestedingBody(domeinInvoer(), p, { kenmerk: eerste.body.kenmerk }),
    });

    expect(res.status).toBe(409);
  });

  it('should hide a concept from aanbieders and refuse their inschrijving before publication', async () => {
    const gezien = await pr.haal(p.aanbiederTokens[0]);
    const ingeschreven = await pr.schrijfIn('2026-03-01', 1, inschrijvingBody(domeinInschrijving('I1', 'A1')));

    expect(gezien.status).toBe(404);
    expect(ingeschreven.status).toBe(404);
  });

  it('should walk publication, bids, price vault, scoring, award and standstill to raamovereenkomsten in contracten', async () => {
    await pr.moet('2026-03-01', { type: 'publiceer' });

    // Wmo art. 2.6.6: a bid under the reële prijs (6,000) is refused with the domain's code.
    const onder = await pr.schrijfIn(
      '2026-04-01',
      1,
      inschrijvingBody(domeinInschrijving('I1', 'A1', { tarieven: { '02A01': 5_999 } })),
    );
    expect(onder.status).toBe(400);
    expect(onder.body.weigering.code).toBe('BOD_ONDER_REELE_PRIJS');

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
    const dubbel = await pr.schrijfIn('2026-04-04', 1, inschrijvingBody(domeinInschrijving('I9', 'A1')));
    const laat = await pr.schrijfIn('2026-04-16', 4, inschrijvingBody(domeinInschrijving('I4', 'A4')));
    expect(dubbel.body.weigering?.code).toBe('DUBBELE_INSCHRIJVING');
    expect(laat.status).toBe(409);
    expect(laat.body.weigering.code).toBe('BUITEN_INSCHRIJFTERMIJN');

    const teVroeg = await pr.actie('2026-04-15', { type: 'sluit_inschrijving' });
    expect(teVroeg.body.weigering.code).toBe('TERMIJN_LOOPT_NOG');
    await pr.moet('2026-04-16', { type: 'sluit_inschrijving' });
    await pr.toets('2026-04-17', [1, 2, 3]);

    // Price vault: no bid price is visible and no ranking exists before quality is scored and prices are opened.
    const kluis = await pr.haal();
    expect(kluis.body.inschrijvingen.map((i: { tarieven: object }) => i.tarieven)).toEqual([{}, {}, {}]);
    expect((await pr.get('/rangschikking')).body.weigering.code).toBe('PRIJZEN_NOG_GESLOTEN');
    const dicht = await pr.actie('2026-04-18', { type: 'open_prijzen' });
    expect(dicht.body.weigering.code).toBe('KWALITEITSBEOORDELING_ONVOLLEDIG');

    const geenBeoordelaar = await http(t.url, 'POST', `/api/v1/aanbestedingen/${pr.id}/scores`, {
      token: p.inkoper,
      json: { inschrijvingId: pr.ins(1), criteriumId: 'K1', score: 8 },
    });
    expect(geenBeoordelaar.body.weigering.code).toBe('GEEN_BEOORDELAAR');
    await pr.scoor('2026-04-20', { 1: 8, 2: 10, 3: 10 });
    await pr.moet('2026-04-21', { type: 'open_prijzen' });

    const voorlopig = await pr.moet('2026-05-01', { type: 'voorlopige_gunning' });
    expect(voorlopig.nieuweStatus).toBe('voorlopig_gegund');
    expect(voorlopig.aanbesteding.gunning.standstillEinddatum).toBe('2026-05-21');

    const standstill = await pr.actie('2026-05-21', { type: 'definitieve_gunning' });
    expect(standstill.status).toBe(409);
    expect(standstill.body.weigering).toEqual({
      code: 'STANDSTILL_LOOPT',
      reden: expect.stringContaining('2026-05-21'),
    });

    const definitief = await pr.moet('2026-05-22', { type: 'definitieve_gunning' });

    // BPKV: A2 (10 quality, lowest price) and A3 (10 quality) beat A1; the best two get a raamovereenkomst each.
    expect(definitief.nieuweStatus).toBe('lopend');
    expect(definitief.aanbesteding.gunning.percelen[0].gegund).toEqual([pr.aanbiederId(2), pr.aanbiederId(3)]);
    expect(definitief.raamovereenkomsten).toHaveLength(2);
    expect(
      definitief.raamovereenkomsten.every(
        (r: { raamovereenkomstId: string | null; fout: string | null }) => r.raamovereenkomstId && r.fout === null,
      ),
    ).toBe(true);
  });

  it('should rank on BPKV with exact points once awarded', async () => {
    const res = await pr.get('/rangschikking');

    // A2: 60 + 40 × 6,500/6,500 = 100; A3: 60 + 40 × 6,500/8,000 = 92.5; A1: 48 + 40 × 6,500/7,000 = 85.142857.
    expect(
      res.body[0].rangschikking.map((r: { aanbiederId: string; totaalMicropunten: number }) => [
        r.aanbiederId,
        r.totaalMicropunten,
      ]),
    ).toEqual([
      [pr.aanbiederId(2), 100_000_000],
      [pr.aanbiederId(3), 92_500_000],
      [pr.aanbiederId(1), 85_142_857],
    ]);
  });

  it('should register each awarded raamovereenkomst with its products, tariffs, gemeenten and term', async () => {
    const { body: a } = await pr.haal();
    const link = a.gegundeRaamovereenkomsten.find((k: { aanbiederId: string }) => k.aanbiederId === pr.aanbiederId(2));
    const ro = await http(t.url, 'GET', `/api/v1/raamovereenkomsten/${link.raamovereenkomstId}`, { token: p.inkoper });

    // One deterministic nummer per aanbesteding and aanbieder (voorstellen are numbered in aanbieder-id order).
    expect(a.gegundeRaamovereenkomsten.map((k: { nummer: string }) => k.nummer)).toEqual([
      `${a.kenmerk}-RO-001`,
      `${a.kenmerk}-RO-002`,
    ]);
    expect(ro.body).toMatchObject({
      nummer: link.nummer,
      inkoper: { id: p.gemeente.id },
      aanbieder: { id: pr.aanbiederId(2) },
      domein: 'wmo',
      ingangsdatum: '2027-01-01',
      einddatum: '2028-12-31',
      maximaleWaardeCenten: 100_000_000,
      producten: [
        {
          productcode: '02A01',
          productcategorie: '02',
          uitvoeringsvariant: 'inspanningsgericht',
          tarieven: [{ eenheid: '04', bedragCenten: 6_500, ingangsdatum: '2027-01-01', einddatum: '2028-12-31' }],
        },
      ],
    });
    expect(ro.body.gemeenten.map((g: { id: string }) => g.id).sort()).toEqual([p.gemeente.id, p.gemeente2.id].sort());
  });

  it('should give the declaratie beoordeling the awarded tariff for the awarded aanbieder and none for the loser', async () => {
    const tarieven = t.app.get(ContractTariefService);
    const opvraging = { gemeenteCode: p.gemeente2.cbsCode!, domein: Domein.Wmo, van: '2027-03-01', tot: '2027-03-31' };

    const winnaar = await tarieven.tarievenVoor({ ...opvraging, agbCode: p.aanbieders[2].agbCode! });
    const verliezer = await tarieven.tarievenVoor({ ...opvraging, agbCode: p.aanbieders[0].agbCode! });

    expect(winnaar.map((r) => [r.productcode, r.eenheid, r.bedragCenten, r.ingangsdatum, r.einddatum])).toEqual([
      ['02A01', Eenheid.Uur, 8_000, '2027-01-01', '2028-12-31'],
    ]);
    expect(verliezer).toEqual([]);
  });

  it('should not register a second raamovereenkomst when registration is retried', async () => {
    const voor = await pr.haal();
    const res = await http(t.url, 'POST', `/api/v1/aanbestedingen/${pr.id}/raamovereenkomsten`, { token: p.inkoper });
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM keten.raamovereenkomst WHERE nummer LIKE $1`,
      [`${voor.body.kenmerk}-RO-%`],
    );

    expect(res.body.map((k: { raamovereenkomstId: string }) => k.raamovereenkomstId)).toEqual(
      voor.body.gegundeRaamovereenkomsten.map((k: { raamovereenkomstId: string }) => k.raamovereenkomstId),
    );
    expect(n).toBe(2);
  });

  it('should have the sweeper finish a registration a crash or an unexpected error left open, once, and leave a refused one to the inkoper', async () => {
    const voor = await pr.haal();
    const [eerste, tweede] = voor.body.gegundeRaamovereenkomsten as { nummer: string; raamovereenkomstId: string }[];
    const zet = (nummer: string, raamovereenkomstId: string | null, fout: string | null) =>
      t.dataSource.query(
        `UPDATE keten.gegunde_raamovereenkomst SET raamovereenkomst_id = $3, fout = $4 WHERE aanbesteding_id = $1 AND nummer = $2`,
        [pr.id, nummer, raamovereenkomstId, fout],
      );
    const koppelingen = async () =>
      (await t.dataSource.query(
        `SELECT nummer, raamovereenkomst_id AS id, fout FROM keten.gegunde_raamovereenkomst WHERE aanbesteding_id = $1 ORDER BY nummer`,
        [pr.id],
      )) as {
        nummer: string;
        id: string | null;
        fout: string | null;
      }[];
    const veger = t.app.get(GunningRaamovereenkomstService);

    // A refused registration (fout) waits for the inkoopadviseur: trying it again would only be refused again.
    await zet(tweede.nummer, null, 'geweigerd');
    const geweigerdOpgepakt = await veger.veeg(0);
    const naWeigering = await koppelingen();
    await zet(tweede.nummer, tweede.raamovereenkomstId, null);
    // The process died after contracten committed the contract but before the link was filled in.
    await zet(eerste.nummer, null, null);
    const nogTeJong = await veger.veeg(3600);
    const opgepakt = await veger.veeg(0);
    const naVegen = await koppelingen();
    // An unexpected error (not a refusal) is worth trying again.
    await zet(eerste.nummer, null, 'onverwachte fout');
    const naFoutOpgepakt = await veger.veeg(0);
    const naFout = await koppelingen();
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM keten.raamovereenkomst WHERE nummer LIKE $1`,
      [`${voor.body.kenmerk}-RO-%`],
    );

    expect(geweigerdOpgepakt).toBe(0);
    expect(naWeigering[1]).toEqual({ nummer: tweede.nummer, id: null, fout: 'geweigerd' });
    expect([nogTeJong, opgepakt]).toEqual([0, 1]);
    expect(naVegen).toEqual([
      { nummer: eerste.nummer, id: eerste.raamovereenkomstId, fout: null },
      { nummer: tweede.nummer, id: tweede.raamovereenkomstId, fout: null },
    ]);
    expect(naFoutOpgepakt).toBe(1);
    expect(naFout[0]).toEqual({ nummer: eerste.nummer, id: eerste.raamovereenkomstId, fout: null });
    expect(n).toBe(2);
  });

  it('should mark a link whose voorstel is gone as refused once, instead of sweeping it every round', async () => {
    const voor = await pr.haal();
    const [eerste] = voor.body.gegundeRaamovereenkomsten as {
      nummer: string;
      voorstelId: string;
      raamovereenkomstId: string;
    }[];
    const waar = `aanbesteding_id = $1 AND nummer = $2`;
    await t.dataSource.query(
      `UPDATE keten.gegunde_raamovereenkomst SET raamovereenkomst_id = NULL, voorstel_id = 'weg' WHERE ${waar}`,
      [pr.id, eerste.nummer],
    );
    const veger = t.app.get(GunningRaamovereenkomstService);

    const eersteRonde = await veger.veeg(0);
    const tweedeRonde = await veger.veeg(0);
    const [rij] = (await t.dataSource.query(`SELECT fout FROM keten.gegunde_raamovereenkomst WHERE ${waar}`, [
      pr.id,
      eerste.nummer,
    ])) as { fout: string | null }[];
    await t.dataSource.query(
      `UPDATE keten.gegunde_raamovereenkomst SET raamovereenkomst_id = $3, voorstel_id = $4, fout = NULL WHERE ${waar}`,
      [pr.id, eerste.nummer, eerste.raamovereenkomstId, eerste.voorstelId],
    );

    expect([eersteRonde, tweedeRonde]).toEqual([1, 0]);
    expect(rij.fout).toBe('voorstel weg staat niet (meer) in de gunning');
  });

  it('should show an aanbieder only its own inschrijving and never scores, rankings or history', async () => {
    const token = p.aanbiederTokens[0];
    const { body: a } = await pr.haal(token);
    const scores = await pr.get('/scores', token);
    const rang = await pr.get('/rangschikking', token);
    const historie = await pr.get('/gebeurtenissen', token);

    expect(a.inschrijvingen.map((i: { aanbieder: { id: string } }) => i.aanbieder.id)).toEqual([pr.aanbiederId(1)]);
    expect(a.inschrijvingen[0].tarieven).toEqual({ '02A01': 7_000 });
    expect(a).not.toHaveProperty('kwaliteitsscores');
    expect(a).not.toHaveProperty('consensusscores');
    expect(a).not.toHaveProperty('beoordelaars');
    expect(a.gunning.percelen[0]).not.toHaveProperty('rangschikking');
    expect(a.gunning.percelen[0].afgewezen).toEqual([{ aanbiederId: pr.aanbiederId(1), reden: 'rang 3, niet gegund' }]);
    expect(a.gegundeRaamovereenkomsten).toEqual([]);
    expect([scores.status, rang.status, historie.status]).toEqual([403, 403, 403]);
  });

  it('should keep the scores of every beoordelaar and the consensus with its motivation for the inkoper', async () => {
    const res = await pr.get('/scores');

    expect(res.body.kwaliteitsscores).toHaveLength(6);
    expect(new Set(res.body.kwaliteitsscores.map((s: { beoordelaar: string }) => s.beoordelaar))).toEqual(
      new Set(p.beoordelaarIds),
    );
    expect(res.body.consensusscores).toContainEqual({
      inschrijvingId: pr.ins(2),
      criteriumId: 'K1',
      score: 10,
      motivering: 'Concreet plan, goed onderbouwd.',
    });
  });

  it('should record every transition in the append-only history with who, when and what', async () => {
    const res = await pr.get('/gebeurtenissen', p.controller);

    expect(res.body.map((g: { volgnummer: number }) => g.volgnummer)).toEqual(
      res.body.map((_: unknown, i: number) => i + 1),
    );
    expect(res.body[0]).toMatchObject({ actie: null, statusNa: 'concept' });
    expect(res.body.find((g: { actie: string }) => g.actie === 'definitieve_gunning')).toMatchObject({
      datum: '2026-05-22',
      statusVoor: 'voorlopig_gegund',
      statusNa: 'lopend',
      rol: 'inkoopadviseur',
    });
    expect(
      res.body
        .filter((g: { actie: string }) => g.actie === 'registreer_score')
        .map((g: { actor: string }) => g.actor)
        .sort(),
    ).toEqual([...p.beoordelaarIds, ...p.beoordelaarIds, ...p.beoordelaarIds].sort());
    // Bid prices stay out of the history (price vault).
    expect(JSON.stringify(res.body.filter((g: { actie: string }) => g.actie === 'dien_in'))).not.toContain('7000');
    await expect(
      t.dataSource.query(`UPDATE keten.aanbesteding_gebeurtenis SET actor = 'x' WHERE aanbesteding_id = $1`, [pr.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.dataSource.query(`DELETE FROM keten.aanbesteding_gebeurtenis WHERE aanbesteding_id = $1`, [pr.id]),
    ).rejects.toThrow(/append-only/);
  });

  it('should record documents with their hash and show aanbieders only the public ones', async () => {
    const nota = Buffer.from('Nota van inlichtingen 1: vragen en antwoorden');
    const besluit = Buffer.from('Gunningsbeslissing perceel P1');
    const post = (json: Record<string, unknown>) =>
      http(t.url, 'POST', `/api/v1/aanbestedingen/${pr.id}/documenten`, { token: p.inkoper, json });
    const r1 = await post({
      soort: 'nota_van_inlichtingen',
      titel: 'Nota van inlichtingen 1',
      datum: '2026-03-20',
      mediaType: 'text/plain',
      inhoud: nota.toString('base64'),
    });
    const r2 = await post({
      soort: 'gunningsbeslissing',
      titel: 'Gunningsbeslissing',
      datum: '2026-05-01',
      mediaType: 'text/plain',
      inhoud: besluit.toString('base64'),
    });
    const nogmaals = await post({
      soort: 'overig',
      titel: 'Kopie',
      datum: '2026-05-01',
      mediaType: 'text/plain',
      inhoud: besluit.toString('base64'),
    });
    const voorAanbieder = await http(t.url, 'GET', `/api/v1/aanbestedingen/${pr.id}/documenten`, {
      token: p.aanbiederTokens[0],
    });
    const inhoud = await http(t.url, 'GET', `/api/v1/aanbestedingen/${pr.id}/documenten/${r1.body.id}/inhoud`, {
      token: p.aanbiederTokens[0],
    });
    const verborgen = await http(t.url, 'GET', `/api/v1/aanbestedingen/${pr.id}/documenten/${r2.body.id}/inhoud`, {
      token: p.aanbiederTokens[0],
    });

    expect(r1.status).toBe(201);
    expect(r1.body).toMatchObject({
      soort: 'nota_van_inlichtingen',
      openbaar: true,
      grootte: nota.length,
      inhoudHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(r2.body.openbaar).toBe(false);
    expect(nogmaals.status).toBe(409);
    expect(voorAanbieder.body.map((d: { titel: string }) => d.titel)).toEqual(['Nota van inlichtingen 1']);
    expect(inhoud.body).toBe(nota.toString());
    expect(verborgen.status).toBe(404);
  });

  it('should refuse actions by someone outside the inkopende organisatie', async () => {
    const ander = await t.token(Rol.Inkoopadviseur, p.gemeente2.id);
    const res = await http(t.url, 'POST', `/api/v1/aanbestedingen/${pr.id}/acties`, {
      token: ander,
      json: { type: 'beeindig' },
    });

    expect(res.status).toBe(403);
  });

  describe('gunningsbeslissing per inschrijver', () => {
    const brief = (nr: number, token = p.inkoper) => pr.get(`/gunningsbeslissing/${pr.ins(nr)}`, token);

    it('should tell a loser its own scores and rank, the winners’ scores, where they did better and why, and the standstill end date', async () => {
      const res = await brief(1, p.aanbiederTokens[0]);

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        besluit: 'niet_gegund',
        inschrijver: { aanbiederId: pr.aanbiederId(1) },
        voorlopigOp: '2026-05-01',
        standstillEinddatum: '2026-05-21',
        eigen: {
          rang: 3,
          aantalGerangschikt: 3,
          totaalMicropunten: 85_142_857,
          criteria: [
            {
              criteriumId: 'K1',
              soort: 'kwaliteit',
              score: 8,
              maximumScore: 10,
              micropunten: 48_000_000,
              motivering: 'Concreet plan, goed onderbouwd.',
            },
            { criteriumId: 'PR', soort: 'prijs', micropunten: 37_142_857 },
          ],
        },
      });
      expect(res.body.redenen[0]).toContain('rang 3 van 3');
      // A2 is a natural person: its scores are shown, its name is not (AVG); A3 is named.
      expect(
        res.body.gegund.map((w: { naam: string; rang: number; totaalMicropunten: number }) => [
          w.naam,
          w.rang,
          w.totaalMicropunten,
        ]),
      ).toEqual([
        ['Natuurlijk persoon (naam niet vermeld, AVG)', 1, 100_000_000],
        [p.aanbieders[2].naam, 2, 92_500_000],
      ]);
      expect(res.body.relatieveVoordelen).toEqual(
        expect.arrayContaining([expect.stringContaining('Plan van aanpak 60,00 punten, u 48,00: Concreet plan')]),
      );
    });

    it('should tell a winner it was awarded, and give an aanbieder no other inschrijver’s letter', async () => {
      const winnaar = await brief(3, p.aanbiederTokens[2]);
      const andermans = await brief(3, p.aanbiederTokens[0]);

      expect(winnaar.body).toMatchObject({ besluit: 'gegund', eigen: { rang: 2 }, relatieveVoordelen: [] });
      expect(andermans.status).toBe(404);
    });

    it('should render the letter as a PDF', async () => {
      const res = await fetch(`${t.url}/api/v1/aanbestedingen/${pr.id}/gunningsbeslissing/${pr.ins(1)}/pdf`, {
        headers: { authorization: `Bearer ${p.aanbiederTokens[0]}` },
      });
      const pdf = Buffer.from(await res.arrayBuffer());

      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(1_000);
    });
  });
});
