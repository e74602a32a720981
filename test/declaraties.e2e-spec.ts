import { zipSync, strToU8 } from 'fflate';
import { DataSource } from 'typeorm';
import { DebetCredit, Domein, Eenheid, Frequentie, Uitvoeringsvariant } from '#keten/domain';
import {
  bouwBericht,
  maakHeader,
  parseBericht,
  type Bericht301,
  type Bericht323,
  type Prestatie,
} from '#keten/istandaarden';
import { QueueService, Rol } from '#keten/platform';
import { BeoordeelDeclaratieJob, BeoordeelDeclaratieService, OnafgerondeDeclaratiesService } from '#keten/declaraties';
import { voorbeeld301 } from '../libs/istandaarden/src/testing/voorbeeld-berichten.util.js';
import { valideerTegenXsd, xsdVoor } from '../libs/istandaarden/src/testing/xsd-validatie.util.js';
import { cijfers, http } from './support/http.js';
import { maakOrganisatie, type Org } from './support/factories.js';
import { BOOTSTRAP_TOKEN, startTestApp, type TestApp } from './support/test-app.js';
import { beoordeeldeDeclaratie, wachtOp } from './support/wacht.js';

const BSN = '999990019';
const TARIEF = 6392; // uurtarief 2026 in cents

function toegewezen(toewijzingNummer: number, omvang: { volume: number; frequentie: Frequentie }) {
  return {
    toewijzingNummer,
    product: { categorie: '02', code: '02A01' },
    toewijzingsdatum: '2026-03-20',
    toewijzingstijd: '10:15:00',
    ingangsdatum: '2026-04-01',
    einddatum: '2026-12-31',
    omvang: { volume: omvang.volume, eenheid: Eenheid.Uur, frequentie: omvang.frequentie },
  };
}

function prestatie(
  referentieNummer: string,
  toewijzingNummer: number,
  uren: number,
  extra: Partial<Prestatie> = {},
): Prestatie {
  return {
    productReferentie: { referentieNummer },
    toewijzingNummer,
    productCategorie: '02',
    productCode: '02A01',
    productPeriode: { begindatum: '2026-04-01', einddatum: '2026-04-30' },
    geleverdVolume: uren,
    eenheid: Eenheid.Uur,
    productTarief: TARIEF,
    ingediendBedrag: { bedrag: uren * TARIEF, debetCredit: DebetCredit.Debet },
    ...extra,
  };
}

describe('toewijzingen, declaraties and their beoordeling (e2e, through the worker)', () => {
  let t: TestApp;
  let gemeente: Org;
  let aanbieder: Org;
  let toegang: string;
  let aanbiederToken: string;

  const declaratieXml = (nummer: string, identificatie: string, prestaties: Prestatie[]) => {
    const totaal = prestaties.reduce(
      (s, p) => s + (p.ingediendBedrag.debetCredit === DebetCredit.Credit ? -1 : 1) * p.ingediendBedrag.bedrag,
      0,
    );
    const bericht: Bericht323 = {
      domein: Domein.Wmo,
      berichtType: '323',
      berichtsoort: 'WMO323',
      header: maakHeader({
        afzender: aanbieder.agbCode!,
        ontvanger: gemeente.cbsCode!,
        berichtIdentificatie: { identificatie, dagtekening: '2026-05-06' },
      }),
      declaratie: {
        declaratieNummer: nummer,
        declaratiePeriode: { begindatum: '2026-04-01', einddatum: '2026-04-30' },
        declaratieDagtekening: '2026-05-06',
        totaalIngediendBedrag: {
          totaalBedrag: Math.abs(totaal),
          debetCredit: totaal < 0 ? DebetCredit.Credit : DebetCredit.Debet,
        },
        clienten: [{ bsn: BSN, prestaties }],
      },
    };
    return bouwBericht(bericht);
  };

  const stuur = (xml: string, token = aanbiederToken) =>
    http(t.url, 'POST', '/api/v1/berichten', { token, body: xml, contentType: 'application/xml' });

  const beoordeeld = (id: string) => beoordeeldeDeclaratie(t.url, id, aanbiederToken);

  beforeAll(async () => {
    t = await startTestApp({ metWorker: true });
    gemeente = await maakOrganisatie(t.url, 'gemeente');
    aanbieder = await maakOrganisatie(t.url, 'aanbieder');
    toegang = await t.token(Rol.Toegang, gemeente.id);
    aanbiederToken = await t.token(Rol.Aanbieder, aanbieder.id);
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
        einddatum: '2027-12-31',
        maximaleWaardeCenten: 100_000_000,
        producten: [
          {
            productcategorie: '02',
            productcode: '02A01',
            uitvoeringsvariant: Uitvoeringsvariant.Inspanningsgericht,
            omschrijving: 'Begeleiding',
            tarieven: [
              { eenheid: Eenheid.Uur, bedragCenten: 6150, ingangsdatum: '2025-01-01', einddatum: '2025-12-31' },
              { eenheid: Eenheid.Uur, bedragCenten: TARIEF, ingangsdatum: '2026-01-01' },
            ],
          },
        ],
      },
    });
    expect(contract.status).toBe(201);

    const b301 = voorbeeld301(Domein.Wmo) as Bericht301;
    b301.header = maakHeader({
      afzender: gemeente.cbsCode!,
      ontvanger: aanbieder.agbCode!,
      berichtIdentificatie: { identificatie: `T${cijfers(8)}`, dagtekening: '2026-03-20' },
    });
    b301.client.bsn = BSN;
    b301.client.toegewezenProducten = [
      toegewezen(1001, { volume: 4, frequentie: Frequentie.PerWeek }),
      toegewezen(1002, { volume: 2, frequentie: Frequentie.PerWeek }),
      toegewezen(1003, { volume: 4, frequentie: Frequentie.PerWeek }),
      toegewezen(1004, { volume: 20, frequentie: Frequentie.TotaalBinnenGeldigheidsduur }),
      toegewezen(1005, { volume: 4, frequentie: Frequentie.PerWeek }),
      toegewezen(1006, { volume: 4, frequentie: Frequentie.PerWeek }),
      toegewezen(1007, { volume: 4, frequentie: Frequentie.PerWeek }),
    ];
    const res = await stuur(bouwBericht(b301), toegang);
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ berichtCode: '414', status: 'verwerkt', retourcodes: [] });
  });

  afterAll(() => t.close());

  it('should keep the toewijzingen as versions, visible to the aanbieder without the BSN', async () => {
    const res = await http(t.url, 'GET', `/api/v1/toewijzingen?agbCode=${aanbieder.agbCode}`, {
      token: aanbiederToken,
    });
    expect(res.body.map((x: { toewijzingNummer: number }) => x.toewijzingNummer)).toEqual([
      1001, 1002, 1003, 1004, 1005, 1006, 1007,
    ]);
    expect(JSON.stringify(res.body)).not.toContain(BSN);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM keten.client WHERE bsn_versleuteld::text LIKE $1`,
      [`%${BSN}%`],
    );
    expect(n).toBe(0);
  });

  it('should approve, reject with the official retourcode and explain, then answer with a 325 holding only the rejected', async () => {
    const identificatie = `I${cijfers(8)}`;
    const xml = declaratieXml(`D${cijfers(8)}`, identificatie, [
      prestatie('RN-OK', 1001, 17), // ISO weeks 14–18 touch April: at most 5 × 4 = 20 uur
      prestatie('RN-VOL', 1002, 11), // at most 5 × 2 = 10 uur (TR321)
      prestatie('RN-TAR', 1003, 3, {
        productTarief: 6000,
        ingediendBedrag: { bedrag: 18000, debetCredit: DebetCredit.Debet },
      }), // TR418
    ]);
    const ontvangst = await stuur(xml);
    expect(ontvangst.status).toBe(202);
    expect(ontvangst.body).toMatchObject({ berichtCode: '484', status: 'verwerkt' });
    const declaratie = await beoordeeld(ontvangst.body.resultaat.declaratieId);

    const perRef = Object.fromEntries(
      declaratie.prestaties.map((p: { referentieNummer: string }) => [p.referentieNummer, p]),
    );
    expect(perRef['RN-OK']).toMatchObject({ status: 'goedgekeurd', retourcodes: [] });
    expect(perRef['RN-VOL']).toMatchObject({ status: 'afgekeurd', retourcodes: ['9321'] });
    expect(perRef['RN-VOL'].toelichting).toMatch(/10 uur/);
    expect(perRef['RN-VOL'].toelichting).toMatch(/11 uur/);
    expect(perRef['RN-TAR']).toMatchObject({ status: 'afgekeurd', retourcodes: ['0611'] });
    expect(declaratie.totaalToegekend).toBe(17 * TARIEF);

    const retour = await http(t.url, 'GET', `/api/v1/berichten/${ontvangst.body.id}/retour`, { token: aanbiederToken });
    expect(retour.status).toBe(200);
    expect(retour.headers.get('content-type')).toContain('application/xml');
    const { xsd, basis } = xsdVoor(Domein.Wmo, '325');
    expect((await valideerTegenXsd(retour.body as string, xsd, basis)).fouten).toEqual([]);
    const antwoord = parseBericht(retour.body as string);
    if (!antwoord.ok || antwoord.bericht.berichtType !== '325') throw new Error(`no 325: ${JSON.stringify(antwoord)}`);
    // TR337: the 325 names the 323 it answers, and goes back from the gemeente to the aanbieder.
    expect(antwoord.bericht.header).toMatchObject({
      afzender: gemeente.cbsCode,
      ontvanger: aanbieder.agbCode,
      declaratieIdentificatie: { identificatie, dagtekening: '2026-05-06' },
    });
    const da = antwoord.bericht.declaratieAntwoord!;
    expect(da.totaalToegekendBedrag).toEqual({ totaalBedrag: 17 * TARIEF, debetCredit: 'D' });
    expect(
      da.clienten!.flatMap((c) => c.prestaties.map((p) => [p.productReferentie.referentieNummer, p.retourCodes])),
    ).toEqual([
      ['RN-VOL', ['9321']],
      ['RN-TAR', ['0611']],
    ]);
  });

  it('should answer a repeated message with 9056, naming the original bericht and its declaratie, and never process it twice', async () => {
    const xml = declaratieXml(`D${cijfers(8)}`, `I${cijfers(8)}`, [
      prestatie(`R${cijfers(8)}`, 1001, 1, { productPeriode: { begindatum: '2026-04-01', einddatum: '2026-04-30' } }),
    ]);
    const eerste = await stuur(xml);
    const tweede = await stuur(xml);
    expect(eerste.body.status).toBe('verwerkt');
    expect(tweede.status).toBe(202);
    const origineel = { berichtId: eerste.body.id, declaratieId: eerste.body.resultaat.declaratieId };
    expect(tweede.body).toMatchObject({ status: 'afgekeurd', retourcodes: ['9056'], resultaat: { origineel } });
    expect(tweede.body.id).not.toBe(eerste.body.id);
    // The sender that missed the first answer finds it from the repeat's record too.
    const opgevraagd = await http(t.url, 'GET', `/api/v1/berichten/${tweede.body.id}`, { token: aanbiederToken });
    expect(opgevraagd.body.resultaat).toEqual({ origineel });
  });

  it('should reject a reused DeclaratieNummer with 9333 (TR333) and approve nothing of it', async () => {
    const nummer = `D${cijfers(8)}`;
    const eerste = await stuur(declaratieXml(nummer, `I${cijfers(8)}`, [prestatie(`R${cijfers(8)}`, 1005, 1)]));
    await beoordeeld(eerste.body.resultaat.declaratieId);
    const tweede = await stuur(
      declaratieXml(nummer, `I${cijfers(8)}`, [
        prestatie(`R${cijfers(8)}`, 1005, 1, { productPeriode: { begindatum: '2026-05-01', einddatum: '2026-05-31' } }),
      ]),
    );
    const d = await beoordeeld(tweede.body.resultaat.declaratieId);
    expect(d.retourcodes).toContain('9333');
    expect(d.totaalToegekend).toBe(0);
  });

  it("should refuse a 323 sent under another AGB code and hide one aanbieder's declaraties from another", async () => {
    const ander = await maakOrganisatie(t.url, 'aanbieder');
    const anderToken = await t.token(Rol.Aanbieder, ander.id);
    const xml = declaratieXml(`D${cijfers(8)}`, `I${cijfers(8)}`, [prestatie(`R${cijfers(8)}`, 1001, 1)]);
    expect((await stuur(xml, anderToken)).status).toBe(403);
    const eigen = await stuur(xml);
    expect(
      (await http(t.url, 'GET', `/api/v1/declaraties/${eigen.body.resultaat.declaratieId}`, { token: anderToken }))
        .status,
    ).toBe(404);
    expect((await http(t.url, 'GET', `/api/v1/berichten/${eigen.body.id}`, { token: anderToken })).status).toBe(404);
  });

  it('should take a zip of several messages, answering each as if it were posted alone', async () => {
    const eerste = declaratieXml(`D${cijfers(8)}`, `I${cijfers(8)}`, [
      prestatie(`R${cijfers(8)}`, 1003, 1, { productPeriode: { begindatum: '2026-04-01', einddatum: '2026-04-30' } }),
    ]);
    const zip = zipSync({
      'a.xml': strToU8(eerste),
      'b.xml': strToU8(eerste),
      'lees-mij.txt': strToU8('niet voor Keten'),
    });
    const res = await http(t.url, 'POST', '/api/v1/berichten', {
      token: aanbiederToken,
      body: Buffer.from(zip),
      contentType: 'application/zip',
    });
    expect(res.status).toBe(202);
    expect(res.body.overgeslagen).toEqual(['lees-mij.txt']);
    expect(
      res.body.berichten.map((b: { bestand: string; status: string; retourcodes: string[] }) => [
        b.bestand,
        b.status,
        b.retourcodes,
      ]),
    ).toEqual([
      ['a.xml', 'verwerkt', []],
      ['b.xml', 'afgekeurd', ['9056']],
    ]);
  });

  it('should refuse a zip that unpacks beyond the upload limit before unpacking it', async () => {
    const groot = zipSync({ 'groot.xml': new Uint8Array(26 * 1024 * 1024) }, { level: 9 });
    const res = await http(t.url, 'POST', '/api/v1/berichten', {
      token: aanbiederToken,
      body: Buffer.from(groot),
      contentType: 'application/zip',
    });
    expect(res.status).toBe(413);
  });

  it('should reject hostile or broken XML technically (0001) with a readable reason', async () => {
    const res = await stuur('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>');
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: 'afgekeurd', retourcodes: ['0001'] });
    expect(res.body.reden).toMatch(/DOCTYPE|DTD|entit/i);
  });

  it('should give the same answer in a dry run without storing anything', async () => {
    const [{ voor }] = await t.dataSource.query(`SELECT count(*)::int AS voor FROM keten.declaratie`);
    const [{ clienten }] = await t.dataSource.query(`SELECT count(*)::int AS clienten FROM keten.client`);
    const op1002 = (bsn: string, volume: number) => ({
      bsn,
      referentieNummer: `R${cijfers(8)}`,
      toewijzingNummer: 1002,
      productCategorie: '02',
      productCode: '02A01',
      productPeriode: { begindatum: '2026-04-01', einddatum: '2026-04-30' },
      geleverdVolume: volume,
      eenheid: '04',
      productTarief: TARIEF,
      ingediendBedrag: { bedrag: volume * TARIEF, debetCredit: 'D' },
    });
    const res = await http(t.url, 'POST', '/api/v1/declaraties/controle', {
      token: aanbiederToken,
      json: {
        domein: 'wmo',
        gemeenteCode: gemeente.cbsCode,
        declaratieNummer: `D${cijfers(8)}`,
        declaratiePeriode: { begindatum: '2026-04-01', einddatum: '2026-04-30' },
        dagtekening: '2026-05-06',
        totaalIngediendBedrag: { bedrag: 12 * TARIEF, debetCredit: 'D' },
        // Over the volume; then a BSN Keten has never seen on the same toewijzing: another client (TR304), and not registered.
        prestaties: [op1002(BSN, 11), op1002('999990032', 1)],
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.prestaties[0]).toMatchObject({ status: 'afgekeurd', retourcodes: ['9321'] });
    expect(res.body.prestaties[1]).toMatchObject({ status: 'afgekeurd', retourcodes: ['8187'] });
    expect(res.body.prestaties[1].toelichting).not.toContain('999990032');
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM keten.client`))[0].n).toBe(clienten);
    const [{ na }] = await t.dataSource.query(`SELECT count(*)::int AS na FROM keten.declaratie`);
    expect(na).toBe(voor);
  });

  it('should never approve more than allowed when two declaraties on one toewijzing are judged at the same time', async () => {
    // 1004: 20 uur in total (TBGT); two declaraties of 12 uur each, queued together: one fits, the other exceeds (TR322).
    const a = await stuur(declaratieXml(`D${cijfers(8)}`, `I${cijfers(8)}`, [prestatie(`R${cijfers(8)}`, 1004, 12)]));
    const b = await stuur(
      declaratieXml(`D${cijfers(8)}`, `I${cijfers(8)}`, [
        prestatie(`R${cijfers(8)}`, 1004, 12, {
          productPeriode: { begindatum: '2026-04-01', einddatum: '2026-04-30' },
        }),
      ]),
    );
    const service = t.app.get(BeoordeelDeclaratieService);
    await Promise.all([
      service.beoordeel(a.body.resultaat.declaratieId),
      service.beoordeel(b.body.resultaat.declaratieId),
    ]);
    const [{ goedgekeurd }] = await t.dataSource.query(
      `SELECT coalesce(sum(geleverd_volume), 0)::int AS goedgekeurd FROM keten.prestatie WHERE gemeente_id = $1 AND toewijzing_nummer = 1004 AND status = 'goedgekeurd'`,
      [gemeente.id],
    );
    expect(goedgekeurd).toBe(12);
  });

  it('should give the same result and no duplicate rows when a beoordeling runs again', async () => {
    const res = await stuur(declaratieXml(`D${cijfers(8)}`, `I${cijfers(8)}`, [prestatie(`R${cijfers(8)}`, 1006, 2)]));
    const id = res.body.resultaat.declaratieId;
    const service = t.app.get(BeoordeelDeclaratieService);
    const uitkomsten = await Promise.all([service.beoordeel(id), service.beoordeel(id), service.beoordeel(id)]);
    expect(uitkomsten.map((u) => u.status).sort()).toEqual(expect.arrayContaining(['al-beoordeeld']));
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM keten.prestatie WHERE declaratie_id = $1`,
      [id],
    );
    expect(n).toBe(1);
    expect((await beoordeeld(id)).totaalToegekend).toBe(2 * TARIEF);
  });

  it('should pick up a declaratie whose job was lost (sweeper)', async () => {
    const queue = t.app.get(QueueService).queue(BeoordeelDeclaratieJob.queue);
    const dataSource = t.app.get(DataSource);
    // A lost job: the declaratie is stored (ontvangen) and its job vanishes from the queue before any worker takes it.
    await queue.pause();
    let id: string;
    try {
      const res = await stuur(
        declaratieXml(`D${cijfers(8)}`, `I${cijfers(8)}`, [prestatie(`R${cijfers(8)}`, 1007, 1)]),
      );
      id = res.body.resultaat.declaratieId;
      const job = await wachtOp(
        async () => (await queue.getJob(BeoordeelDeclaratieJob.jobId(id))) ?? undefined,
        `the job of declaratie ${id} in the paused queue`,
      );
      await job.remove();
    } finally {
      await queue.resume();
    }
    // 90 s old: past the 60 s this veeg is given, short of the 120 s of the app's own scheduled sweep, which would
    // otherwise race it to the same declaratie.
    await dataSource.query(`UPDATE keten.declaratie SET created_at = now() - interval '90 seconds' WHERE id = $1`, [
      id,
    ]);
    const wachtend = await http(t.url, 'GET', `/api/v1/declaraties/${id}`, { token: aanbiederToken });
    expect(wachtend.body).toMatchObject({
      status: 'ontvangen',
      aantalPrestaties: 1,
      prestaties: [{ status: 'ontvangen', retourcodes: [] }],
    });
    const opnieuw = await t.app.get(OnafgerondeDeclaratiesService).veeg(60);
    expect(opnieuw).toBeGreaterThanOrEqual(1);
    expect((await beoordeeld(id)).status).toBe('beoordeeld');
  });
  it('should judge a credit first (OP366) against the stored debet, and refuse crediting it twice (TR390)', async () => {
    // 1002: 2 uur per week, at most 10 uur in April; nothing of it approved so far.
    const debet = `R${cijfers(8)}`;
    const eerste = await beoordeeld(
      (await stuur(declaratieXml(`D${cijfers(8)}`, `I${cijfers(8)}`, [prestatie(debet, 1002, 4)]))).body.resultaat
        .declaratieId,
    );
    expect(eerste.prestaties).toMatchObject([{ referentieNummer: debet, status: 'goedgekeurd' }]);

    // The correction (8 uur) before the full credit of those 4 in the document: judged after the credit, it is no second
    // debet for April (TR389) and 8 uur fits (4 + 8 would not).
    const credit = prestatie(`R${cijfers(8)}`, 1002, 4, {
      ingediendBedrag: { bedrag: 4 * TARIEF, debetCredit: DebetCredit.Credit },
    });
    credit.productReferentie.vorigReferentieNummer = debet;
    const correctie = `R${cijfers(8)}`;
    const tweede = await beoordeeld(
      (await stuur(declaratieXml(`D${cijfers(8)}`, `I${cijfers(8)}`, [prestatie(correctie, 1002, 8), credit]))).body
        .resultaat.declaratieId,
    );
    expect(tweede.prestaties.map((p: { status: string }) => p.status)).toEqual(['goedgekeurd', 'goedgekeurd']);
    expect(tweede.totaalToegekend).toBe(8 * TARIEF - 4 * TARIEF);

    const nogmaals = {
      ...credit,
      productReferentie: { referentieNummer: `R${cijfers(8)}`, vorigReferentieNummer: debet },
    };
    const derde = await beoordeeld(
      (await stuur(declaratieXml(`D${cijfers(8)}`, `I${cijfers(8)}`, [nogmaals]))).body.resultaat.declaratieId,
    );
    expect(derde.prestaties).toMatchObject([{ status: 'afgekeurd', retourcodes: ['9390'] }]);
    expect(derde.prestaties[0].toelichting).toContain(`${debet} is al eerder gecrediteerd`);
  });

  it('should refuse removing a toewijzing with approved, non-credited prestaties with 9385 (TR385), and allow it without them', async () => {
    // 1001 carries the approved RN-OK; 1008, new here, has nothing declared.
    const versie = (toewijzingNummer: number, extra: Record<string, unknown>) => ({
      toewijzingNummer,
      productCategorie: '02',
      productCode: '02A01',
      toewijzingsdatum: '2026-05-01',
      toewijzingstijd: '09:00:00',
      ingangsdatum: '2026-04-01',
      einddatum: '2026-12-31',
      omvang: { volume: 4, eenheid: Eenheid.Uur, frequentie: Frequentie.PerWeek },
      ...extra,
    });
    const registreer = async (producten: unknown[]) => {
      const res = await http(t.url, 'POST', '/api/v1/toewijzingen', {
        token: toegang,
        json: {
          domein: Domein.Wmo,
          gemeenteCode: gemeente.cbsCode,
          aanbiederAgb: aanbieder.agbCode,
          bsn: BSN,
          producten,
        },
      });
      expect(res.status).toBe(200);
      return res.body.map((r: { toewijzingNummer: number; resultaat: string; retourcodes: string[] }) => [
        r.toewijzingNummer,
        r.resultaat,
        r.retourcodes,
      ]);
    };
    expect(await registreer([versie(1008, {})])).toEqual([[1008, 'nieuw', []]]);
    const verwijderd = { toewijzingsdatum: '2026-06-01', einddatum: '2026-04-01', redenWijziging: '13' };
    expect(await registreer([versie(1001, verwijderd), versie(1008, verwijderd)])).toEqual([
      [1001, 'afgewezen', ['9385']],
      [1008, 'gewijzigd', []],
    ]);
  });

  it('should list declaraties by the AGB and CBS codes of their aanbieder and gemeente', async () => {
    const lijst = async (query: string) =>
      (await http(t.url, 'GET', `/api/v1/declaraties?${query}`, { token: toegang })).body as {
        aanbiederAgb: string;
        gemeenteCode: string;
      }[];
    const alle = await lijst('limiet=500');
    expect(alle.length).toBeGreaterThan(3);
    expect(alle.every((d) => d.aanbiederAgb === aanbieder.agbCode && d.gemeenteCode === gemeente.cbsCode)).toBe(true);
    expect(await lijst(`agbCode=${aanbieder.agbCode}&gemeenteCode=${gemeente.cbsCode}&limiet=500`)).toHaveLength(
      alle.length,
    );
    const ander = aanbieder.agbCode === '00000001' ? '00000002' : '00000001';
    expect(await lijst(`agbCode=${ander}`)).toEqual([]);
  });
});
