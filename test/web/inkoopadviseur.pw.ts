// Inkoopadviseur: an open house walked through its procedure steps (a refusal shown next to its field), and an
// indexatie previewed as a table of old and new tariffs, then applied; the demo open house from an aanbieder's
// aanmelding through toetsing and toelating to its raamovereenkomst.
import { expect, test } from '@playwright/test';
import { apiVerzoek, bekijk, logIn } from './support.js';

interface Ik {
  organisatie: { id: string };
}

/** A toelatingsprocedure (open house) in concept, registered through the API by the demo inkoopadviseur. */
async function openHouse(): Promise<string> {
  // Starts next year, so that publishing today is allowed whenever the test runs.
  const jaar = new Date().getFullYear() + 1;
  const ik = await apiVerzoek<Ik>('inkoopadviseur', 'GET', '/api/v1/toegang/ik');
  const gemeenten = await apiVerzoek<{ id: string }[]>('inkoopadviseur', 'GET', '/api/v1/organisaties?soort=gemeente');
  const aanbesteding = await apiVerzoek<{ id: string }>('inkoopadviseur', 'POST', '/api/v1/aanbestedingen', {
    kenmerk: `AB-WEB-${Date.now() % 1e8}`,
    naam: 'Open house begeleiding',
    procedureType: 'toelatingsprocedure',
    domein: 'wmo',
    opdrachtsoort: 'sas',
    publicatie: 'nationaal',
    inkoperId: ik.body.organisatie.id,
    contactpersoon: 'J. de Vries',
    deelnemendeGemeenten: gemeenten.body.map((g) => g.id),
    beoordelaars: [],
    looptijd: { begindatum: `${jaar}-01-01`, einddatum: `${jaar + 1}-12-31`, verlengingsopties: [] },
    toetredingsvensters: [
      { begindatum: `${jaar}-01-01`, einddatum: `${jaar}-01-14` },
      { begindatum: `${jaar}-04-01`, einddatum: `${jaar}-04-14` },
    ],
    percelen: [
      {
        id: 'P1',
        naam: 'Begeleiding',
        producten: [
          {
            code: '02A01',
            categorie: '02',
            omschrijving: 'Begeleiding individueel',
            eenheid: '04',
            uitvoeringsvariant: 'inspanningsgericht',
            prijs: { soort: 'vast', tariefCenten: 6_850 },
          },
        ],
        eisen: [{ id: 'E1', soort: 'geschiktheidseis', omschrijving: 'HKZ-certificaat' }],
        gunningscriteria: [],
        gunning: { methode: 'allen' },
        geraamdeWaardeCenten: 500_000_000,
        maximumwaardeCenten: 100_000_000,
      },
    ],
  });
  expect(aanbesteding.status, JSON.stringify(aanbesteding.body)).toBe(201);
  return aanbesteding.body.id;
}

test('an inkoopadviseur publishes an open house, sees a refusal next to its field, and previews and applies an indexatie', async ({
  page,
}) => {
  await openHouse();
  await logIn(page, 'inkoopadviseur');
  await expect(page).toHaveURL(/\/inkoop\/aanbestedingen$/);
  await expect(page.getByRole('link', { name: 'Declaratie indienen' })).toHaveCount(0);
  await bekijk(page, 'inkoop-aanbestedingen');

  await page.getByRole('link', { name: 'Open house begeleiding' }).first().click();
  await expect(page.getByTestId('fase')).toHaveText('Concept');
  await expect(page.getByText('De configuratie voldoet aan de regels voor publicatie.')).toBeVisible();
  await bekijk(page, 'inkoop-aanbesteding-concept');

  await page.getByRole('group', { name: 'Publiceren' }).getByRole('button', { name: 'Publiceren' }).click();
  await expect(page.getByTestId('fase')).toHaveText('Lopend');
  await expect(page.getByRole('listitem').filter({ hasText: 'Publiceren (Concept → Lopend)' })).toBeVisible();

  // Admitting without naming the inschrijving: the API's reason appears at the field it concerns.
  const toelaten = page.getByRole('group', { name: 'Toelaten' });
  await toelaten.getByRole('button', { name: 'Toelaten' }).click();
  await expect(toelaten.getByText('verplicht bij laat_toe')).toBeVisible();
  await expect(toelaten.getByLabel('Inschrijving')).toHaveAttribute('aria-invalid', 'true');
  await bekijk(page, 'inkoop-aanbesteding-lopend');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Raamovereenkomsten' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await bekijk(page, 'inkoop-raamovereenkomsten');
  // One of the open house's contracts (the demo also has procedures and contracts of its own inkoop).
  await page
    .getByRole('table')
    .getByRole('link', { name: /^Open house Wmo Salland 2025-2028/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Producten en tariefversies' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '€ 63,92' })).toBeVisible();

  await page.getByLabel('Indexatiejaar').fill('2027');
  await page.getByLabel(/Prognose .*OVA/).fill('abc');
  await page.getByRole('button', { name: 'Voorbeeld berekenen' }).click();
  await expect(page.locator('.utrecht-form-field-error-message').first()).toBeVisible();

  await page.getByLabel(/Prognose .*OVA/).fill('3,5');
  await page.getByLabel(/Prognose .*PCC/).fill('3,5');
  await page.getByRole('button', { name: 'Voorbeeld berekenen' }).click();
  await expect(page.getByRole('heading', { name: /Voorbeeld indexatie 2027/ })).toBeVisible();
  const voorbeeld = page.getByRole('region', { name: /Voorbeeld indexatie 2027/ });
  await expect(voorbeeld.getByRole('row').nth(1)).toBeVisible({ timeout: 30_000 });
  // 3,5% on € 63,92 is € 66,16 (old and new side by side before anything changes).
  await expect(voorbeeld.getByRole('row').filter({ hasText: '€ 63,92' })).toContainText('€ 66,16');
  await bekijk(page, 'inkoop-indexatie-voorbeeld');

  await page.getByRole('button', { name: 'Indexatie toepassen' }).click();
  await expect(page.getByText(/^Toegepast op/)).toBeVisible({ timeout: 30_000 });
  await expect(
    page.getByRole('region', { name: 'Producten en tariefversies' }).getByRole('cell', { name: '€ 66,16' }),
  ).toBeVisible();
  await bekijk(page, 'inkoop-raamovereenkomst');
});

test('an inkoopadviseur admits an aanbieder to the demo open house and sees its raamovereenkomst', async ({ page }) => {
  // Arrange, as the aanbieder through the API: its application (DienIn) to the demo open house, whose window is open.
  const lijst = await apiVerzoek<{ id: string; kenmerk: string }[]>(
    'inkoopadviseur',
    'GET',
    '/api/v1/aanbestedingen?limiet=100',
  );
  const demo = lijst.body.find((a) => a.kenmerk === 'DEMO-OH-2027');
  expect(demo, 'the demo open house').toBeDefined();
  const aanmelding = await apiVerzoek(
    'aanbieder',
    'POST',
    `/api/v1/aanbestedingen/${demo!.id}/percelen/P1/inschrijvingen`,
    {
      tarieven: [],
      aanvaardtVoorwaarden: true,
    },
  );
  expect(aanmelding.status, JSON.stringify(aanmelding.body)).toBe(201);

  await logIn(page, 'inkoopadviseur');
  await page.getByRole('link', { name: 'Open house Wmo Salland: begeleiding groep' }).first().click();
  await expect(page.getByTestId('fase')).toHaveText('Lopend');

  // Admitting before the toetsing: refused, and the reason is shown with the step.
  const toelaten = page.getByRole('group', { name: 'Toelaten' });
  await toelaten.getByLabel('Inschrijving').selectOption({ label: 'Zorggroep De Linde' });
  await toelaten.getByRole('button', { name: 'Toelaten' }).click();
  await expect(toelaten.getByRole('alert')).toContainText('Toets eerst alle eisen.');

  // The toetsing: one checkbox per eis of the perceel.
  const toetsing = page.getByRole('group', { name: 'Toetsing vastleggen' });
  await toetsing.getByLabel('Inschrijving').selectOption({ label: 'Zorggroep De Linde' });
  await toetsing.getByLabel(/Kwaliteitskeurmerk/).check();
  await toetsing.getByLabel(/Geen onherroepelijke veroordeling/).check();
  await bekijk(page, 'inkoop-open-house-toetsing');
  await toetsing.getByRole('button', { name: 'Toetsing vastleggen' }).click();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Toetsing vastleggen (Lopend → Lopend)' }).first(),
  ).toBeVisible();

  const opnieuw = page.getByRole('group', { name: 'Toelaten' });
  await opnieuw.getByLabel('Inschrijving').selectOption({ label: 'Zorggroep De Linde' });
  await opnieuw.getByRole('button', { name: 'Toelaten' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Toelaten (Lopend → Lopend)' }).first()).toBeVisible();
  // The raamovereenkomst is registered in the same request (GunningRaamovereenkomstService.voltooi); the sweeper only
  // picks up what a crash left open.
  await expect(page.getByRole('region', { name: 'Gegunde raamovereenkomsten' }).getByRole('link')).toHaveCount(1);
  await bekijk(page, 'inkoop-open-house-toegelaten');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Raamovereenkomsten' }).click();
  await page.getByLabel('Domein').selectOption('wmo');
  const rij = page
    .getByRole('table')
    .getByRole('row')
    .filter({ hasText: 'Open house Wmo Salland: begeleiding groep – Begeleiding groep' });
  await expect(rij).toHaveCount(1);
  await expect(rij).toContainText('Zorggroep De Linde');
});
