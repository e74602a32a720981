import { Domein, Eenheid, Uitvoeringsvariant } from '#keten/domain';
import { ContractTariefService } from '#keten/contracten';
import { Rol } from '#keten/platform';
import { maakOrganisatie } from './support/factories.js';
import { http } from './support/http.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { maakContract, maakPartijen, type Partijen } from './contracten-testhulp.js';

/** A 2026–2027 contract with two 12-month options (2 + 1 + 1), a resultaat segment and a P×Q segment. */
const structuur = () => ({
  domein: Domein.Jeugd,
  ingangsdatum: '2026-01-01',
  einddatum: '2027-12-31',
  maximaleWaardeCenten: 10_000_000_00,
  verlengingsopties: [{ duurMaanden: 12 }, { duurMaanden: 12 }],
  tussentijdseToetreding: true,
  indexatiemethode: [
    { naam: 'OVA', gewicht: '90' },
    { naam: 'PCC', gewicht: '10' },
  ],
  segmenten: [
    { naam: 'Midden (resultaat)', uitvoeringsvariant: Uitvoeringsvariant.Outputgericht },
    { naam: 'Top (P×Q)', uitvoeringsvariant: Uitvoeringsvariant.Inspanningsgericht },
  ],
  producten: [
    {
      productcategorie: '45',
      productcode: '45R01',
      uitvoeringsvariant: Uitvoeringsvariant.Outputgericht,
      omschrijving: 'Traject licht',
      segment: 'Midden (resultaat)',
      tarieven: [{ eenheid: Eenheid.Euros, bedragCenten: 250_000, ingangsdatum: '2026-01-01' }],
    },
    {
      productcategorie: '45',
      productcode: '45P01',
      uitvoeringsvariant: Uitvoeringsvariant.Inspanningsgericht,
      omschrijving: 'Intensieve begeleiding',
      segment: 'Top (P×Q)',
      tarieven: [{ eenheid: Eenheid.Uur, bedragCenten: 9_800, ingangsdatum: '2026-01-01' }],
    },
  ],
});

describe('contracten: structure of a raamovereenkomst and guarding a running contract (e2e)', () => {
  let t: TestApp;
  let p: Partijen;

  beforeAll(async () => {
    t = await startTestApp();
    p = await maakPartijen(t);
  });

  afterAll(() => t.close());

  it('should keep segments funded differently, extension options and the maximum einddatum', async () => {
    const contract = await maakContract(t, p, structuur());
    const res = await http(t.url, 'GET', `/api/v1/raamovereenkomsten/${contract.id}`, { token: p.inkoop });

    expect(res.body).toMatchObject({
      oorspronkelijkeEinddatum: '2027-12-31',
      maximaleEinddatum: '2029-12-31',
      tussentijdseToetreding: true,
      verlengingsopties: [
        { volgnummer: 1, duurMaanden: 12, status: 'open' },
        { volgnummer: 2, duurMaanden: 12, status: 'open' },
      ],
    });
    expect(res.body.producten.map((x: { productcode: string; segment: string }) => [x.productcode, x.segment])).toEqual(
      [
        ['45P01', 'Top (P×Q)'],
        ['45R01', 'Midden (resultaat)'],
      ],
    );
  });

  it('should refuse a product whose uitvoeringsvariant differs from its segment', async () => {
    const doc = structuur();
    doc.producten[0].segment = 'Top (P×Q)';
    const res = await http(t.url, 'POST', '/api/v1/raamovereenkomsten', {
      token: p.inkoop,
      json: {
        ...doc,
        nummer: `RO-S${Date.now()}`,
        naam: 'x',
        inkoperId: p.gemeente.id,
        aanbiederId: p.aanbieder.id,
        gemeenteIds: [p.gemeente.id],
      },
    });

    expect(res.status).toBe(400);
    expect(res.body.fouten).toEqual([expect.objectContaining({ veld: 'producten[0].uitvoeringsvariant' })]);
  });

  it('should exercise extension options in order, audited, and refuse when none is left', async () => {
    const contract = await maakContract(t, p, structuur());
    const pad = `/api/v1/raamovereenkomsten/${contract.id}/verlengingen`;

    const eerste = await http(t.url, 'POST', pad, { token: p.inkoop, json: {} });
    const tweede = await http(t.url, 'POST', pad, { token: p.inkoop, json: { volgnummer: 2 } });
    const derde = await http(t.url, 'POST', pad, { token: p.inkoop, json: {} });

    expect([eerste.status, eerste.body.einddatum]).toEqual([201, '2028-12-31']);
    expect([tweede.status, tweede.body.einddatum]).toEqual([201, '2029-12-31']);
    expect(derde.status).toBe(409);
    expect(
      (await http(t.url, 'GET', pad, { token: p.inkoop })).body.map(
        (o: { status: string; nieuweEinddatum: string }) => [o.status, o.nieuweEinddatum],
      ),
    ).toEqual([
      ['gelicht', '2028-12-31'],
      ['gelicht', '2029-12-31'],
    ]);
    const audit = await t.dataSource.query(
      `SELECT details FROM keten.audit_log WHERE entiteit_id = $1 AND actie = 'raamovereenkomst.verlengd' ORDER BY id`,
      [contract.id],
    );
    expect(audit.map((a: { details: { tot: string } }) => a.details.tot)).toEqual(['2028-12-31', '2029-12-31']);
  });

  it('should flag a term beyond its maximum before saving, and save it only when confirmed', async () => {
    const contract = await maakContract(t, p, structuur());
    const pad = `/api/v1/raamovereenkomsten/${contract.id}`;

    const binnen = await http(t.url, 'PATCH', pad, { token: p.inkoop, json: { einddatum: '2029-06-30' } });
    const buiten = await http(t.url, 'PATCH', pad, { token: p.inkoop, json: { einddatum: '2030-12-31' } });
    const ongewijzigd = await http(t.url, 'GET', pad, { token: p.inkoop });
    const bevestigd = await http(t.url, 'PATCH', pad, {
      token: p.inkoop,
      json: {
        einddatum: '2030-12-31',
        motiveringLangeLooptijd: 'Continuïteit van zorg',
        bevestigWezenlijkeWijziging: true,
      },
    });

    expect(binnen.status).toBe(200);
    expect(buiten.status).toBe(409);
    expect(buiten.body.fouten.map((f: { veld: string }) => f.veld)).toEqual([
      'MOGELIJK_WEZENLIJKE_WIJZIGING_LOOPTIJD',
      'LOOPTIJD_BOVEN_48_MAANDEN_ZONDER_MOTIVERING',
    ]);
    expect(ongewijzigd.body.einddatum).toBe('2029-06-30');
    expect([bevestigd.status, bevestigd.body.einddatum]).toEqual([200, '2030-12-31']);
    const acties = await t.dataSource.query(`SELECT actie FROM keten.audit_log WHERE entiteit_id = $1 ORDER BY id`, [
      contract.id,
    ]);
    expect(acties.map((a: { actie: string }) => a.actie)).toEqual([
      'raamovereenkomst.geregistreerd',
      'raamovereenkomst.gewijzigd',
      'raamovereenkomst.wezenlijke-wijziging-bevestigd',
      'raamovereenkomst.gewijzigd',
    ]);
  });

  it('should flag a cumulative value increase above 50% of the original value, also when reached in steps', async () => {
    const contract = await maakContract(t, p, structuur());
    const pad = `/api/v1/raamovereenkomsten/${contract.id}`;

    const plus40 = await http(t.url, 'PATCH', pad, { token: p.inkoop, json: { maximaleWaardeCenten: 14_000_000_00 } });
    const plus50 = await http(t.url, 'PATCH', pad, { token: p.inkoop, json: { maximaleWaardeCenten: 15_000_000_00 } });
    const plus51 = await http(t.url, 'PATCH', pad, { token: p.inkoop, json: { maximaleWaardeCenten: 15_000_000_01 } });

    expect([plus40.status, plus50.status, plus51.status]).toEqual([200, 200, 409]);
    expect(plus51.body.fouten[0].veld).toBe('MOGELIJK_WEZENLIJKE_WIJZIGING_PRIJS');
    expect((await http(t.url, 'GET', pad, { token: p.inkoop })).body).toMatchObject({
      maximaleWaardeCenten: 15_000_000_00,
      oorspronkelijkeWaardeCenten: 10_000_000_00,
    });
  });

  it('should register onderaannemers of the hoofdaannemer', async () => {
    const contract = await maakContract(t, p, structuur());
    const onder = await maakOrganisatie(t.url, 'aanbieder');
    const pad = `/api/v1/raamovereenkomsten/${contract.id}/onderaannemers`;

    const goed = await http(t.url, 'POST', pad, {
      token: p.inkoop,
      json: { aanbiederId: onder.id, ingangsdatum: '2026-03-01' },
    });
    const zelf = await http(t.url, 'POST', pad, {
      token: p.inkoop,
      json: { aanbiederId: p.aanbieder.id, ingangsdatum: '2026-03-01' },
    });
    const dubbel = await http(t.url, 'POST', pad, {
      token: p.inkoop,
      json: { aanbiederId: onder.id, ingangsdatum: '2026-06-01' },
    });

    expect(goed.status).toBe(201);
    expect(zelf.status).toBe(400);
    expect(dubbel.status).toBe(409);
    expect((await http(t.url, 'GET', pad, { token: p.inkoop })).body).toEqual([
      expect.objectContaining({
        aanbiederId: onder.id,
        agbCode: onder.agbCode,
        ingangsdatum: '2026-03-01',
        einddatum: null,
      }),
    ]);
  });

  it('should let an aanbieder join during the term on the same products and tariffs', async () => {
    const contract = await maakContract(t, p, structuur());
    const nieuw = await maakOrganisatie(t.url, 'aanbieder');

    const res = await http(t.url, 'POST', `/api/v1/raamovereenkomsten/${contract.id}/toetredingen`, {
      token: p.inkoop,
      json: { aanbiederId: nieuw.id, nummer: `RO-T${Date.now()}`, ingangsdatum: '2026-07-01' },
    });

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      toegetredenTotId: contract.id,
      ingangsdatum: '2026-07-01',
      einddatum: '2027-12-31',
      aanbieder: { id: nieuw.id },
    });
    const tarieven = await t.app.get(ContractTariefService).tarievenVoor({
      agbCode: nieuw.agbCode!,
      gemeenteCode: p.gemeente.cbsCode!,
      domein: Domein.Jeugd,
      van: '2026-01-01',
      tot: '2026-12-31',
    });
    expect(tarieven.map((x) => [x.productcode, x.bedragCenten, x.ingangsdatum])).toEqual([
      ['45P01', 9_800, '2026-07-01'],
      ['45R01', 250_000, '2026-07-01'],
    ]);
  });

  it('should refuse an indexation with another method than the agreed one', async () => {
    const contract = await maakContract(t, p, structuur());
    const res = await http(t.url, 'POST', `/api/v1/raamovereenkomsten/${contract.id}/indexaties`, {
      token: p.inkoop,
      json: {
        jaar: 2027,
        componenten: [
          { naam: 'OVA', gewicht: '80', prognose: '3' },
          { naam: 'PCC', gewicht: '20', prognose: '2' },
        ],
      },
    });

    expect(res.status).toBe(400);
    expect(res.body.fouten[0].reden).toContain('wezenlijke wijziging');
  });

  it("should version the contract's productcodelijst and keep each code in one categorie (TR381)", async () => {
    const contract = await maakContract(t, p, structuur());
    const pad = `/api/v1/raamovereenkomsten/${contract.id}/productcodelijsten`;
    const code = (productcategorie: string, productcode: string, uitvoeringsvariant: Uitvoeringsvariant) => ({
      productcategorie,
      productcode,
      uitvoeringsvariant,
      omschrijving: productcode,
    });

    const tweede = await http(t.url, 'POST', pad, {
      token: p.inkoop,
      json: {
        ingangsdatum: '2027-01-01',
        omschrijving: 'Regiolijst 2027',
        codes: [
          code('45', '45P01', Uitvoeringsvariant.Inspanningsgericht),
          code('45', '45P02', Uitvoeringsvariant.Inspanningsgericht),
        ],
      },
    });
    const tr381 = await http(t.url, 'POST', pad, {
      token: p.inkoop,
      json: {
        ingangsdatum: '2027-06-01',
        omschrijving: 'x',
        codes: [code('46', '45P01', Uitvoeringsvariant.Inspanningsgericht)],
      },
    });

    expect(tweede.status).toBe(201);
    expect(tr381.status).toBe(400);
    expect(tr381.body.fouten[0].reden).toContain('TR381');
    const op = async (d: string) =>
      (await http(t.url, 'GET', `${pad}?peildatum=${d}`, { token: p.inkoop })).body.map(
        (v: { versie: number; codes: { productcode: string }[] }) => [v.versie, v.codes.map((c) => c.productcode)],
      );
    expect(await op('2026-12-31')).toEqual([[1, ['45P01', '45R01']]]);
    expect(await op('2027-01-01')).toEqual([[2, ['45P01', '45P02']]]);
  });

  it('should let an aanbieder read only its own contract and a controller read but not change', async () => {
    const contract = await maakContract(t, p, structuur());
    const eigen = await t.token(Rol.Aanbieder, p.aanbieder.id);
    const ander = await t.token(Rol.Aanbieder, (await maakOrganisatie(t.url, 'aanbieder')).id);
    const controller = await t.token(Rol.Controller, p.gemeente.id);
    const pad = `/api/v1/raamovereenkomsten/${contract.id}`;

    expect((await http(t.url, 'GET', `${pad}/tarieven`, { token: eigen })).status).toBe(200);
    expect((await http(t.url, 'GET', `${pad}/tarieven`, { token: ander })).status).toBe(404);
    expect((await http(t.url, 'GET', `${pad}/termijnen`, { token: ander })).status).toBe(404);
    expect((await http(t.url, 'GET', `${pad}/tarieven`, { token: controller })).status).toBe(200);
    expect((await http(t.url, 'PATCH', pad, { token: controller, json: { naam: 'x' } })).status).toBe(403);
    expect((await http(t.url, 'POST', `${pad}/verlengingen`, { token: eigen, json: {} })).status).toBe(403);
  });
});
