// Zorgaanbieder: toewijzingen, a 323 checked first (dry run) and then submitted, and why a prestatie was rejected.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { DebetCredit, Domein, Eenheid } from '#keten/domain';
import { bouwBericht, maakHeader, type Bericht323, type Prestatie } from '#keten/istandaarden';
import { bekijk, KETEN_URL, logIn, token } from './support.js';

// Demo toewijzing 100000: Deventer (0150), Zorggroep De Linde (98000001), 02A01 3 uur per week from 2026-01-01, at
// the contract's 2026 tariff of € 63,92 per uur (apps/keten/src/demo/demo-seed.ts).
const TOEWIJZING = 100_000;
const TARIEF = 6_392;

/** The table row whose first cell is exactly this text. */
const rij = (page: Page, eersteCel: string) =>
  page.getByRole('row').filter({ has: page.getByRole('cell', { name: eersteCel, exact: true }) });

async function demo323(declaratieNummer = 'WEB202601', maand: '01' | '04' = '01'): Promise<string> {
  const periode = { begindatum: `2026-${maand}-01`, einddatum: maand === '01' ? '2026-01-31' : '2026-04-30' };
  const { demoBsns } = (await import(join(process.cwd(), 'dist/apps/keten/src/demo/demo-seed.js'))) as {
    demoBsns: (n: number) => string[];
  };
  const prestatie = (referentieNummer: string, uren: number, tarief: number): Prestatie => ({
    productReferentie: { referentieNummer },
    toewijzingNummer: TOEWIJZING,
    productCategorie: '02',
    productCode: '02A01',
    productPeriode: periode,
    geleverdVolume: uren,
    eenheid: Eenheid.Uur,
    productTarief: tarief,
    ingediendBedrag: { bedrag: uren * tarief, debetCredit: DebetCredit.Debet },
  });
  const prestaties = [prestatie('RNWEBGOED', 12, TARIEF), prestatie('RNWEBTARIEF', 1, 7_500)];
  const totaal = prestaties.reduce((s, p) => s + p.ingediendBedrag.bedrag, 0);
  const bericht: Bericht323 = {
    domein: Domein.Wmo,
    berichtType: '323',
    berichtsoort: 'WMO323',
    header: maakHeader({
      afzender: '98000001',
      ontvanger: '0150',
      berichtIdentificatie: { identificatie: `W${Date.now() % 1e11}`, dagtekening: '2026-02-05' },
    }),
    declaratie: {
      declaratieNummer,
      declaratiePeriode: periode,
      declaratieDagtekening: '2026-02-05',
      totaalIngediendBedrag: { totaalBedrag: totaal, debetCredit: DebetCredit.Debet },
      clienten: [{ bsn: demoBsns(1)[0], prestaties }],
    },
  };
  return bouwBericht(bericht);
}

test('an aanbieder finds a toewijzing, checks a 323 before submitting it, and reads why a prestatie was rejected', async ({
  page,
}, testInfo) => {
  await logIn(page, 'aanbieder');
  await expect(page).toHaveURL(/\/aanbieder\/toewijzingen$/);
  await expect(page.getByRole('link', { name: 'Aanbestedingen' })).toHaveCount(0);
  await expect(page.getByRole('table')).toBeVisible();
  await bekijk(page, 'aanbieder-toewijzingen');

  await page.getByLabel('ToewijzingNummer').fill(String(TOEWIJZING));
  await page.getByRole('button', { name: 'Zoeken' }).click();
  const rijen = page.getByRole('table').getByRole('row');
  await expect(rijen).toHaveCount(2);
  await expect(rijen.nth(1)).toContainText('100000');
  await expect(rijen.nth(1)).toContainText('01-01-2026');

  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Declaraties', exact: true })
    .click();
  await expect(page.getByText('Nog geen declaraties')).toBeVisible();
  await bekijk(page, 'aanbieder-declaraties-leeg');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Declaratie indienen' }).click();
  await page.getByRole('button', { name: 'Controleren' }).click();
  await expect(page.getByText('Kies eerst een bestand.')).toBeVisible();

  const bestand = testInfo.outputPath('declaratie-januari.xml');
  writeFileSync(bestand, await demo323());
  await page.getByLabel(/Bestand/).setInputFiles(bestand);
  await page.getByRole('button', { name: 'Controleren' }).click();
  await expect(page.getByRole('heading', { name: /Uitkomst van de controle/ })).toBeVisible();
  await expect(page.getByText('1 prestatie(s) zouden worden goedgekeurd, 1 afgekeurd.')).toBeVisible();
  await expect(rij(page, 'RNWEBGOED')).toContainText('Goedgekeurd');
  await expect(rij(page, 'RNWEBTARIEF')).toContainText('Afgekeurd');
  // The reason in plain Dutch with the numbers that decided it (TR418), not just a retourcode.
  await expect(rij(page, 'RNWEBTARIEF')).toContainText(
    'Gedeclareerd tarief € 75,00 per uur; het contracttarief voor product 02/02A01 is € 63,92.',
  );
  await bekijk(page, 'aanbieder-declaratie-controle');

  await page.getByRole('button', { name: 'Definitief indienen' }).click();
  await expect(page.getByText('De declaratie is ontvangen')).toBeVisible();
  await page.getByRole('link', { name: 'Bekijk de beoordeling' }).click();
  await expect(page.getByRole('heading', { name: 'Declaratie WEB202601' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Antwoord (325) downloaden' })).toBeVisible({ timeout: 30_000 });
  await expect(rij(page, 'RNWEBTARIEF')).toContainText('Afgekeurd');
  await expect(rij(page, 'RNWEBTARIEF')).toContainText('het contracttarief voor product 02/02A01 is € 63,92');
  await expect(rij(page, 'RNWEBGOED')).toContainText('Goedgekeurd');
  await expect(page.getByText('€ 767,04').first()).toBeVisible();
  await bekijk(page, 'aanbieder-declaratie');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Antwoord (325) downloaden' }).click();
  expect((await download).suggestedFilename()).toBe('325-WEB202601.xml');

  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Declaraties', exact: true })
    .click();
  await expect(rij(page, 'WEB202601')).toContainText('Beoordeeld');
  await bekijk(page, 'aanbieder-declaraties');
});

test('an aanbieder without declaratie software fills in the Excel template, checks it and submits it', async ({
  page,
}, testInfo) => {
  const { demoBsns } = (await import(join(process.cwd(), 'dist/apps/keten/src/demo/demo-seed.js'))) as {
    demoBsns: (n: number) => string[];
  };
  const sjabloon = await fetch(`${KETEN_URL()}/api/v1/declaraties/sjabloon`, {
    headers: { Authorization: `Bearer ${token('aanbieder')}` },
  });
  const werkmap = new ExcelJS.Workbook();
  await werkmap.xlsx.load(await sjabloon.arrayBuffer());
  const kop = werkmap.getWorksheet('Declaratie')!;
  kop.getCell('B1').value = '0150';
  kop.getCell('B2').value = 'wmo';
  kop.getCell('B3').value = 'XLS202602';
  kop.getCell('B4').value = '2026-02';
  kop.getCell('B5').value = new Date(Date.UTC(2026, 2, 5));
  werkmap
    .getWorksheet('Prestaties')!
    .addRow([
      demoBsns(1)[0],
      'RNXLSFEB',
      null,
      TOEWIJZING,
      '02',
      '02A01',
      '2026-02-01',
      '2026-02-28',
      10,
      '04',
      63.92,
      639.2,
      'D',
    ]);
  const bestand = testInfo.outputPath('declaratie-februari.xlsx');
  await werkmap.xlsx.writeFile(bestand);

  await logIn(page, 'aanbieder');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Declaratie indienen' }).click();
  await page.getByLabel(/Bestand/).setInputFiles(bestand);
  await page.getByRole('button', { name: 'Controleren' }).click();
  await expect(page.getByText('1 prestatie(s) zouden worden goedgekeurd, 0 afgekeurd.')).toBeVisible();
  await expect(rij(page, 'RNXLSFEB')).toContainText('Goedgekeurd');
  await page.getByRole('button', { name: 'Definitief indienen' }).click();
  await page.getByRole('link', { name: 'Bekijk de beoordeling' }).click();
  await expect(page.getByRole('heading', { name: 'Declaratie XLS202602' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Antwoord (325) downloaden' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('€ 639,20').first()).toBeVisible();
});

test('an aanbieder sends a zip of berichten and reads the result per file', async ({ page }, testInfo) => {
  // Care in April 2026 declared twice in one zip: the second is the same message again (9056), the text file is skipped.
  const april = (await demo323('WEBZIP04', '04')).replaceAll('RNWEB', 'RNZIP');
  const bestand = testInfo.outputPath('berichten.zip');
  writeFileSync(
    bestand,
    zipSync({
      'april.xml': strToU8(april),
      'april-nogmaals.xml': strToU8(april),
      'lees-mij.txt': strToU8('niet voor Keten'),
    }),
  );

  await logIn(page, 'aanbieder');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Berichten versturen' }).click();
  await page.getByRole('button', { name: 'Versturen' }).click();
  await expect(page.getByText('Kies een bestand')).toBeVisible();
  await page.getByLabel(/Bestand/).setInputFiles(bestand);
  await page.getByRole('button', { name: 'Versturen' }).click();
  const uitslag = page.getByRole('region', { name: 'Uitslag per bericht' });
  // Whichever of the two is read first is processed; the other is the same message again.
  const metUitslag = (uitslagTekst: string) =>
    uitslag.getByRole('row').filter({ has: page.getByRole('cell', { name: uitslagTekst, exact: true }) });
  await expect(metUitslag('Verwerkt')).toHaveCount(1);
  await expect(metUitslag('Afgekeurd')).toHaveCount(1);
  await expect(metUitslag('Afgekeurd')).toContainText('9056');
  await expect(page.getByText('1 van 2 berichten verwerkt.')).toBeVisible();
  await expect(page.getByText('Niet gelezen (geen .xml): lees-mij.txt.')).toBeVisible();
  await bekijk(page, 'aanbieder-berichten');
});
