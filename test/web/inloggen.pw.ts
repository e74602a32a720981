// Sign-in with e-mail and password: the session cookie is httpOnly (the page's script cannot read it), sign-out ends
// the session at the API, and a session that ends while the app is open leads back to the sign-in page.
import { expect, test } from '@playwright/test';
import { bekijk, KETEN_URL, logIn } from './support.js';

test('the sign-in page names what is missing next to each field', async ({ page }) => {
  await page.goto(`${KETEN_URL()}/`);
  await expect(page).toHaveURL(/\/inloggen$/);
  await bekijk(page, 'inloggen');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByText('Vul uw e-mailadres in, bijvoorbeeld naam@gemeente.nl.')).toBeVisible();
  await expect(page.getByText('Vul uw wachtwoord in.')).toBeVisible();
  await expect(page.getByLabel('E-mailadres')).toBeFocused();
  await expect(page.getByLabel('E-mailadres')).toHaveAttribute('aria-describedby', 'email-fout');
  await bekijk(page, 'inloggen-fouten');
});

test('a session cookie the page cannot read; sign-out ends it; an ended session leads back to the sign-in page', async ({ page, context }) => {
  await logIn(page, 'controller');
  const cookie = (await context.cookies()).find((c) => c.name === 'keten_sessie');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  expect(await page.evaluate(() => (globalThis as unknown as { document: { cookie: string } }).document.cookie)).not.toContain('keten_sessie');
  expect((await page.request.get(`${KETEN_URL()}/api/v1/toegang/ik`)).status()).toBe(200);

  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen$/);
  // The API ended the session too: the old cookie no longer works.
  await context.addCookies([cookie!]);
  expect((await page.request.get(`${KETEN_URL()}/api/v1/toegang/ik`)).status()).toBe(401);

  // Signed in again, then the session ends elsewhere (here: the cookie is gone): the next request goes back to sign-in.
  await logIn(page, 'controller');
  await context.clearCookies();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Signalen' }).click();
  await expect(page).toHaveURL(/\/inloggen$/);
  await expect(page.getByRole('heading', { name: 'Inloggen' })).toBeVisible();
});
