// Inkoopadviseur, a competitive procedure (SAS met EMVI) in the browser: two beoordelaars score blind and on their
// own, the voorzitter records the consensus (refusals shown at the criterium and field they concern), opens the
// prices, reads the ranking, records the voorlopige gunning and downloads a gunningsbeslissing; definitief gunnen is
// refused while the standstill runs. Then a procedure whose standstill has passed is awarded definitively, and the
// tariff sheet of one of its raamovereenkomsten goes back and forth: errors shown by cell, a corrected sheet
// accepted as new tariff versions. The steps before today are recorded by inkoop-verleden.ts (see why there).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Principal } from '#keten/platform';
import { apiVerzoek, bekijk, logIn, SCREENSHOTS } from './support.js';
import { inHetVerleden } from './inkoop-verleden.js';

interface Ik {
  gebruiker: { id: string };
  organisatie: { id: string };
}
interface Organisatie {
  id: string;
  naam: string;
  agbCode: string | null;
}
interface Inlog {
  email: string;
  wachtwoord: string;
}

/** Today in the Netherlands plus `n` days, as yyyy-mm-dd (the date the procedure rules use). */
function dag(n: number): string {
  const d = new Date(
    `${new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date())}T00:00:00Z`,
  );
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const EURO = (centen: number) =>
  new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(centen / 100);

/**
 * The parties: the demo regio's inkoopadviseur (voorzitter), two new beoordelaars of the regio who sign in with a
 * password (made by the beheerder through the API), and three demo aanbieders.
 */
async function partijen() {
  const ik = await apiVerzoek<Ik>('inkoopadviseur', 'GET', '/api/v1/toegang/ik');
  const gemeenten = await apiVerzoek<Organisatie[]>('inkoopadviseur', 'GET', '/api/v1/organisaties?soort=gemeente');
  const aanbieders = await apiVerzoek<Organisatie[]>('inkoopadviseur', 'GET', '/api/v1/organisaties?soort=aanbieder');
  expect(aanbieders.body.length).toBeGreaterThanOrEqual(3);
  const regio = ik.body.organisatie.id;
  const stempel = `${Date.now() % 1e9}`;
  const beoordelaars: { id: string; inlog: Inlog }[] = [];
  for (const n of [1, 2]) {
    const inlog = { email: `beoordelaar${n}-${stempel}@web.keten`, wachtwoord: `Beoordeel-${stempel}-${n}!` };
    const nieuw = await apiVerzoek<{ id: string }>('beheerder', 'POST', '/api/v1/toegang/gebruikers', {
      naam: `Beoordelaar ${n} (${stempel})`,
      email: inlog.email,
      rol: 'inkoopadviseur',
      organisatieId: regio,
      wachtwoord: inlog.wachtwoord,
    });
    expect(nieuw.status, JSON.stringify(nieuw.body)).toBe(201);
    beoordelaars.push({ id: nieuw.body.id, inlog });
  }
  const inkoper = {
    actor: ik.body.gebruiker.id,
    rol: 'inkoopadviseur',
    organisatieId: regio,
    agbCode: null,
  } as Principal;
  const aanbieder = (a: Organisatie) =>
    ({ actor: `web-${a.agbCode}`, rol: 'aanbieder', organisatieId: a.id, agbCode: a.agbCode }) as Principal;
  return {
    regio,
    gemeenten: gemeenten.body,
    aanbieders: aanbieders.body.slice(0, 3),
    beoordelaars,
    inkoper,
    aanbieder,
    stempel,
  };
}
type Partijen = Awaited<ReturnType<typeof partijen>>;

/** A SAS met EMVI for jeugdhulp in concept, registered through the API; published on `publicatie` by the fixture. */
async function registreer(p: Partijen, naam: string, publicatie: string): Promise<string> {
  const r = await apiVerzoek<{ id: string }>('inkoopadviseur', 'POST', '/api/v1/aanbestedingen', {
    kenmerk: `WEB-${naam.slice(0, 3).toUpperCase()}-${p.stempel}`,
    naam,
    procedureType: 'sas_met_emvi',
    domein: 'jeugd',
    opdrachtsoort: 'sas',
    publicatie: 'eu',
    inkoperId: p.regio,
    contactpersoon: 'J. de Vries',
    deelnemendeGemeenten: p.gemeenten.map((g) => g.id),
    looptijd: { begindatum: dag(14), einddatum: dag(14 + 730), verlengingsopties: [12] },
    inschrijfperiode: { begindatum: publicatie, einddatum: plus(publicatie, 40) },
    percelen: [
      {
        id: 'P1',
        naam: 'Jeugdhulp ambulant',
        producten: [
          {
            code: '45A48',
            categorie: '45',
            omschrijving: 'Jeugdhulp ambulant (per uur)',
            eenheid: '04',
            uitvoeringsvariant: 'inspanningsgericht',
            prijs: { soort: 'bod', reelePrijsCenten: 8_200, maximumCenten: 11_000 },
          },
        ],
        eisen: [
          { id: 'E1', soort: 'geschiktheidseis', omschrijving: 'Kwaliteitskeurmerk (HKZ of gelijkwaardig)' },
          { id: 'U1', soort: 'uitsluitingsgrond', omschrijving: 'Geen onherroepelijke veroordeling (art. 2.86 Aw)' },
        ],
        gunningscriteria: [
          { id: 'K1', naam: 'Plan van aanpak', soort: 'kwaliteit', weging: 40, schaal: [0, 2, 4, 6, 8, 10] },
          { id: 'K2', naam: 'Samenwerking in de wijk', soort: 'kwaliteit', weging: 20, schaal: [0, 5, 10] },
          { id: 'PR', naam: 'Prijs', soort: 'prijs', weging: 40 },
        ],
        gunning: { methode: 'beste_n', aantal: 2 },
        geraamdeWaardeCenten: 120_000_000,
        maximumwaardeCenten: 150_000_000,
      },
    ],
    beoordelaars: p.beoordelaars.map((b) => b.id),
    voorzitter: p.inkoper.actor,
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.id;
}

function plus(datum: string, n: number): string {
  const d = new Date(`${datum}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const TARIEVEN = [9_350, 8_900, 10_200];

/** Published, three bids, closed and every bid toetst as voldoet: all before today (fixture). */
async function totBeoordeling(p: Partijen, naam: string, publicatie: string) {
  const id = await registreer(p, naam, publicatie);
  const inschrijvingen: string[] = [];
  await inHetVerleden(async (v) => {
    await v.actie(publicatie, id, { type: 'publiceer' } as never, p.inkoper);
    for (const [n, a] of p.aanbieders.entries())
      inschrijvingen.push(
        await v.inschrijving(
          plus(publicatie, 10 + n),
          id,
          { tarieven: [{ productcode: '45A48', tariefCenten: TARIEVEN[n] }], aanvaardtVoorwaarden: true } as never,
          p.aanbieder(a),
        ),
      );
    await v.actie(plus(publicatie, 41), id, { type: 'sluit_inschrijving' } as never, p.inkoper);
    for (const i of inschrijvingen)
      await v.actie(
        plus(publicatie, 43),
        id,
        { type: 'registreer_toetsing', inschrijvingId: i, resultaten: { E1: true, U1: true } } as never,
        p.inkoper,
      );
  });
  return { id, inschrijvingen };
}

/** A section of the page as it looks at 320 px wide, whole (bekijk's 320 px screenshot shows the first screen). */
async function smal(page: Page, deel: Locator, naam: string) {
  await page.setViewportSize({ width: 320, height: 640 });
  await deel.screenshot({ path: `${SCREENSHOTS}/${naam}-320-deel.png` });
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function open(page: Page, naam: string) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanbestedingen' }).click();
  await page.getByRole('link', { name: naam }).click();
  await expect(page.getByRole('heading', { level: 1, name: naam })).toBeVisible();
}

async function uitloggen(page: Page) {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen$/);
}

/**
 * A beoordelaar's scores through the page: per inschrijving (blind: "Inschrijver n") one choice per criterium. When
 * the last beoordelaar saves the last card, the scoring is no longer blind: the inschrijvers' names appear.
 */
async function scoor(page: Page, scores: [string, string][], namenDaarna?: string[]) {
  for (const [n, [k1, k2]] of scores.entries()) {
    const kaart = page.getByRole('group', { name: `Inschrijver ${n + 1}`, exact: true });
    await kaart.getByLabel(/Plan van aanpak/).selectOption(k1);
    await kaart.getByLabel(/Samenwerking in de wijk/).selectOption(k2);
    await kaart.getByRole('button', { name: 'Scores opslaan' }).click();
    if (namenDaarna && n === scores.length - 1)
      for (const naam of namenDaarna) await expect(page.getByRole('group', { name: naam, exact: true })).toBeVisible();
    else await expect(kaart.getByRole('status')).toHaveText('Opgeslagen.');
  }
}

test('beoordelaars score blind, the voorzitter records consensus, opens the prices, ranks and awards; the standstill holds the definitive award', async ({
  page,
}) => {
  const p = await partijen();
  const naam = `Jeugdhulp ambulant gunning ${p.stempel}`;
  await totBeoordeling(p, naam, dag(-60));
  const [a1, a2, a3] = p.aanbieders.map((a) => a.naam);

  // Beoordelaar 1: blind (no names of inschrijvers), scores all three on both criteria.
  await logIn(page, p.beoordelaars[0].inlog);
  await open(page, naam);
  await expect(page.getByTestId('fase')).toHaveText('Beoordeling');
  const beoordeling = page.getByRole('region', { name: 'Kwaliteitsbeoordeling' });
  await expect(beoordeling.getByText('U heeft 0 van 6 onderdelen gescoord.')).toBeVisible();
  for (const a of [a1, a2, a3]) await expect(page.getByText(a)).toHaveCount(0);
  await scoor(page, [
    ['8', '10'],
    ['10', '5'],
    ['6', '5'],
  ]);
  await expect(beoordeling.getByText('U heeft 6 van 6 onderdelen gescoord.')).toBeVisible();
  // Still blind: the other beoordelaar has not scored.
  for (const a of [a1, a2, a3]) await expect(page.getByText(a)).toHaveCount(0);
  await bekijk(page, 'inkoop-gunning-beoordelaar');
  await smal(page, beoordeling, 'inkoop-gunning-beoordelaar');
  await uitloggen(page);

  // The voorzitter sees every score, and is refused where not every beoordelaar has scored yet.
  await logIn(page, 'inkoopadviseur');
  await open(page, naam);
  const kaart1 = page.getByRole('group', { name: a1, exact: true });
  await expect(kaart1.getByRole('list', { name: /Plan van aanpak/ })).toContainText('Beoordelaar 1: 8');
  await expect(kaart1.getByRole('list', { name: /Plan van aanpak/ })).toContainText('Beoordelaar 2: nog niet gescoord');
  await kaart1.getByLabel('Consensusscore').first().selectOption('8');
  await kaart1.getByLabel('Motivering').first().fill('Sterk plan, concreet uitgewerkt.');
  await kaart1.getByRole('button', { name: 'Consensus vastleggen' }).click();
  await expect(kaart1.getByRole('group', { name: /Plan van aanpak/ }).getByRole('alert')).toContainText(
    'Nog 1 beoordelaar(s) zonder individuele score.',
  );
  // Opening the prices before the consensus: refused, with the reason at that step.
  const prijzen = page.getByRole('group', { name: 'Prijzen openen' });
  await prijzen.getByRole('button', { name: 'Prijzen openen' }).click();
  await expect(prijzen.getByRole('alert')).toContainText('Prijzen blijven dicht');
  await bekijk(page, 'inkoop-gunning-voorzitter-geweigerd');
  await smal(page, kaart1, 'inkoop-gunning-voorzitter-geweigerd');
  await uitloggen(page);

  // Beoordelaar 2 scores; everyone has now scored everything.
  await logIn(page, p.beoordelaars[1].inlog);
  await open(page, naam);
  await scoor(
    page,
    [
      ['8', '5'],
      ['10', '10'],
      ['4', '5'],
    ],
    [a1, a2, a3],
  );
  await uitloggen(page);

  await logIn(page, 'inkoopadviseur');
  await open(page, naam);
  // A consensus without motivation: the rule's reason appears at the motivation field.
  const kaart = page.getByRole('group', { name: a1, exact: true });
  await kaart.getByLabel('Consensusscore').first().selectOption('8');
  await kaart.getByLabel('Motivering').first().fill('');
  await kaart.getByRole('button', { name: 'Consensus vastleggen' }).click();
  await expect(kaart.locator('.utrecht-form-field-error-message').first()).toHaveText(
    'Een consensusscore wordt schriftelijk gemotiveerd.',
  );
  await expect(kaart.getByLabel('Motivering').first()).toHaveAttribute('aria-invalid', 'true');
  const consensus: [string, [string, string]][] = [
    [a1, ['8', '5']],
    [a2, ['10', '10']],
    [a3, ['6', '5']],
  ];
  for (const [wie, [k1, k2]] of consensus) {
    const k = page.getByRole('group', { name: wie, exact: true });
    const scores = k.getByLabel('Consensusscore');
    const motiveringen = k.getByLabel('Motivering');
    await scores.nth(0).selectOption(k1);
    await motiveringen.nth(0).fill(`Plan van aanpak: ${k1}, eensluidend na bespreking.`);
    await scores.nth(1).selectOption(k2);
    await motiveringen.nth(1).fill(`Samenwerking: ${k2}, eensluidend na bespreking.`);
    await k.getByRole('button', { name: 'Consensus vastleggen' }).click();
    await expect(k.getByRole('status')).toHaveText('Opgeslagen.');
  }
  await expect(page.getByRole('group', { name: a2, exact: true })).toContainText('Consensus vastgesteld: 10.');
  await bekijk(page, 'inkoop-gunning-consensus');

  await page.getByRole('group', { name: 'Prijzen openen' }).getByRole('button', { name: 'Prijzen openen' }).click();
  await expect(page.getByTestId('fase')).toHaveText('Prijsbeoordeling');
  const rang = page.getByRole('region', { name: /^Rangschikking Perceel P1/ });
  await expect(rang.getByRole('row')).toHaveCount(4);
  // a2 has the best consensus on quality (10 and 10) and the lowest bid: first on best price-quality ratio; a3 last.
  await expect(rang.getByRole('row').nth(1)).toContainText(a2);
  await expect(rang.getByRole('row').nth(3)).toContainText(a3);

  await page.getByRole('group', { name: 'Voorlopig gunnen' }).getByRole('button', { name: 'Voorlopig gunnen' }).click();
  await expect(page.getByTestId('fase')).toHaveText('Voorlopig gegund');
  await expect(page.getByTestId('standstill')).toContainText('loopt nog');
  const beslissingen = page.getByRole('region', { name: 'Gunningsbeslissing per inschrijver' });
  await expect(beslissingen.getByRole('row').filter({ hasText: a2 })).toContainText('Gegund');
  await expect(beslissingen.getByRole('row').filter({ hasText: a3 })).toContainText('Niet gegund');

  // The gunningsbeslissing to the inschrijver that was not awarded, as PDF.
  const wacht = page.waitForEvent('download');
  await beslissingen.getByRole('button', { name: `Brief (PDF): gunningsbeslissing voor ${a3}` }).click();
  const pdf = await wacht;
  expect(pdf.suggestedFilename()).toMatch(/^gunningsbeslissing-.*\.pdf$/);
  expect(
    readFileSync(await pdf.path())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');

  // Definitief gunnen during the standstill: refused, and the API's reason is shown with the step.
  const definitief = page.getByRole('group', { name: 'Definitief gunnen' });
  await definitief.getByRole('button', { name: 'Definitief gunnen' }).click();
  await expect(definitief.getByRole('alert')).toContainText('De standstill loopt tot en met');
  await bekijk(page, 'inkoop-gunning-voorlopig');
  await smal(page, page.getByRole('region', { name: 'Rangschikking', exact: true }), 'inkoop-gunning-rangschikking');
  await smal(page, page.getByRole('region', { name: 'Gunning', exact: true }), 'inkoop-gunning-gunning');
  await smal(page, definitief, 'inkoop-gunning-standstill');
});

test('after the standstill the voorzitter awards definitively; a tariff sheet with errors is shown by cell, a corrected one is accepted', async ({
  page,
}) => {
  const p = await partijen();
  const naam = `Jeugdhulp ambulant definitief ${p.stempel}`;
  const publicatie = dag(-100);
  const { id, inschrijvingen } = await totBeoordeling(p, naam, publicatie);
  // Scored, agreed, prices opened and voorlopig gegund 30 days ago: the 20-day standstill has passed.
  await inHetVerleden(async (v) => {
    const k1 = [8, 10, 6];
    for (const [n, i] of inschrijvingen.entries()) {
      for (const b of p.beoordelaars) {
        await v.score(plus(publicatie, 45), id, { inschrijvingId: i, criteriumId: 'K1', score: k1[n] } as never, {
          ...p.inkoper,
          actor: b.id,
        });
        await v.score(plus(publicatie, 45), id, { inschrijvingId: i, criteriumId: 'K2', score: 5 } as never, {
          ...p.inkoper,
          actor: b.id,
        });
      }
      for (const [c, score] of [
        ['K1', k1[n]],
        ['K2', 5],
      ] as const)
        await v.actie(
          plus(publicatie, 47),
          id,
          {
            type: 'registreer_consensus',
            inschrijvingId: i,
            criteriumId: c,
            score,
            motivering: 'Eensluidend.',
          } as never,
          p.inkoper,
        );
    }
    await v.actie(plus(publicatie, 48), id, { type: 'open_prijzen' } as never, p.inkoper);
    await v.actie(dag(-30), id, { type: 'voorlopige_gunning' } as never, p.inkoper);
  });

  await logIn(page, 'inkoopadviseur');
  await open(page, naam);
  await expect(page.getByTestId('fase')).toHaveText('Voorlopig gegund');
  await expect(page.getByTestId('standstill')).toContainText('voorbij');
  await page
    .getByRole('group', { name: 'Definitief gunnen' })
    .getByRole('button', { name: 'Definitief gunnen' })
    .click();
  await expect(page.getByTestId('fase')).toHaveText('Lopend');
  const ro = page.getByRole('region', { name: 'Gegunde raamovereenkomsten' }).getByRole('link');
  await expect(ro).toHaveCount(2);
  await bekijk(page, 'inkoop-gunning-definitief');

  await ro.first().click();
  const blad = page.getByRole('region', { name: 'Tariefblad', exact: true });
  await expect(blad).toBeVisible();
  const wacht = page.waitForEvent('download');
  await blad.getByRole('button', { name: 'Tariefblad (Excel) downloaden' }).click();
  const gedownload = await wacht;
  const origineel = readFileSync(await gedownload.path());

  // Two errors on the Tarieven sheet, each to be shown by its cell: a tariff that is no number, an unknown eenheid.
  const boek = new ExcelJS.Workbook();
  await boek.xlsx.load(origineel as unknown as ArrayBuffer);
  const tarieven = boek.getWorksheet('Tarieven')!;
  const oud = Math.round(Number(tarieven.getCell('G2').value) * 100);
  expect(oud).toBeGreaterThan(0);
  tarieven.getCell('G2').value = 'negentig';
  tarieven.getCell('E2').value = '99';
  const fout = join(tmpdir(), `tariefblad-fout-${p.stempel}.xlsx`);
  writeFileSync(fout, Buffer.from(await boek.xlsx.writeBuffer()));
  await blad.getByLabel('Aangepast tariefblad (.xlsx)').setInputFiles(fout);
  await blad.getByRole('button', { name: 'Tariefblad uploaden' }).click();
  const fouten = page.getByRole('region', { name: 'Fouten in het tariefblad' });
  await expect(fouten.getByRole('row').filter({ hasText: 'G2' })).toContainText('Tarief moet een bedrag in euro');
  await expect(fouten.getByRole('row').filter({ hasText: 'E2' })).toContainText('WJ756');
  await expect(fouten.getByRole('row').filter({ hasText: 'G2' })).toContainText('Tarieven');
  await expect(blad.getByLabel('Aangepast tariefblad (.xlsx)')).toHaveAttribute('aria-invalid', 'true');
  await bekijk(page, 'inkoop-tariefblad-fouten');
  await smal(page, blad, 'inkoop-tariefblad-fouten');

  // Corrected: the tariff raised by € 1,50, a correction of the version (the old one kept as history).
  await boek.xlsx.load(origineel as unknown as ArrayBuffer);
  const nieuw = oud + 150;
  boek.getWorksheet('Tarieven')!.getCell('G2').value = nieuw / 100;
  const goed = join(tmpdir(), `tariefblad-goed-${p.stempel}.xlsx`);
  writeFileSync(goed, Buffer.from(await boek.xlsx.writeBuffer()));
  await blad.getByLabel('Aangepast tariefblad (.xlsx)').setInputFiles(goed);
  await blad.getByRole('button', { name: 'Tariefblad uploaden' }).click();
  await expect(blad.getByText('1 regel gewijzigd, 0 toegevoegd, 0 ongewijzigd.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Nieuwe tariefversies' }).getByRole('row').nth(1)).toContainText(
    EURO(nieuw),
  );
  await expect(
    page.getByRole('region', { name: 'Producten en tariefversies' }).getByRole('cell', { name: EURO(nieuw) }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Fouten in het tariefblad' })).toHaveCount(0);
  for (const f of [fout, goed]) rmSync(f, { force: true });
  await bekijk(page, 'inkoop-tariefblad-verwerkt');
  await smal(page, blad, 'inkoop-tariefblad-verwerkt');

  // The controller reads along (scores, ranking, gunning, the tariff sheet) and is offered no step, letter or upload
  // the API would refuse it.
  await uitloggen(page);
  await logIn(page, 'controller');
  await open(page, naam);
  await expect(page.getByRole('region', { name: 'Scores per beoordelaar en consensus' })).toContainText(
    'Beoordelaar 2',
  );
  await expect(page.getByRole('region', { name: 'Rangschikking', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Gunningsbeslissing per inschrijver' })).toContainText('Gegund');
  await expect(page.getByRole('button', { name: /Brief \(PDF\)|Consensus vastleggen|Beëindigen/ })).toHaveCount(0);
  await bekijk(page, 'inkoop-gunning-controller');
  await page.getByRole('region', { name: 'Gegunde raamovereenkomsten' }).getByRole('link').first().click();
  await expect(page.getByRole('button', { name: 'Tariefblad (Excel) downloaden' })).toBeVisible();
  await expect(page.getByLabel('Aangepast tariefblad (.xlsx)')).toHaveCount(0);
});
