import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dataSourceOpties, maakDatabase, verwijderDatabase } from '#keten/platform';
import { ENTITIES, MIGRATIONS } from '../apps/keten/src/schema.js';
import { migreer } from '../apps/keten/src/runtime.js';
import { DEMO_AANBIEDERS, DEMO_GEMEENTEN, DEMO_TOEWIJZINGEN, leesDemoTokens, seedDemo } from '../apps/keten/src/demo/demo-seed.js';
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

  it('should give every role a working token, and show the regio\'s contracts to the controller', async () => {
    const tokens = leesDemoTokens(map)!;
    expect(Object.keys(tokens).sort()).toEqual(['aanbieder', 'beheerder', 'controller', 'inkoopadviseur', 'toegang']);
    const contracten = await http(t.url, 'GET', '/api/v1/raamovereenkomsten', { token: tokens.controller.token });
    expect(contracten.body).toHaveLength(DEMO_AANBIEDERS.length);
    expect(contracten.body[0].gemeenten.map((g: { code: string }) => g.code).sort()).toEqual(DEMO_GEMEENTEN.map((g) => g.cbsCode).sort());
  });

  it('should let aanbieders join the open-house contracts during the term, with the agreed indexation method', async () => {
    const { controller } = leesDemoTokens(map)!;
    const contracten = await http(t.url, 'GET', '/api/v1/raamovereenkomsten', { token: controller.token });

    expect(contracten.body.map((c: { tussentijdseToetreding: boolean }) => c.tussentijdseToetreding)).toEqual(DEMO_AANBIEDERS.map(() => true));
    expect(contracten.body[0].indexatiemethode).toEqual([{ naam: 'OVA', gewicht: '80' }, { naam: 'PCC', gewicht: '20' }]);
  });

  it('should show an aanbieder only its own contract and toewijzingen', async () => {
    const { aanbieder } = leesDemoTokens(map)!;
    const contracten = await http(t.url, 'GET', '/api/v1/raamovereenkomsten', { token: aanbieder.token });
    expect(contracten.body.map((c: { aanbieder: { code: string } }) => c.aanbieder.code)).toEqual([DEMO_AANBIEDERS[0].agbCode]);
    const toewijzingen = await http(t.url, 'GET', '/api/v1/toewijzingen?limiet=500', { token: aanbieder.token });
    expect(toewijzingen.body).toHaveLength(DEMO_TOEWIJZINGEN / DEMO_AANBIEDERS.length);
    expect(new Set(toewijzingen.body.map((x: { aanbiederAgb: string }) => x.aanbiederAgb))).toEqual(new Set([DEMO_AANBIEDERS[0].agbCode]));
  });

  it('should seed a few hundred toewijzingen', async () => {
    const { beheerder } = leesDemoTokens(map)!;
    const alle = await http(t.url, 'GET', '/api/v1/toewijzingen?limiet=500', { token: beheerder.token });
    expect(alle.body).toHaveLength(DEMO_TOEWIJZINGEN);
  });
});
