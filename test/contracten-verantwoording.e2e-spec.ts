import { BudgetService } from '#keten/contracten';
import { Rol } from '#keten/platform';
import { Uitvoeringsvariant } from '#keten/domain';
import { http } from './support/http.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { maakContract, maakPartijen, type Partijen } from './contracten-testhulp.js';

describe('contracten: verantwoording of a lumpsum budget that releases a held termijn (issue 16, e2e)', () => {
  let t: TestApp;
  let p: Partijen;
  let aanbieder: string;
  let pad: string;
  let budgetId: string;

  beforeAll(async () => {
    t = await startTestApp();
    p = await maakPartijen(t);
    aanbieder = await t.token(Rol.Aanbieder, p.aanbieder.id);
    const contract = await maakContract(t, p, {
      producten: [
        {
          productcategorie: '02',
          productcode: 'L0001',
          uitvoeringsvariant: Uitvoeringsvariant.Taakgericht,
          omschrijving: 'Lumpsum wijkteams',
          tarieven: [],
        },
      ],
    });
    pad = `/api/v1/raamovereenkomsten/${contract.id}`;
    const budget = await http(t.url, 'POST', `${pad}/budgetten`, {
      token: p.inkoop,
      json: {
        soort: 'taakgericht',
        productcode: 'L0001',
        omschrijving: 'Lumpsum wijkteams',
        opdracht: { soort: 'gebied', omschrijving: 'Ondersteuning in 9 wijken' },
        jaarbedragCenten: 12_000_000,
        ingangsdatum: '2026-01-01',
        betaalafspraak: { frequentie: 'kwartaal', betaaldag: { moment: 'vooraf', dag: 1 } },
        verantwoording: {
          frequentie: 'kwartaal',
          dagenNaPeriode: 30,
          indicatoren: [
            { code: 'CTV', omschrijving: 'Cliënttevredenheid', streefwaarde: '≥ 7,5' },
            { code: 'ZR', omschrijving: 'Zelfredzaamheid verbeterd', streefwaarde: '≥ 60%' },
          ],
        },
      },
    });
    expect(budget.status).toBe(201);
    budgetId = budget.body.id;
  });

  afterAll(() => t.close());

  it('should hold the second termijn until the first quarter’s verantwoording is accepted, after one round of asking for more', async () => {
    const termijnen = await http(t.url, 'GET', `${pad}/termijnen`, { token: p.inkoop });
    const tweede = termijnen.body.find((x: { periodeBegindatum: string }) => x.periodeBegindatum === '2026-04-01');
    const vast = await http(t.url, 'POST', `${pad}/termijnen/${tweede.id}/vasthouden`, {
      token: p.inkoop,
      json: { verantwoordingsperiode: '2026-01-01', reden: 'Eerst de verantwoording over het eerste kwartaal' },
    });
    await t.app.get(BudgetService).werkTermijnenBij('2026-04-01');
    const betalenTerwijlVast = await http(t.url, 'POST', `${pad}/termijnen/${tweede.id}/betaald`, {
      token: p.inkoop,
      json: { betaaldOp: '2026-04-02' },
    });

    const onvolledig = await http(t.url, 'POST', `${pad}/budgetten/${budgetId}/verantwoordingen`, {
      token: aanbieder,
      json: { periodeBegindatum: '2026-01-01', indicatoren: [{ code: 'CTV', waarde: '7,8' }] },
    });
    const eerste = await http(t.url, 'POST', `${pad}/budgetten/${budgetId}/verantwoordingen`, {
      token: aanbieder,
      json: {
        periodeBegindatum: '2026-01-01',
        indicatoren: [
          { code: 'CTV', waarde: '7,8' },
          { code: 'ZR', waarde: '55%' },
        ],
      },
    });
    const doorInkoper = await http(t.url, 'POST', `${pad}/budgetten/${budgetId}/verantwoordingen`, {
      token: p.inkoop,
      json: { periodeBegindatum: '2026-01-01', indicatoren: [] },
    });
    const meer = await http(t.url, 'POST', `${pad}/verantwoordingen/${eerste.body.id}/beoordeling`, {
      token: p.inkoop,
      json: { besluit: 'aanvulling_gevraagd', toelichting: 'Licht toe waarom zelfredzaamheid achterblijft' },
    });
    const nogVast = await http(t.url, 'POST', `${pad}/termijnen/${tweede.id}/betaald`, {
      token: p.inkoop,
      json: { betaaldOp: '2026-05-01' },
    });
    const tweedeKeer = await http(t.url, 'POST', `${pad}/budgetten/${budgetId}/verantwoordingen`, {
      token: aanbieder,
      json: {
        periodeBegindatum: '2026-01-01',
        indicatoren: [
          { code: 'CTV', waarde: '7,8' },
          { code: 'ZR', waarde: '55%', toelichting: 'Twee wijken startten later' },
        ],
      },
    });
    const geaccepteerd = await http(t.url, 'POST', `${pad}/verantwoordingen/${eerste.body.id}/beoordeling`, {
      token: p.inkoop,
      json: { besluit: 'geaccepteerd' },
    });
    const betaald = await http(t.url, 'POST', `${pad}/termijnen/${tweede.id}/betaald`, {
      token: p.inkoop,
      json: { betaaldOp: '2026-05-15' },
    });
    const lijst = await http(t.url, 'GET', `${pad}/verantwoordingen`, { token: aanbieder });

    expect(vast.status).toBe(204);
    expect(betalenTerwijlVast.status).toBe(409);
    expect(betalenTerwijlVast.body.bericht).toContain(
      'vastgehouden tot de verantwoording over de periode vanaf 2026-01-01',
    );
    expect(onvolledig.status).toBe(400);
    expect(onvolledig.body.fouten).toEqual([{ veld: 'indicatoren', reden: 'indicator ZR ontbreekt' }]);
    expect(eerste.status).toBe(201);
    expect(eerste.body).toMatchObject({
      status: 'ingediend',
      periodeBegindatum: '2026-01-01',
      periodeEinddatum: '2026-03-31',
    });
    expect(doorInkoper.status).toBe(403);
    expect(meer.body).toMatchObject({
      status: 'aanvulling_gevraagd',
      beoordelingToelichting: 'Licht toe waarom zelfredzaamheid achterblijft',
    });
    expect(nogVast.status).toBe(409);
    expect(tweedeKeer.status).toBe(201);
    expect(geaccepteerd.body).toMatchObject({ status: 'geaccepteerd', vrijgegevenTermijnen: [tweede.id] });
    expect(betaald.status).toBe(201);
    expect(betaald.body).toMatchObject({ status: 'betaald', betaaldOp: '2026-05-15', wachtOpVerantwoording: null });
    expect(lijst.body).toEqual([expect.objectContaining({ id: eerste.body.id, status: 'geaccepteerd' })]);
  });

  it('should refuse a verantwoording over a period that is not one of the budget’s', async () => {
    const res = await http(t.url, 'POST', `${pad}/budgetten/${budgetId}/verantwoordingen`, {
      token: aanbieder,
      json: {
        periodeBegindatum: '2026-02-01',
        indicatoren: [
          { code: 'CTV', waarde: '8' },
          { code: 'ZR', waarde: '60%' },
        ],
      },
    });

    expect(res.status).toBe(400);
    expect(res.body.fouten[0]).toMatchObject({ veld: 'periodeBegindatum' });
  });
});
