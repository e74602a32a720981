import ExcelJS from 'exceljs';
import { Domein } from '#keten/domain';
import { Rol } from '#keten/platform';
import { BEGROTING_BLAD, BEGROTING_KOLOMMEN } from '#keten/sturing';
import { http } from './support/http.js';
import { maakOrganisatie, type Org } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function werkmap(rijen: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(BEGROTING_BLAD);
  ws.addRow([...BEGROTING_KOLOMMEN]);
  for (const r of rijen) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('sturing: begroting per budgetpost, with versions and Excel upload (e2e)', () => {
  let t: TestApp;
  let gemeente: Org;
  let andereGemeente: Org;
  let controller: string;
  const begroting = (token = controller, jaar = 2026) =>
    http(t.url, 'GET', `/api/v1/sturing/begroting?gemeente=${gemeente.id}&jaar=${jaar}`, { token });

  beforeAll(async () => {
    t = await startTestApp();
    gemeente = await maakOrganisatie(t.url, 'gemeente');
    andereGemeente = await maakOrganisatie(t.url, 'gemeente');
    controller = await t.token(Rol.Controller, gemeente.id);
  });
  afterAll(() => t.close());

  it('should keep the primitieve begroting and each begrotingswijziging as versions when a controller enters them', async () => {
    const post = (json: object) =>
      http(t.url, 'POST', '/api/v1/sturing/budgetposten', {
        token: controller,
        json: { gemeenteId: gemeente.id, ...json },
      });
    const begeleiding = await post({
      domein: Domein.Wmo,
      code: 'BEGELEIDING',
      naam: 'Begeleiding en dagbesteding',
      productcategorieen: ['04', '02'],
    });
    expect(begeleiding.status).toBe(201);
    expect(begeleiding.body).toMatchObject({
      code: 'BEGELEIDING',
      productcategorieen: ['02', '04'],
      algemeneVoorzieningen: false,
    });
    const algemeen = await post({
      domein: Domein.Wmo,
      code: 'ALGEMEEN',
      naam: 'Algemene voorzieningen',
      algemeneVoorzieningen: true,
    });
    expect(algemeen.status).toBe(201);

    // A productcategorie counts on one budgetpost only; the same code twice is refused too.
    const dubbeleCategorie = await post({
      domein: Domein.Wmo,
      code: 'HBH',
      naam: 'Huishoudelijke hulp',
      productcategorieen: ['01', '02'],
    });
    expect(dubbeleCategorie.status).toBe(409);
    expect(dubbeleCategorie.body.fouten).toEqual([
      { veld: 'productcategorieen', reden: 'productcategorie 02 hoort al bij budgetpost BEGELEIDING' },
    ]);
    const geenCategorie = await post({ domein: Domein.Wmo, code: 'LEEG', naam: 'Leeg' });
    expect(geenCategorie.status).toBe(400);
    expect(
      (await post({ domein: Domein.Wmo, code: 'BEGELEIDING', naam: 'Nog eens', productcategorieen: ['05'] })).status,
    ).toBe(409);

    const vastgesteld = await http(t.url, 'POST', '/api/v1/sturing/begroting', {
      token: controller,
      json: {
        gemeenteId: gemeente.id,
        jaar: 2026,
        toelichting: 'Primitieve begroting 2026',
        regels: [
          { budgetpostId: begeleiding.body.id, bedragCenten: 1_200_000_00 },
          { budgetpostId: algemeen.body.id, bedragCenten: 300_000_00 },
        ],
      },
    });
    expect(vastgesteld.status).toBe(201);
    expect(vastgesteld.body.totaalCenten).toBe(1_500_000_00);

    const wijziging = await http(t.url, 'POST', '/api/v1/sturing/begroting', {
      token: controller,
      json: {
        gemeenteId: gemeente.id,
        jaar: 2026,
        toelichting: 'Eerste begrotingswijziging',
        regels: [
          { budgetpostId: begeleiding.body.id, bedragCenten: 1_350_000_00 },
          { budgetpostId: algemeen.body.id, bedragCenten: 300_000_00 }, // unchanged: no new version
        ],
      },
    });
    expect(wijziging.status).toBe(201);
    const b = (await begroting()).body;
    expect(b.totaalCenten).toBe(1_650_000_00);
    const beg = b.posten.find((p: { code: string }) => p.code === 'BEGELEIDING');
    expect(beg.bedragCenten).toBe(1_350_000_00);
    expect(
      beg.wijzigingen.map((w: { versie: number; bedragCenten: number; toelichting: string; bron: string }) => [
        w.versie,
        w.bedragCenten,
        w.toelichting,
        w.bron,
      ]),
    ).toEqual([
      [1, 1_200_000_00, 'Primitieve begroting 2026', 'api'],
      [2, 1_350_000_00, 'Eerste begrotingswijziging', 'api'],
    ]);
    expect(b.posten.find((p: { code: string }) => p.code === 'ALGEMEEN').wijzigingen).toHaveLength(1);
    // Another year is another begroting.
    expect((await begroting(controller, 2027)).body.totaalCenten).toBe(0);
  });

  it('should refuse an Excel begroting as a whole, naming every wrong cell, and store a correct one', async () => {
    const voor = (await begroting()).body;
    const fout = await werkmap([
      ['wmo', 'BEGELEIDING', null, null, 1400000, 'Tweede wijziging'],
      ['wmo', 'HBH', 'Huishoudelijke hulp', '01, 02', 'veel', null],
      ['zorg', 'X', 'Onbekend domein', '07', 10, null],
      ['wmo', 'NIEUW', null, null, { formula: 'A1*2' }, null],
    ]);
    const geweigerd = await http(t.url, 'POST', `/api/v1/sturing/begroting/excel?gemeente=${gemeente.id}&jaar=2026`, {
      token: controller,
      body: fout,
      contentType: XLSX,
    });
    expect(geweigerd.status).toBe(400);
    const velden = geweigerd.body.fouten.map((f: { veld: string }) => f.veld);
    expect(velden).toEqual(expect.arrayContaining(['Begroting!E3', 'Begroting!A4', 'Begroting!E5']));
    expect(velden).not.toContain('Begroting!A2');
    expect((await begroting()).body).toEqual(voor);

    // Checked against the stored posts too: a categorie of another post, a new post without categorieën.
    const conflict = await werkmap([
      ['wmo', 'HBH', 'Huishoudelijke hulp', '01, 02', 250000, null],
      ['wmo', 'NIEUW', 'Nieuw', null, 10, null],
    ]);
    const tweede = await http(t.url, 'POST', `/api/v1/sturing/begroting/excel?gemeente=${gemeente.id}&jaar=2026`, {
      token: controller,
      body: conflict,
      contentType: XLSX,
    });
    expect(tweede.status).toBe(400);
    expect(tweede.body.fouten).toEqual([
      { veld: 'Begroting!D2', reden: 'productcategorie 02 hoort al bij budgetpost BEGELEIDING' },
      {
        veld: 'Begroting!D3',
        reden: 'noem de productcategorieën (bijv. 02, 04) of "algemene voorzieningen" voor de nieuwe budgetpost NIEUW',
      },
    ]);

    const goed = await werkmap([
      ['wmo', 'BEGELEIDING', null, null, 1400000.5, 'Tweede begrotingswijziging'],
      ['wmo', 'HBH', 'Huishoudelijke hulp', '01', '250000,25', null],
      ['jeugd', 'JEUGDHULP', 'Jeugdhulp', '45, 46', 2000000, null],
    ]);
    const opgeslagen = await http(t.url, 'POST', `/api/v1/sturing/begroting/excel?gemeente=${gemeente.id}&jaar=2026`, {
      token: controller,
      body: goed,
      contentType: XLSX,
    });
    expect(opgeslagen.status).toBe(201);
    const na = opgeslagen.body;
    const bedrag = (code: string) => na.posten.find((p: { code: string }) => p.code === code);
    expect(bedrag('BEGELEIDING').bedragCenten).toBe(1_400_000_50);
    expect(bedrag('BEGELEIDING').wijzigingen.at(-1)).toMatchObject({
      versie: 3,
      bron: 'excel',
      toelichting: 'Tweede begrotingswijziging',
    });
    expect(bedrag('HBH')).toMatchObject({ bedragCenten: 250_000_25, productcategorieen: ['01'] });
    expect(bedrag('JEUGDHULP')).toMatchObject({
      domein: 'jeugd',
      bedragCenten: 2_000_000_00,
      productcategorieen: ['45', '46'],
    });
    expect(na.totaalCenten).toBe(1_400_000_50 + 250_000_25 + 2_000_000_00 + 300_000_00);
    expect((await begroting()).body).toEqual(na);

    // Downloaded as the template's workbook, it uploads again unchanged: no new versions.
    const download = await fetch(`${t.url}/api/v1/sturing/begroting?gemeente=${gemeente.id}&jaar=2026&formaat=xlsx`, {
      headers: { authorization: `Bearer ${controller}` },
    });
    expect(download.headers.get('content-type')).toContain('spreadsheetml');
    const bytes = Buffer.from(await download.arrayBuffer());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.getWorksheet(BEGROTING_BLAD)!.getRow(2).getCell(5).numFmt).toContain('€');
    const terug = await http(t.url, 'POST', `/api/v1/sturing/begroting/excel?gemeente=${gemeente.id}&jaar=2026`, {
      token: controller,
      body: bytes,
      contentType: XLSX,
    });
    expect(terug.status).toBe(201);
    expect(terug.body).toEqual(na);
  });

  it('should let the inkoopadviseur read, and refuse toegang, aanbieder and other gemeenten', async () => {
    const inkoper = await t.token(Rol.Inkoopadviseur, gemeente.id);
    expect((await begroting(inkoper)).status).toBe(200);
    expect(
      (
        await http(t.url, 'POST', '/api/v1/sturing/begroting', {
          token: inkoper,
          json: { gemeenteId: gemeente.id, jaar: 2026, regels: [] },
        })
      ).status,
    ).toBe(403);
    expect((await begroting(await t.token(Rol.Toegang, gemeente.id))).status).toBe(403);
    const aanbieder = await maakOrganisatie(t.url, 'aanbieder');
    expect((await begroting(await t.token(Rol.Aanbieder, aanbieder.id))).status).toBe(403);
    expect((await begroting(await t.token(Rol.Controller, andereGemeente.id))).status).toBe(404);
    expect(
      (
        await http(t.url, 'GET', `/api/v1/sturing/overzicht?gemeente=${gemeente.id}&jaar=2026`, {
          token: await t.token(Rol.Toegang, gemeente.id),
        })
      ).status,
    ).toBe(403);

    // A regio's controller sees the regio's gemeenten.
    const regio = await maakOrganisatie(t.url, 'regio', {
      deelnemers: [{ gemeenteId: gemeente.id, domein: Domein.Wmo, ingangsdatum: '2025-01-01' }],
    });
    expect((await begroting(await t.token(Rol.Controller, regio.id))).status).toBe(200);
  });
});
