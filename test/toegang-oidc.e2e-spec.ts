import { createServer, type Server } from 'node:http';
import { jest } from '@jest/globals';
import Provider from 'oidc-provider';
import { Rol } from '#keten/platform';
import { maakOrganisatie } from './support/factories.js';
import { cijfers, http } from './support/http.js';
import { BOOTSTRAP_TOKEN, startTestApp, type TestApp } from './support/test-app.js';

/** The few cookies a browser would keep across the provider's pages (names only: the test visits one host each). */
class Koekjestrommel {
  private readonly koekjes = new Map<string, string>();
  bewaar(res: Response): void {
    for (const kop of res.headers.getSetCookie()) {
      const [paar] = kop.split(';');
      const is = paar.indexOf('=');
      const naam = paar.slice(0, is);
      const waarde = paar.slice(is + 1);
      if (waarde === '' || /expires=Thu, 01 Jan 1970/i.test(kop)) this.koekjes.delete(naam);
      else this.koekjes.set(naam, waarde);
    }
  }
  kop(): string {
    return [...this.koekjes].map(([n, w]) => `${n}=${w}`).join('; ');
  }
}

/** A browser step: GET or form POST without following redirects, keeping cookies. */
async function stap(trommel: Koekjestrommel, url: string, formulier?: Record<string, string>): Promise<Response> {
  const res = await fetch(url, {
    method: formulier ? 'POST' : 'GET',
    redirect: 'manual',
    headers: { cookie: trommel.kop(), ...(formulier ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
    body: formulier ? new URLSearchParams(formulier).toString() : undefined,
  });
  trommel.bewaar(res);
  return res;
}

describe('Toegang: sign-in through an OpenID Connect provider (e2e)', () => {
  let t: TestApp;
  let server: Server;
  let issuer: string;

  beforeAll(async () => {
    // oidc-provider announces its development defaults (in-memory adapter, generated keys) on the console.
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    jest.spyOn(console, 'info').mockImplementation(() => undefined);
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    t = await startTestApp({
      config: {
        KETEN_OIDC_ISSUER: issuer,
        KETEN_OIDC_CLIENT_ID: 'keten',
        KETEN_OIDC_CLIENT_SECRET: 'een-geheim-voor-de-test-van-keten',
      },
    });
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: 'keten',
          client_secret: 'een-geheim-voor-de-test-van-keten',
          redirect_uris: [`${t.url}/api/v1/toegang/oidc/terug`],
        },
      ],
      // The provider's accounts: the subject is the e-mail address its users sign in with.
      findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub, email: sub }) }),
      claims: { openid: ['sub'], email: ['email'] },
      features: { devInteractions: { enabled: true } },
    });
    server.on('request', provider.callback());
  });

  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => server.close(resolve));
    jest.restoreAllMocks();
  });

  /** Walks the browser through Keten → provider login and consent → Keten's callback. */
  async function aanmelden(email: string): Promise<Response> {
    const trommel = new Koekjestrommel();
    let res = await stap(trommel, `${t.url}/api/v1/toegang/oidc/start`);
    expect(res.status).toBe(302);
    let locatie = res.headers.get('location')!;
    expect(locatie.startsWith(`${issuer}/auth?`)).toBe(true);
    expect(new URL(locatie).searchParams.get('code_challenge_method')).toBe('S256');
    for (let i = 0; i < 10 && !locatie.startsWith(t.url); i++) {
      const url = new URL(locatie, issuer).href;
      if (/\/interaction\//.test(url)) {
        const pagina = await (await stap(trommel, url)).text();
        const prompt = /name="prompt" value="(\w+)"/.exec(pagina)?.[1] ?? 'login';
        res = await stap(
          trommel,
          url,
          prompt === 'login' ? { prompt, login: email, password: 'wat-dan-ook' } : { prompt },
        );
      } else {
        res = await stap(trommel, url);
      }
      locatie = res.headers.get('location') ?? '';
    }
    expect(locatie.startsWith(`${t.url}/api/v1/toegang/oidc/terug?`)).toBe(true);
    return stap(trommel, locatie);
  }

  it('should sign in an active gebruiker whose e-mail claim matches, into a cookie session with CSRF token', async () => {
    const gemeente = await maakOrganisatie(t.url, 'gemeente');
    const email = `oidc-${cijfers(8)}@gemeente.test`;
    const gebruiker = await http(t.url, 'POST', '/api/v1/toegang/gebruikers', {
      token: BOOTSTRAP_TOKEN,
      json: { naam: 'Via IdP', email, rol: Rol.Controller, organisatieId: gemeente.id },
    });
    expect(gebruiker.status).toBe(201);

    const terug = await aanmelden(email);
    expect(terug.status).toBe(200);
    const body = (await terug.json()) as { csrfToken: string };
    expect(body).toMatchObject({
      rol: 'controller',
      via: 'sessie',
      gebruiker: { id: gebruiker.body.id },
      organisatie: { id: gemeente.id },
    });
    const cookie = terug.headers.getSetCookie().find((c) => c.startsWith('keten_sessie='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    const ik = await http(t.url, 'GET', '/api/v1/toegang/ik', { headers: { cookie: cookie.split(';')[0] } });
    expect(ik.status).toBe(200);
    expect(ik.body.csrfToken).toBe(body.csrfToken);
  });

  it('should refuse an identity without an active Keten account, and a callback that did not start here', async () => {
    const terug = await aanmelden(`onbekend-${cijfers(8)}@elders.test`);
    expect(terug.status).toBe(401);
    expect(terug.headers.getSetCookie().some((c) => c.startsWith('keten_sessie='))).toBe(false);
    const vals = await http(t.url, 'GET', '/api/v1/toegang/oidc/terug?code=abc&state=xyz');
    expect(vals.status).toBe(401);
  });
});
