import { Rol } from '#keten/platform';
import { maakOrganisatie, raamovereenkomstDocument, type Org } from './support/factories.js';
import { http } from './support/http.js';
import { BOOTSTRAP_TOKEN, startTestApp, type TestApp } from './support/test-app.js';

describe('Keten API foundation (e2e)', () => {
  let t: TestApp;
  let regio: Org;
  let gemeenteA: Org;
  let gemeenteB: Org;
  let buitenRegio: Org;
  let aanbieder1: Org;
  let aanbieder2: Org;
  let contract1: { id: string };
  let contract2: { id: string };

  beforeAll(async () => {
    t = await startTestApp();
    gemeenteA = await maakOrganisatie(t.url, 'gemeente');
    gemeenteB = await maakOrganisatie(t.url, 'gemeente');
    buitenRegio = await maakOrganisatie(t.url, 'gemeente');
    regio = await maakOrganisatie(t.url, 'regio', {
      deelnemers: [gemeenteA, gemeenteB].map((g) => ({ gemeenteId: g.id, domein: 'wmo', ingangsdatum: '2025-01-01' })),
    });
    aanbieder1 = await maakOrganisatie(t.url, 'aanbieder');
    aanbieder2 = await maakOrganisatie(t.url, 'aanbieder');
    const inkoop = await t.token(Rol.Inkoopadviseur, regio.id);
    const r1 = await http(t.url, 'POST', '/api/v1/raamovereenkomsten', {
      token: inkoop,
      json: raamovereenkomstDocument(regio.id, aanbieder1.id, [gemeenteA.id, gemeenteB.id]),
    });
    const r2 = await http(t.url, 'POST', '/api/v1/raamovereenkomsten', {
      token: inkoop,
      json: raamovereenkomstDocument(regio.id, aanbieder2.id, [gemeenteA.id]),
    });
    expect([r1.status, r2.status]).toEqual([201, 201]);
    contract1 = r1.body;
    contract2 = r2.body;
  });

  afterAll(() => t.close());

  describe('health and documentation', () => {
    it('should report database and queue healthy without a token', async () => {
      const res = await http(t.url, 'GET', '/health');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'ok', database: 'ok', queue: 'ok' });
    });

    it('should document every enum and the error responses in OpenAPI', async () => {
      const res = await http(t.url, 'GET', '/api/docs/openapi.json', { token: BOOTSTRAP_TOKEN });
      expect(res.status).toBe(200);
      const schemas = res.body.components.schemas;
      expect(schemas.Eenheid.enum).toEqual(['01', '04', '14', '16', '82', '83', '84']);
      expect(schemas.Domein.enum).toEqual(['wmo', 'jeugd']);
      expect(schemas.Uitvoeringsvariant.enum).toContain('outputgericht');
      const post = res.body.paths['/api/v1/raamovereenkomsten'].post;
      expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '409', '413']));
      expect(res.body.paths['/api/v1/raamovereenkomsten/{id}'].get.responses['404']).toBeDefined();
    });
  });

  describe('authentication and roles', () => {
    it('should refuse a request without a token with 401', async () => {
      const res = await http(t.url, 'GET', '/api/v1/organisaties');
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
    });

    it('should refuse an unknown token with 401', async () => {
      const res = await http(t.url, 'GET', '/api/v1/organisaties', { token: 'keten_onbekend' });
      expect(res.status).toBe(401);
    });

    it('should accept the bootstrap token as beheerder', async () => {
      const res = await http(t.url, 'GET', `/api/v1/organisaties/${regio.id}`, { token: BOOTSTRAP_TOKEN });
      expect(res.status).toBe(200);
      expect(res.body.deelnemers).toHaveLength(2);
    });

    it('should store only a hash of a token', async () => {
      const token = await t.token(Rol.Controller, gemeenteA.id);
      const rijen = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM keten.api_token WHERE token_hash = $1 OR token_hash LIKE $2`,
        [token, `%${token.slice(6, 20)}%`],
      );
      expect(rijen[0].n).toBe(0);
    });

    it('should forbid an aanbieder to register a raamovereenkomst with 403', async () => {
      const token = await t.token(Rol.Aanbieder, aanbieder1.id);
      const res = await http(t.url, 'POST', '/api/v1/raamovereenkomsten', {
        token,
        json: raamovereenkomstDocument(regio.id, aanbieder1.id, [gemeenteA.id]),
      });
      expect(res.status).toBe(403);
    });
  });

  describe('scoping', () => {
    it("should never show an aanbieder another aanbieder's contract", async () => {
      const token = await t.token(Rol.Aanbieder, aanbieder1.id);
      const ander = await http(t.url, 'GET', `/api/v1/raamovereenkomsten/${contract2.id}`, { token });
      expect(ander.status).toBe(404);
      const eigen = await http(t.url, 'GET', `/api/v1/raamovereenkomsten/${contract1.id}`, { token });
      expect(eigen.status).toBe(200);
      const lijst = await http(t.url, 'GET', '/api/v1/raamovereenkomsten?limiet=500', { token });
      expect(lijst.body.map((c: { aanbieder: { id: string } }) => c.aanbieder.id)).toEqual([aanbieder1.id]);
    });

    it('should not list other aanbieders to an aanbieder', async () => {
      const token = await t.token(Rol.Aanbieder, aanbieder1.id);
      const lijst = await http(t.url, 'GET', '/api/v1/organisaties?soort=aanbieder&limiet=500', { token });
      expect(lijst.body.map((o: Org) => o.id)).toEqual([aanbieder1.id]);
      expect((await http(t.url, 'GET', `/api/v1/organisaties/${aanbieder2.id}`, { token })).status).toBe(404);
    });

    it('should show a gemeente the contracts of its regio and nothing outside it', async () => {
      const binnen = await t.token(Rol.Controller, gemeenteB.id);
      const ids = (await http(t.url, 'GET', '/api/v1/raamovereenkomsten?limiet=500', { token: binnen })).body.map(
        (c: { id: string }) => c.id,
      );
      expect(ids).toEqual(expect.arrayContaining([contract1.id, contract2.id]));
      const buiten = await t.token(Rol.Controller, buitenRegio.id);
      expect((await http(t.url, 'GET', '/api/v1/raamovereenkomsten?limiet=500', { token: buiten })).body).toEqual([]);
      expect((await http(t.url, 'GET', `/api/v1/raamovereenkomsten/${contract1.id}`, { token: buiten })).status).toBe(
        404,
      );
    });
  });

  describe('raamovereenkomsten', () => {
    it('should return products and tariffs in integer cents with their validity', async () => {
      const res = await http(t.url, 'GET', `/api/v1/raamovereenkomsten/${contract1.id}`, { token: BOOTSTRAP_TOKEN });
      expect(res.body.producten[0].tarieven).toEqual([
        expect.objectContaining({
          eenheid: '04',
          bedragCenten: 6392,
          ingangsdatum: '2026-01-01',
          einddatum: '2026-12-31',
        }),
        expect.objectContaining({ eenheid: '04', bedragCenten: 6583, ingangsdatum: '2027-01-01', einddatum: null }),
      ]);
      expect(res.body.gemeenten.map((g: { code: string }) => g.code).sort()).toEqual(
        [gemeenteA.cbsCode, gemeenteB.cbsCode].sort(),
      );
    });

    it('should refuse overlapping tariffs naming both tariffs', async () => {
      const doc = raamovereenkomstDocument(regio.id, aanbieder1.id, [gemeenteA.id]);
      doc.producten[0].tarieven[1].ingangsdatum = '2026-12-01';
      const res = await http(t.url, 'POST', '/api/v1/raamovereenkomsten', { token: BOOTSTRAP_TOKEN, json: doc });
      expect(res.status).toBe(400);
      expect(res.body.fouten).toEqual([
        { veld: 'producten[0].tarieven[1]', reden: 'overlapt met producten[0].tarieven[0] (zelfde eenheid 04)' },
      ]);
    });

    it('should refuse a gemeente that does not take part in the regio', async () => {
      const res = await http(t.url, 'POST', '/api/v1/raamovereenkomsten', {
        token: BOOTSTRAP_TOKEN,
        json: raamovereenkomstDocument(regio.id, aanbieder1.id, [buitenRegio.id]),
      });
      expect(res.status).toBe(400);
      expect(res.body.fouten[0].veld).toBe('gemeenteIds[0]');
    });

    it('should answer 409 when the nummer is already used by this inkoper', async () => {
      const doc = raamovereenkomstDocument(regio.id, aanbieder1.id, [gemeenteA.id]);
      expect(
        (await http(t.url, 'POST', '/api/v1/raamovereenkomsten', { token: BOOTSTRAP_TOKEN, json: doc })).status,
      ).toBe(201);
      const tweede = await http(t.url, 'POST', '/api/v1/raamovereenkomsten', { token: BOOTSTRAP_TOKEN, json: doc });
      expect(tweede.status).toBe(409);
      expect(tweede.body.bericht).toContain('nummer');
    });

    it('should keep overlapping tariffs out even when they bypass the API (database constraint)', async () => {
      const [product] = await t.dataSource.query(
        `SELECT id FROM keten.contract_product WHERE raamovereenkomst_id = $1`,
        [contract1.id],
      );
      await expect(
        t.dataSource.query(
          `INSERT INTO keten.tarief (contract_product_id, eenheid, bedrag_centen, ingangsdatum) VALUES ($1, '04', 1, '2026-06-01')`,
          [product.id],
        ),
      ).rejects.toThrow(/tarief_geen_overlap/);
    });

    it('should audit who registered a raamovereenkomst', async () => {
      const [regel] = await t.dataSource.query(`SELECT actor, rol, actie FROM keten.audit_log WHERE entiteit_id = $1`, [
        contract1.id,
      ]);
      expect(regel).toMatchObject({ rol: 'inkoopadviseur', actie: 'raamovereenkomst.geregistreerd' });
    });
  });

  describe('input errors', () => {
    it('should name the nested field and the reason when validation fails', async () => {
      const doc = raamovereenkomstDocument(regio.id, aanbieder1.id, [gemeenteA.id]);
      (doc.producten[0].tarieven[0] as Record<string, unknown>).bedragCenten = 12.5;
      (doc.producten[0] as Record<string, unknown>).productcode = 'TE-LANG';
      const res = await http(t.url, 'POST', '/api/v1/raamovereenkomsten', { token: BOOTSTRAP_TOKEN, json: doc });
      expect(res.status).toBe(400);
      expect(res.body.fouten).toEqual(
        expect.arrayContaining([
          { veld: 'producten[0].productcode', reden: 'productcode must be 1 to 5 letters or digits' },
          expect.objectContaining({ veld: 'producten[0].tarieven[0].bedragCenten' }),
        ]),
      );
    });

    it('should require a CBS code for a gemeente', async () => {
      const res = await http(t.url, 'POST', '/api/v1/organisaties', {
        token: BOOTSTRAP_TOKEN,
        json: { soort: 'gemeente', naam: 'Zonder code' },
      });
      expect(res.status).toBe(400);
      expect(res.body.fouten[0].veld).toBe('cbsCode');
    });

    it('should refuse unknown fields', async () => {
      const res = await http(t.url, 'POST', '/api/v1/organisaties', {
        token: BOOTSTRAP_TOKEN,
        json: { soort: 'regio', naam: 'X', bsn: '123' },
      });
      expect(res.status).toBe(400);
      expect(res.body.fouten[0].veld).toBe('bsn');
    });

    it('should answer 400 to malformed JSON and 413 to a body over the limit, without a stack trace', async () => {
      const kapot = await http(t.url, 'POST', '/api/v1/organisaties', {
        token: BOOTSTRAP_TOKEN,
        body: '{"soort":',
        contentType: 'application/json',
      });
      expect(kapot.status).toBe(400);
      const groot = await http(t.url, 'POST', '/api/v1/organisaties', {
        token: BOOTSTRAP_TOKEN,
        body: JSON.stringify({ naam: 'x'.repeat(70 * 1024) }),
        contentType: 'application/json',
      });
      expect(groot.status).toBe(413);
      expect(JSON.stringify([kapot.body, groot.body])).not.toMatch(/at .*\.(js|ts):\d+/);
    });

    it('should answer 404 to an unknown id and 400 to a malformed one', async () => {
      expect(
        (
          await http(t.url, 'GET', '/api/v1/raamovereenkomsten/6f1c1e1e-0000-4000-8000-000000000000', {
            token: BOOTSTRAP_TOKEN,
          })
        ).status,
      ).toBe(404);
      expect(
        (await http(t.url, 'GET', '/api/v1/raamovereenkomsten/geen-uuid', { token: BOOTSTRAP_TOKEN })).status,
      ).toBe(400);
    });
  });
});
