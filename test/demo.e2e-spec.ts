import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dataSourceOpties, maakDatabase, verwijderDatabase } from '#keten/platform';
import { ENTITIES, MIGRATIONS } from '../apps/keten/src/schema.js';
import { migreer } from '../apps/keten/src/runtime.js';
import {
  DEMO_AANBIEDERS,
  DEMO_BEGROTING,
  DEMO_GEMEENTEN,
  DEMO_TOEWIJZINGEN,
  leesDemoTokens,
  leesDemoWachtwoorden,
  seedDemo,
} from '../apps/keten/src/demo/demo-seed.js';
import { http } from './support/http.js';
import { startTestApp, testDatabaseUrl, type TestApp } from './support/test-app.js';

describe('the demo data set of a first start (e2e)', () => {
  let t: TestApp;
  let url: string;
  let map: string;

  beforeAll(async () => {
    url = await maakDatabase(testDatabaseUrl(), `keten_test_demo_${process.pid}`);
    await migreer(dataSourceOpties(url, ENTITIES, MIGRATIONS));
    map = mkdtempSync(path.join(os.tmpdir(), 'keten-demo-'));
    t = await startTestApp({ config: { DATABASE_URL: url } });
    expect(await seedDemo(t.app, map)).not.toBeNull();
  });

  afterAll(async () => {
    await t.close();
    await verwijderDatabase(url);
    rmSync(map, { recursive: true, force: true });
  });

  it('should seed once: a second start leaves the data alone', async () => {
    expect(await seedDemo(t.app, map)).toBeNull();
  });

  it("should give every role a working token, and show the regio's contracts to the controller", async () => {
    const tokens = leesDemoTokens(map)!;
    expect(Object.keys(tokens).sort()).toEqual([
      'aanbieder',
      'beheerder',
      'controller',
      'functioneel-beheerder',
      'inkoopadviseur',
      'toegang',
    ]);
    const contracten = await http(t.url, 'GET', '/api/v1/raamovereenkomsten?domein=wmo', {
      token: tokens.controller.token,
    });
    expect(contracten.body).toHaveLength(DEMO_AANBIEDERS.length);
    expect(contracten.body[0].gemeenten.map((g: { code: string }) => g.code).sort()).toEqual(
      DEMO_GEMEENTEN.map((g) => g.cbsCode).sort(),
    );
  });

  it('should let every demo user sign in with the password kept beside the tokens', async () => {
    const wachtwoorden = leesDemoWachtwoorden(map)!;
    expect(Object.keys(wachtwoorden).sort()).toEqual(Object.keys(leesDemoTokens(map)!).sort());
    for (const [rol, { email, wachtwoord }] of Object.entries(wachtwoorden)) {
      const res = await http(t.url, 'POST', '/api/v1/toegang/inloggen', { json: { email, wachtwoord } });
      expect(res.status).toBe(200);
      expect(res.body.rol).toBe(rol);
    }
  });

  it('should let aanbieders join the open-house contracts during the term, with the agreed indexation method', async () => {
    const { controller } = leesDemoTokens(map)!;
    const contracten = await http(t.url, 'GET', '/api/v1/raamovereenkomsten?domein=wmo', { token: controller.token });

    expect(contracten.body.map((c: { tussentijdseToetreding: boolean }) => c.tussentijdseToetreding)).toEqual(
      DEMO_AANBIEDERS.map(() => true),
    );
    expect(contracten.body[0].indexatiemethode).toEqual([
      { naam: 'OVA', gewicht: '80' },
      { naam: 'PCC', gewicht: '20' },
    ]);
  });

  it('should show an aanbieder only its own contract and toewijzingen', async () => {
    const { aanbieder } = leesDemoTokens(map)!;
    const contracten = await http(t.url, 'GET', '/api/v1/raamovereenkomsten?domein=wmo', { token: aanbieder.token });
    expect(contracten.body.map((c: { aanbieder: { code: string } }) => c.aanbieder.code)).toEqual([
      DEMO_AANBIEDERS[0].agbCode,
    ]);
    const toewijzingen = await http(t.url, 'GET', '/api/v1/toewijzingen?limiet=500', { token: aanbieder.token });
    expect(toewijzingen.body).toHaveLength(DEMO_TOEWIJZINGEN / DEMO_AANBIEDERS.length);
    expect(new Set(toewijzingen.body.map((x: { aanbiederAgb: string }) => x.aanbiederAgb))).toEqual(
      new Set([DEMO_AANBIEDERS[0].agbCode]),
    );
  });

  it('should hold procurement a newcomer can open: an open house open for admission today, an awarded SAS met EMVI with public OCDS, one in scoring', async () => {
    const { inkoopadviseur, aanbieder } = leesDemoTokens(map)!;
    const lijst = await http(t.url, 'GET', '/api/v1/aanbestedingen', { token: inkoopadviseur.token });
    const per = (type: string, status: string) =>
      lijst.body.find(
        (a: { procedureType: string; status: string }) => a.procedureType === type && a.status === status,
      );

    const openHouse = per('toelatingsprocedure', 'lopend');
    const gegund = per('sas_met_emvi', 'lopend');
    const inBeoordeling = per('sas_met_emvi', 'beoordeling');
    const vandaag = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
    const ocds = await http(t.url, 'GET', `/api/v1/openbaar/aanbestedingen/${gegund.id}/ocds`);
    const nieuw = await http(t.url, 'POST', `/api/v1/aanbestedingen/${openHouse.id}/percelen/P1/inschrijvingen`, {
      token: aanbieder.token,
      json: { tarieven: [], aanvaardtVoorwaarden: true },
    });

    expect(
      openHouse.toetredingsvensters.some(
        (v: { begindatum: string; einddatum: string }) => v.begindatum <= vandaag && vandaag <= v.einddatum,
      ),
    ).toBe(true);
    expect(nieuw.status).toBe(201);
    expect(
      gegund.gegundeRaamovereenkomsten.map((k: { raamovereenkomstId: string | null }) => Boolean(k.raamovereenkomstId)),
    ).toEqual([true, true]);
    expect(ocds.status).toBe(200);
    expect(ocds.body.releases.at(-1).tag).toEqual(expect.arrayContaining(['contract']));
    expect(ocds.body.releases.at(-1).awards).toHaveLength(2);
    expect(inBeoordeling.inschrijvingen).toHaveLength(3);
  });

  it('should seed a few hundred toewijzingen', async () => {
    const { beheerder } = leesDemoTokens(map)!;
    const alle = await http(t.url, 'GET', '/api/v1/toewijzingen?limiet=500', { token: beheerder.token });
    expect(alle.body).toHaveLength(DEMO_TOEWIJZINGEN);
  });

  it("should give the controller Deventer's begroting 2026 and an overzicht to start from", async () => {
    const { controller } = leesDemoTokens(map)!;
    const [deventer] = (
      await http(t.url, 'GET', `/api/v1/organisaties?zoek=${DEMO_GEMEENTEN[0].cbsCode}`, { token: controller.token })
    ).body as { id: string; iban: string }[];
    expect(deventer.iban).toMatch(/^NL\d{2}INGB0\d{9}$/);
    const begroting = await http(t.url, 'GET', `/api/v1/sturing/begroting?gemeente=${deventer.id}&jaar=2026`, {
      token: controller.token,
    });
    expect(begroting.body.posten.map((p: { code: string }) => p.code).sort()).toEqual(
      DEMO_BEGROTING.map((p) => p.code).sort(),
    );
    expect(begroting.body.totaalCenten).toBe(DEMO_BEGROTING.reduce((s, p) => s + p.bedragCenten, 0));
    const overzicht = await http(t.url, 'GET', `/api/v1/sturing/overzicht?gemeente=${deventer.id}&jaar=2026`, {
      token: controller.token,
    });
    expect(overzicht.status).toBe(200);
    expect(overzicht.body.totaal.begrotingCenten).toBe(begroting.body.totaalCenten);
  });
});
