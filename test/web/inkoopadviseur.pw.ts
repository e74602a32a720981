// Inkoopadviseur: an open house walked through its procedure steps (a refusal shown next to its field), and an
// indexatie previewed as a table of old and new tariffs, then applied.
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
