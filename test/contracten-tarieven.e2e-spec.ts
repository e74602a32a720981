import ExcelJS from 'exceljs';
import { berekenReelePrijs, Domein, Eenheid, Uitvoeringsvariant, type Kostenopbouw } from '#keten/domain';
import { ContractTariefService } from '#keten/contracten';
import { Rol } from '#keten/platform';
import { maakOrganisatie } from './support/factories.js';
import { http } from './support/http.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { maakContract, maakPartijen, XLSX, type Partijen } from './contracten-testhulp.js';

interface Versie {
  id: string;
  productcode: string;
  eenheid: string;
  bedragCenten: number;
  ingangsdatum: string;
  einddatum: string | null;
  vervangenOp: string | null;
  deelovereenkomstId: string | null;
  vorigeVersieId: string | null;
  bron: string;
  reelePrijsCenten: number | null;
}

const opbouw: Kostenopbouw = {
  jaarsalaris: 4_000_000,
  werkgeverslastenPercentage: '25',
  jaarurenPerFte: '1800',
  nietProductieveUren: [
    { omschrijving: 'verlof', percentage: '10' },
    { omschrijving: 'ziekte', percentage: '5.5' },
  ],
  reiskostenPerJaar: 144_000,
  opleidingskostenPerJaar: 72_000,
  overigeVerplichtingenPerJaar: 28_800,
  overhead: { percentage: '20', grondslag: 'aandeelInKostprijs' },
  indexatiePercentage: '2.35',
  urenPerEenheid: '1',
};

/** Ten inspanningsgericht products with an hour and a dagdeel tariff for 2026 and one from 2027. */
function producten() {
  return Array.from({ length: 10 }, (_x, i) => ({
    productcategorie: '02',
    productcode: `B${String(i).padStart(3, '0')}`,
    uitvoeringsvariant: Uitvoeringsvariant.Inspanningsgericht,
    omschrijving: `Begeleiding ${i}`,
    tarieven: [Eenheid.Uur, Eenheid.Dagdeel].flatMap((eenheid, e) => [
      { eenheid, bedragCenten: 6_000 + i * 101 + e * 7, ingangsdatum: '2026-01-01', einddatum: '2026-12-31' },
      { eenheid, bedragCenten: 6_200 + i * 103 + e * 11, ingangsdatum: '2027-01-01' },
    ]),
  }));
}

async function laad(data: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  return wb;
}

async function download(t: TestApp, token: string, id: string): Promise<Buffer> {
  const res = await fetch(`${t.url}/api/v1/raamovereenkomsten/${id}/tariefblad`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain(XLSX);
  expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="tarieven-.+\.xlsx"$/);
  return Buffer.from(await res.arrayBuffer());
}

const versies = async (t: TestApp, token: string, id: string, query = '') =>
  (await http<Versie[]>(t.url, 'GET', `/api/v1/raamovereenkomsten/${id}/tarieven${query}`, { token })).body;

describe('contracten: tariff versions, the Excel tariff sheet, reële prijs and the wezenlijke-wijziging guard (e2e)', () => {
  let t: TestApp;
  let p: Partijen;

  beforeAll(async () => {
    t = await startTestApp();
    p = await maakPartijen(t);
  });

  afterAll(() => t.close());

  describe('Excel round trip through the HTTP API', () => {
    it('should change exactly the edited tariffs as new versions and keep the old ones when an edited sheet is uploaded', async () => {
      const contract = await maakContract(t, p, { producten: producten() });
      const voor = await versies(t, p.inkoop, contract.id);
      const wb = await laad(await download(t, p.inkoop, contract.id));
      const blad = wb.getWorksheet('Tarieven')!;
      // Rows are sorted by productcode, eenheid, ingangsdatum: row 2 = B000 uur 2026, row 7 = B001 uur 2027 (G = tariff in €).
      const bewerkt = [2, 7, 40].map((rij) => ({
        rij,
        code: String(blad.getCell(`B${rij}`).value),
        eenheid: String(blad.getCell(`E${rij}`).value),
        oud: Number(blad.getCell(`G${rij}`).value),
      }));
      blad.getCell('G2').value = 61.23;
      blad.getCell('G7').value = '64,07';
      blad.getCell('G40').value = 70;
      const upload = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);

      const res = await http(t.url, 'PUT', `/api/v1/raamovereenkomsten/${contract.id}/tariefblad`, {
        token: p.inkoop,
        body: upload,
        contentType: XLSX,
      });

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ gewijzigd: 3, toegevoegd: 0, ongewijzigd: voor.length - 3 });
      const na = await versies(t, p.inkoop, contract.id);
      const nieuw = na.filter((v) => !voor.some((o) => o.id === v.id));
      expect(nieuw.map((v) => [v.productcode, v.eenheid, v.bedragCenten, v.bron]).sort()).toEqual(
        [
          [bewerkt[0].code, bewerkt[0].eenheid, 6_123, 'tariefblad'],
          [bewerkt[1].code, bewerkt[1].eenheid, 6_407, 'tariefblad'],
          [bewerkt[2].code, bewerkt[2].eenheid, 7_000, 'tariefblad'],
        ].sort(),
      );
      // Every other version is untouched; the edited ones are kept as superseded history, linked from the new ones.
      expect(na.filter((v) => voor.some((o) => o.id === v.id))).toEqual(
        voor.filter((o) => !nieuw.some((n) => n.vorigeVersieId === o.id)),
      );
      const historie = await versies(t, p.inkoop, contract.id, '?historie=true');
      for (const n of nieuw) {
        const oud = historie.find((h) => h.id === n.vorigeVersieId)!;
        expect(oud.vervangenOp).not.toBeNull();
        expect([oud.ingangsdatum, oud.einddatum]).toEqual([n.ingangsdatum, n.einddatum]);
      }
      expect(
        nieuw.map((n) => historie.find((h) => h.id === n.vorigeVersieId)!.bedragCenten).sort((a, b) => a - b),
      ).toEqual(bewerkt.map((b) => Math.round(b.oud * 100)).sort((a, b) => a - b));
      const [audit] = await t.dataSource.query(
        `SELECT details FROM keten.audit_log WHERE entiteit_id = $1 AND actie = 'tariefblad.geupload'`,
        [contract.id],
      );
      expect(audit.details.gewijzigd).toBe(3);
    });

    it('should change nothing when the downloaded sheet is uploaded unchanged', async () => {
      const contract = await maakContract(t, p, { producten: producten() });
      const voor = await versies(t, p.inkoop, contract.id, '?historie=true');

      const res = await http(t.url, 'PUT', `/api/v1/raamovereenkomsten/${contract.id}/tariefblad`, {
        token: p.inkoop,
        body: await download(t, p.inkoop, contract.id),
        contentType: XLSX,
      });

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ gewijzigd: 0, toegevoegd: 0, nieuweTariefIds: [] });
      expect(await versies(t, p.inkoop, contract.id, '?historie=true')).toEqual(voor);
    });

    it('should refuse a sheet with errors, list every error by sheet, row and column, and change nothing', async () => {
      const contract = await maakContract(t, p, { producten: producten() });
      const voor = await versies(t, p.inkoop, contract.id, '?historie=true');
      const wb = await laad(await download(t, p.inkoop, contract.id));
      const blad = wb.getWorksheet('Tarieven')!;
      blad.getCell('G3').value = 10; // a valid edit that must not be applied either
      blad.getCell('G4').value = 'tien euro';
      blad.getCell('E5').value = '82'; // outputgericht eenheid on an inspanningsgericht product
      blad.getCell('G6').value = { formula: 'G2*2' } as ExcelJS.CellFormulaValue;
      blad.getCell('H8').value = '31-02-2026';
      const upload = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);

      const res = await http(t.url, 'PUT', `/api/v1/raamovereenkomsten/${contract.id}/tariefblad`, {
        token: p.inkoop,
        body: upload,
        contentType: XLSX,
      });

      expect(res.status).toBe(400);
      const cellen = (res.body.fouten as { veld: string }[]).map((f) => f.veld);
      expect(cellen).toEqual(expect.arrayContaining(['Tarieven!G4', 'Tarieven!E5', 'Tarieven!G6', 'Tarieven!H8']));
      expect(cellen).not.toContain('Tarieven!G3');
      expect(await versies(t, p.inkoop, contract.id, '?historie=true')).toEqual(voor);
    });

    it('should refuse a sheet of another contract and a sheet that drops a tariff row', async () => {
      const a = await maakContract(t, p, { producten: producten() });
      const b = await maakContract(t, p, { producten: producten() });
      const wb = await laad(await download(t, p.inkoop, a.id));
      wb.getWorksheet('Tarieven')!.spliceRows(3, 1);
      const upload = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);

      const anders = await http(t.url, 'PUT', `/api/v1/raamovereenkomsten/${b.id}/tariefblad`, {
        token: p.inkoop,
        body: upload,
        contentType: XLSX,
      });
      const zelf = await http(t.url, 'PUT', `/api/v1/raamovereenkomsten/${a.id}/tariefblad`, {
        token: p.inkoop,
        body: upload,
        contentType: XLSX,
      });

      expect(anders.status).toBe(400);
      expect(anders.body.fouten).toEqual(expect.arrayContaining([expect.objectContaining({ veld: 'Contract!B1' })]));
      expect(zelf.status).toBe(400);
      expect(zelf.body.fouten).toEqual([
        expect.objectContaining({ veld: 'Tarieven', reden: expect.stringContaining('ontbreekt') }),
      ]);
    });

    it('should refuse an upload by a controller or an aanbieder, and a JSON body', async () => {
      const contract = await maakContract(t, p, { producten: producten() });
      const sheet = await download(t, p.inkoop, contract.id);
      const controller = await t.token(Rol.Controller, p.gemeente.id);
      const aanbieder = await t.token(Rol.Aanbieder, p.aanbieder.id);

      expect(
        (
          await http(t.url, 'PUT', `/api/v1/raamovereenkomsten/${contract.id}/tariefblad`, {
            token: controller,
            body: sheet,
            contentType: XLSX,
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await http(t.url, 'PUT', `/api/v1/raamovereenkomsten/${contract.id}/tariefblad`, {
            token: aanbieder,
            body: sheet,
            contentType: XLSX,
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await http(t.url, 'PUT', `/api/v1/raamovereenkomsten/${contract.id}/tariefblad`, {
            token: p.inkoop,
            json: { tarieven: [] },
          })
        ).status,
      ).toBe(415);
      // The aanbieder may read its own contract's sheet.
      expect(
        (
          await fetch(`${t.url}/api/v1/raamovereenkomsten/${contract.id}/tariefblad`, {
            headers: { authorization: `Bearer ${aanbieder}` },
          })
        ).status,
      ).toBe(200);
    });
  });

  describe('tariff versions through ContractTariefService and ?peildatum=', () => {
    it('should give 31 December and 1 January different tariffs when a tariff changes on 1 January', async () => {
      const contract = await maakContract(t, p, { producten: producten() });
      const service = t.app.get(ContractTariefService);

      const tarieven = await service.tarievenVoor({
        agbCode: p.aanbieder.agbCode!,
        gemeenteCode: p.gemeente.cbsCode!,
        domein: Domein.Wmo,
        van: '2026-12-31',
        tot: '2027-01-01',
      });
      const b000uur = tarieven.filter(
        (r) => r.raamovereenkomstId === contract.id && r.productcode === 'B000' && r.eenheid === Eenheid.Uur,
      );

      expect(b000uur.map((r) => [r.bedragCenten, r.ingangsdatum, r.einddatum])).toEqual([
        [6_000, '2026-01-01', '2026-12-31'],
        [6_200, '2027-01-01', '2027-12-31'],
      ]);
      const dec = await versies(t, p.inkoop, contract.id, '?peildatum=2026-12-31&productcode=B000&eenheid=04');
      const jan = await versies(t, p.inkoop, contract.id, '?peildatum=2027-01-01&productcode=B000&eenheid=04');
      expect([dec.map((v) => v.bedragCenten), jan.map((v) => v.bedragCenten)]).toEqual([[6_000], [6_200]]);
    });

    it('should apply a deelovereenkomst tariff for its gemeente and the basis tariff for another gemeente', async () => {
      const tweede = await maakOrganisatie(t.url, 'gemeente');
      const contract = await maakContract(t, p, { producten: producten(), gemeenteIds: [p.gemeente.id, tweede.id] });
      const deel = await http(t.url, 'POST', `/api/v1/raamovereenkomsten/${contract.id}/deelovereenkomsten`, {
        token: p.inkoop,
        json: {
          naam: 'Deel gemeente A',
          gemeenteIds: [p.gemeente.id],
          ingangsdatum: '2026-01-01',
          einddatum: '2027-12-31',
        },
      });
      expect(deel.status).toBe(201);
      const nieuw = await http(t.url, 'POST', `/api/v1/raamovereenkomsten/${contract.id}/tarieven`, {
        token: p.inkoop,
        json: {
          tarieven: [
            {
              productcode: 'B001',
              eenheid: Eenheid.Uur,
              bedragCenten: 7_100,
              ingangsdatum: '2026-07-01',
              einddatum: '2026-12-31',
              deelovereenkomstId: deel.body.id,
            },
          ],
        },
      });
      expect(nieuw.status).toBe(201);
      const service = t.app.get(ContractTariefService);
      const voor = async (cbs: string) =>
        (
          await service.tarievenVoor({
            agbCode: p.aanbieder.agbCode!,
            gemeenteCode: cbs,
            domein: Domein.Wmo,
            van: '2026-01-01',
            tot: '2026-12-31',
          })
        )
          .filter((r) => r.raamovereenkomstId === contract.id && r.productcode === 'B001' && r.eenheid === Eenheid.Uur)
          .map((r) => [r.bedragCenten, r.ingangsdatum, r.einddatum]);

      expect(await voor(p.gemeente.cbsCode!)).toEqual([
        [6_101, '2026-01-01', '2026-06-30'],
        [7_100, '2026-07-01', '2026-12-31'],
      ]);
      expect(await voor(tweede.cbsCode!)).toEqual([[6_101, '2026-01-01', '2026-12-31']]);
    });
  });

  describe("a deelovereenkomst's own tariff sheet", () => {
    it("should download only the deelovereenkomst's tariffs and write an edit as its new version, leaving the basis alone", async () => {
      const contract = await maakContract(t, p, { producten: producten() });
      const deel = await http(t.url, 'POST', `/api/v1/raamovereenkomsten/${contract.id}/deelovereenkomsten`, {
        token: p.inkoop,
        json: {
          naam: 'Doelgroep LVB',
          doelgroep: 'LVB',
          gemeenteIds: [],
          ingangsdatum: '2026-01-01',
          einddatum: '2027-12-31',
        },
      });
      await http(t.url, 'POST', `/api/v1/raamovereenkomsten/${contract.id}/tarieven`, {
        token: p.inkoop,
        json: {
          tarieven: [
            {
              productcode: 'B006',
              eenheid: Eenheid.Uur,
              bedragCenten: 8_000,
              ingangsdatum: '2026-01-01',
              deelovereenkomstId: deel.body.id,
            },
          ],
        },
      });
      const basisVoor = await versies(t, p.inkoop, contract.id, '?historie=true');
      const res = await fetch(
        `${t.url}/api/v1/raamovereenkomsten/${contract.id}/tariefblad?deelovereenkomstId=${deel.body.id}`,
        { headers: { authorization: `Bearer ${p.inkoop}` } },
      );
      const wb = await laad(Buffer.from(await res.arrayBuffer()));
      const blad = wb.getWorksheet('Tarieven')!;

      expect(blad.rowCount).toBe(2);
      expect([blad.getCell('B2').value, blad.getCell('G2').value]).toEqual(['B006', 80]);
      blad.getCell('G2').value = 81.5;
      const upload = await http(
        t.url,
        'PUT',
        `/api/v1/raamovereenkomsten/${contract.id}/tariefblad?deelovereenkomstId=${deel.body.id}`,
        { token: p.inkoop, body: Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer), contentType: XLSX },
      );

      expect(upload.status).toBe(200);
      const na = await versies(t, p.inkoop, contract.id, '?historie=true');
      const nieuw = na.filter((v) => !basisVoor.some((o) => o.id === v.id));
      expect(nieuw).toEqual([
        expect.objectContaining({ productcode: 'B006', bedragCenten: 8_150, deelovereenkomstId: deel.body.id }),
      ]);
      expect(na.filter((v) => v.deelovereenkomstId === null)).toEqual(
        basisVoor.filter((v) => v.deelovereenkomstId === null),
      );
    });
  });

  describe('reële prijs', () => {
    it('should keep the cost build-up with the tariff and show the calculation when the tariff equals it', async () => {
      const contract = await maakContract(t, p, { producten: producten() });
      const fout = await http(t.url, 'POST', `/api/v1/raamovereenkomsten/${contract.id}/tarieven`, {
        token: p.inkoop,
        json: {
          tarieven: [
            {
              productcode: 'B002',
              eenheid: Eenheid.Uur,
              bedragCenten: 1,
              ingangsdatum: '2027-07-01',
              kostenopbouw: opbouw,
            },
          ],
        },
      });
      expect(fout.status).toBe(400);
      expect(fout.body.fouten[0].reden).toContain('onder de reële prijs');
      const berekend = berekenReelePrijs(opbouw, Eenheid.Uur).tarief;

      const goed = await http(t.url, 'POST', `/api/v1/raamovereenkomsten/${contract.id}/tarieven`, {
        token: p.inkoop,
        json: {
          tarieven: [
            {
              productcode: 'B002',
              eenheid: Eenheid.Uur,
              bedragCenten: berekend,
              ingangsdatum: '2027-07-01',
              kostenopbouw: opbouw,
            },
          ],
        },
      });

      expect(goed.status).toBe(201);
      expect(goed.body[0]).toMatchObject({ bedragCenten: berekend, reelePrijsCenten: berekend, kostenopbouw: opbouw });
      const detail = await http(t.url, 'GET', `/api/v1/raamovereenkomsten/${contract.id}/tarieven/${goed.body[0].id}`, {
        token: p.inkoop,
      });
      expect(detail.body.berekening.map((s: { element: string | null }) => s.element).filter(Boolean)).toEqual(
        expect.arrayContaining(['a', 'b', 'c', 'd', 'e', 'f']),
      );
      // The version running before it now ends the day before.
      const b002 = await versies(t, p.inkoop, contract.id, '?productcode=B002&eenheid=04');
      expect(b002.map((v) => [v.ingangsdatum, v.einddatum])).toEqual([
        ['2026-01-01', '2026-12-31'],
        ['2027-01-01', '2027-06-30'],
        ['2027-07-01', null],
      ]);
    });

    it('should split the running version around a new version set inside it, keeping the old amount before and after', async () => {
      const contract = await maakContract(t, p, { producten: producten() });

      const res = await http(t.url, 'POST', `/api/v1/raamovereenkomsten/${contract.id}/tarieven`, {
        token: p.inkoop,
        json: {
          tarieven: [
            {
              productcode: 'B005',
              eenheid: Eenheid.Uur,
              bedragCenten: 7_777,
              ingangsdatum: '2026-04-01',
              einddatum: '2026-06-30',
            },
          ],
        },
      });

      expect(res.status).toBe(201);
      const b005 = await versies(t, p.inkoop, contract.id, '?productcode=B005&eenheid=04');
      expect(b005.map((v) => [v.bedragCenten, v.ingangsdatum, v.einddatum])).toEqual([
        [6_505, '2026-01-01', '2026-03-31'],
        [7_777, '2026-04-01', '2026-06-30'],
        [6_505, '2026-07-01', '2026-12-31'],
        [6_715, '2027-01-01', null],
      ]);
    });

    it('should refuse a contract tariff below the declared reële prijs', async () => {
      const contract = await maakContract(t, p, { producten: producten() });
      const norm = await http(t.url, 'POST', `/api/v1/raamovereenkomsten/${contract.id}/prijsnormen`, {
        token: p.inkoop,
        json: {
          productcode: 'B003',
          eenheid: Eenheid.Uur,
          soort: 'reelePrijs',
          bedragCenten: 6_500,
          ingangsdatum: '2027-01-01',
        },
      });
      expect(norm.status).toBe(201);

      const onder = await http(t.url, 'POST', `/api/v1/raamovereenkomsten/${contract.id}/tarieven`, {
        token: p.inkoop,
        json: {
          tarieven: [{ productcode: 'B003', eenheid: Eenheid.Uur, bedragCenten: 6_499, ingangsdatum: '2027-03-01' }],
        },
      });
      const op = await http(t.url, 'POST', `/api/v1/raamovereenkomsten/${contract.id}/tarieven`, {
        token: p.inkoop,
        json: {
          tarieven: [{ productcode: 'B003', eenheid: Eenheid.Uur, bedragCenten: 6_500, ingangsdatum: '2027-03-01' }],
        },
      });

      expect(onder.status).toBe(400);
      expect(onder.body.fouten[0].reden).toContain('onder de reële prijs');
      expect(op.status).toBe(201);
    });
  });

  describe('guarding a running contract', () => {
    it('should flag a tariff increase above 50% as a possible wezenlijke wijziging and save it only when confirmed, audited', async () => {
      const contract = await maakContract(t, p, { producten: producten() });
      const voorstel = {
        tarieven: [{ productcode: 'B004', eenheid: Eenheid.Uur, bedragCenten: 9_700, ingangsdatum: '2027-06-01' }],
      };

      const geweigerd = await http(t.url, 'POST', `/api/v1/raamovereenkomsten/${contract.id}/tarieven`, {
        token: p.inkoop,
        json: voorstel,
      });
      const aantalNaWeigering = (await versies(t, p.inkoop, contract.id, '?historie=true')).length;
      const bevestigd = await http(t.url, 'POST', `/api/v1/raamovereenkomsten/${contract.id}/tarieven`, {
        token: p.inkoop,
        json: { ...voorstel, bevestigWezenlijkeWijziging: true },
      });

      expect(geweigerd.status).toBe(409);
      expect(geweigerd.body.fouten).toEqual([
        expect.objectContaining({ veld: 'MOGELIJK_WEZENLIJKE_WIJZIGING_TARIEF' }),
      ]);
      expect(aantalNaWeigering).toBe(40);
      expect(bevestigd.status).toBe(201);
      const [audit] = await t.dataSource.query(
        `SELECT actor, details FROM keten.audit_log WHERE entiteit_id = $1 AND actie = 'raamovereenkomst.wezenlijke-wijziging-bevestigd'`,
        [contract.id],
      );
      expect(audit.details.bevindingen[0].code).toBe('MOGELIJK_WEZENLIJKE_WIJZIGING_TARIEF');
    });
  });
});
