// Shared steps of the browser tests: sign in with a demo e-mail address and password, screenshots at 1280 and 320 px, the axe-core scan.
import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export type Rol = 'aanbieder' | 'inkoopadviseur' | 'controller' | 'toegang' | 'beheerder' | 'functioneel-beheerder';

export const KETEN_URL = () => process.env.KETEN_URL!;
const omgeving = (rol: Rol) => rol.toUpperCase().replace('-', '_');
export const token = (rol: Rol) => process.env[`KETEN_TOKEN_${omgeving(rol)}`]!;
/** The demo user's sign-in (demo-wachtwoorden.json). */
export const inlog = (rol: Rol) =>
  JSON.parse(process.env[`KETEN_INLOG_${omgeving(rol)}`]!) as { email: string; wachtwoord: string };

export const SCREENSHOTS = 'test-results/screenshots';

/** Signs in through the sign-in page, as a person would with the e-mail address and password printed at start. */
export async function logIn(page: Page, rol: Rol | { email: string; wachtwoord: string }): Promise<void> {
  const { email, wachtwoord } = typeof rol === 'string' ? inlog(rol) : rol;
  await page.goto(`${KETEN_URL()}/`);
  await expect(page).toHaveURL(/\/inloggen$/);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(wachtwoord);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
}

/** The API, as the test's own arrange step (not through the page). */
export async function apiVerzoek<T>(
  rol: Rol,
  methode: string,
  pad: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${KETEN_URL()}${pad}`, {
    method: methode,
    headers: {
      Authorization: `Bearer ${token(rol)}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as T };
}

/**
 * The page at 1280 and at 320 px wide: a screenshot of each under test-results/screenshots/, no horizontal scrolling
 * of the page itself at 320 px (WCAG 1.4.10; wide tables scroll inside their own region), and an axe-core scan
 * (WCAG 2.2 A/AA rules) with no serious or critical violation at either width.
 */
export async function bekijk(page: Page, naam: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const breedte of [1280, 320]) {
    await page.setViewportSize({ width: breedte, height: breedte === 320 ? 640 : 900 });
    await page.waitForTimeout(150);
    // At 320 px the first screen, as a phone shows it; at 1280 px the whole page.
    await page.screenshot({ path: `${SCREENSHOTS}/${naam}-${breedte}.png`, fullPage: breedte > 320 });
    // Runs in the page (the server's tsconfig has no DOM types, hence the cast).
    const overloop = await page.evaluate(() => {
      const { documentElement: html } = (
        globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
      ).document;
      return html.scrollWidth - html.clientWidth;
    });
    expect(overloop, `${naam} scrolls sideways at ${breedte} px`).toBeLessThanOrEqual(0);
    const scan = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const ernstig = scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      ernstig.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join('; ')}`,
      ),
      `axe on ${naam} at ${breedte} px`,
    ).toEqual([]);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
