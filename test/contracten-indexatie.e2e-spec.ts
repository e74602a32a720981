import { Eenheid, Uitvoeringsvariant } from '#keten/domain';
import { BudgetService } from '#keten/contracten';
import { Rol } from '#keten/platform';
import { maakOrganisatie, raamovereenkomstDocument } from './support/factories.js';
import { http } from './support/http.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { maakContract, maakPartijen, prng, wachtOpStatus, type Partijen } from './contracten-testhulp.js';

// The worker runs in the test process on BullMQ's PostgreSQL backend, which lives in this run's own database:
// no other test run sharing a Redis can take these jobs.

// Jeugd contractstandaard weights for 2027: OVA 3.5 + (4.2 − 3.8) = 3.9, PCC 2.0 + (3.1 − 3.3) = 1.8;
// 0.9 × 3.9 + 0.1 × 1.8 = 3.69%.
const PARAMETERS_2027 = {
  jaar: 2027,
  componenten: [
    { naam: 'OVA', gewicht: '90', prognose: '3.5', correctie: { definitief: '4.2', eerderePrognose: '3.8' } },
    { naam: 'PCC', gewicht: '10', prognose: '2.0', correctie: { definitief: '3.1', eerderePrognose: '3.3' } },
  ],
};

// Independent longhand (as in the domain spec): each decimal scaled to ten-thousandths, the factor
// (10^12 + Σ w·idx) / 10^12, rounded half away from zero for a positive amount.
function tienduizendsten(tekst: string): bigint {
  const neg = tekst.startsWith('-');
  const [geheel, fractie = ''] = tekst.replace('-', '').split('.');
  const waarde = BigInt(geheel) * 10_000n + BigInt((fractie + '0000').slice(0, 4));
  return neg ? -waarde : waarde;
}

function verwachtNieuw(oud: number): number {
  let som = 0n;
  for (const c of PARAMETERS_2027.componenten) {
    som +=
      tienduizendsten(c.gewicht) *
      (tienduizendsten(c.prognose) +
        tienduizendsten(c.correctie.definitief) -
        tienduizendsten(c.correctie.eerderePrognose));
  }
  const teller = BigInt(oud) * (10n ** 12n + som);
  const noemer = 10n ** 12n;
  const q = teller / noemer;
  return Number(2n * (teller - q * noemer) >= noemer ? q + 1n : q);
}

const EENHEDEN = [Eenheid.Minuut, Eenheid.Uur, Eenheid.Etmaal, Eenheid.Dagdeel, Eenheid.StuksInspanning];

interface Verwacht {
  productcode: string;
  eenheid: Eenheid;
  oud: number;
  geindexeerd: boolean;
}

/** 60 products × 5 eenheden = 300 tariff keys with realistic amounts, half-cent cases and keys that must be left alone. */
function realistischeSet() {
  const r = prng(2027);
  const verwacht: Verwacht[] = [];
  const producten = Array.from({ length: 60 }, (_x, i) => {
    const productcode = `I${String(i).padStart(4, '0')}`;
    const tarieven = EENHEDEN.flatMap((eenheid, e) => {
      const k = i * EENHEDEN.length + e;
      // 5000 × 1.0369 = 5184.5: exactly half a cent, rounds up; also 1-cent minute tariffs and large etmaal tariffs.
      const oud =
        k % 10 === 0
          ? 5_000 + 10_000 * (k % 7)
          : eenheid === Eenheid.Minuut
            ? 1 + Math.floor(r() * 300)
            : 1 + Math.floor(r() * 500_000);
      switch (k % 6) {
        case 0: // ends at the year end: not indexed
          verwacht.push({ productcode, eenheid, oud, geindexeerd: false });
          return [{ eenheid, bedragCenten: oud, ingangsdatum: '2026-01-01', einddatum: '2026-12-31' }];
        case 1: // a 2027 version already exists: not indexed again
          verwacht.push({ productcode, eenheid, oud, geindexeerd: false });
          return [
            { eenheid, bedragCenten: oud, ingangsdatum: '2026-01-01', einddatum: '2026-12-31' },
            { eenheid, bedragCenten: oud + 17, ingangsdatum: '2027-01-01' },
          ];
        case 2: // runs into 2027 and ends mid-year: indexed, the new version ends on the same day
          verwacht.push({ productcode, eenheid, oud, geindexeerd: true });
          return [{ eenheid, bedragCenten: oud, ingangsdatum: '2026-03-01', einddatum: '2027-06-30' }];
        default:
          verwacht.push({ productcode, eenheid, oud, geindexeerd: true });
          return [{ eenheid, bedragCenten: oud, ingangsdatum: '2026-01-01' }];
      }
    });
    return {
      productcategorie: '02',
      productcode,
      uitvoeringsvariant: Uitvoeringsvariant.Inspanningsgericht,
      omschrijving: `Product ${i}`,
      tarieven,
    };
  });
  return { producten, verwacht };
}

interface Regel {
  tariefId: string | null;
  budgetId: string | null;
  omschrijving: string;
  oudCenten: number;
  nieuwCenten: number;
  ingangsdatum: string;
  nieuweVersieId: string | null;
}

describe('contracten: indexatie through the API and the queue, and lumpsum termijnen (e2e)', () => {
  let t: TestApp;
  let p: Partijen;

  beforeAll(async () => {
    t = await startTestApp({ metWorker: true, config: { REDIS_URL: '' } });
    p = await maakPartijen(t);
  });

  afterAll(() => t.close());

  async function alleRegels(pad: string): Promise<Regel[]> {
    const regels: Regel[] = [];
    for (let offset = 0; ; offset += 500) {
      const pagina = (await http(t.url, 'GET', `${pad}?limiet=500&offset=${offset}`, { token: p.inkoop })).body
        .regels as Regel[];
      regels.push(...pagina);
      if (pagina.length < 500) return regels;
    }
  }

  it('should index a realistic tariff set exactly, with a preview first, and change nothing when run twice', async () => {
    const { producten, verwacht } = realistischeSet();
    const contract = await maakContract(t, p, {
      producten,
      ingangsdatum: '2026-01-01',
      einddatum: '2028-12-31',
      maximaleWaardeCenten: 900_000_000,
    });
    const basis = `/api/v1/raamovereenkomsten/${contract.id}`;
    const tellen = async () =>
      (await http(t.url, 'GET', `${basis}/tarieven?historie=true`, { token: p.inkoop })).body.length as number;
    const voor = await tellen();

    const aanvraag = await http(t.url, 'POST', `${basis}/indexaties`, { token: p.inkoop, json: PARAMETERS_2027 });
    expect(aanvraag.status).toBe(202);
    const preview = await wachtOpStatus<{ status: string; percentage: string; aantalRegels: number }>(
      t,
      p.inkoop,
      `${basis}/indexaties/${aanvraag.body.id}`,
      ['preview', 'mislukt'],
    );

    const teIndexeren = verwacht.filter((v) => v.geindexeerd);
    expect(preview).toMatchObject({ status: 'preview', percentage: '3.69', aantalRegels: teIndexeren.length });
    const regels = await alleRegels(`${basis}/indexaties/${aanvraag.body.id}`);
    expect(regels.map((r) => [r.omschrijving, r.oudCenten, r.nieuwCenten, r.ingangsdatum]).sort()).toEqual(
      teIndexeren
        .map((v) => [`02/${v.productcode} eenheid ${v.eenheid}`, v.oud, verwachtNieuw(v.oud), '2027-01-01'])
        .sort(),
    );
    expect(regels.some((r) => r.oudCenten === 5_000 && r.nieuwCenten === 5_185)).toBe(true);
    // Nothing changes before the inkoopadviseur applies it.
    expect(await tellen()).toBe(voor);

    const toepassen = await http(t.url, 'POST', `${basis}/indexaties/${aanvraag.body.id}/toepassen`, {
      token: p.inkoop,
    });
    expect(toepassen.status).toBe(202);
    await wachtOpStatus(t, p.inkoop, `${basis}/indexaties/${aanvraag.body.id}`, ['toegepast']);

    const jan = (await http(t.url, 'GET', `${basis}/tarieven?peildatum=2027-01-01`, { token: p.inkoop })).body as {
      productcode: string;
      eenheid: string;
      bedragCenten: number;
      bron: string;
      einddatum: string | null;
    }[];
    const dec = (await http(t.url, 'GET', `${basis}/tarieven?peildatum=2026-12-31`, { token: p.inkoop })).body as {
      productcode: string;
      eenheid: string;
      bedragCenten: number;
    }[];
    for (const v of verwacht) {
      expect(dec.find((d) => d.productcode === v.productcode && d.eenheid === v.eenheid)?.bedragCenten).toBe(v.oud);
      const nieuw = jan.find((d) => d.productcode === v.productcode && d.eenheid === v.eenheid);
      if (v.geindexeerd) expect(nieuw).toMatchObject({ bedragCenten: verwachtNieuw(v.oud), bron: 'indexatie' });
      else expect(nieuw?.bron ?? 'geen').not.toBe('indexatie');
    }
    expect(await tellen()).toBe(voor + teIndexeren.length);
    const [audit] = await t.dataSource.query(
      `SELECT details FROM keten.audit_log WHERE entiteit_id = $1 AND actie = 'indexatie.toegepast'`,
      [contract.id],
    );
    expect(audit.details).toMatchObject({ jaar: 2027, tarieven: teIndexeren.length });

    // Twice: applying the same indexatie again, and a second indexatie for the same year, change nothing.
    const nogmaals = await http(t.url, 'POST', `${basis}/indexaties/${aanvraag.body.id}/toepassen`, {
      token: p.inkoop,
    });
    expect([nogmaals.status, nogmaals.body.status]).toEqual([202, 'toegepast']);
    const tweede = await http(t.url, 'POST', `${basis}/indexaties`, { token: p.inkoop, json: PARAMETERS_2027 });
    const tweedePreview = await wachtOpStatus<{ status: string; aantalRegels: number }>(
      t,
      p.inkoop,
      `${basis}/indexaties/${tweede.body.id}`,
      ['preview'],
    );
    expect(tweedePreview.aantalRegels).toBe(0);
    await http(t.url, 'POST', `${basis}/indexaties/${tweede.body.id}/toepassen`, { token: p.inkoop });
    await wachtOpStatus(t, p.inkoop, `${basis}/indexaties/${tweede.body.id}`, ['toegepast']);
    expect(await tellen()).toBe(voor + teIndexeren.length);
    expect((await http(t.url, 'GET', `${basis}/tarieven?peildatum=2027-01-01`, { token: p.inkoop })).body).toEqual(jan);
  });

  it('should refuse indexation parameters whose weights do not add up to 100, and let only an inkoopadviseur ask for it', async () => {
    const contract = await maakContract(t, p);
    const basis = `/api/v1/raamovereenkomsten/${contract.id}`;
    const fout = await http(t.url, 'POST', `${basis}/indexaties`, {
      token: p.inkoop,
      json: { jaar: 2027, componenten: [{ naam: 'OVA', gewicht: '80', prognose: '3' }] },
    });
    const controller = await t.token(Rol.Controller, p.gemeente.id);

    expect(fout.status).toBe(400);
    expect(fout.body.fouten[0].reden).toContain('100');
    expect(
      (await http(t.url, 'POST', `${basis}/indexaties`, { token: controller, json: PARAMETERS_2027 })).status,
    ).toBe(403);
    expect((await http(t.url, 'GET', `${basis}/indexaties`, { token: controller })).status).toBe(200);
  });

  it('should request one indexatie per contract of a regio, and report a contract whose agreed method differs', async () => {
    const [g1, g2] = [await maakOrganisatie(t.url, 'gemeente'), await maakOrganisatie(t.url, 'gemeente')];
    const regio = await maakOrganisatie(t.url, 'regio', {
      deelnemers: [g1, g2].map((g) => ({ gemeenteId: g.id, domein: 'wmo', ingangsdatum: '2025-01-01' })),
    });
    const inkoop = await t.token(Rol.Inkoopadviseur, regio.id);
    const registreer = async (extra: Record<string, unknown> = {}) => {
      const aanbieder = await maakOrganisatie(t.url, 'aanbieder');
      const res = await http(t.url, 'POST', '/api/v1/raamovereenkomsten', {
        token: inkoop,
        json: raamovereenkomstDocument(regio.id, aanbieder.id, [g1.id, g2.id], extra),
      });
      expect(res.status).toBe(201);
      return res.body as { id: string };
    };
    const a = await registreer();
    const b = await registreer({
      indexatiemethode: [
        { naam: 'OVA', gewicht: '90' },
        { naam: 'PCC', gewicht: '10' },
      ],
    });
    const anders = await registreer({
      indexatiemethode: [
        { naam: 'OVA', gewicht: '80' },
        { naam: 'PCC', gewicht: '20' },
      ],
    });
    const afgelopen = await registreer({
      einddatum: '2026-12-31',
      producten: [
        {
          productcategorie: '02',
          productcode: '02A01',
          uitvoeringsvariant: Uitvoeringsvariant.Inspanningsgericht,
          omschrijving: 'x',
          tarieven: [{ eenheid: Eenheid.Uur, bedragCenten: 6_000, ingangsdatum: '2026-01-01' }],
        },
      ],
    });
    const elders = await maakContract(t, p);

    const res = await http(t.url, 'POST', '/api/v1/indexaties', {
      token: inkoop,
      json: { ...PARAMETERS_2027, inkoperId: regio.id },
    });

    expect(res.status).toBe(202);
    const perContract = new Map(
      (res.body as { raamovereenkomstId: string; indexatie: { id: string } | null; fout: string | null }[]).map((r) => [
        r.raamovereenkomstId,
        r,
      ]),
    );
    expect([...perContract.keys()].sort()).toEqual([a.id, b.id, anders.id].sort());
    expect(perContract.has(elders.id)).toBe(false);
    expect(perContract.has(afgelopen.id)).toBe(false);
    expect(perContract.get(anders.id)).toMatchObject({ indexatie: null, fout: expect.stringContaining('afgesproken') });
    for (const id of [a.id, b.id]) {
      const ix = await wachtOpStatus<{ status: string; aantalRegels: number; percentage: string }>(
        t,
        inkoop,
        `/api/v1/raamovereenkomsten/${id}/indexaties/${perContract.get(id)!.indexatie!.id}`,
        ['preview'],
      );
      // The factory contract has one open-ended 2027 tariff, which already starts on 1 January: nothing to index.
      expect([ix.percentage, ix.aantalRegels]).toEqual(['3.69', 0]);
    }
  });

  describe('lumpsum (taakgericht) budget', () => {
    // Dates far ahead of today: the worker's hourly job marks termijnen due on today's date, and must not race this test.
    const lumpsumProduct = {
      productcategorie: '02',
      productcode: 'L0001',
      uitvoeringsvariant: Uitvoeringsvariant.Taakgericht,
      omschrijving: 'Lumpsum wijkteams',
      tarieven: [],
    };
    const budget = {
      soort: 'taakgericht',
      productcode: 'L0001',
      omschrijving: 'Lumpsum wijkteams 9 gebieden',
      opdracht: { soort: 'gebied', omschrijving: 'Ondersteuning in 9 wijken' },
      jaarbedragCenten: 1_200_000_01,
      ingangsdatum: '2040-01-01',
      betaalafspraak: { frequentie: 'kwartaal', betaaldag: { moment: 'vooraf', dag: 1 } },
      verantwoording: {
        frequentie: 'kwartaal',
        dagenNaPeriode: 30,
        indicatoren: [{ code: 'CTV', omschrijving: 'Cliënttevredenheid', streefwaarde: '≥ 7,5' }],
      },
    };

    it('should plan termijnen as payable rows that become betaalbaar on their due date, and index the budget from 1 January', async () => {
      const contract = await maakContract(t, p, {
        producten: [lumpsumProduct],
        ingangsdatum: '2040-01-01',
        einddatum: '2041-12-31',
        maximaleWaardeCenten: 5_000_000_00,
      });
      const basis = `/api/v1/raamovereenkomsten/${contract.id}`;
      const res = await http(t.url, 'POST', `${basis}/budgetten`, { token: p.inkoop, json: budget });
      expect(res.status).toBe(201);
      expect(res.body.verantwoordingsmomenten[0]).toMatchObject({ einddatum: '2040-03-31', uiterlijk: '2040-04-30' });
      const termijnen = async () =>
        (await http(t.url, 'GET', `${basis}/termijnen`, { token: p.inkoop })).body as {
          id: string;
          vervaldatum: string;
          bedragCenten: number;
          status: string;
          periodeBegindatum: string;
          budgetId: string;
        }[];

      const gepland = await termijnen();
      expect(gepland.map((x) => [x.vervaldatum, x.status])).toEqual(
        [
          '2040-01-01',
          '2040-04-01',
          '2040-07-01',
          '2040-10-01',
          '2041-01-01',
          '2041-04-01',
          '2041-07-01',
          '2041-10-01',
        ].map((d) => [d, 'gepland']),
      );
      expect(gepland.slice(0, 4).reduce((s, x) => s + x.bedragCenten, 0)).toBe(1_200_000_01);

      const budgetten = t.app.get(BudgetService);
      await budgetten.werkTermijnenBij('2040-03-31');
      expect((await termijnen()).map((x) => x.status).slice(0, 3)).toEqual(['betaalbaar', 'gepland', 'gepland']);
      await budgetten.werkTermijnenBij('2040-04-01');
      expect((await termijnen()).map((x) => x.status).slice(0, 3)).toEqual(['betaalbaar', 'betaalbaar', 'gepland']);
      const betaald = await http(t.url, 'POST', `${basis}/termijnen/${gepland[0].id}/betaald`, {
        token: p.inkoop,
        json: { betaaldOp: '2040-01-03' },
      });
      expect(betaald.body).toMatchObject({ status: 'betaald', betaaldOp: '2040-01-03' });
      expect(
        (
          await http(t.url, 'POST', `${basis}/termijnen/${gepland[2].id}/betaald`, {
            token: p.inkoop,
            json: { betaaldOp: '2040-04-03' },
          })
        ).status,
      ).toBe(409);

      // The first 2041 termijn falls due before the indexation is applied (the 2040 ones are due by then too): the
      // new version pays only the difference for it.
      await budgetten.werkTermijnenBij('2041-01-01');
      const ix = await http(t.url, 'POST', `${basis}/indexaties`, {
        token: p.inkoop,
        json: { ...PARAMETERS_2027, jaar: 2041 },
      });
      await wachtOpStatus(t, p.inkoop, `${basis}/indexaties/${ix.body.id}`, ['preview']);
      const [regel] = await alleRegels(`${basis}/indexaties/${ix.body.id}`);
      expect(regel).toMatchObject({
        budgetId: res.body.id,
        oudCenten: 1_200_000_01,
        nieuwCenten: verwachtNieuw(1_200_000_01),
        ingangsdatum: '2041-01-01',
      });
      await http(t.url, 'POST', `${basis}/indexaties/${ix.body.id}/toepassen`, { token: p.inkoop });
      await wachtOpStatus(t, p.inkoop, `${basis}/indexaties/${ix.body.id}`, ['toegepast']);

      const versies = (await http(t.url, 'GET', `${basis}/budgetten`, { token: p.inkoop })).body as {
        id: string;
        jaarbedragCenten: number;
        ingangsdatum: string;
        einddatum: string;
        bron: string;
      }[];
      expect(versies.map((v) => [v.jaarbedragCenten, v.ingangsdatum, v.einddatum, v.bron])).toEqual([
        [1_200_000_01, '2040-01-01', '2040-12-31', 'registratie'],
        [verwachtNieuw(1_200_000_01), '2041-01-01', '2041-12-31', 'indexatie'],
      ]);
      const na = await termijnen();
      const in2040 = na.filter((x) => x.periodeBegindatum < '2041-01-01');
      const in2041 = na.filter((x) => x.periodeBegindatum >= '2041-01-01');
      expect(in2040).toEqual(
        gepland.slice(0, 4).map((g, i) => ({
          ...g,
          status: i === 0 ? 'betaald' : 'betaalbaar',
          betaaldOp: i === 0 ? '2040-01-03' : null,
        })),
      );
      expect(in2041.reduce((s, x) => s + x.bedragCenten, 0)).toBe(verwachtNieuw(1_200_000_01));
      expect(in2041.filter((x) => x.status === 'betaalbaar').map((x) => x.bedragCenten)).toEqual([
        gepland[4].bedragCenten,
      ]);
    });

    it('should pay a subsidie for an algemene voorziening in monthly instalments after each month, adding up to the budget', async () => {
      const contract = await maakContract(t, p, {
        ingangsdatum: '2040-01-01',
        einddatum: '2040-12-31',
        producten: [lumpsumProduct],
      });
      const res = await http(t.url, 'POST', `/api/v1/raamovereenkomsten/${contract.id}/budgetten`, {
        token: p.inkoop,
        json: {
          soort: 'subsidie',
          omschrijving: 'Inloopvoorziening',
          voorwaarden: ['Open op 5 dagdelen per week', 'Jaarverslag met bezoekersaantallen'],
          jaarbedragCenten: 100_000_00,
          ingangsdatum: '2040-03-01',
          betaalafspraak: { frequentie: 'maand', betaaldag: { moment: 'achteraf', dag: 'laatste' } },
          verantwoording: { frequentie: 'jaar', dagenNaPeriode: 90, indicatoren: [] },
        },
      });

      expect(res.status).toBe(201);
      const termijnen = (
        await http(t.url, 'GET', `/api/v1/raamovereenkomsten/${contract.id}/termijnen`, { token: p.inkoop })
      ).body as { vervaldatum: string; bedragCenten: number }[];
      // 1 March – 31 December 2040: 306 of 366 days of € 100.000,00 = 8360655.7… → 8360656 cents, paid after each month.
      expect(termijnen.map((x) => x.vervaldatum)).toEqual([
        '2040-04-30',
        '2040-05-31',
        '2040-06-30',
        '2040-07-31',
        '2040-08-31',
        '2040-09-30',
        '2040-10-31',
        '2040-11-30',
        '2040-12-31',
        '2041-01-31',
      ]);
      expect(termijnen.reduce((s, x) => s + x.bedragCenten, 0)).toBe(8_360_656);
      expect(res.body.verantwoordingsmomenten).toEqual([
        expect.objectContaining({ begindatum: '2040-03-01', einddatum: '2040-12-31', uiterlijk: '2041-03-31' }),
      ]);
    });

    it('should refuse a budget for a product that is not taakgericht', async () => {
      const contract = await maakContract(t, p);
      const res = await http(t.url, 'POST', `/api/v1/raamovereenkomsten/${contract.id}/budgetten`, {
        token: p.inkoop,
        json: { ...budget, productcode: '02A01', ingangsdatum: '2026-01-01' },
      });

      expect(res.status).toBe(400);
      expect(res.body.fouten[0]).toMatchObject({
        veld: 'productcode',
        reden: expect.stringContaining('niet taakgericht'),
      });
    });
  });
});
