import { Domein, StatusAanlevering } from '#keten/domain';
import { bouwBericht, maakHeader, type Bericht305 } from '#keten/istandaarden';
import { Rol } from '#keten/platform';
import { XLSX } from './contracten-testhulp.js';
import {
  aanbestedingBody,
  domeinInschrijving,
  domeinInvoer,
  inschrijvingBody,
  maakPartijen,
  Procedure,
} from './inkoop-testhulp.js';
import { maakDeclaratieScenario, SCENARIO_BSN, SCENARIO_UURTARIEF } from './support/declaratie-scenario.js';
import { maakOrganisatie, raamovereenkomstDocument } from './support/factories.js';
import { cijfers, http } from './support/http.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { gezondTijdens, liegendeZip } from './support/vijandige-invoer.js';

/** What a hostile caller found (issue 15), each with the input that found it, generated here. */
describe('hostile input and scope (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(() => t.close());

  describe('zip bombs with a lying directory', () => {
    // 200 MB of zeros in about 200 kB, claiming 100 bytes: beyond every unpacked limit (25 MB, 100 MB for Excel).
    const bom = (naam: string) => liegendeZip(naam, 200 * 1024 * 1024);

    it('should refuse a zipped berichten upload by the bytes actually inflated, and stay responsive', async () => {
      const aanbieder = await maakOrganisatie(t.url, 'aanbieder');
      const token = await t.token(Rol.Aanbieder, aanbieder.id);
      const zip = bom('bom.xml');
      expect(zip.length).toBeLessThan(1024 * 1024);
      const { antwoord, healthMs } = await gezondTijdens(t.url, () =>
        http(t.url, 'POST', '/api/v1/berichten', { token, body: zip, contentType: 'application/zip' }),
      );
      expect(antwoord.status).toBe(413);
      expect(antwoord.body.bericht).toMatch(/gemeten/);
      expect(healthMs).toBeLessThan(1000);
    });

    it('should refuse an Excel declaratie upload that is a zip bomb, and stay responsive', async () => {
      const aanbieder = await maakOrganisatie(t.url, 'aanbieder');
      const token = await t.token(Rol.Aanbieder, aanbieder.id);
      const { antwoord, healthMs } = await gezondTijdens(t.url, () =>
        http(t.url, 'POST', '/api/v1/declaraties/excel', {
          token,
          body: bom('xl/worksheets/sheet1.xml'),
          contentType: XLSX,
        }),
      );
      expect(antwoord.status).toBe(400);
      expect(JSON.stringify(antwoord.body)).toMatch(/te groot uitgepakt/);
      expect(healthMs).toBeLessThan(1000);
    });

    it('should refuse a tariff sheet that is a zip bomb, and stay responsive', async () => {
      const gemeente = await maakOrganisatie(t.url, 'gemeente');
      const aanbieder = await maakOrganisatie(t.url, 'aanbieder');
      const inkoop = await t.token(Rol.Inkoopadviseur, gemeente.id);
      const contract = await http(t.url, 'POST', '/api/v1/raamovereenkomsten', {
        token: inkoop,
        json: raamovereenkomstDocument(gemeente.id, aanbieder.id, [gemeente.id]),
      });
      expect(contract.status).toBe(201);
      const { antwoord, healthMs } = await gezondTijdens(t.url, () =>
        http(t.url, 'PUT', `/api/v1/raamovereenkomsten/${contract.body.id}/tariefblad`, {
          token: inkoop,
          body: bom('xl/worksheets/sheet1.xml'),
          contentType: XLSX,
        }),
      );
      expect(antwoord.status).toBe(400);
      expect(JSON.stringify(antwoord.body)).toMatch(/te groot uitgepakt/);
      expect(healthMs).toBeLessThan(1000);
    });
  });

  it('should refuse a 1 MB message with many attributes on one tag quickly, and stay responsive', async () => {
    const aanbieder = await maakOrganisatie(t.url, 'aanbieder');
    const token = await t.token(Rol.Aanbieder, aanbieder.id);
    const attributen = Array.from({ length: 120_000 }, (_, i) => ` a${i}=""`).join('');
    const xml = `<?xml version="1.0" encoding="UTF-8"?><Bericht${attributen}></Bericht>`;
    expect(xml.length).toBeGreaterThan(1_000_000);
    const { antwoord, healthMs } = await gezondTijdens(t.url, () =>
      http(t.url, 'POST', '/api/v1/berichten', { token, body: xml, contentType: 'application/xml' }),
    );
    expect(antwoord.status).toBe(202);
    expect(antwoord.body).toMatchObject({ status: 'afgekeurd' });
    expect(antwoord.body.reden).toMatch(/64 kB|attributen/);
    expect(healthMs).toBeLessThan(1000);
  });

  it('should refuse a 20 MB message of distinct element names, of namespace declarations and of deep nesting early, and stay responsive', async () => {
    const aanbieder = await maakOrganisatie(t.url, 'aanbieder');
    const token = await t.token(Rol.Aanbieder, aanbieder.id);
    const ns = 'http://www.istandaarden.nl/ijw/3_2/jw323/schema';
    const gevallen: [string, RegExp][] = [
      [
        `<Bericht xmlns="${ns}">${Array.from({ length: 1_500_000 }, (_, i) => `<n${i}/>`).join('')}</Bericht>`,
        /verschillende elementnamen/,
      ],
      [
        `<Bericht xmlns="${ns}">${Array.from({ length: 600_000 }, (_, i) => `<b xmlns:p${i}="u${i}"/>`).join('')}</Bericht>`,
        /namespaces/,
      ],
      [`<Bericht xmlns="${ns}">${'<a>'.repeat(1_500_000)}${'</a>'.repeat(1_500_000)}</Bericht>`, /dieper genest/],
    ];
    for (const [xml, reden] of gevallen) {
      expect(xml.length).toBeGreaterThan(10_000_000);
      const { antwoord, healthMs } = await gezondTijdens(t.url, () =>
        http(t.url, 'POST', '/api/v1/berichten', { token, body: xml, contentType: 'application/xml' }),
      );
      expect(antwoord.status).toBe(202);
      expect(antwoord.body).toMatchObject({ status: 'afgekeurd' });
      expect(antwoord.body.reden).toMatch(reden);
      expect(healthMs).toBeLessThan(1000);
    }
  });

  it('should answer 400 to JSON nested 10,000 deep on a domain endpoint, and stay responsive', async () => {
    const token = await t.token(Rol.Inkoopadviseur, (await maakOrganisatie(t.url, 'gemeente')).id);
    const diep = `{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const { antwoord, healthMs } = await gezondTijdens(t.url, () =>
      http(t.url, 'POST', '/api/v1/raamovereenkomsten', { token, body: diep, contentType: 'application/json' }),
    );
    expect(antwoord.status).toBe(400);
    expect(healthMs).toBeLessThan(1000);
    const nul = await http(t.url, 'POST', '/api/v1/raamovereenkomsten', { token, json: { naam: 'a\u0000b' } });
    expect(nul.status).toBe(400);
    expect(nul.body.bericht).toMatch(/NUL/);
  });

  describe("writing outside one's scope", () => {
    it('should not store a raamovereenkomst a regio inkoopadviseur registers for a gemeente outside its regio', async () => {
      const binnen = await maakOrganisatie(t.url, 'gemeente');
      const buiten = await maakOrganisatie(t.url, 'gemeente');
      const regio = await maakOrganisatie(t.url, 'regio', {
        deelnemers: [{ gemeenteId: binnen.id, domein: 'wmo', ingangsdatum: '2025-01-01' }],
      });
      const aanbieder = await maakOrganisatie(t.url, 'aanbieder');
      const inkoop = await t.token(Rol.Inkoopadviseur, regio.id);
      const tellen = async () =>
        (
          (await t.dataSource.query(`SELECT count(*)::int AS n FROM keten.raamovereenkomst WHERE aanbieder_id = $1`, [
            aanbieder.id,
          ])) as { n: number }[]
        )[0].n;

      const alsBuiten = await http(t.url, 'POST', '/api/v1/raamovereenkomsten', {
        token: inkoop,
        json: raamovereenkomstDocument(buiten.id, aanbieder.id, [buiten.id]),
      });
      const metBuiten = await http(t.url, 'POST', '/api/v1/raamovereenkomsten', {
        token: inkoop,
        json: raamovereenkomstDocument(regio.id, aanbieder.id, [binnen.id, buiten.id]),
      });
      expect([alsBuiten.status, metBuiten.status]).toEqual([403, 400]);
      expect(metBuiten.body.fouten).toEqual([expect.objectContaining({ veld: 'gemeenteIds[1]' })]);
      expect(await tellen()).toBe(0);
      const binnenRegio = await http(t.url, 'POST', '/api/v1/raamovereenkomsten', {
        token: inkoop,
        json: raamovereenkomstDocument(regio.id, aanbieder.id, [binnen.id]),
      });
      expect(binnenRegio.status).toBe(201);
      expect(await tellen()).toBe(1);
    });

    it('should refuse an aanbesteding of a regio with a deelnemende gemeente outside the regio', async () => {
      const p = await maakPartijen(t, 1);
      const buiten = await maakOrganisatie(t.url, 'gemeente');
      const regio = await maakOrganisatie(t.url, 'regio', {
        deelnemers: [{ gemeenteId: p.gemeente.id, domein: 'wmo', ingangsdatum: '2025-01-01' }],
      });
      const inkoop = await t.token(Rol.Inkoopadviseur, regio.id);
      const body = (gemeenten: string[]) =>
        aanbestedingBody(domeinInvoer(), p, { inkoperId: regio.id, deelnemendeGemeenten: gemeenten });

      const fout = await http(t.url, 'POST', '/api/v1/aanbestedingen', {
        token: inkoop,
        json: body([p.gemeente.id, buiten.id]),
      });
      expect(fout.status).toBe(400);
      expect(fout.body.fouten).toEqual([expect.objectContaining({ veld: 'deelnemendeGemeenten[1]' })]);
      expect(
        (await http(t.url, 'POST', '/api/v1/aanbestedingen', { token: inkoop, json: body([p.gemeente.id]) })).status,
      ).toBe(201);
    });
  });

  describe('what an aanbieder may not learn about competitors', () => {
    it("should answer a dry run on another aanbieder's toewijzing and client exactly as on a number that does not exist", async () => {
      const nummer = 100_000 + Number(cijfers(6));
      const scenario = await maakDeclaratieScenario(t, [nummer]);
      const concurrent = await maakOrganisatie(t.url, 'aanbieder');
      const token = await t.token(Rol.Aanbieder, concurrent.id);
      const onbekend = nummer + 1;
      const probeer = async (toewijzingNummer: number, bsn: string) => {
        const res = await http(t.url, 'POST', '/api/v1/declaraties/controle', {
          token,
          json: {
            domein: 'wmo',
            gemeenteCode: scenario.gemeente.cbsCode,
            declaratieNummer: 'D0000001',
            declaratiePeriode: { begindatum: '2026-04-01', einddatum: '2026-04-30' },
            dagtekening: '2026-05-06',
            totaalIngediendBedrag: { bedrag: SCENARIO_UURTARIEF, debetCredit: 'D' },
            prestaties: [
              {
                bsn,
                referentieNummer: 'R0000001',
                toewijzingNummer,
                productCategorie: '02',
                productCode: '02A01',
                productPeriode: { begindatum: '2026-04-01', einddatum: '2026-04-30' },
                geleverdVolume: 1,
                eenheid: '04',
                productTarief: SCENARIO_UURTARIEF,
                ingediendBedrag: { bedrag: SCENARIO_UURTARIEF, debetCredit: 'D' },
              },
            ],
          },
        });
        expect(res.status).toBe(200);
        return JSON.stringify(res.body).replaceAll(String(toewijzingNummer), '<nummer>');
      };
      const vanConcurrent = await probeer(nummer, SCENARIO_BSN);
      expect(vanConcurrent).toContain('9338');
      expect(await probeer(onbekend, SCENARIO_BSN)).toBe(vanConcurrent);
      expect(await probeer(onbekend, '999990032')).toBe(vanConcurrent);
    });

    it("should answer a 305 on another aanbieder's toewijzing exactly as on a number that does not exist", async () => {
      const nummer = 100_000 + Number(cijfers(6));
      const scenario = await maakDeclaratieScenario(t, [nummer]);
      const concurrent = await maakOrganisatie(t.url, 'aanbieder');
      const token = await t.token(Rol.Aanbieder, concurrent.id);
      const stuur305 = async (toewijzingNummer: number) => {
        const bericht: Bericht305 = {
          domein: Domein.Wmo,
          berichtType: '305',
          berichtsoort: 'WMO305',
          header: maakHeader({
            afzender: concurrent.agbCode!,
            ontvanger: scenario.gemeente.cbsCode!,
            berichtIdentificatie: { identificatie: `S${cijfers(10)}`, dagtekening: '2026-04-20' },
          }),
          client: {
            bsn: SCENARIO_BSN,
            geboortedatum: { datum: '1950-03-04' },
            geslacht: '1',
            naam: { geslachtsnaam: { achternaam: 'Wit' } },
            startProducten: [
              { toewijzingNummer, begindatum: '2026-04-03', statusAanlevering: StatusAanlevering.EersteAanlevering },
            ],
          },
        };
        const res = await http(t.url, 'POST', '/api/v1/berichten', {
          token,
          body: bouwBericht(bericht),
          contentType: 'application/xml',
        });
        expect(res.status).toBe(202);
        const { regieberichten } = res.body.resultaat;
        return JSON.stringify(regieberichten.map((r: Record<string, unknown>) => ({ ...r, id: undefined }))).replaceAll(
          String(toewijzingNummer),
          '<nummer>',
        );
      };
      const vanConcurrent = await stuur305(nummer);
      expect(vanConcurrent).toContain('9019');
      expect(await stuur305(nummer + 1)).toBe(vanConcurrent);
      // Nor through its own audit trail: the competitor's client (a known BSN) is not named there.
      const beheer = await t.token(Rol.FunctioneelBeheerder, concurrent.id);
      const trail = await http(t.url, 'GET', '/api/v1/toegang/audit?actie=regiebericht.start.ontvangen', {
        token: beheer,
      });
      expect(trail.body.map((r: { entiteit: string }) => r.entiteit)).toEqual(['bericht', 'bericht']);
    });

    it('should not show an aanbieder how many competitors bid during an open inschrijving', async () => {
      const p = await maakPartijen(t, 3);
      const pr = new Procedure(t, p);
      expect((await pr.maak(aanbestedingBody(domeinInvoer(), p))).status).toBe(201);
      await pr.moet('2026-03-01', { type: 'publiceer' });
      await pr.moetInschrijven(
        '2026-04-01',
        1,
        inschrijvingBody(domeinInschrijving('I1', 'A1', { tarieven: { '02A01': 7_000 } })),
      );
      await pr.moetInschrijven(
        '2026-04-02',
        2,
        inschrijvingBody(domeinInschrijving('I2', 'A2', { tarieven: { '02A01': 6_500 } })),
      );

      const gezien = (await http(t.url, 'GET', `/api/v1/aanbestedingen/${pr.id}`, { token: p.aanbiederTokens[2] }))
        .body;
      const eigen = (await http(t.url, 'GET', `/api/v1/aanbestedingen/${pr.id}`, { token: p.aanbiederTokens[0] })).body;
      expect(gezien.status).toBe('inschrijving');
      expect(gezien.historie.map((h: { actie: string }) => h.actie)).toEqual(['publiceer']);
      expect(eigen.historie.map((h: { actie: string }) => h.actie)).toEqual(['publiceer']);
      expect(eigen.inschrijvingen).toHaveLength(1);
      expect(gezien.inschrijvingen).toHaveLength(0);
      const inkoper = (await http(t.url, 'GET', `/api/v1/aanbestedingen/${pr.id}`, { token: p.inkoper })).body;
      expect(inkoper.historie.filter((h: { actie: string }) => h.actie === 'dien_in')).toHaveLength(2);
    });
  });
});
