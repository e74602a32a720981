// What the web app needs from the API beyond the existing endpoints: the dry run
// of a file as the aanbieder would submit it (POST /declaraties/controle/bestand) and the search by ToewijzingNummer.
import ExcelJS from 'exceljs';
import { DebetCredit, Domein, Eenheid } from '#keten/domain';
import { bouwBericht, maakHeader, type Bericht323, type Prestatie } from '#keten/istandaarden';
import { cijfers, http } from './support/http.js';
import {
  maakDeclaratieScenario,
  SCENARIO_BSN,
  SCENARIO_UURTARIEF,
  type DeclaratieScenario,
} from './support/declaratie-scenario.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('the API the web app builds on (e2e)', () => {
  let t: TestApp;
  let s: DeclaratieScenario;

  beforeAll(async () => {
    t = await startTestApp();
    s = await maakDeclaratieScenario(t, [3001, 3002]);
  });

  afterAll(() => t.close());

  const prestatie = (referentieNummer: string, uren: number, tarief: number): Prestatie => ({
    productReferentie: { referentieNummer },
    toewijzingNummer: 3001,
    productCategorie: '02',
    productCode: '02A01',
    productPeriode: { begindatum: '2026-04-01', einddatum: '2026-04-30' },
    geleverdVolume: uren,
    eenheid: Eenheid.Uur,
    productTarief: tarief,
    ingediendBedrag: { bedrag: uren * tarief, debetCredit: DebetCredit.Debet },
  });

  const declaratie323 = (prestaties: Prestatie[]) => {
    const totaal = prestaties.reduce((som, p) => som + p.ingediendBedrag.bedrag, 0);
    const bericht: Bericht323 = {
      domein: Domein.Wmo,
      berichtType: '323',
      berichtsoort: 'WMO323',
      header: maakHeader({
        afzender: s.aanbieder.agbCode!,
        ontvanger: s.gemeente.cbsCode!,
        berichtIdentificatie: { identificatie: `W${cijfers(9)}`, dagtekening: '2026-05-06' },
      }),
      declaratie: {
        declaratieNummer: `D${cijfers(8)}`,
        declaratiePeriode: { begindatum: '2026-04-01', einddatum: '2026-04-30' },
        declaratieDagtekening: '2026-05-06',
        totaalIngediendBedrag: { totaalBedrag: totaal, debetCredit: DebetCredit.Debet },
        clienten: [{ bsn: SCENARIO_BSN, prestaties }],
      },
    };
    return bouwBericht(bericht);
  };

  it('should check a 323 file without storing it: per prestatie approved or rejected, with the reason', async () => {
    const [{ voor }] = await t.dataSource.query(`SELECT count(*)::int AS voor FROM keten.declaratie`);
    const res = await http(t.url, 'POST', '/api/v1/declaraties/controle/bestand', {
      token: s.aanbiederToken,
      body: declaratie323([
        prestatie('RGOED', 10, SCENARIO_UURTARIEF),
        { ...prestatie('RTARIEF', 2, 7_000), toewijzingNummer: 3002 },
      ]),
      contentType: 'application/xml',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: null,
      gemeenteCode: s.gemeente.cbsCode,
      aanbiederAgb: s.aanbieder.agbCode,
      totaalToegekend: 10 * SCENARIO_UURTARIEF,
    });
    const [goed, fout] = res.body.prestaties;
    expect(goed).toMatchObject({ referentieNummer: 'RGOED', status: 'goedgekeurd' });
    expect(fout).toMatchObject({ referentieNummer: 'RTARIEF', status: 'afgekeurd' });
    expect(fout.bevindingen.map((b: { regel: string }) => b.regel)).toContain('TR418');
    expect(fout.toelichting).toContain('€ 63,92');
    const [{ na }] = await t.dataSource.query(`SELECT count(*)::int AS na FROM keten.declaratie`);
    expect(na).toBe(voor);
  });

  it('should check a filled-in Excel template the same way, and name the cell of an error', async () => {
    const sjabloon = await fetch(`${t.url}/api/v1/declaraties/sjabloon`, {
      headers: { authorization: `Bearer ${s.aanbiederToken}` },
    });
    const werkmap = new ExcelJS.Workbook();
    await werkmap.xlsx.load(await sjabloon.arrayBuffer());
    const kop = werkmap.getWorksheet('Declaratie')!;
    kop.getCell('B1').value = s.gemeente.cbsCode;
    kop.getCell('B2').value = 'wmo';
    kop.getCell('B3').value = `X${cijfers(8)}`;
    kop.getCell('B4').value = '2026-04';
    kop.getCell('B5').value = new Date(Date.UTC(2026, 4, 6));
    const blad = werkmap.getWorksheet('Prestaties')!;
    blad.addRow([
      SCENARIO_BSN,
      `R${cijfers(8)}`,
      null,
      3001,
      '02',
      '02A01',
      '2026-04-01',
      '2026-04-30',
      10,
      '04',
      63.92,
      639.2,
      'D',
    ]);
    const goed = await http(t.url, 'POST', '/api/v1/declaraties/controle/bestand', {
      token: s.aanbiederToken,
      body: Buffer.from(await werkmap.xlsx.writeBuffer()),
      contentType: XLSX,
    });
    expect(goed.status).toBe(200);
    expect(goed.body.prestaties.map((p: { status: string }) => p.status)).toEqual(['goedgekeurd']);

    kop.getCell('B4').value = 'april';
    const fout = await http(t.url, 'POST', '/api/v1/declaraties/controle/bestand', {
      token: s.aanbiederToken,
      body: Buffer.from(await werkmap.xlsx.writeBuffer()),
      contentType: XLSX,
    });
    expect(fout.status).toBe(400);
    expect(fout.body.fouten.map((f: { veld: string }) => f.veld)).toEqual(['Declaratie!B4']);
  });

  it('should refuse a file that is no 323, and a caller that is no aanbieder', async () => {
    const kapot = await http(t.url, 'POST', '/api/v1/declaraties/controle/bestand', {
      token: s.aanbiederToken,
      body: '<Bericht>',
      contentType: 'application/xml',
    });
    expect(kapot.status).toBe(400);
    expect(kapot.body.bericht).toMatch(/geen leesbaar/);
    const toegang = await http(t.url, 'POST', '/api/v1/declaraties/controle/bestand', {
      token: s.toegangToken,
      body: declaratie323([prestatie('R1', 1, SCENARIO_UURTARIEF)]),
      contentType: 'application/xml',
    });
    expect(toegang.status).toBe(403);
  });

  it('should find a toewijzing by its ToewijzingNummer within the caller scope only', async () => {
    const gevonden = await http(t.url, 'GET', '/api/v1/toewijzingen?toewijzingNummer=3002', {
      token: s.aanbiederToken,
    });
    expect(gevonden.status).toBe(200);
    expect(gevonden.body.map((x: { toewijzingNummer: number }) => x.toewijzingNummer)).toEqual([3002]);
    const ander = await maakDeclaratieScenario(t, [3002]);
    expect(
      (await http(t.url, 'GET', '/api/v1/toewijzingen?toewijzingNummer=3002', { token: ander.aanbiederToken })).body,
    ).toHaveLength(1);
    expect(
      (await http(t.url, 'GET', '/api/v1/toewijzingen?toewijzingNummer=abc', { token: s.aanbiederToken })).status,
    ).toBe(400);
  });
});
