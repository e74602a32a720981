import ExcelJS from 'exceljs';
import { cijfers, http } from './support/http.js';
import {
  maakDeclaratieScenario,
  SCENARIO_BSN,
  SCENARIO_UURTARIEF,
  type DeclaratieScenario,
} from './support/declaratie-scenario.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { beoordeeldeDeclaratie } from './support/wacht.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('the declaratie Excel template for small providers (e2e)', () => {
  let t: TestApp;
  let s: DeclaratieScenario;

  beforeAll(async () => {
    t = await startTestApp({ metWorker: true });
    s = await maakDeclaratieScenario(t, [2001]);
  });

  afterAll(() => t.close());

  async function sjabloon(): Promise<ExcelJS.Workbook> {
    const res = await fetch(`${t.url}/api/v1/declaraties/sjabloon`, {
      headers: { authorization: `Bearer ${s.aanbiederToken}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const werkmap = new ExcelJS.Workbook();
    await werkmap.xlsx.load(await res.arrayBuffer());
    return werkmap;
  }

  function vulKop(werkmap: ExcelJS.Workbook, declaratieNummer: string) {
    const kop = werkmap.getWorksheet('Declaratie')!;
    kop.getCell('B1').value = s.gemeente.cbsCode;
    kop.getCell('B2').value = 'wmo';
    kop.getCell('B3').value = declaratieNummer;
    kop.getCell('B4').value = '2026-04';
    kop.getCell('B5').value = new Date(Date.UTC(2026, 4, 6));
  }

  const upload = async (werkmap: ExcelJS.Workbook) =>
    http(t.url, 'POST', '/api/v1/declaraties/excel', {
      token: s.aanbiederToken,
      body: Buffer.from(await werkmap.xlsx.writeBuffer()),
      contentType: XLSX,
    });

  it('should store and judge a filled-in template like a 323', async () => {
    const werkmap = await sjabloon();
    vulKop(werkmap, `X${cijfers(8)}`);
    werkmap
      .getWorksheet('Prestaties')!
      .addRow([
        SCENARIO_BSN,
        `R${cijfers(8)}`,
        null,
        2001,
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
    const res = await upload(werkmap);
    expect(res.status).toBe(202);
    const id = res.body.id;
    const d = await beoordeeldeDeclaratie(t.url, id, s.aanbiederToken);
    expect(d.prestaties[0]).toMatchObject({ status: 'goedgekeurd' });
    expect(d.totaalToegekend).toBe(10 * SCENARIO_UURTARIEF);
  });

  it('should refuse a template with errors, listing every error by sheet, row and column, and store nothing', async () => {
    const werkmap = await sjabloon();
    vulKop(werkmap, `X${cijfers(8)}`);
    werkmap.getWorksheet('Declaratie')!.getCell('B4').value = 'april';
    const blad = werkmap.getWorksheet('Prestaties')!;
    blad.addRow([
      '12345',
      `R${cijfers(8)}`,
      null,
      2001,
      '02',
      '02A01',
      '2026-04-01',
      '2026-04-31',
      10,
      '04',
      63.925,
      639.255,
      'D',
    ]);
    blad.addRow([
      SCENARIO_BSN,
      `R${cijfers(8)}`,
      null,
      2001,
      '02',
      '02A01',
      '2026-04-01',
      '2026-04-30',
      10,
      '99',
      63.92,
      { formula: 'K3*I3' },
      'X',
    ]);
    const [{ voor }] = await t.dataSource.query(`SELECT count(*)::int AS voor FROM keten.declaratie`);
    const res = await upload(werkmap);
    expect(res.status).toBe(400);
    expect(res.body.fouten.map((f: { veld: string }) => f.veld)).toEqual([
      'Declaratie!B4',
      'Prestaties!A2',
      'Prestaties!H2',
      'Prestaties!K2',
      'Prestaties!L2',
      'Prestaties!J3',
      'Prestaties!L3',
      'Prestaties!M3',
    ]);
    expect(res.body.fouten.find((f: { veld: string }) => f.veld === 'Prestaties!L3').reden).toMatch(/formule/);
    const [{ na }] = await t.dataSource.query(`SELECT count(*)::int AS na FROM keten.declaratie`);
    expect(na).toBe(voor);
  });

  it('should refuse something that is not a workbook', async () => {
    const res = await http(t.url, 'POST', '/api/v1/declaraties/excel', {
      token: s.aanbiederToken,
      body: Buffer.from('geen excel'),
      contentType: XLSX,
    });
    expect(res.status).toBe(400);
    expect(res.body.fouten[0].reden).toMatch(/Excel/);
  });
});
