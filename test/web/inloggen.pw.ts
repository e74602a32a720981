// Sign-in with e-mail and password: the session cookie is httpOnly (the page's script cannot read it), sign-out ends
// the session at the API, and a session that ends while the app is open leads back to the sign-in page.
import { expect, test } from '@playwright/test';
import { URI } from 'otpauth';
import { apiVerzoek, bekijk, KETEN_URL, logIn } from './support.js';

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

test('a session cookie the page cannot read; sign-out ends it; an ended session leads back to the sign-in page', async ({
  page,
  context,
}) => {
  await logIn(page, 'controller');
  const cookie = (await context.cookies()).find((c) => c.name === 'keten_sessie');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  expect(
    await page.evaluate(() => (globalThis as unknown as { document: { cookie: string } }).document.cookie),
  ).not.toContain('keten_sessie');
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

test('an account with a second factor is asked for the authenticator code after its password', async ({ page }) => {
  const email = `tweefactor-${Date.now()}@deventer.example`;
  const nieuw = await apiVerzoek<{ tijdelijkWachtwoord: string }>(
    'functioneel-beheerder',
    'POST',
    '/api/v1/toegang/gebruikers',
    { naam: 'Twee Factor', email, rol: 'controller' },
  );
  const wachtwoord = nieuw.body.tijdelijkWachtwoord;
  // The person switches the second factor on (through the API, as its own settings page is not part of the web app yet).
  const aan = await fetch(`${KETEN_URL()}/api/v1/toegang/inloggen`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, wachtwoord }),
  });
  const cookie = aan.headers.get('set-cookie')!.split(';')[0];
  const { csrfToken } = (await aan.json()) as { csrfToken: string };
  const koppen = { Cookie: cookie, 'X-CSRF-Token': csrfToken, 'Content-Type': 'application/json' };
  const instelling = (await (
    await fetch(`${KETEN_URL()}/api/v1/toegang/ik/totp`, { method: 'POST', headers: koppen })
  ).json()) as { otpauthUri: string };
  const app = URI.parse(instelling.otpauthUri);
  expect(
    (
      await fetch(`${KETEN_URL()}/api/v1/toegang/ik/totp/bevestig`, {
        method: 'POST',
        headers: koppen,
        body: JSON.stringify({ code: app.generate() }),
      })
    ).status,
  ).toBe(204);

  await page.goto(`${KETEN_URL()}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(wachtwoord);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByLabel('Code uit de authenticator-app')).toBeFocused();
  await expect(page.getByText('Uw account vraagt ook de code van 6 cijfers')).toBeVisible();
  await bekijk(page, 'inloggen-code');
  await page.getByLabel('Code uit de authenticator-app').fill(app.generate());
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/sturing\/dashboard/);
});
