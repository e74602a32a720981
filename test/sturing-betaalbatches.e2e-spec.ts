import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import {
  DebetCredit,
  Domein,
  Eenheid,
  Frequentie,
  ibanControlegetal,
  isGeldigBsn,
  Uitvoeringsvariant,
  vandaag,
} from '#keten/domain';
import { Rol } from '#keten/platform';
import { BudgetService } from '#keten/contracten';
import { cijfers, http } from './support/http.js';
import { maakOrganisatie, type Org } from './support/factories.js';
import { BOOTSTRAP_TOKEN, startTestApp, type TestApp } from './support/test-app.js';
import { beoordeeldeDeclaratie } from './support/wacht.js';

const XSD = readFileSync(new URL('../libs/sturing/src/betaalbatches/xsd/pain.001.001.09.xsd', import.meta.url), 'utf8');
const TARIEF = 6392;

async function xsdFouten(xml: string): Promise<string[]> {
  const r = await validateXML({
    xml: [{ fileName: 'batch.xml', contents: xml }],
    schema: [{ fileName: 'pain.001.001.09.xsd', contents: XSD }],
  });
  return r.errors.map((e) => e.message);
}

const maakIban = () => {
  const bban = `ABNA0${cijfers(9)}`;
  return `NL${ibanControlegetal('NL', bban)}${bban}`;
};

function willekeurigBsn(): string {
  for (;;) {
    const bsn = `9${cijfers(8)}`;
    if (isGeldigBsn(bsn)) return bsn;
  }
}

describe('betaalbatches: approved amounts netted per aanbieder, four eyes, SEPA pain.001, paid once (e2e)', () => {
  let t: TestApp;
  let gemeente: Org;
  let a1: Org;
  let a2: Org;
  let maker: string;
  let goedkeurder: string;
  let contractA1: string;
  const bsn = new Map<string, string>();
  let eersteBetaald = 0;

  const zetIban = async (o: Org, iban: string) =>
    http(t.url, 'PUT', `/api/v1/organisaties/${o.id}/iban`, { token: BOOTSTRAP_TOKEN, json: { iban } });

  async function maakContract(aanbieder: Org, producten: unknown[]): Promise<string> {
    const res = await http(t.url, 'POST', '/api/v1/raamovereenkomsten', {
      token: BOOTSTRAP_TOKEN,
      json: {
        nummer: `RO-${cijfers(8)}`,
        naam: 'Begeleiding',
        inkoperId: gemeente.id,
        aanbiederId: aanbieder.id,
        gemeenteIds: [gemeente.id],
        domein: Domein.Wmo,
        ingangsdatum: '2026-01-01',
        einddatum: '2027-12-31',
        maximaleWaardeCenten: 100_000_000,
        producten,
      },
    });
    expect(res.status).toBe(201);
    return res.body.id;
  }

  async function wijsToe(aanbieder: Org, nummers: number[]) {
    bsn.set(aanbieder.id, willekeurigBsn());
    const res = await http(t.url, 'POST', '/api/v1/toewijzingen', {
      token: await t.token(Rol.Toegang, gemeente.id),
      json: {
        domein: Domein.Wmo,
        gemeenteCode: gemeente.cbsCode,
        aanbiederAgb: aanbieder.agbCode,
        bsn: bsn.get(aanbieder.id),
        producten: nummers.map((toewijzingNummer) => ({
          toewijzingNummer,
          productCategorie: '02',
          productCode: '02A01',
          toewijzingsdatum: '2026-03-20',
          toewijzingstijd: '10:15:00',
          ingangsdatum: '2026-04-01',
          einddatum: '2026-12-31',
          omvang: { volume: 4, eenheid: Eenheid.Uur, frequentie: Frequentie.PerWeek },
        })),
      },
    });
    expect(res.status).toBe(200);
  }

  /** A declaratie (JSON) of approved hours; `credit` names the ReferentieNummer a credit line reverses. */
  async function declareer(aanbieder: Org, maand: string, regels: { nummer: number; uren: number; credit?: string }[]) {
    const token = await t.token(Rol.Aanbieder, aanbieder.id);
    const [j, m] = maand.split('-').map(Number);
    const periode = { begindatum: `${maand}-01`, einddatum: new Date(Date.UTC(j, m, 0)).toISOString().slice(0, 10) };
    const prestaties = regels.map((r) => ({
      bsn: bsn.get(aanbieder.id),
      referentieNummer: `R${cijfers(10)}`,
      ...(r.credit ? { vorigReferentieNummer: r.credit } : {}),
      toewijzingNummer: r.nummer,
      productCategorie: '02',
      productCode: '02A01',
      productPeriode: periode,
      geleverdVolume: r.uren,
      eenheid: Eenheid.Uur,
      productTarief: TARIEF,
      ingediendBedrag: { bedrag: r.uren * TARIEF, debetCredit: r.credit ? DebetCredit.Credit : DebetCredit.Debet },
    }));
    const totaal = prestaties.reduce(
      (s, p) => s + (p.ingediendBedrag.debetCredit === DebetCredit.Credit ? -1 : 1) * p.ingediendBedrag.bedrag,
      0,
    );
    const res = await http(t.url, 'POST', '/api/v1/declaraties', {
      token,
      json: {
        domein: Domein.Wmo,
        gemeenteCode: gemeente.cbsCode,
        declaratieNummer: `D${cijfers(10)}`,
        declaratiePeriode: periode,
        dagtekening: vandaag(),
        totaalIngediendBedrag: {
          bedrag: Math.abs(totaal),
          debetCredit: totaal < 0 ? DebetCredit.Credit : DebetCredit.Debet,
        },
        prestaties,
      },
    });
    expect(res.status).toBe(202);
    const d = await beoordeeldeDeclaratie(t.url, res.body.id, token);
    expect(d.prestaties.every((p: { status: string }) => p.status === 'goedgekeurd')).toBe(true);
    return {
      id: res.body.id as string,
      nummer: d.declaratieNummer as string,
      referenties: prestaties.map((p) => p.referentieNummer),
      totaal,
    };
  }

  const maakBatch = (token = maker) =>
    http(t.url, 'POST', '/api/v1/betaalbatches', {
      token,
      json: { inkoperId: gemeente.id, tot: vandaag(), uitvoeringsdatum: vandaag() },
    });

  beforeAll(async () => {
    t = await startTestApp({ metWorker: true });
    gemeente = await maakOrganisatie(t.url, 'gemeente', { iban: maakIban() });
    a1 = await maakOrganisatie(t.url, 'aanbieder', {
      naam: `Zorg & Co T${cijfers(6)}`,
      iban: maakIban()
        .replace(/(.{4})/g, '$1 ')
        .trim(),
    });
    a2 = await maakOrganisatie(t.url, 'aanbieder');
    maker = await t.token(Rol.Controller, gemeente.id);
    goedkeurder = await t.token(Rol.Controller, gemeente.id);
    const uur = {
      productcategorie: '02',
      productcode: '02A01',
      uitvoeringsvariant: Uitvoeringsvariant.Inspanningsgericht,
      omschrijving: 'Begeleiding',
      tarieven: [{ eenheid: Eenheid.Uur, bedragCenten: TARIEF, ingangsdatum: '2026-01-01' }],
    };
    contractA1 = await maakContract(a1, [
      uur,
      {
        productcategorie: '06',
        productcode: 'L0001',
        uitvoeringsvariant: Uitvoeringsvariant.Taakgericht,
        omschrijving: 'Lumpsum',
        tarieven: [],
      },
    ]);
    await maakContract(a2, [uur]);
    await wijsToe(a1, [7001, 7002]);
    await wijsToe(
      a2,
      Array.from({ length: 61 }, (_, i) => 7101 + i),
    );
  });

  afterAll(() => t.close());

  it('should refuse an invalid IBAN, naming the field', async () => {
    const fout = await zetIban(a2, 'NL00ABNA0417164300');
    expect(fout.status).toBe(400);
    expect(fout.body.fouten).toEqual([
      { veld: 'iban', reden: 'geen geldig IBAN (landcode, lengte of controlegetal klopt niet)' },
    ]);
    expect((await http(t.url, 'GET', `/api/v1/organisaties/${a1.id}`, { token: BOOTSTRAP_TOKEN })).body.iban).toMatch(
      /^NL\d{2}ABNA0\d{9}$/,
    );
  });

  it('should pay a round trip: make, approve by another user, export a valid pain.001, mark paid; and pay nothing twice', async () => {
    const april = await declareer(a1, '2026-04', [
      { nummer: 7001, uren: 16 },
      { nummer: 7002, uren: 10 },
    ]);
    await declareer(a2, '2026-04', [{ nummer: 7101, uren: 4 }]);
    const budget = await http(t.url, 'POST', `/api/v1/raamovereenkomsten/${contractA1}/budgetten`, {
      token: BOOTSTRAP_TOKEN,
      json: {
        soort: 'taakgericht',
        productcode: 'L0001',
        omschrijving: 'Lumpsum 2026',
        opdracht: { soort: 'taak', omschrijving: 'Wijkteam' },
        jaarbedragCenten: 40_000_00,
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
    await t.app.get(BudgetService).werkTermijnenBij(vandaag());
    const termijnen = (
      await http(t.url, 'GET', `/api/v1/raamovereenkomsten/${contractA1}/termijnen`, { token: BOOTSTRAP_TOKEN })
    ).body as { id: string; bedragCenten: number; status: string; vervaldatum: string }[];
    const due = termijnen.filter((x) => x.vervaldatum <= vandaag());
    const termijnTotaal = due.reduce((s, x) => s + x.bedragCenten, 0);

    const gemaakt = await maakBatch();
    expect(gemaakt.status).toBe(201);
    const batch = gemaakt.body;
    expect(batch).toMatchObject({ status: 'concept', totaalCenten: april.totaal + termijnTotaal });
    // a2 has no IBAN: left for a next batch, with the reason.
    expect(batch.overgeslagen).toEqual([
      {
        aanbiederId: a2.id,
        bedragCenten: 4 * TARIEF,
        reden: 'de aanbieder heeft geen IBAN; het schuift door naar een volgende betaalbatch',
      },
    ]);
    expect(batch.regels).toHaveLength(1);
    expect(batch.regels[0]).toMatchObject({
      aanbiederId: a1.id,
      bedragCenten: april.totaal + termijnTotaal,
      kenmerk: `${batch.nummer}-1`,
    });
    expect(batch.regels[0].declaraties).toEqual([
      { declaratieId: april.id, declaratieNummer: april.nummer, bedragCenten: april.totaal, aantalPrestaties: 2 },
    ]);
    expect(batch.regels[0].termijnen.map((x: { termijnId: string }) => x.termijnId).sort()).toEqual(
      due.map((x) => x.id).sort(),
    );
    expect(batch.regels[0].omschrijving).toContain(april.nummer);

    // Four eyes: not by its maker, and not exported before approval.
    const zelf = await http(t.url, 'POST', `/api/v1/betaalbatches/${batch.id}/goedkeuren`, { token: maker });
    expect(zelf.status).toBe(409);
    expect((await http(t.url, 'GET', `/api/v1/betaalbatches/${batch.id}/pain001`, { token: maker })).status).toBe(409);
    const goed = await http(t.url, 'POST', `/api/v1/betaalbatches/${batch.id}/goedkeuren`, { token: goedkeurder });
    expect(goed.status).toBe(200);
    expect(goed.body.status).toBe('goedgekeurd');
    // Immutable once approved.
    expect((await http(t.url, 'POST', `/api/v1/betaalbatches/${batch.id}/afwijzen`, { token: maker })).status).toBe(
      409,
    );
    expect(
      (
        await http(t.url, 'POST', `/api/v1/betaalbatches/${batch.id}/goedkeuren`, {
          token: await t.token(Rol.Controller, gemeente.id),
        })
      ).status,
    ).toBe(409);

    const xml = await http(t.url, 'GET', `/api/v1/betaalbatches/${batch.id}/pain001`, { token: goedkeurder });
    expect(xml.status).toBe(200);
    expect(await xsdFouten(xml.body)).toEqual([]);
    const euro = (c: number) => `${Math.trunc(c / 100)}.${String(c % 100).padStart(2, '0')}`;
    expect(xml.body).toContain(`<CtrlSum>${euro(april.totaal + termijnTotaal)}</CtrlSum>`);
    expect(xml.body).toContain(`<EndToEndId>${batch.nummer}-1</EndToEndId>`);
    expect(xml.body).toContain(`<InstdAmt Ccy="EUR">${euro(april.totaal + termijnTotaal)}</InstdAmt>`);
    expect(xml.body).toContain(`<IBAN>${batch.regels[0].iban}</IBAN>`);
    expect(xml.body).toContain(`<Nm>Zorg Co T`);
    expect(xml.body.match(/<CdtTrfTxInf>/g)).toHaveLength(1);

    const betaald = await http(t.url, 'POST', `/api/v1/betaalbatches/${batch.id}/betaald`, {
      token: goedkeurder,
      json: { betaaldOp: vandaag() },
    });
    expect(betaald.status).toBe(200);
    expect(betaald.body).toMatchObject({ status: 'betaald', betaaldOp: vandaag() });
    eersteBetaald = april.totaal + termijnTotaal;
    expect((await http(t.url, 'GET', `/api/v1/declaraties/${april.id}`, { token: maker })).body.betaaldOp).toBe(
      vandaag(),
    );
    const naBetaling = (
      await http(t.url, 'GET', `/api/v1/raamovereenkomsten/${contractA1}/termijnen`, { token: BOOTSTRAP_TOKEN })
    ).body as { id: string; status: string }[];
    expect(naBetaling.filter((x) => due.some((d) => d.id === x.id)).map((x) => x.status)).toEqual(
      due.map(() => 'betaald'),
    );

    // A second batch finds nothing left to pay for a1 (a2 still has no IBAN).
    const tweede = await maakBatch();
    expect(tweede.status).toBe(409);
    expect(tweede.body.bericht).toContain('niets te betalen');
  });

  it('should trace every paid euro to a valid toewijzing, contract and tariff, and list what no longer traces', async () => {
    const jaar = vandaag().slice(0, 4);
    const toets = async () =>
      (await http(t.url, 'GET', `/api/v1/sturing/rechtmatigheid?inkoper=${gemeente.id}&jaar=${jaar}`, { token: maker }))
        .body;
    const voor = await toets();
    expect(voor).toMatchObject({
      betaaldCenten: eersteBetaald,
      aantalPrestaties: 2,
      rechtmatigCenten: eersteBetaald,
      uitzonderingenCenten: 0,
      uitzonderingen: [],
    });
    // The gemeente moves 7002's start to June: April's paid 10 hours no longer have a toewijzing covering them.
    const wijziging = await http(t.url, 'POST', '/api/v1/toewijzingen', {
      token: await t.token(Rol.Toegang, gemeente.id),
      json: {
        domein: Domein.Wmo,
        gemeenteCode: gemeente.cbsCode,
        aanbiederAgb: a1.agbCode,
        bsn: bsn.get(a1.id),
        producten: [
          {
            toewijzingNummer: 7002,
            productCategorie: '02',
            productCode: '02A01',
            toewijzingsdatum: '2026-05-20',
            toewijzingstijd: '10:15:00',
            ingangsdatum: '2026-06-01',
            einddatum: '2026-12-31',
            omvang: { volume: 4, eenheid: Eenheid.Uur, frequentie: Frequentie.PerWeek },
          },
        ],
      },
    });
    expect(wijziging.body[0].resultaat).toBe('gewijzigd');
    const na = await toets();
    expect(na).toMatchObject({
      betaaldCenten: eersteBetaald,
      rechtmatigCenten: eersteBetaald - 10 * TARIEF,
      uitzonderingenCenten: 10 * TARIEF,
    });
    expect(na.uitzonderingen).toEqual([
      expect.objectContaining({
        soort: 'prestatie',
        toewijzingNummer: 7002,
        productcode: '02A01',
        periode: '2026-04-01 t/m 2026-04-30',
        bedragCenten: 10 * TARIEF,
        redenen: ['de periode 2026-04-01 t/m 2026-04-30 valt buiten de toewijzing (2026-06-01 t/m 2026-12-31)'],
      }),
    ]);
    expect(JSON.stringify(na)).not.toContain(bsn.get(a1.id)!);
  });

  it('should net a later credit against the next batch', async () => {
    const [debet] = (
      await http(t.url, 'GET', `/api/v1/declaraties?periode=2026-04`, { token: await t.token(Rol.Aanbieder, a1.id) })
    ).body as { id: string }[];
    const origineel = (await http(t.url, 'GET', `/api/v1/declaraties/${debet.id}`, { token: maker })).body;
    const referentie = origineel.prestaties[0].referentieNummer as string;
    // April corrected: the 16 hours of 7001 credited and 12 declared instead; then May.
    const correctie = await declareer(a1, '2026-04', [
      { nummer: 7001, uren: 16, credit: referentie },
      { nummer: 7001, uren: 12 },
    ]);
    expect(correctie.totaal).toBe(-4 * TARIEF);
    const mei = await declareer(a1, '2026-05', [{ nummer: 7001, uren: 16 }]);
    const batch = await maakBatch();
    expect(batch.status).toBe(201);
    expect(batch.body.regels).toHaveLength(1);
    expect(batch.body.regels[0].bedragCenten).toBe(-16 * TARIEF + 12 * TARIEF + 16 * TARIEF);
    expect(
      batch.body.regels[0].declaraties
        .map((d: { declaratieNummer: string; bedragCenten: number }) => [d.declaratieNummer, d.bedragCenten])
        .sort(),
    ).toEqual(
      [
        [correctie.nummer, -4 * TARIEF],
        [mei.nummer, 16 * TARIEF],
      ].sort(),
    );
    // A rejected concept releases what it held; the next batch takes it again.
    expect(
      (await http(t.url, 'POST', `/api/v1/betaalbatches/${batch.body.id}/afwijzen`, { token: goedkeurder })).body
        .status,
    ).toBe('afgewezen');
    const opnieuw = await maakBatch();
    expect(opnieuw.body.totaalCenten).toBe(12 * TARIEF);
    expect(
      (await http(t.url, 'POST', `/api/v1/betaalbatches/${opnieuw.body.id}/afwijzen`, { token: goedkeurder })).status,
    ).toBe(200);
  });

  it('should never put the same prestatie in two batches made at the same moment, and the database refuses a second claim', async () => {
    expect((await zetIban(a2, maakIban())).status).toBe(200);
    for (let i = 0; i < 3; i++)
      await declareer(
        a2,
        '2026-04',
        Array.from({ length: 20 }, (_, n) => ({ nummer: 7102 + 20 * i + n, uren: 1 })),
      );
    const [een, twee] = await Promise.all([maakBatch(maker), maakBatch(goedkeurder)]);
    const gemaakt = [een, twee].filter((r) => r.status === 201).map((r) => r.body);
    expect([een, twee].every((r) => r.status === 201 || r.status === 409)).toBe(true);
    expect(gemaakt.length).toBeGreaterThan(0);
    const posten: { batch: string; declaratie_id: string; volgnummer: number }[] = await t.dataSource.query(
      `SELECT betaalbatch_id AS batch, declaratie_id, volgnummer FROM keten.betaalbatch_post WHERE betaalbatch_id = ANY($1::uuid[]) AND declaratie_id IS NOT NULL`,
      [gemaakt.map((b) => b.id)],
    );
    const sleutels = posten.map((p) => `${p.declaratie_id}|${p.volgnummer}`);
    expect(new Set(sleutels).size).toBe(sleutels.length);
    // Together they hold everything approved and unpaid: a2's 4 + 60 hours and a1's corrected April and May.
    const totaal = gemaakt.reduce((s, b) => s + b.totaalCenten, 0);
    expect(totaal).toBe(64 * TARIEF + 12 * TARIEF);

    // The last line: a second claim of a claimed prestatie fails in the database itself.
    const [p] = posten;
    await expect(
      t.dataSource.query(
        `INSERT INTO keten.betaalbatch_post (betaalbatch_id, aanbieder_id, soort, declaratie_id, volgnummer, bedrag_centen) VALUES ($1, $2, 'prestatie', $3, $4, 1)`,
        [gemaakt[0].id, a2.id, p.declaratie_id, p.volgnummer],
      ),
    ).rejects.toThrow(/betaalbatch_post_prestatie_uniek/);
  });

  it('should let the inkoopadviseur read and refuse toegang and aanbieder', async () => {
    const inkoop = await t.token(Rol.Inkoopadviseur, gemeente.id);
    expect((await http(t.url, 'GET', '/api/v1/betaalbatches', { token: inkoop })).status).toBe(200);
    expect((await maakBatch(inkoop)).status).toBe(403);
    expect(
      (await http(t.url, 'GET', '/api/v1/betaalbatches', { token: await t.token(Rol.Toegang, gemeente.id) })).status,
    ).toBe(403);
    expect(
      (await http(t.url, 'GET', '/api/v1/betaalbatches', { token: await t.token(Rol.Aanbieder, a1.id) })).status,
    ).toBe(403);
    const ander = await maakOrganisatie(t.url, 'gemeente');
    expect(
      (await http(t.url, 'GET', '/api/v1/betaalbatches', { token: await t.token(Rol.Controller, ander.id) })).body,
    ).toEqual([]);
  });
});
