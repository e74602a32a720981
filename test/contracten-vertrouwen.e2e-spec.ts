// Regressions of issue 16 ("wrong today") on the contracten side: each failed on the code before the fix.
import { berekenReelePrijs, Domein, Eenheid, Uitvoeringsvariant, type Kostenopbouw } from '#keten/domain';
import { ContractTariefService } from '#keten/contracten';
import { maakOrganisatie } from './support/factories.js';
import { http } from './support/http.js';
import { BOOTSTRAP_TOKEN as BEHEER, startTestApp, type TestApp } from './support/test-app.js';
import { maakContract, maakPartijen, type Partijen } from './contracten-testhulp.js';

const opbouw: Kostenopbouw = {
  jaarsalaris: 4_000_000,
  werkgeverslastenPercentage: '25',
  jaarurenPerFte: '1800',
  nietProductieveUren: [{ omschrijving: 'verlof', percentage: '10' }],
  reiskostenPerJaar: 144_000,
  opleidingskostenPerJaar: 72_000,
  overigeVerplichtingenPerJaar: 28_800,
  overhead: { percentage: '20', grondslag: 'aandeelInKostprijs' },
  indexatiePercentage: '2.35',
  urenPerEenheid: '1',
};

const product = (bedragCenten: number, extra: Record<string, unknown> = {}) => ({
  productcategorie: '02',
  productcode: '02A01',
  uitvoeringsvariant: Uitvoeringsvariant.Inspanningsgericht,
  omschrijving: 'Individuele begeleiding',
  tarieven: [{ eenheid: Eenheid.Uur, bedragCenten, ingangsdatum: '2026-01-01', ...extra }],
});

describe('contracten: terms an inkoopadviseur can trust (issue 16, e2e)', () => {
  let t: TestApp;
  let p: Partijen;

  beforeAll(async () => {
    t = await startTestApp();
    p = await maakPartijen(t);
  });

  afterAll(() => t.close());

  it('should state which of two overlapping contracts goes first and price the beoordeling on that one only', async () => {
    const eigen = await maakPartijen(t);
    const oud = await maakContract(t, eigen, {
      producten: [product(6_000)],
      ingangsdatum: '2026-01-01',
      einddatum: '2027-12-31',
    });
    const nieuw = await maakContract(t, eigen, {
      producten: [product(7_000, { ingangsdatum: '2026-07-01' })],
      ingangsdatum: '2026-07-01',
      einddatum: '2027-12-31',
    });

    const nieuwDto = await http(t.url, 'GET', `/api/v1/raamovereenkomsten/${nieuw.id}`, { token: eigen.inkoop });
    const oudDto = await http(t.url, 'GET', `/api/v1/raamovereenkomsten/${oud.id}`, { token: eigen.inkoop });
    const tarieven = await t.app.get(ContractTariefService).tarievenVoor({
      agbCode: eigen.aanbieder.agbCode!,
      gemeenteCode: eigen.gemeente.cbsCode!,
      domein: Domein.Wmo,
      van: '2026-06-01',
      tot: '2026-08-31',
    });

    expect(nieuwDto.body.overlappingen).toEqual([
      {
        raamovereenkomstId: oud.id,
        nummer: oud.nummer,
        ingangsdatum: '2026-01-01',
        einddatum: '2027-12-31',
        productcodes: ['02A01'],
        voorrang: 'deze',
      },
    ]);
    expect(oudDto.body.overlappingen).toEqual([
      expect.objectContaining({ raamovereenkomstId: nieuw.id, voorrang: 'andere' }),
    ]);
    // June on the old contract's tariff, from July only the new one's: never two tariffs for one day.
    expect(tarieven.map((r) => [r.raamovereenkomstId, r.bedragCenten, r.ingangsdatum, r.einddatum])).toEqual([
      [oud.id, 6_000, '2026-01-01', '2026-06-30'],
      [nieuw.id, 7_000, '2026-07-01', '2027-12-31'],
    ]);
  });

  it('should refuse a contract over 48 months registered directly without a motivation', async () => {
    const lang = { ingangsdatum: '2026-01-01', einddatum: '2031-12-31', producten: [product(6_000)] };

    const zonder = await http(t.url, 'POST', '/api/v1/raamovereenkomsten', {
      token: p.inkoop,
      json: {
        ...lang,
        nummer: `RO-L${Date.now()}`,
        naam: 'Lang',
        inkoperId: p.gemeente.id,
        aanbiederId: p.aanbieder.id,
        gemeenteIds: [p.gemeente.id],
        domein: Domein.Wmo,
        maximaleWaardeCenten: 10_000_000,
      },
    });
    const met = await maakContract(t, await maakPartijen(t), {
      ...lang,
      motiveringLangeLooptijd: 'Investering in personeel vraagt zes jaar',
    });

    expect(zonder.status).toBe(400);
    expect(zonder.body.fouten).toEqual([
      { veld: 'motiveringLangeLooptijd', reden: expect.stringContaining('48 maanden') },
    ]);
    expect(met.id).toBeDefined();
  });

  it('should refuse a lumpsum budget above the contract’s maximum value', async () => {
    const contract = await maakContract(t, await maakPartijen(t), {
      producten: [
        {
          productcategorie: '02',
          productcode: 'L0001',
          uitvoeringsvariant: Uitvoeringsvariant.Taakgericht,
          omschrijving: 'Lumpsum wijkteams',
          tarieven: [],
        },
      ],
      maximaleWaardeCenten: 100_000_000,
    });
    const budget = (jaarbedragCenten: number) => ({
      soort: 'taakgericht',
      productcode: 'L0001',
      omschrijving: 'Lumpsum wijkteams',
      opdracht: { soort: 'gebied', omschrijving: 'Ondersteuning in 9 wijken' },
      jaarbedragCenten,
      ingangsdatum: '2026-01-01',
      betaalafspraak: { frequentie: 'kwartaal', betaaldag: { moment: 'vooraf', dag: 1 } },
      verantwoording: {
        frequentie: 'kwartaal',
        dagenNaPeriode: 30,
        indicatoren: [{ code: 'CTV', omschrijving: 'Cliënttevredenheid', streefwaarde: '≥ 7,5' }],
      },
    });
    const pad = `/api/v1/raamovereenkomsten/${contract.id}/budgetten`;

    // Two years of € 600.000,01 exceed the maximum of € 1.000.000; two years of € 500.000 fit exactly.
    const teVeel = await http(t.url, 'POST', pad, { token: BEHEER, json: budget(60_000_001) });
    const past = await http(t.url, 'POST', pad, { token: BEHEER, json: budget(50_000_000) });

    expect(teVeel.status).toBe(400);
    expect(teVeel.body.fouten).toEqual([
      { veld: 'jaarbedragCenten', reden: expect.stringContaining('maximale waarde') },
    ]);
    expect(past.status).toBe(201);
  });

  it('should accept a tariff above the reële prijs of its cost build-up, keep the build-up as the floor’s evidence, and refuse one below', async () => {
    const vloer = berekenReelePrijs(opbouw, Eenheid.Uur).tarief;
    const contract = await maakContract(t, await maakPartijen(t), {
      producten: [product(vloer + 250, { kostenopbouw: opbouw })],
    });
    const tarieven = await http(t.url, 'GET', `/api/v1/raamovereenkomsten/${contract.id}/tarieven`, { token: BEHEER });
    const onder = await http(t.url, 'POST', `/api/v1/raamovereenkomsten/${contract.id}/tarieven`, {
      token: BEHEER,
      json: {
        tarieven: [
          {
            productcode: '02A01',
            eenheid: Eenheid.Uur,
            bedragCenten: vloer - 1,
            ingangsdatum: '2027-01-01',
            kostenopbouw: opbouw,
          },
        ],
      },
    });
    const boven = await http(t.url, 'POST', `/api/v1/raamovereenkomsten/${contract.id}/tarieven`, {
      token: BEHEER,
      json: {
        tarieven: [
          {
            productcode: '02A01',
            eenheid: Eenheid.Uur,
            bedragCenten: vloer + 500,
            ingangsdatum: '2027-01-01',
            kostenopbouw: opbouw,
          },
        ],
      },
    });

    expect(tarieven.body).toEqual([
      expect.objectContaining({ bedragCenten: vloer + 250, reelePrijsCenten: vloer, kostenopbouw: opbouw }),
    ]);
    expect(onder.status).toBe(400);
    expect(onder.body.fouten[0].reden).toContain('onder de reële prijs');
    expect(boven.status).toBe(201);
    expect(boven.body[0]).toMatchObject({ bedragCenten: vloer + 500, reelePrijsCenten: vloer });
  });

  it('should still allow a rename after a confirmed wezenlijke wijziging', async () => {
    const contract = await maakContract(t, await maakPartijen(t), {
      producten: [product(6_000)],
      maximaleWaardeCenten: 10_000_000,
    });
    const pad = `/api/v1/raamovereenkomsten/${contract.id}`;
    const wezenlijk = await http(t.url, 'PATCH', pad, {
      token: BEHEER,
      json: { maximaleWaardeCenten: 16_000_000, bevestigWezenlijkeWijziging: true },
    });

    const hernoemd = await http(t.url, 'PATCH', pad, { token: BEHEER, json: { naam: 'Begeleiding Salland 2026' } });

    expect(wezenlijk.status).toBe(200);
    expect(hernoemd.status).toBe(200);
    expect(hernoemd.body).toMatchObject({ naam: 'Begeleiding Salland 2026', maximaleWaardeCenten: 16_000_000 });
  });

  it('should name each role once when an action is reserved', async () => {
    const res = await http(t.url, 'POST', '/api/v1/organisaties', {
      token: p.inkoop,
      json: { soort: 'gemeente', naam: 'Gemeente X', cbsCode: '9999' },
    });

    expect(res.status).toBe(403);
    expect(res.body.bericht).toBe('deze handeling is voorbehouden aan: beheerder');
  });

  it('should show a regio’s deelnemers in the list as in its detail', async () => {
    const [g1, g2] = [await maakOrganisatie(t.url, 'gemeente'), await maakOrganisatie(t.url, 'gemeente')];
    const regio = await maakOrganisatie(t.url, 'regio', {
      deelnemers: [g1, g2].flatMap((g) =>
        [Domein.Wmo, Domein.Jeugd].map((domein) => ({ gemeenteId: g.id, domein, ingangsdatum: '2025-01-01' })),
      ),
    });

    const detail = await http(t.url, 'GET', `/api/v1/organisaties/${regio.id}`, { token: BEHEER });
    const lijst = await http(t.url, 'GET', `/api/v1/organisaties?soort=regio&zoek=${encodeURIComponent(regio.naam)}`, {
      token: BEHEER,
    });

    expect(detail.body.deelnemers).toHaveLength(4);
    expect(lijst.body).toEqual([detail.body]);
  });
});
