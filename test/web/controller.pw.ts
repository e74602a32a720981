// Controller: the dashboard (contract value and budgets per raamovereenkomst, a chart and the same numbers as a
// table), and how fast a page on the demo data becomes interactive (printed, not asserted).
import { expect, test } from '@playwright/test';
import { bekijk, KETEN_URL, logIn } from './support.js';

test('a controller opens the dashboard and reads the same numbers in the chart and the table', async ({ page }) => {
  await logIn(page, 'controller');
  await expect(page).toHaveURL(/\/sturing\/dashboard$/);
  await expect(page.getByRole('link', { name: 'Declaratie indienen' })).toHaveCount(0);
  const tabel = page.getByRole('region', { name: 'Dezelfde cijfers als tabel' });
  await expect(tabel.getByRole('row')).toHaveCount(7); // header, five raamovereenkomsten, total
  await expect(page.getByRole('img', { name: /Maximale waarde en jaarbudget/ }).locator('svg')).toBeVisible();
  await bekijk(page, 'controller-dashboard');

  await tabel.getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Producten en tariefversies' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Voorbeeld berekenen' })).toHaveCount(0);
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
      await page.getByRole('region', { name: klaar }).getByRole('link').first().or(page.getByRole('button', { name: 'Zoeken' })).first().focus();
      const ms = await page.evaluate(() => Math.round(performance.now()));
      metingen.push(`${pad} (${i === 0 ? 'first load' : 'cached'}): ${ms} ms`);
    }
    await page.getByRole('button', { name: 'Uitloggen' }).click();
  }
  console.log(`time to interactive (navigation start to data shown and focusable), demo data:\n  ${metingen.join('\n  ')}`);
});
