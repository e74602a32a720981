// Functioneel beheerder: the organisation's users (invite with a password shown once, change a role, deactivate) and
// its software tokens (made and shown once, listed, revoked: from then on refused).
import { expect, test } from '@playwright/test';
import { bekijk, KETEN_URL, logIn } from './support.js';

test('a functioneel beheerder invites a user, changes its role and deactivates it; the invited user signs in only while active', async ({
  page,
  browser,
}) => {
  await logIn(page, 'functioneel-beheerder');
  await expect(page).toHaveURL(/\/beheer\/gebruikers$/);
  await expect(page.getByRole('link', { name: 'Dashboard' })).toHaveCount(0);

  // Errors next to their field, before anything is sent.
  await page.getByRole('button', { name: 'Uitnodigen' }).click();
  await expect(page.getByText('Vul de naam in.')).toBeVisible();
  await expect(page.getByLabel('Naam')).toBeFocused();

  const email = `inkoop-${Date.now()}@deventer.example`;
  await page.getByLabel('Naam').fill('Fatima de Vries');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Rol', { exact: true }).selectOption('toegang');
  await page.getByRole('button', { name: 'Uitnodigen' }).click();
  const gemaakt = page.getByRole('status').filter({ hasText: 'kan nu inloggen' });
  await expect(gemaakt).toContainText('Toegang (gemeente)');
  const wachtwoord = (await page.getByTestId('tijdelijk-wachtwoord').textContent())!;
  expect(wachtwoord.length).toBeGreaterThanOrEqual(12);
  const rij = page.getByRole('row', { name: /Fatima de Vries/ });
  await expect(rij).toContainText('Actief');
  await bekijk(page, 'functioneel-beheerder-gebruikers');

  await rij.getByRole('combobox', { name: 'Rol van Fatima de Vries' }).selectOption('inkoopadviseur');
  await rij.getByRole('button', { name: 'Rol van Fatima de Vries opslaan' }).click();
  await expect(rij.getByRole('button', { name: 'Rol van Fatima de Vries opslaan' })).toBeDisabled();

  // The invited person signs in with the password shown once, as an inkoopadviseur now.
  const ander = await browser.newPage();
  await logIn(ander, { email, wachtwoord });
  await expect(ander.getByText('Gemeente Deventer · Inkoopadviseur')).toBeVisible();
  await ander.close();

  await rij.getByRole('button', { name: 'Zet uit: Fatima de Vries' }).click();
  await expect(rij).toContainText('Uitgezet');
  const res = await fetch(`${KETEN_URL()}/api/v1/toegang/inloggen`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, wachtwoord }),
  });
  expect(res.status).toBe(401);
});

test('a functioneel beheerder makes a software token, sees it once, and revokes it', async ({ page }) => {
  await logIn(page, 'functioneel-beheerder');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'API-tokens' }).click();
  await page.getByRole('button', { name: 'Token maken' }).click();
  await expect(page.getByText('Geef het token een naam')).toBeVisible();

  await page.getByLabel('Naam').fill('wijkteamsoftware');
  await page.getByLabel('Rol').selectOption('toegang');
  await page.getByRole('button', { name: 'Token maken' }).click();
  const token = (await page.getByTestId('nieuw-token').textContent())!;
  expect(token).toMatch(/^keten_/);
  const rij = page.getByRole('row', { name: /wijkteamsoftware/ });
  await expect(rij).toContainText('nog niet');
  await bekijk(page, 'functioneel-beheerder-tokens');

  const gebruik = () =>
    fetch(`${KETEN_URL()}/api/v1/toewijzingen?limiet=1&offset=0`, { headers: { Authorization: `Bearer ${token}` } });
  expect((await gebruik()).status).toBe(200);
  await rij.getByRole('button', { name: 'Trek token wijkteamsoftware in' }).click();
  await expect(rij).toContainText('Ingetrokken op');
  expect((await gebruik()).status).toBe(401);
  // Shown once: after a reload the token itself is nowhere on the page.
  await page.reload();
  await expect(page.getByText(token)).toHaveCount(0);
});
