// Keyboard only: sign in, search a toewijzing and open a page from the menu without a mouse.
import { expect, test } from '@playwright/test';
import { inlog, KETEN_URL, logIn } from './support.js';

test('a person without a mouse signs in, searches a toewijzing and moves through the menu with the keyboard', async ({
  page,
}) => {
  await page.goto(`${KETEN_URL()}/inloggen`);
  await expect(page.getByRole('heading', { name: 'Inloggen' })).toBeFocused();
  const { email, wachtwoord } = inlog('aanbieder');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('E-mailadres')).toBeFocused();
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(`${wachtwoord}x`);
  await page.keyboard.press('Enter');
  // A wrong password: the reason next to the field, which gets the focus back.
  await expect(page.getByLabel('Wachtwoord')).toBeFocused();
  await expect(page.getByText('Dit e-mailadres en wachtwoord horen niet bij een actieve gebruiker')).toBeVisible();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(wachtwoord);
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

test('a functioneel beheerder invites a user and a controller downloads the Excel with the keyboard only', async ({
  page,
}) => {
  await logIn(page, 'functioneel-beheerder');
  await expect(page.getByRole('heading', { name: 'Gebruikers', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Naam')).toBeFocused();
  await page.keyboard.type('Toetsenbord Gebruiker');
  await page.keyboard.press('Tab');
  await page.keyboard.type(`toetsenbord-${Date.now()}@deventer.example`);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Rol', { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Uitnodigen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Toetsenbord Gebruiker' })).toBeVisible();
  await page.getByRole('button', { name: 'Uitloggen' }).click();

  await logIn(page, 'controller');
  await expect(page.getByRole('region', { name: 'Dezelfde cijfers als tabel' })).toBeVisible();
  await page.getByRole('region', { name: 'Dezelfde cijfers als tabel' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Download als Excel' })).toBeFocused();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/^keten-overzicht-\d{4}\.xlsx$/);
});
