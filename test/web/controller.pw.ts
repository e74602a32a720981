// Controller: the dashboard on the sturing API (begroting, realisatie by month of care, verplichtingen, prognose; a
// chart and the same numbers as a table), a drill-down by aanbieder, the Excel download of each view, the signals,
// and a betaalbatch made by one controller and approved by another (four eyes), its pain.001 downloaded and paid.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { DebetCredit, Domein, Eenheid } from '#keten/domain';
import { bouwBericht, maakHeader, type Bericht323 } from '#keten/istandaarden';
import { apiVerzoek, bekijk, KETEN_URL, logIn, SCREENSHOTS, token } from './support.js';

const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

/**
 * An approved declaratie for Deventer, one month of care (demo toewijzing 100045: De Linde, 02A01 3 uur per week from
 * January 2026, at € 63,92 per uur; the aanbieder's tests use 100000), submitted as a 323. May and June: a DeclaratiePeriode
 * follows the aanbieder's previous one (TR318), and aanbieder.pw.ts, which runs first, declares January to April.
 */
async function goedgekeurdeDeclaratie(nummer: string, maand: '05' | '06'): Promise<void> {
  const periode = { begindatum: `2026-${maand}-01`, einddatum: maand === '05' ? '2026-05-31' : '2026-06-30' };
  const { demoBsns } = (await import(join(process.cwd(), 'dist/apps/keten/src/demo/demo-seed.js'))) as {
    demoBsns: (n: number) => string[];
  };
  const toewijzing = await apiVerzoek<{ productCode: string; ingangsdatum: string }[]>(
    'aanbieder',
    'GET',
    '/api/v1/toewijzingen?toewijzingNummer=100045&limiet=1&offset=0',
  );
  expect(toewijzing.body[0]).toMatchObject({ productCode: '02A01', ingangsdatum: '2026-01-01' });
  const bedrag = 2 * 6_392;
  const bericht: Bericht323 = {
    domein: Domein.Wmo,
    berichtType: '323',
    berichtsoort: 'WMO323',
    header: maakHeader({
      afzender: '98000001',
      ontvanger: '0150',
      berichtIdentificatie: { identificatie: `W${Date.now() % 1e11}`, dagtekening: '2026-07-05' },
    }),
    declaratie: {
      declaratieNummer: nummer,
      declaratiePeriode: periode,
      declaratieDagtekening: '2026-07-05',
      totaalIngediendBedrag: { totaalBedrag: bedrag, debetCredit: DebetCredit.Debet },
      clienten: [
        {
          bsn: demoBsns(46)[45],
          prestaties: [
            {
              productReferentie: { referentieNummer: `RN${nummer}` },
              toewijzingNummer: 100_045,
              productCategorie: '02',
              productCode: '02A01',
              productPeriode: periode,
              geleverdVolume: 2,
              eenheid: Eenheid.Uur,
              productTarief: 6_392,
              ingediendBedrag: { bedrag, debetCredit: DebetCredit.Debet },
            },
          ],
        },
      ],
    },
  };
  const res = await fetch(`${KETEN_URL()}/api/v1/berichten`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token('aanbieder')}`, 'Content-Type': 'application/xml' },
    body: bouwBericht(bericht),
  });
  expect(res.status, await res.clone().text()).toBeLessThan(300);
  const zoek = async () =>
    (
      await apiVerzoek<{ id: string; declaratieNummer: string; status: string }[]>(
        'aanbieder',
        'GET',
        '/api/v1/declaraties?limiet=100&offset=0',
      )
    ).body.find((d) => d.declaratieNummer === nummer);
  await expect.poll(async () => (await zoek())?.status, { timeout: 30_000 }).toBe('beoordeeld');
  const declaratie = await apiVerzoek<{ prestaties: { status: string }[] }>(
    'aanbieder',
    'GET',
    `/api/v1/declaraties/${(await zoek())!.id}`,
  );
  expect(
    declaratie.body.prestaties.map((p) => p.status),
    JSON.stringify(declaratie.body.prestaties),
  ).toEqual(['goedgekeurd']);
}

test('a controller reads begroting, realisatie, verplichtingen and prognose per budgetpost, drills down by aanbieder and downloads the Excel', async ({
  page,
}, testInfo) => {
  // Care in May 2026 declared and approved: € 127,84 realisatie in that month of care (kept current by a job).
  await goedgekeurdeDeclaratie('WEBDASH05', '05');
  const [deventer] = (
    await apiVerzoek<{ id: string }[]>('controller', 'GET', '/api/v1/organisaties?zoek=0150&limiet=1&offset=0')
  ).body;
  const mei = async () =>
    (
      await apiVerzoek<{ totaal: { realisatiePerMaand: number[] } }>(
        'controller',
        'GET',
        `/api/v1/sturing/overzicht?gemeente=${deventer.id}&jaar=2026`,
      )
    ).body.totaal.realisatiePerMaand[4];
  await expect.poll(mei, { timeout: 30_000 }).toBeGreaterThanOrEqual(12_784);
  const meiEuro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format((await mei()) / 100);

  await logIn(page, 'controller');
  await expect(page).toHaveURL(/\/sturing\/dashboard/);
  await expect(page.getByRole('link', { name: 'Declaratie indienen' })).toHaveCount(0);
  await expect(page.getByLabel('Gemeente', { exact: true })).toHaveValue(/.+/);

  // Deventer's demo begroting 2026: € 2.400.000 + € 1.800.000 + € 900.000 + € 500.000.
  const tabel = page.getByRole('region', { name: 'Dezelfde cijfers als tabel' });
  await expect(tabel.getByRole('row', { name: /Hulp bij het huishouden/ })).toContainText('€ 2.400.000,00');
  await expect(tabel.getByRole('row', { name: /Algemene voorzieningen/ })).toContainText('€ 500.000,00');
  await expect(tabel.getByRole('row', { name: /Totaal/ })).toContainText('€ 5.600.000,00');
  await expect(
    page.getByRole('img', { name: /Begroting, realisatie, verplichtingen en prognose per budgetpost/ }).locator('svg'),
  ).toBeVisible();
  const perMaand = page.getByRole('region', { name: 'Realisatie per zorgmaand als tabel' });
  await expect(perMaand.getByRole('row')).toHaveCount(13);
  await expect(perMaand.getByRole('row', { name: /mei/ })).toContainText(meiEuro);
  await expect(page.getByRole('region', { name: 'Opbouw van de prognose' })).toBeVisible();
  await bekijk(page, 'controller-dashboard');
  // The README's picture (docs/web-controller.png): the top of the dashboard, key figures, chart and table.
  await page.screenshot({
    path: `${SCREENSHOTS}/controller-dashboard-readme.png`,
    clip: { x: 0, y: 0, width: 1280, height: 1320 },
    fullPage: true,
  });

  // Drill-down: verplichtingen per aanbieder (the demo toewijzingen run through 2026).
  await page.getByLabel('Cijfers', { exact: true }).selectOption('verplichtingen');
  await page.getByLabel('Per', { exact: true }).selectOption('aanbieder');
  const perAanbieder = page.getByRole('region', { name: 'Verplichtingen per aanbieder' });
  await expect(perAanbieder.getByRole('row', { name: /Zorggroep De Linde/ })).toBeVisible();
  await expect(perAanbieder.getByRole('row', { name: /Zorggroep De Linde/ })).toContainText('€');

  // The overview as the API's workbook: the same budgetposten and amounts.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download als Excel' }).click();
  const bestand = testInfo.outputPath('overzicht.xlsx');
  await (await download).saveAs(bestand);
  const boek = new ExcelJS.Workbook();
  await boek.xlsx.load(readFileSync(bestand) as unknown as ArrayBuffer);
  const tekst = boek.worksheets
    .flatMap((w) =>
      w
        .getSheetValues()
        .flat()
        .map((v) => String(v ?? '')),
    )
    .join(' | ');
  expect(tekst).toContain('Hulp bij het huishouden');
  expect(tekst).toContain('Individuele begeleiding');

  const perAanbiederDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Verplichtingen per aanbieder als Excel' }).click();
  expect((await perAanbiederDownload).suggestedFilename()).toBe('keten-verplichtingen-per-aanbieder-2026.xlsx');

  await menu(page).getByRole('link', { name: 'Signalen' }).click();
  await expect(page.getByRole('heading', { name: /Toewijzingen zonder declaratie \(\d+\)/ })).toBeVisible();
  await bekijk(page, 'controller-signalen');
});

test('one controller makes a betaalbatch, a second approves it (four eyes), downloads the pain.001 and marks it paid', async ({
  page,
}) => {
  await goedgekeurdeDeclaratie('WEBBATCH06', '06');
  // A second controller of Deventer, invited by its functioneel-beheerder.
  const tweede = await apiVerzoek<{ tijdelijkWachtwoord: string; email: string }>(
    'functioneel-beheerder',
    'POST',
    '/api/v1/toegang/gebruikers',
    {
      naam: 'Tweede controller Deventer',
      email: `controller2-${Date.now()}@demo.keten`,
      rol: 'controller',
    },
  );
  expect(tweede.status).toBe(201);

  await logIn(page, 'controller');
  await menu(page).getByRole('link', { name: 'Betaalbatches' }).click();
  await page.getByLabel('Betaler').selectOption({ label: 'Gemeente Deventer' });
  await page.getByRole('button', { name: 'Betaalbatch maken' }).click();
  const gemaakt = page.getByRole('status').filter({ hasText: 'is gemaakt' });
  await expect(gemaakt).toBeVisible();
  const nummer = (await gemaakt.getByRole('link').textContent())!;
  await bekijk(page, 'controller-betaalbatches');
  await gemaakt.getByRole('link').click();
  await expect(page.getByRole('heading', { name: `Betaalbatch ${nummer}` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Per aanbieder' })).toContainText('WEBBATCH06');
  // The maker cannot approve its own batch.
  await expect(page.getByRole('button', { name: 'Goedkeuren' })).toHaveCount(0);
  await expect(page.getByText('Een andere controller keurt hem goed')).toBeVisible();
  const adres = page.url();
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen$/);

  await logIn(page, { email: tweede.body.email, wachtwoord: tweede.body.tijdelijkWachtwoord });
  await page.goto(adres);
  await page.getByRole('button', { name: 'Goedkeuren' }).click();
  await expect(page.locator('dd', { hasText: /^Goedgekeurd$/ })).toBeVisible();
  await bekijk(page, 'controller-betaalbatch');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download betaalbestand (pain.001)' }).click();
  const pain = await download;
  expect(pain.suggestedFilename()).toBe(`${nummer}.xml`);
  const xml = readFileSync((await pain.path())!, 'utf8');
  expect(xml).toContain('pain.001.001.09');
  expect(xml).toContain('WEBBATCH06');

  await page.getByRole('button', { name: 'Markeren als betaald' }).click();
  await expect(page.getByText('Betaald op')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Markeren als betaald' })).toHaveCount(0);
});

test('time to interactive of the dashboard and the toewijzingen on demo data (printed)', async ({ page }) => {
  const metingen: string[] = [];
  for (const [rol, pad, klaar] of [
    ['controller', '/sturing/dashboard', 'Dezelfde cijfers als tabel'],
    ['aanbieder', '/aanbieder/toewijzingen', 'Toewijzingen'],
  ] as const) {
    await logIn(page, rol);
    for (let i = 0; i < 2; i++) {
      await page.goto(`${KETEN_URL()}${pad}`);
      await expect(page.getByRole('region', { name: klaar })).toBeVisible();
      await page.getByRole('region', { name: klaar }).focus();
      const ms = await page.evaluate(() => Math.round(performance.now()));
      metingen.push(`${pad} (${i === 0 ? 'first load' : 'cached'}): ${ms} ms`);
    }
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page).toHaveURL(/\/inloggen$/);
  }
  console.log(
    `time to interactive (navigation start to data shown and focusable), demo data:\n  ${metingen.join('\n  ')}`,
  );
});
