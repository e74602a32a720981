import { bouwBericht, maakHeader, type Bericht305, type Bericht307 } from '#keten/istandaarden';
import { BudgetService } from '#keten/contracten';
import {
  DebetCredit,
  Domein,
  Eenheid,
  Frequentie,
  isGeldigBsn,
  StatusAanlevering,
  Uitvoeringsvariant,
  vandaag,
} from '#keten/domain';
import { Rol } from '#keten/platform';
import { RealisatieBijwerkenService } from '#keten/sturing';
import { DataSource } from 'typeorm';
import { GOEDGEKEURDE_BEDRAGEN_UIT_PRESTATIES } from '../migrations/1796700000000-goedgekeurdeBedragen.js';
import { cijfers, http } from './support/http.js';
import { maakOrganisatie, type Org } from './support/factories.js';
import { BOOTSTRAP_TOKEN, startTestApp, type TestApp } from './support/test-app.js';
import { beoordeeldeDeclaratie, wachtOp } from './support/wacht.js';
import { wachtOpStatus } from './contracten-testhulp.js';

// A hand-checked scenario (sturing-en-schaal.md 1): a tariff change on 1 January, a 307 stop, an indexatie, a new
// 301 version and a lumpsum. Every expected figure below is computed here, day by day, from the scenario's own
// numbers, never read back from Keten.

const UUR_2026 = 6000;
const UUR_2027 = 6600;
const DAGDEEL = 4000;
const LUMPSUM_JAAR = 120_000_00;
const PARAMETERS_2027 = {
  jaar: 2027,
  componenten: [
    { naam: 'OVA', gewicht: '90', prognose: '3.5', correctie: { definitief: '4.2', eerderePrognose: '3.8' } },
    { naam: 'PCC', gewicht: '10', prognose: '2.0', correctie: { definitief: '3.1', eerderePrognose: '3.3' } },
  ],
};

/** The indexed tariff, longhand: 0.9 × (3.5 + 4.2 − 3.8) + 0.1 × (2.0 + 3.1 − 3.3) = 3.69%, half away from zero. */
function geindexeerd(oud: number): number {
  const teller = BigInt(oud) * 1_000_000n + BigInt(oud) * 36_900n;
  const q = teller / 1_000_000n;
  return Number(2n * (teller - q * 1_000_000n) >= 1_000_000n ? q + 1n : q);
}

function* dagen(van: string, tot: string): Generator<string> {
  for (let d = new Date(`${van}T00:00:00Z`); d <= new Date(`${tot}T00:00:00Z`); d = new Date(d.getTime() + 86_400_000))
    yield d.toISOString().slice(0, 10);
}
const dagenInMaand = (dag: string) => new Date(Date.UTC(+dag.slice(0, 4), +dag.slice(5, 7), 0)).getUTCDate();
const maandVan = (dag: string) => `${dag.slice(0, 7)}-01`;

/** Allocated cost per month: Σ over the days of volume × tariff(day), divided once per month by the frequency's days. */
function toegewezen(
  van: string,
  tot: string,
  volume: number,
  frequentie: 'week' | 'maand',
  tarief: (dag: string) => number,
): Map<string, number> {
  const teller = new Map<string, number>();
  for (const dag of dagen(van, tot)) teller.set(maandVan(dag), (teller.get(maandVan(dag)) ?? 0) + volume * tarief(dag));
  return new Map([...teller].map(([m, t]) => [m, Math.round(t / (frequentie === 'week' ? 7 : dagenInMaand(m)))]));
}

/** A termijn spread over its months by days, rounded cumulatively (the months add up to the termijn). */
function termijnPerMaand(bedrag: number, van: string, tot: string): Map<string, number> {
  const alle = [...dagen(van, tot)];
  const uit = new Map<string, number>();
  let vorige = 0;
  alle.forEach((dag, i) => {
    if (i + 1 === alle.length || maandVan(alle[i + 1]) !== maandVan(dag)) {
      const cumulatief = Math.round((bedrag * (i + 1)) / alle.length);
      uit.set(maandVan(dag), cumulatief - vorige);
      vorige = cumulatief;
    }
  });
  return uit;
}

const plusMaand = (maand: string, n: number) => {
  const d = new Date(Date.UTC(+maand.slice(0, 4), +maand.slice(5, 7) - 1 + n, 1));
  return d.toISOString().slice(0, 10);
};
const som = (m: Map<string, number>, filter: (maand: string) => boolean) =>
  [...m].filter(([k]) => filter(k)).reduce((s, [, v]) => s + v, 0);
const perMaand = (m: Map<string, number>, jaar: number) =>
  Array.from({ length: 12 }, (_, i) => m.get(`${jaar}-${String(i + 1).padStart(2, '0')}-01`) ?? 0);
const optellen = (...ms: Map<string, number>[]) => {
  const uit = new Map<string, number>();
  for (const m of ms) for (const [k, v] of m) uit.set(k, (uit.get(k) ?? 0) + v);
  return uit;
};

function willekeurigBsn(): string {
  for (;;) {
    const bsn = `9${cijfers(8)}`;
    if (isGeldigBsn(bsn)) return bsn;
  }
}

describe('sturing: realisatie, verplichtingen and prognose of a hand-checked scenario (e2e, through the worker)', () => {
  let t: TestApp;
  let gemeente: Org;
  let aanbieder: Org;
  let toegang: string;
  let aanbiederToken: string;
  let inkoop: string;
  let controller: string;
  let contractA: string;
  let contractB: string;
  const BSN = willekeurigBsn();
  const peildatum = vandaag();
  const peilmaand = `${peildatum.slice(0, 7)}-01`;

  const uurtarief = (dag: string) => (dag < '2027-01-01' ? UUR_2026 : UUR_2027);
  const t5001 = () => toegewezen('2026-11-01', '2027-02-28', 4, 'week', uurtarief);
  const t5003 = () => toegewezen('2026-09-01', '2027-01-31', 3, 'week', uurtarief);
  const t5002 = (dagdeel2027: number) =>
    toegewezen('2026-10-01', '2027-03-15', 8, 'maand', (dag) => (dag < '2027-01-01' ? DAGDEEL : dagdeel2027));

  const overzicht = async (jaar: number) => {
    const res = await http(
      t.url,
      'GET',
      `/api/v1/sturing/overzicht?gemeente=${gemeente.id}&jaar=${jaar}&peildatum=${peildatum}`,
      { token: controller },
    );
    expect(res.status).toBe(200);
    return res.body;
  };
  const post = (o: { posten: { code: string }[] }, code: string) => o.posten.find((p) => p.code === code) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  const verplichtingen = async (jaar: number, per = 'budgetpost') =>
    (
      await http(
        t.url,
        'GET',
        `/api/v1/sturing/verplichtingen?gemeente=${gemeente.id}&jaar=${jaar}&peildatum=${peildatum}&per=${per}`,
        { token: controller },
      )
    ).body;
  /** Polls until the figure the API gives equals the expected one (the aggregates are kept by jobs). */
  const wachtTot = (wat: string, lees: () => Promise<unknown>, verwacht: unknown) =>
    wachtOp(async () => {
      const waarde = await lees();
      if (JSON.stringify(waarde) !== JSON.stringify(verwacht))
        throw new Error(`${wat}: ${JSON.stringify(waarde)} ≠ ${JSON.stringify(verwacht)}`);
      return true;
    }, wat);

  const regiebericht = (b: Bericht305 | Bericht307) =>
    http(t.url, 'POST', '/api/v1/berichten', {
      token: aanbiederToken,
      body: bouwBericht(b),
      contentType: 'application/xml',
    });
  const header = () =>
    maakHeader({
      afzender: aanbieder.agbCode!,
      ontvanger: gemeente.cbsCode!,
      berichtIdentificatie: { identificatie: `S${cijfers(10)}`, dagtekening: '2026-11-20' },
    });
  const client = {
    bsn: BSN,
    geboortedatum: { datum: '2012-03-04' },
    geslacht: '1',
    naam: { geslachtsnaam: { achternaam: 'Wit' } },
  };

  async function declareer(
    jjjjmm: string,
    prestaties: { nummer: number; code: string; volume: number; tarief: number; credit?: string }[],
  ) {
    const [j, m] = jjjjmm.split('-').map(Number);
    const periode = { begindatum: `${jjjjmm}-01`, einddatum: new Date(Date.UTC(j, m, 0)).toISOString().slice(0, 10) };
    const regels = prestaties.map((p) => ({
      bsn: BSN,
      referentieNummer: `R${cijfers(10)}`,
      ...(p.credit ? { vorigReferentieNummer: p.credit } : {}),
      toewijzingNummer: p.nummer,
      productCategorie: p.code.slice(0, 2),
      productCode: p.code,
      productPeriode: periode,
      geleverdVolume: p.volume,
      eenheid: p.code === '41A01' ? Eenheid.Dagdeel : Eenheid.Uur,
      productTarief: p.tarief,
      ingediendBedrag: { bedrag: p.volume * p.tarief, debetCredit: p.credit ? DebetCredit.Credit : DebetCredit.Debet },
    }));
    const totaal = regels.reduce(
      (s, r) => s + (r.ingediendBedrag.debetCredit === DebetCredit.Credit ? -1 : 1) * r.ingediendBedrag.bedrag,
      0,
    );
    const res = await http(t.url, 'POST', '/api/v1/declaraties', {
      token: aanbiederToken,
      json: {
        domein: Domein.Jeugd,
        gemeenteCode: gemeente.cbsCode,
        declaratieNummer: `D${cijfers(10)}`,
        declaratiePeriode: periode,
        dagtekening: '2026-12-01',
        totaalIngediendBedrag: {
          bedrag: Math.abs(totaal),
          debetCredit: totaal < 0 ? DebetCredit.Credit : DebetCredit.Debet,
        },
        prestaties: regels,
      },
    });
    expect(res.status).toBe(202);
    const d = await beoordeeldeDeclaratie(t.url, res.body.id, aanbiederToken);
    expect(
      d.prestaties.map((p: { status: string; toelichting: string | null }) =>
        `${p.status} ${p.toelichting ?? ''}`.trim(),
      ),
    ).toEqual(prestaties.map(() => 'goedgekeurd'));
    return { id: res.body.id as string, referenties: regels.map((r) => r.referentieNummer) };
  }

  beforeAll(async () => {
    t = await startTestApp({ metWorker: true });
    gemeente = await maakOrganisatie(t.url, 'gemeente');
    aanbieder = await maakOrganisatie(t.url, 'aanbieder');
    toegang = await t.token(Rol.Toegang, gemeente.id);
    aanbiederToken = await t.token(Rol.Aanbieder, aanbieder.id);
    inkoop = await t.token(Rol.Inkoopadviseur, gemeente.id);
    controller = await t.token(Rol.Controller, gemeente.id);
    const contract = async (producten: unknown[]) => {
      const res = await http(t.url, 'POST', '/api/v1/raamovereenkomsten', {
        token: BOOTSTRAP_TOKEN,
        json: {
          nummer: `RO-${cijfers(8)}`,
          naam: 'Jeugdhulp',
          inkoperId: gemeente.id,
          aanbiederId: aanbieder.id,
          gemeenteIds: [gemeente.id],
          domein: Domein.Jeugd,
          ingangsdatum: '2026-01-01',
          einddatum: '2027-12-31',
          maximaleWaardeCenten: 100_000_000,
          producten,
        },
      });
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    contractA = await contract([
      {
        productcategorie: '45',
        productcode: '45A01',
        uitvoeringsvariant: Uitvoeringsvariant.Inspanningsgericht,
        omschrijving: 'Ambulante jeugdhulp',
        tarieven: [
          { eenheid: Eenheid.Uur, bedragCenten: UUR_2026, ingangsdatum: '2026-01-01', einddatum: '2026-12-31' },
          { eenheid: Eenheid.Uur, bedragCenten: UUR_2027, ingangsdatum: '2027-01-01' },
        ],
      },
      {
        productcategorie: '46',
        productcode: 'L0001',
        uitvoeringsvariant: Uitvoeringsvariant.Taakgericht,
        omschrijving: 'Lumpsum crisisdienst',
        tarieven: [],
      },
    ]);
    contractB = await contract([
      {
        productcategorie: '41',
        productcode: '41A01',
        uitvoeringsvariant: Uitvoeringsvariant.Inspanningsgericht,
        omschrijving: 'Dagbehandeling',
        tarieven: [{ eenheid: Eenheid.Dagdeel, bedragCenten: DAGDEEL, ingangsdatum: '2026-01-01' }],
      },
    ]);
    const budgetpost = async (code: string, productcategorieen: string[], bedragCenten: number) => {
      const res = await http(t.url, 'POST', '/api/v1/sturing/budgetposten', {
        token: controller,
        json: { gemeenteId: gemeente.id, domein: Domein.Jeugd, code, naam: code, productcategorieen },
      });
      expect(res.status).toBe(201);
      for (const jaar of [2026, 2027]) {
        expect(
          (
            await http(t.url, 'POST', '/api/v1/sturing/begroting', {
              token: controller,
              json: { gemeenteId: gemeente.id, jaar, regels: [{ budgetpostId: res.body.id, bedragCenten }] },
            })
          ).status,
        ).toBe(201);
      }
    };
    await budgetpost('AMBULANT', ['45'], 200_000_00);
    await budgetpost('DAGBEHANDELING', ['41'], 100_000_00);
    await budgetpost('CRISIS', ['46'], 130_000_00);
  });

  afterAll(() => t.close());

  it('should price the verplichtingen per day at the tariff of that day, end them at a 307 stop, replace them with a new 301 version and reprice them on an indexatie', async () => {
    const toewijzing = (
      nummer: number,
      code: string,
      datum: string,
      ingangsdatum: string,
      einddatum: string,
      omvang: object,
    ) => ({
      toewijzingNummer: nummer,
      productCategorie: code.slice(0, 2),
      productCode: code,
      toewijzingsdatum: datum,
      toewijzingstijd: '10:00:00',
      ingangsdatum,
      einddatum,
      omvang,
    });
    const res = await http(t.url, 'POST', '/api/v1/toewijzingen', {
      token: toegang,
      json: {
        domein: Domein.Jeugd,
        gemeenteCode: gemeente.cbsCode,
        aanbiederAgb: aanbieder.agbCode,
        bsn: BSN,
        producten: [
          toewijzing(5001, '45A01', '2026-10-20', '2026-11-01', '2027-02-28', {
            volume: 4,
            eenheid: Eenheid.Uur,
            frequentie: Frequentie.PerWeek,
          }),
          toewijzing(5002, '41A01', '2026-09-20', '2026-10-01', '2027-06-30', {
            volume: 8,
            eenheid: Eenheid.Dagdeel,
            frequentie: Frequentie.PerMaand,
          }),
          toewijzing(5003, '45A01', '2026-08-20', '2026-09-01', '2026-12-31', {
            volume: 2,
            eenheid: Eenheid.Uur,
            frequentie: Frequentie.PerWeek,
          }),
        ],
      },
    });
    expect(res.status).toBe(200);
    // Before the stop, the new version and the indexatie: 5002 runs to 30 June 2027 at € 40 a dagdeel.
    const eerst5002 = toegewezen('2026-10-01', '2027-06-30', 8, 'maand', () => DAGDEEL);
    const eerst5003 = toegewezen('2026-09-01', '2026-12-31', 2, 'week', uurtarief);
    await wachtTot(
      'verplichtingen 2027 before the changes',
      async () => (await verplichtingen(2027)).totaalPerMaand,
      perMaand(optellen(t5001(), eerst5002, eerst5003), 2027).map((v, i) =>
        `2027-${String(i + 1).padStart(2, '0')}-01` >= peilmaand ? v : 0,
      ),
    );

    // A 307 stop on 15 March 2027 (after its 305 start), and a new 301 version of 5003: 3 hours a week until 31 January.
    const start = await regiebericht({
      domein: Domein.Jeugd,
      berichtType: '305',
      berichtsoort: 'JW305',
      header: header(),
      client: {
        ...client,
        startProducten: [
          { toewijzingNummer: 5002, begindatum: '2026-10-01', statusAanlevering: StatusAanlevering.EersteAanlevering },
        ],
      },
    });
    expect(start.body.resultaat.regieberichten[0].retourcodes).toEqual([]);
    const stop = await regiebericht({
      domein: Domein.Jeugd,
      berichtType: '307',
      berichtsoort: 'JW307',
      header: header(),
      client: {
        ...client,
        stopProducten: [
          {
            toewijzingNummer: 5002,
            begindatum: '2026-10-01',
            einddatum: '2027-03-15',
            redenBeeindiging: '31',
            statusAanlevering: StatusAanlevering.EersteAanlevering,
          },
        ],
      },
    });
    expect(stop.body.resultaat.regieberichten[0].retourcodes).toEqual([]);
    const nieuw = await http(t.url, 'POST', '/api/v1/toewijzingen', {
      token: toegang,
      json: {
        domein: Domein.Jeugd,
        gemeenteCode: gemeente.cbsCode,
        aanbiederAgb: aanbieder.agbCode,
        bsn: BSN,
        producten: [
          toewijzing(5003, '45A01', '2026-11-25', '2026-09-01', '2027-01-31', {
            volume: 3,
            eenheid: Eenheid.Uur,
            frequentie: Frequentie.PerWeek,
          }),
        ],
      },
    });
    expect(nieuw.body[0].resultaat).toBe('gewijzigd');

    // The yearly indexatie of contract B (3.69% from 1 January 2027) reprices 5002's months in 2027.
    const basis = `/api/v1/raamovereenkomsten/${contractB}`;
    const aanvraag = await http(t.url, 'POST', `${basis}/indexaties`, { token: inkoop, json: PARAMETERS_2027 });
    expect(aanvraag.status).toBe(202);
    await wachtOpStatus(t, inkoop, `${basis}/indexaties/${aanvraag.body.id}`, ['preview']);
    expect(
      (await http(t.url, 'POST', `${basis}/indexaties/${aanvraag.body.id}/toepassen`, { token: inkoop })).status,
    ).toBe(202);
    await wachtOpStatus(t, inkoop, `${basis}/indexaties/${aanvraag.body.id}`, ['toegepast']);
    expect(geindexeerd(DAGDEEL)).toBe(4148);

    const alles = optellen(t5001(), t5002(geindexeerd(DAGDEEL)), t5003());
    const vanaf = (m: string) => m >= peilmaand;
    const verwacht2027 = perMaand(alles, 2027).map((v, i) =>
      vanaf(`2027-${String(i + 1).padStart(2, '0')}-01`) ? v : 0,
    );
    await wachtTot(
      'verplichtingen 2027 after stop, new version and indexatie',
      async () => (await verplichtingen(2027)).totaalPerMaand,
      verwacht2027,
    );
    // Spot checks of the longhand: January 2027 at the new uurtarief, March 2027 cut at the stop.
    expect(t5001().get('2027-01-01')).toBe(Math.round((4 * UUR_2027 * 31) / 7));
    expect(t5001().get('2026-12-01')).toBe(Math.round((4 * UUR_2026 * 31) / 7));
    expect(t5002(4148).get('2027-03-01')).toBe(Math.round((8 * 4148 * 15) / 31));
    expect(t5002(4148).has('2027-04-01')).toBe(false);

    const perPost = await verplichtingen(2027, 'budgetpost');
    expect(perPost.regels.map((r: { sleutel: string; bedragCenten: number }) => [r.sleutel, r.bedragCenten])).toEqual(
      [
        ['AMBULANT', som(optellen(t5001(), t5003()), (m) => m.startsWith('2027') && vanaf(m))],
        ['DAGBEHANDELING', som(t5002(4148), (m) => m.startsWith('2027') && vanaf(m))],
      ].filter(([, v]) => v !== 0),
    );
    const perContract = await verplichtingen(2027, 'raamovereenkomst');
    expect(perContract.regels.map((r: { sleutel: string }) => r.sleutel).sort()).toEqual([contractA, contractB].sort());

    // After the versions, the stop and the indexatie, the sums per product (what these reports read) still equal
    // the rows per toewijzing they were kept from.
    const [{ verschil }] = await t.app.get(DataSource).query(
      `SELECT count(*)::int AS verschil FROM
         (SELECT gemeente_id, domein, maand, aanbieder_id, raamovereenkomst_id, productcategorie, productcode, sum(bedrag_centen) AS bedrag, count(*) AS n
            FROM keten.sturing_toegewezen GROUP BY 1, 2, 3, 4, 5, 6, 7) d
         FULL JOIN (SELECT * FROM keten.sturing_toegewezen_totaal WHERE aantal <> 0) t USING (gemeente_id, domein, maand, aanbieder_id, raamovereenkomst_id, productcategorie, productcode)
        WHERE d.bedrag IS DISTINCT FROM t.bedrag_centen OR d.n IS DISTINCT FROM t.aantal`,
    );
    expect(verschil).toBe(0);
  });

  it('should count approved prestaties (debet − credit) by month of care and paid termijnen as realisatie, and build the prognose from its parts', async () => {
    // October: 5002 8 dagdelen and 5003 9 hours, then 5002 credited and re-declared at 7; November: 5001 17 hours.
    const oktober = await declareer('2026-10', [
      { nummer: 5002, code: '41A01', volume: 8, tarief: DAGDEEL },
      { nummer: 5003, code: '45A01', volume: 9, tarief: UUR_2026 },
    ]);
    // A correction repeats the last period (TR318: periods follow each other), so it comes before November.
    await declareer('2026-10', [
      { nummer: 5002, code: '41A01', volume: 8, tarief: DAGDEEL, credit: oktober.referenties[0] },
      { nummer: 5002, code: '41A01', volume: 7, tarief: DAGDEEL },
    ]);
    await declareer('2026-11', [{ nummer: 5001, code: '45A01', volume: 17, tarief: UUR_2026 }]);

    // The lumpsum of contract A: four quarterly termijnen of 2026; the first one paid.
    const budget = await http(t.url, 'POST', `/api/v1/raamovereenkomsten/${contractA}/budgetten`, {
      token: inkoop,
      json: {
        soort: 'taakgericht',
        productcode: 'L0001',
        omschrijving: 'Crisisdienst 2026',
        opdracht: { soort: 'taak', omschrijving: 'Crisisdienst' },
        jaarbedragCenten: LUMPSUM_JAAR,
        ingangsdatum: '2026-01-01',
        einddatum: '2026-12-31',
        betaalafspraak: { frequentie: 'kwartaal', betaaldag: { moment: 'vooraf', dag: 1 } },
        verantwoording: {
          frequentie: 'kwartaal',
          dagenNaPeriode: 30,
          indicatoren: [{ code: 'CTV', omschrijving: 'Cliënttevredenheid', streefwaarde: '≥ 7,5' }],
        },
      },
    });
    expect(budget.status).toBe(201);
    await t.app.get(BudgetService).werkTermijnenBij('2026-01-01');
    const termijnen = (await http(t.url, 'GET', `/api/v1/raamovereenkomsten/${contractA}/termijnen`, { token: inkoop }))
      .body as { id: string; periodeBegindatum: string; periodeEinddatum: string; bedragCenten: number }[];
    expect(termijnen.map((x) => x.periodeBegindatum)).toEqual(['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01']);
    expect(termijnen.reduce((s, x) => s + x.bedragCenten, 0)).toBe(LUMPSUM_JAAR);
    expect(
      (
        await http(t.url, 'POST', `/api/v1/raamovereenkomsten/${contractA}/termijnen/${termijnen[0].id}/betaald`, {
          token: inkoop,
          json: { betaaldOp: '2026-01-05' },
        })
      ).status,
    ).toBe(201);
    const betaald = termijnPerMaand(
      termijnen[0].bedragCenten,
      termijnen[0].periodeBegindatum,
      termijnen[0].periodeEinddatum,
    );
    const open = termijnen.slice(1).reduce((s, x) => s + x.bedragCenten, 0);

    const realisatie = new Map<string, Map<string, number>>([
      [
        'AMBULANT',
        new Map([
          ['2026-10-01', 9 * UUR_2026],
          ['2026-11-01', 17 * UUR_2026],
        ]),
      ],
      ['DAGBEHANDELING', new Map([['2026-10-01', 8 * DAGDEEL - 8 * DAGDEEL + 7 * DAGDEEL]])],
      ['CRISIS', betaald],
    ]);
    const allocated = new Map<string, Map<string, number>>([
      ['AMBULANT', optellen(t5001(), t5003())],
      ['DAGBEHANDELING', t5002(4148)],
      ['CRISIS', new Map()],
    ]);
    const historie = (m: string) => m >= plusMaand(peilmaand, -12) && m < peilmaand;
    const verwachtePost = (code: string, begroting: number) => {
      const real = realisatie.get(code)!;
      const toeg = allocated.get(code)!;
      const verpl = som(toeg, (m) => m.startsWith('2026') && m >= peilmaand);
      const histReal = code === 'CRISIS' ? 0 : som(real, historie);
      const histToeg = som(toeg, historie);
      const verwachtGebruik = histToeg > 0 ? Math.round((verpl * histReal) / histToeg) : verpl;
      const termijnenOpen = code === 'CRISIS' ? open : 0;
      // No month of care is 6 months old yet: the lag distribution has no history, so nothing is expected late.
      const realisatieCenten = som(real, (m) => m.startsWith('2026'));
      const totaal = realisatieCenten + verwachtGebruik + termijnenOpen;
      return {
        code,
        begrotingCenten: begroting,
        realisatieCenten,
        realisatiePerMaand: perMaand(real, 2026),
        verplichtingenCenten: verpl + termijnenOpen,
        prognose: {
          realisatieCenten,
          verplichtingenToewijzingenCenten: verpl,
          benutting: histToeg > 0 ? Math.round((histReal / histToeg) * 10_000) / 10_000 : 1,
          verwachtGebruikCenten: verwachtGebruik,
          openTermijnenCenten: termijnenOpen,
          lateDeclaratiesCenten: 0,
          totaalCenten: totaal,
        },
        saldoCenten: begroting - totaal,
      };
    };
    const verwacht = [
      verwachtePost('AMBULANT', 200_000_00),
      verwachtePost('CRISIS', 130_000_00),
      verwachtePost('DAGBEHANDELING', 100_000_00),
    ];
    const kern = (o: { posten: { code: string }[] }) =>
      o.posten.map((p) => {
        const { budgetpostId: _i, naam: _n, domein: _d, ...rest } = p as Record<string, unknown>;
        return rest;
      });
    await wachtTot('overzicht 2026', async () => kern(await overzicht(2026)), verwacht);

    const o = await overzicht(2026);
    expect(o.totaal.realisatieCenten).toBe(verwacht.reduce((s, p) => s + p.realisatieCenten, 0));
    expect(o.totaal.prognose.totaalCenten).toBe(verwacht.reduce((s, p) => s + p.prognose.totaalCenten, 0));
    expect(o.totaal.begrotingCenten).toBe(430_000_00);
    expect(o.vertraging).toEqual([1, 1, 1, 1, 1, 1]);
    expect(o.aannames.length).toBeGreaterThan(3);
    expect(post(o, 'DAGBEHANDELING').realisatiePerMaand[9]).toBe(28_000);

    // Other cuts of the same realisatie: per month, per quarter, per aanbieder.
    const per = async (dimensie: string) =>
      (
        await http(
          t.url,
          'GET',
          `/api/v1/sturing/realisatie?gemeente=${gemeente.id}&jaar=2026&per=${dimensie}&peildatum=${peildatum}`,
          { token: controller },
        )
      ).body;
    const kwartalen = await per('kwartaal');
    expect(kwartalen.regels.map((r: { sleutel: string; bedragCenten: number }) => [r.sleutel, r.bedragCenten])).toEqual(
      [
        ['2026-K1', termijnen[0].bedragCenten],
        ['2026-K4', 9 * UUR_2026 + 17 * UUR_2026 + 7 * DAGDEEL],
      ],
    );
    const aanbieders = await per('aanbieder');
    expect(aanbieders.regels).toHaveLength(1);
    expect(aanbieders.regels[0]).toMatchObject({
      sleutel: aanbieder.id,
      omschrijving: `${aanbieder.naam} (AGB ${aanbieder.agbCode})`,
      bedragCenten: aanbieders.totaalCenten,
    });
    expect(JSON.stringify(aanbieders)).not.toContain(BSN);

    // A redelivered event adds nothing twice.
    expect(await t.app.get(RealisatieBijwerkenService).verwerkDeclaratie(oktober.id)).toEqual({
      status: 'al-verwerkt',
      regels: 0,
    });
    expect(kern(await overzicht(2026))).toEqual(verwacht);

    // Declaraties beoordeeld before the beoordeling kept this summary get the same one from their prestaties, once
    // (the migration that added it).
    const ds = t.app.get(DataSource);
    const opgeslagen = async () =>
      (await ds.query(
        `SELECT id, goedgekeurde_bedragen FROM keten.declaratie WHERE status = 'beoordeeld' ORDER BY id`,
      )) as { id: string; goedgekeurde_bedragen: unknown }[];
    const vanBeoordeling = await opgeslagen();
    expect(vanBeoordeling.length).toBeGreaterThan(1);
    await ds.query(`UPDATE keten.declaratie SET goedgekeurde_bedragen = NULL`);
    await ds.query(GOEDGEKEURDE_BEDRAGEN_UIT_PRESTATIES);
    expect(await opgeslagen()).toEqual(vanBeoordeling);
  });

  it('should give the same numbers as a workbook with euro formats and frozen panes', async () => {
    const res = await fetch(
      `${t.url}/api/v1/sturing/overzicht?gemeente=${gemeente.id}&jaar=2026&peildatum=${peildatum}&formaat=xlsx`,
      { headers: { authorization: `Bearer ${controller}` } },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.getWorksheet('Overzicht')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const o = await overzicht(2026);
    const rijen = o.posten.length + 1;
    for (let i = 0; i < rijen; i++) {
      const p = i < o.posten.length ? o.posten[i] : o.totaal;
      const rij = ws.getRow(i + 2);
      expect([rij.getCell(4).value, rij.getCell(5).value, rij.getCell(6).value, rij.getCell(11).value]).toEqual([
        p.begrotingCenten / 100,
        p.realisatieCenten / 100,
        p.verplichtingenCenten / 100,
        p.prognose.totaalCenten / 100,
      ]);
      expect(rij.getCell(5).numFmt).toContain('€');
    }
  });
});
