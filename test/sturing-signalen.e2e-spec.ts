import { DebetCredit, Domein, Eenheid, Frequentie, isGeldigBsn, Uitvoeringsvariant, vandaag } from '#keten/domain';
import { Rol } from '#keten/platform';
import { SignalenService } from '#keten/sturing';
import { DataSource } from 'typeorm';
import { cijfers, http } from './support/http.js';
import { maakOrganisatie, type Org } from './support/factories.js';
import { BOOTSTRAP_TOKEN, startTestApp, type TestApp } from './support/test-app.js';
import { beoordeeldeDeclaratie, wachtOp } from './support/wacht.js';

// Signals with their numbers, on months relative to today: six months of declarations before the current month.
const TARIEF = 6392;
const maandPlus = (maand: string, n: number) =>
  new Date(Date.UTC(+maand.slice(0, 4), +maand.slice(5, 7) - 1 + n, 1)).toISOString().slice(0, 10);
const laatsteDag = (maand: string) =>
  new Date(Date.UTC(+maand.slice(0, 4), +maand.slice(5, 7), 0)).toISOString().slice(0, 10);
function* dagen(van: string, tot: string): Generator<string> {
  for (let d = new Date(`${van}T00:00:00Z`); d <= new Date(`${tot}T00:00:00Z`); d = new Date(d.getTime() + 86_400_000))
    yield d.toISOString().slice(0, 10);
}

describe('sturing: signals with their numbers, and the backtest of the prognose (e2e, through the worker)', () => {
  let t: TestApp;
  let gemeente: Org;
  let aanbieder: Org;
  let controller: string;
  const peildatum = vandaag();
  const peilmaand = `${peildatum.slice(0, 7)}-01`;
  const start = maandPlus(peilmaand, -6);
  const einde = laatsteDag(maandPlus(peilmaand, 3));
  const bsn = (() => {
    for (;;) {
      const b = `9${cijfers(8)}`;
      if (isGeldigBsn(b)) return b;
    }
  })();
  const afgekeurdeCodes: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({ metWorker: true });
    gemeente = await maakOrganisatie(t.url, 'gemeente');
    aanbieder = await maakOrganisatie(t.url, 'aanbieder');
    controller = await t.token(Rol.Controller, gemeente.id);
    const contract = await http(t.url, 'POST', '/api/v1/raamovereenkomsten', {
      token: BOOTSTRAP_TOKEN,
      json: {
        nummer: `RO-${cijfers(8)}`,
        naam: 'Begeleiding',
        inkoperId: gemeente.id,
        aanbiederId: aanbieder.id,
        gemeenteIds: [gemeente.id],
        domein: Domein.Wmo,
        ingangsdatum: '2025-01-01',
        einddatum: '2028-12-31',
        maximaleWaardeCenten: 100_000_000,
        producten: [
          {
            productcategorie: '02',
            productcode: '02A01',
            uitvoeringsvariant: Uitvoeringsvariant.Inspanningsgericht,
            omschrijving: 'Begeleiding',
            tarieven: [{ eenheid: Eenheid.Uur, bedragCenten: TARIEF, ingangsdatum: '2025-01-01' }],
          },
        ],
      },
    });
    expect(contract.status).toBe(201);
    const product = (toewijzingNummer: number, volume: number, frequentie: Frequentie) => ({
      toewijzingNummer,
      productCategorie: '02',
      productCode: '02A01',
      toewijzingsdatum: maandPlus(start, -1),
      toewijzingstijd: '09:00:00',
      ingangsdatum: start,
      einddatum: einde,
      omvang: { volume, eenheid: Eenheid.Uur, frequentie },
    });
    const toewijzingen = await http(t.url, 'POST', '/api/v1/toewijzingen', {
      token: await t.token(Rol.Toegang, gemeente.id),
      json: {
        domein: Domein.Wmo,
        gemeenteCode: gemeente.cbsCode,
        aanbiederAgb: aanbieder.agbCode,
        bsn,
        producten: [
          product(8001, 10, Frequentie.PerMaand),
          product(8002, 100, Frequentie.TotaalBinnenGeldigheidsduur),
          product(8003, 2, Frequentie.PerWeek),
        ],
      },
    });
    expect(toewijzingen.status).toBe(200);
    const post = await http(t.url, 'POST', '/api/v1/sturing/budgetposten', {
      token: controller,
      json: {
        gemeenteId: gemeente.id,
        domein: Domein.Wmo,
        code: 'BEGELEIDING',
        naam: 'Begeleiding',
        productcategorieen: ['02'],
      },
    });
    await http(t.url, 'POST', '/api/v1/sturing/begroting', {
      token: controller,
      json: {
        gemeenteId: gemeente.id,
        jaar: +peildatum.slice(0, 4),
        regels: [{ budgetpostId: post.body.id, bedragCenten: 1000 }],
      },
    });

    // Six months: 8001 at its 10 hours, 8002 at 15 of its 100 hours a month; in the first month two lines at a wrong tariff.
    const aanbiederToken = await t.token(Rol.Aanbieder, aanbieder.id);
    for (let i = 0; i < 6; i++) {
      const maand = maandPlus(start, i);
      const periode = { begindatum: maand, einddatum: laatsteDag(maand) };
      const regel = (nummer: number, uren: number, tarief = TARIEF) => ({
        bsn,
        referentieNummer: `R${cijfers(10)}`,
        toewijzingNummer: nummer,
        productCategorie: '02',
        productCode: '02A01',
        productPeriode: periode,
        geleverdVolume: uren,
        eenheid: Eenheid.Uur,
        productTarief: tarief,
        ingediendBedrag: { bedrag: uren * tarief, debetCredit: DebetCredit.Debet },
      });
      const prestaties = [
        regel(8001, 10),
        regel(8002, 15),
        ...(i === 0 ? [regel(8001, 1, 9999), regel(8001, 1, 9999)] : []),
      ];
      const totaal = prestaties.reduce((s, p) => s + p.ingediendBedrag.bedrag, 0);
      const res = await http(t.url, 'POST', '/api/v1/declaraties', {
        token: aanbiederToken,
        json: {
          domein: Domein.Wmo,
          gemeenteCode: gemeente.cbsCode,
          declaratieNummer: `D${cijfers(10)}`,
          declaratiePeriode: periode,
          dagtekening: peildatum,
          totaalIngediendBedrag: { bedrag: totaal, debetCredit: DebetCredit.Debet },
          prestaties,
        },
      });
      expect(res.status).toBe(202);
      const d = await beoordeeldeDeclaratie(t.url, res.body.id, aanbiederToken);
      expect(
        d.prestaties
          .slice(0, 2)
          .map((p: { status: string; toelichting: string | null }) => `${p.status} ${p.toelichting ?? ''}`.trim()),
      ).toEqual(['goedgekeurd', 'goedgekeurd']);
      for (const p of d.prestaties.slice(2)) {
        expect(p.status).toBe('afgekeurd');
        afgekeurdeCodes.push(...p.retourcodes);
      }
    }
  });

  afterAll(() => t.close());

  const signalen = async () =>
    (
      await http(t.url, 'GET', `/api/v1/sturing/signalen?gemeente=${gemeente.id}&peildatum=${peildatum}&maanden=3`, {
        token: controller,
      })
    ).body;

  it('should raise each signal with the numbers behind it', async () => {
    const s = await wachtOp(async () => {
      const x = await signalen();
      if (x.afwijzingen?.[0]?.beoordeeld !== 14)
        throw new Error(`not all beoordelingen counted yet: ${JSON.stringify(x.afwijzingen)}`);
      return x;
    }, 'signals');

    // 8003 never declared: allocated 2 hours a week from the start to the peildatum's month.
    const tweePerWeek = [...Array(6).keys()].reduce((som, i) => {
      const m = maandPlus(start, i);
      return som + Math.round((2 * TARIEF * [...dagen(m, laatsteDag(m))].length) / 7);
    }, 0);
    expect(s.geenDeclaratie).toEqual([
      {
        toewijzingNummer: 8003,
        domein: 'wmo',
        aanbiederId: aanbieder.id,
        aanbiederNaam: aanbieder.naam,
        productcode: '02A01',
        startmaand: start.slice(0, 7),
        maandenSindsStart: 6,
        toegewezenTotNuCenten: tweePerWeek,
      },
    ]);

    // 8002: 100 hours over 10 months, 15 declared a month: at this pace 150 hours, out in the 7th month.
    const periodeDagen = [...dagen(start, einde)].length;
    const honderd = [...Array(10).keys()].reduce((som, i) => {
      const m = maandPlus(start, i);
      return som + Math.round((100 * TARIEF * [...dagen(m, laatsteDag(m))].length) / periodeDagen);
    }, 0);
    expect(s.uitputting).toEqual([
      {
        toewijzingNummer: 8002,
        domein: 'wmo',
        aanbiederId: aanbieder.id,
        aanbiederNaam: aanbieder.naam,
        productcode: '02A01',
        toegewezenCenten: honderd,
        gerealiseerdCenten: 6 * 15 * TARIEF,
        maandenVerstreken: 6,
        maandenTotaal: 10,
        verwachtTotaalCenten: 10 * 15 * TARIEF,
        opInMaand: maandPlus(start, Math.ceil(honderd / (15 * TARIEF)) - 1).slice(0, 7),
      },
    ]);

    // At the cap in each of the last three months: both declared toewijzingen at ≥ 98% of their allocation.
    expect(s.aanPlafond).toEqual([
      {
        aanbiederId: aanbieder.id,
        aanbiederNaam: aanbieder.naam,
        maanden: [-3, -2, -1].map((n) => ({
          maand: maandPlus(peilmaand, n).slice(0, 7),
          gedeclareerd: 2,
          aanPlafond: 2,
        })),
      },
    ]);

    // 2 of 14 prestaties rejected (14%), with the retourcodes the beoordeling gave.
    const top = [...new Set(afgekeurdeCodes)].map((retourcode) => ({
      retourcode,
      aantal: afgekeurdeCodes.filter((c) => c === retourcode).length,
    }));
    expect(s.afwijzingen).toEqual([
      {
        aanbiederId: aanbieder.id,
        aanbiederNaam: aanbieder.naam,
        beoordeeld: 14,
        afgekeurd: 2,
        aandeel: 0.1429,
        topRetourcodes: top,
      },
    ]);

    // The budgetpost's prognose is over its begroting of € 10.
    const o = (
      await http(
        t.url,
        'GET',
        `/api/v1/sturing/overzicht?gemeente=${gemeente.id}&jaar=${peildatum.slice(0, 4)}&peildatum=${peildatum}`,
        { token: controller },
      )
    ).body;
    const prognose = o.posten[0].prognose.totaalCenten;
    expect(s.begrotingsoverschrijding).toEqual([
      {
        budgetpostId: o.posten[0].budgetpostId,
        code: 'BEGELEIDING',
        naam: 'Begeleiding',
        begrotingCenten: 1000,
        prognoseCenten: prognose,
        overschrijdingCenten: prognose - 1000,
      },
    ]);
    expect(s.drempels).toHaveLength(5);
    expect(s.aantallen).toEqual({ geenDeclaratie: s.geenDeclaratie.length, uitputting: s.uitputting.length });
    const xlsx = await fetch(
      `${t.url}/api/v1/sturing/signalen?gemeente=${gemeente.id}&peildatum=${peildatum}&maanden=3&formaat=xlsx`,
      { headers: { authorization: `Bearer ${controller}` } },
    );
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Geen declaratie',
      'Uitputting',
      'Aan plafond',
      'Afwijzingen',
      'Begroting',
    ]);
    expect(wb.getWorksheet('Uitputting')!.getRow(2).getCell(4).value).toBe((6 * 15 * TARIEF) / 100);
    expect(JSON.stringify(s)).not.toContain(bsn);

    // The signals are stored per versie of the gemeente's figures: asked again they are the same, and a
    // begrotingswijziging shows in the very next answer.
    expect(await signalen()).toEqual(s);
    const wijziging = await http(t.url, 'POST', '/api/v1/sturing/begroting', {
      token: controller,
      json: {
        gemeenteId: gemeente.id,
        jaar: +peildatum.slice(0, 4),
        regels: [{ budgetpostId: o.posten[0].budgetpostId, bedragCenten: prognose }],
      },
    });
    expect(wijziging.status).toBe(201);
    expect((await signalen()).begrotingsoverschrijding).toEqual([]);

    // Today's signals are prepared ahead once the gemeente's figures are quiet, and the dashboard then gets exactly
    // what it would have computed.
    const voorbereid = t.app.get(SignalenService);
    await http(t.url, 'POST', '/api/v1/sturing/begroting', {
      token: controller,
      json: {
        gemeenteId: gemeente.id,
        jaar: +peildatum.slice(0, 4),
        regels: [{ budgetpostId: o.posten[0].budgetpostId, bedragCenten: 1000 }],
      },
    });
    expect(await voorbereid.bereidVoor(0, 100)).toContain(gemeente.id);
    expect(await voorbereid.bereidVoor(0, 100)).not.toContain(gemeente.id);
    const vandaagGevraagd = await http(t.url, 'GET', `/api/v1/sturing/signalen?gemeente=${gemeente.id}`, {
      token: controller,
    });
    const [opgeslagen] = await t.app
      .get(DataSource)
      .query(
        `SELECT antwoord FROM keten.sturing_opgeslagen_antwoord WHERE gemeente_id = $1 AND sleutel LIKE 'signalen%|' || $2 || '|%'`,
        [gemeente.id, vandaagGevraagd.body.peildatum],
      );
    expect(vandaagGevraagd.body).toEqual(opgeslagen.antwoord);
    expect(vandaagGevraagd.body.begrotingsoverschrijding).toHaveLength(1);
  });

  it('should backtest the prognose made on an earlier day against the realisatie known now', async () => {
    const eerder = laatsteDag(maandPlus(peilmaand, -3));
    const jaar = peildatum.slice(0, 4);
    const b = (
      await http(
        t.url,
        'GET',
        `/api/v1/sturing/prognose/backtest?gemeente=${gemeente.id}&jaar=${jaar}&peildatum=${eerder}`,
        { token: controller },
      )
    ).body;
    const toen = (
      await http(t.url, 'GET', `/api/v1/sturing/overzicht?gemeente=${gemeente.id}&jaar=${jaar}&peildatum=${eerder}`, {
        token: controller,
      })
    ).body;
    const nu = (
      await http(t.url, 'GET', `/api/v1/sturing/overzicht?gemeente=${gemeente.id}&jaar=${jaar}`, { token: controller })
    ).body;
    // Everything was beoordeeld this month: on the earlier day nothing had come in yet.
    expect(toen.totaal.realisatieCenten).toBe(0);
    expect(nu.totaal.realisatieCenten).toBe(6 * 25 * TARIEF);
    expect(b.totaal).toEqual({
      code: null,
      naam: 'Totaal',
      prognoseCenten: toen.totaal.prognose.totaalCenten,
      werkelijkCenten: 6 * 25 * TARIEF,
      foutCenten: toen.totaal.prognose.totaalCenten - 6 * 25 * TARIEF,
      foutAandeel:
        Math.round(((toen.totaal.prognose.totaalCenten - 6 * 25 * TARIEF) / (6 * 25 * TARIEF)) * 10_000) / 10_000,
    });
    expect(b.aannames.length).toBeGreaterThan(0);
  });

  it('should simulate the same care under an output tariff per client per month and under a lumpsum', async () => {
    const van = start.slice(0, 7);
    const tot = maandPlus(peilmaand, -1).slice(0, 7);
    const simuleer = (extra = '') =>
      http(
        t.url,
        'GET',
        `/api/v1/sturing/bekostiging-simulatie?gemeente=${gemeente.id}&van=${van}&tot=${tot}${extra}`,
        { token: controller },
      );
    const actueel = 6 * 25 * TARIEF; // the rejected lines count nothing
    const standaard = (await simuleer()).body;
    expect(standaard.aanbieders).toEqual([
      {
        aanbiederId: aanbieder.id,
        naam: aanbieder.naam,
        actueelCenten: actueel,
        clientmaanden: 12,
        outputgerichtCenten: 12 * Math.round(actueel / 12),
        vorigJaarCenten: 0,
        lumpsumCenten: 0,
      },
    ]);
    expect(standaard.outputTariefCenten).toBe(Math.round(actueel / 12));
    const opgegeven = (await simuleer('&outputTariefCenten=50000&indexatieBasispunten=369')).body;
    expect(opgegeven.totaal).toMatchObject({
      actueelCenten: actueel,
      outputgerichtCenten: 12 * 50_000,
      lumpsumCenten: 0,
    });
    expect(opgegeven.aannames.join(' ')).toContain('3.69%');
    const fout = await http(
      t.url,
      'GET',
      `/api/v1/sturing/bekostiging-simulatie?gemeente=${gemeente.id}&van=${tot}&tot=${van}`,
      { token: controller },
    );
    expect(fout.status).toBe(400);
    expect(fout.body.fouten).toEqual([{ veld: 'tot', reden: 'tot ligt vóór van' }]);
  });

  it("should report by sociaal team: the one the intake named, else the gemeente's default", async () => {
    const jaar = peildatum.slice(0, 4);
    expect(
      (
        await http(t.url, 'PUT', '/api/v1/sturing/instellingen', {
          token: controller,
          json: { gemeenteId: gemeente.id, standaardSociaalTeam: 'Team Noord' },
        })
      ).status,
    ).toBe(200);
    const res = await http(t.url, 'POST', '/api/v1/toewijzingen', {
      token: await t.token(Rol.Toegang, gemeente.id),
      json: {
        domein: Domein.Wmo,
        gemeenteCode: gemeente.cbsCode,
        aanbiederAgb: aanbieder.agbCode,
        bsn,
        sociaalTeam: 'Team Zuid',
        postcode: '7411 AB',
        producten: [
          {
            toewijzingNummer: 8004,
            productCategorie: '02',
            productCode: '02A01',
            toewijzingsdatum: peildatum,
            toewijzingstijd: '09:00:00',
            ingangsdatum: peilmaand,
            einddatum: einde,
            omvang: { volume: 5, eenheid: Eenheid.Uur, frequentie: Frequentie.PerMaand },
          },
        ],
      },
    });
    expect(res.body[0].resultaat).toBe('nieuw');
    // Five more clients of Team Zuid in postcode 7411: six in all, enough to be shown below gemeente level.
    for (let i = 0; i < 5; i++) {
      const ander = (() => {
        for (;;) {
          const b = `9${cijfers(8)}`;
          if (isGeldigBsn(b) && b !== bsn) return b;
        }
      })();
      const r = await http(t.url, 'POST', '/api/v1/toewijzingen', {
        token: await t.token(Rol.Toegang, gemeente.id),
        json: {
          domein: Domein.Wmo,
          gemeenteCode: gemeente.cbsCode,
          aanbiederAgb: aanbieder.agbCode,
          bsn: ander,
          sociaalTeam: 'Team Zuid',
          postcode: '7411CD',
          producten: [
            {
              toewijzingNummer: 8101 + i,
              productCategorie: '02',
              productCode: '02A01',
              toewijzingsdatum: peildatum,
              toewijzingstijd: '09:00:00',
              ingangsdatum: peilmaand,
              einddatum: einde,
              omvang: { volume: 5, eenheid: Eenheid.Uur, frequentie: Frequentie.PerMaand },
            },
          ],
        },
      });
      expect(r.body[0].resultaat).toBe('nieuw');
    }
    const zuidMaanden = [0, 1, 2, 3].map((n) => maandPlus(peilmaand, n)).filter((m) => m.startsWith(jaar)).length;
    const per = async (soort: string, dimensie: string) =>
      (
        await http(
          t.url,
          'GET',
          `/api/v1/sturing/${soort}?gemeente=${gemeente.id}&jaar=${jaar}&per=${dimensie}&peildatum=${peildatum}`,
          { token: controller },
        )
      ).body;
    const teams = await wachtOp(async () => {
      const v = await per('verplichtingen', 'sociaalTeam');
      if (
        v.regels.find((r: { sleutel: string; bedragCenten: number }) => r.sleutel === 'Team Zuid')?.bedragCenten !==
        6 * zuidMaanden * 5 * TARIEF
      )
        throw new Error(JSON.stringify(v.regels));
      return v;
    }, 'the new toewijzingen in the verplichtingen');
    const totaal = (await per('verplichtingen', 'budgetpost')).totaalCenten;
    // Team Noord has one client: below gemeente level its amounts are not shown, but the total counts them.
    expect(
      teams.regels.map((r: { sleutel: string; bedragCenten: number | null; onderdrukt: boolean }) => [
        r.sleutel,
        r.bedragCenten,
        r.onderdrukt,
      ]),
    ).toEqual([
      ['Team Noord', null, true],
      ['Team Zuid', 6 * zuidMaanden * 5 * TARIEF, false],
    ]);
    expect(teams.totaalCenten).toBe(totaal);
    const realisatie = await per('realisatie', 'sociaalTeam');
    expect(
      realisatie.regels.map((r: { sleutel: string; bedragCenten: number | null }) => [r.sleutel, r.bedragCenten]),
    ).toEqual([['Team Noord', null]]);
    expect(realisatie.totaalCenten).toBe(6 * 25 * TARIEF);
  });

  it("should report by wijk through the gemeente's postcode table, refusing a table with errors as a whole", async () => {
    const jaar = peildatum.slice(0, 4);
    const ExcelJS = (await import('exceljs')).default;
    const tabel = async (rijen: unknown[][]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Wijken');
      ws.addRow(['Postcode', 'Wijk']);
      for (const r of rijen) ws.addRow(r);
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    const laadOp = async (rijen: unknown[][]) =>
      http(t.url, 'PUT', `/api/v1/sturing/wijken?gemeente=${gemeente.id}`, {
        token: controller,
        body: await tabel(rijen),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
    const fout = await laadOp([
      ['7411 AB', 'Binnenstad'],
      ['7411 CD', 'Keizerslanden'],
      ['12', 'Nergens'],
    ]);
    expect(fout.status).toBe(400);
    expect(fout.body.fouten).toEqual([
      { veld: 'Wijken!B3', reden: 'postcode 7411 staat in rij 2 al bij wijk Binnenstad' },
      { veld: 'Wijken!A4', reden: 'Postcode moet een postcode (1234 of 1234 AB) zijn.' },
    ]);
    const goed = await laadOp([
      ['7411 AB', 'Binnenstad'],
      ['7412', 'Keizerslanden'],
    ]);
    expect(goed.body).toEqual({
      gemeenteId: gemeente.id,
      aantalPostcodes: 2,
      wijken: [
        { wijk: 'Binnenstad', postcodes: ['7411'] },
        { wijk: 'Keizerslanden', postcodes: ['7412'] },
      ],
    });

    const per = async (soort: string) =>
      (
        await http(
          t.url,
          'GET',
          `/api/v1/sturing/${soort}?gemeente=${gemeente.id}&jaar=${jaar}&per=wijk&peildatum=${peildatum}`,
          { token: controller },
        )
      ).body;
    const zuidMaanden = [0, 1, 2, 3].map((n) => maandPlus(peilmaand, n)).filter((m) => m.startsWith(jaar)).length;
    const v = await per('verplichtingen');
    // Six clients in 7411 are in Binnenstad; the one client without a postcode has no wijk, and is not shown apart.
    expect(v.regels.map((r: { sleutel: string; bedragCenten: number | null }) => [r.sleutel, r.bedragCenten])).toEqual([
      ['(wijk onbekend)', null],
      ['Binnenstad', 6 * zuidMaanden * 5 * TARIEF],
    ]);
    expect(
      (await per('realisatie')).regels.map((r: { sleutel: string; bedragCenten: number | null }) => [
        r.sleutel,
        r.bedragCenten,
      ]),
    ).toEqual([['(wijk onbekend)', null]]);
    const toewijzing = (
      await http(t.url, 'GET', `/api/v1/toewijzingen?gemeenteCode=${gemeente.cbsCode}&limiet=10`, {
        token: await t.token(Rol.Toegang, gemeente.id),
      })
    ).body;
    expect(JSON.stringify(toewijzing)).not.toMatch(/7411 ?[A-Z]{2}/);
  });
});
