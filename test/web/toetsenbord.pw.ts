// Keyboard only: sign in, search a toewijzing and open a page from the menu without a mouse.
import { expect, test } from '@playwright/test';
import { KETEN_URL, token } from './support.js';

test('a person without a mouse signs in, searches a toewijzing and moves through the menu with the keyboard', async ({ page }) => {
  await page.goto(`${KETEN_URL()}/inloggen`);
  await expect(page.getByRole('heading', { name: 'Inloggen' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('API-token')).toBeFocused();
  await page.keyboard.type(token('aanbieder'));
  await page.keyboard.press('Enter');

  // After navigation the page title has the focus, so a screen reader announces the new page.
  await expect(page.getByRole('heading', { name: 'Toewijzingen' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('ToewijzingNummer')).toBeFocused();
  await page.keyboard.type('100015');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('100015');

  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await menu.getByRole('link', { name: 'Toewijzingen' }).focus();
  await page.keyboard.press('Tab');
  await expect(menu.getByRole('link', { name: 'Declaraties', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Declaraties', exact: true })).toBeFocused();
  await expect(page).toHaveURL(/\/aanbieder\/declaraties$/);
});
