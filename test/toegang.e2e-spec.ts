import { Rol } from '#keten/platform';
import { cijfers, http, type Antwoord } from './support/http.js';
import { totpCode } from '#keten/toegang';
import { maakDeclaratieScenario, SCENARIO_BSN, SCENARIO_UURTARIEF } from './support/declaratie-scenario.js';
import { BOOTSTRAP_TOKEN, startTestApp, type TestApp } from './support/test-app.js';

/** A person in the web app: the session cookie and its CSRF token, as a browser would send them. */
interface Sessie {
  cookie: string;
  csrf: string;
}

async function inloggen(url: string, email: string, wachtwoord: string): Promise<{ res: Antwoord; sessie: Sessie }> {
  const res = await http(url, 'POST', '/api/v1/toegang/inloggen', { json: { email, wachtwoord } });
  const setCookie = res.headers.get('set-cookie') ?? '';
  return { res, sessie: { cookie: setCookie.split(';')[0], csrf: res.body?.csrfToken } };
}

const metSessie = (s: Sessie, csrf = true) => ({
  headers: { cookie: s.cookie, ...(csrf ? { 'x-csrf-token': s.csrf } : {}) },
});

async function organisatie(url: string, soort: 'gemeente' | 'aanbieder'): Promise<{ id: string }> {
  for (let poging = 0; poging < 5; poging++) {
    const res = await http(url, 'POST', '/api/v1/organisaties', {
      token: BOOTSTRAP_TOKEN,
      json:
        soort === 'gemeente'
          ? { soort, naam: `Gemeente ${cijfers(6)}`, cbsCode: cijfers(4) }
          : { soort, naam: `Zorg ${cijfers(6)}`, agbCode: cijfers(8) },
    });
    if (res.status === 201) return res.body;
    if (res.status !== 409) throw new Error(`organisatie: ${res.status} ${JSON.stringify(res.body)}`);
  }
  throw new Error('no free natural key');
}

const uniek = (naam: string) => `${naam}-${process.pid}-${Date.now()}-${cijfers(4)}@onboarding.test`;

describe('Toegang: onboarding, sign-in, tokens (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Many sign-ins from one address here; the limit itself is tested below.
    t = await startTestApp({ config: { KETEN_LIMIET_INLOGGEN: '1000' } });
  });

  afterAll(() => t.close());

  it('should onboard a new gemeente through the API only: organisatie, administrator, users, a software token, revocation', async () => {
    const gemeente = await organisatie(t.url, 'gemeente');

    // The beheerder creates the first administrator; Keten makes its password and shows it once.
    const fbEmail = uniek('fb');
    const fb = await http(t.url, 'POST', '/api/v1/toegang/gebruikers', {
      token: BOOTSTRAP_TOKEN,
      json: { naam: 'Functioneel beheer', email: fbEmail, rol: Rol.FunctioneelBeheerder, organisatieId: gemeente.id },
    });
    expect(fb.status).toBe(201);
    expect(fb.body).toMatchObject({
      rol: 'functioneel-beheerder',
      organisatieId: gemeente.id,
      actief: true,
      heeftWachtwoord: true,
    });
    expect(fb.body.tijdelijkWachtwoord).toMatch(/^\S{20,}$/);

    // The administrator signs in and works through its session.
    const { res: aangemeld, sessie } = await inloggen(t.url, fbEmail, fb.body.tijdelijkWachtwoord);
    expect(aangemeld.status).toBe(200);
    expect(aangemeld.body).toMatchObject({
      rol: 'functioneel-beheerder',
      via: 'sessie',
      organisatie: { id: gemeente.id, soort: 'gemeente' },
    });
    const ik = await http(t.url, 'GET', '/api/v1/toegang/ik', metSessie(sessie, false));
    expect(ik.status).toBe(200);
    expect(ik.body).toMatchObject({
      gebruiker: { id: fb.body.id, email: fbEmail },
      rol: 'functioneel-beheerder',
      csrfToken: sessie.csrf,
    });

    const medewerkerEmail = uniek('toegang');
    const medewerker = await http(t.url, 'POST', '/api/v1/toegang/gebruikers', {
      ...metSessie(sessie),
      json: {
        naam: 'Medewerker toegang',
        email: medewerkerEmail,
        rol: Rol.Toegang,
        wachtwoord: 'een lang genoeg wachtwoord',
      },
    });
    expect(medewerker.status).toBe(201);
    expect(medewerker.body).toMatchObject({ rol: 'toegang', organisatieId: gemeente.id });
    expect(medewerker.body.tijdelijkWachtwoord).toBeUndefined();

    const gewijzigd = await http(t.url, 'PATCH', `/api/v1/toegang/gebruikers/${medewerker.body.id}`, {
      ...metSessie(sessie),
      json: { rol: Rol.Controller },
    });
    expect(gewijzigd.status).toBe(200);
    expect(gewijzigd.body.rol).toBe('controller');
    const lijst = await http(t.url, 'GET', '/api/v1/toegang/gebruikers', metSessie(sessie, false));
    expect(lijst.body.map((g: { id: string }) => g.id).sort()).toEqual([fb.body.id, medewerker.body.id].sort());

    // A token for the back office: shown once, works, records its last use, and stops working when revoked.
    const token = await http(t.url, 'POST', '/api/v1/toegang/tokens', {
      ...metSessie(sessie),
      json: { naam: 'backoffice', rol: Rol.Toegang, verlooptOp: '2027-12-31' },
    });
    expect(token.status).toBe(201);
    expect(token.body).toMatchObject({
      naam: 'backoffice',
      rol: 'toegang',
      organisatieId: gemeente.id,
      laatstGebruiktOp: null,
      ingetrokkenOp: null,
    });
    expect(token.body.token).toMatch(/^keten_/);
    const stored = (await t.dataSource.query(`SELECT token_hash FROM keten.api_token WHERE id = $1`, [
      token.body.id,
    ])) as { token_hash: string }[];
    expect(stored[0].token_hash).not.toContain(token.body.token.slice(6, 20));

    const alsBackoffice = await http(t.url, 'GET', '/api/v1/toegang/ik', { token: token.body.token });
    expect(alsBackoffice.status).toBe(200);
    expect(alsBackoffice.body).toMatchObject({
      rol: 'toegang',
      via: 'token',
      organisatie: { id: gemeente.id },
      gebruiker: { id: `token:${token.body.id}` },
    });
    const tokens = await http(t.url, 'GET', '/api/v1/toegang/tokens', metSessie(sessie, false));
    const gezien = tokens.body.find((x: { id: string }) => x.id === token.body.id);
    expect(gezien.laatstGebruiktOp).not.toBeNull();
    expect(gezien.token).toBeUndefined();

    const ingetrokken = await http(
      t.url,
      'POST',
      `/api/v1/toegang/tokens/${token.body.id}/intrekken`,
      metSessie(sessie),
    );
    expect(ingetrokken.status).toBe(200);
    expect(ingetrokken.body.ingetrokkenOp).not.toBeNull();
    expect((await http(t.url, 'GET', '/api/v1/toegang/ik', { token: token.body.token })).status).toBe(401);

    // The trail of the organisatie, for its own administrator, as JSON and as CSV.
    const audit = await http(t.url, 'GET', '/api/v1/toegang/audit', metSessie(sessie, false));
    expect(audit.status).toBe(200);
    expect(audit.body.map((r: { actie: string }) => r.actie)).toEqual(
      expect.arrayContaining(['gebruiker.aangemaakt', 'api-token.aangemaakt', 'api-token.ingetrokken']),
    );
    expect(audit.body.every((r: { organisatieId: string }) => r.organisatieId === gemeente.id)).toBe(true);
    const csv = await http(t.url, 'GET', '/api/v1/toegang/audit/export', metSessie(sessie, false));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.body).toContain('api-token.ingetrokken');
  });

  it('should onboard a new aanbieder whose token sees only its own data, and refuse roles that do not fit', async () => {
    const aanbieder = await organisatie(t.url, 'aanbieder');
    const fb = await http(t.url, 'POST', '/api/v1/toegang/gebruikers', {
      token: BOOTSTRAP_TOKEN,
      json: {
        naam: 'Beheer zorg',
        email: uniek('fb-zorg'),
        rol: Rol.FunctioneelBeheerder,
        organisatieId: aanbieder.id,
        wachtwoord: 'wachtwoord van de beheerder',
      },
    });
    expect(fb.status).toBe(201);
    const { sessie } = await inloggen(t.url, fb.body.email, 'wachtwoord van de beheerder');

    const verkeerd = await http(t.url, 'POST', '/api/v1/toegang/gebruikers', {
      ...metSessie(sessie),
      json: { naam: 'x', email: uniek('x'), rol: Rol.Toegang },
    });
    expect(verkeerd.status).toBe(400);
    expect(verkeerd.body.fouten[0]).toMatchObject({ veld: 'rol' });
    const medewerker = await http(t.url, 'POST', '/api/v1/toegang/gebruikers', {
      ...metSessie(sessie),
      json: { naam: 'Declarant', email: uniek('declarant'), rol: Rol.Aanbieder },
    });
    expect(medewerker.status).toBe(201);

    const token = await http(t.url, 'POST', '/api/v1/toegang/tokens', {
      ...metSessie(sessie),
      json: { naam: 'declaratiesoftware', rol: Rol.Aanbieder, verlooptOp: '2027-06-30' },
    });
    expect(token.status).toBe(201);
    const ik = await http(t.url, 'GET', '/api/v1/toegang/ik', { token: token.body.token });
    expect(ik.body).toMatchObject({ rol: 'aanbieder', organisatie: { id: aanbieder.id, soort: 'aanbieder' } });
    const contracten = await http(t.url, 'GET', '/api/v1/raamovereenkomsten', { token: token.body.token });
    expect(contracten.status).toBe(200);
    expect(contracten.body).toEqual([]);
    const fbToken = await http(t.url, 'POST', '/api/v1/toegang/tokens', {
      ...metSessie(sessie),
      json: { naam: 'beheer', rol: Rol.FunctioneelBeheerder, verlooptOp: '2027-06-30' },
    });
    expect(fbToken.status).toBe(400);
    const teLang = await http(t.url, 'POST', '/api/v1/toegang/tokens', {
      ...metSessie(sessie),
      json: { naam: 'eeuwig', rol: Rol.Aanbieder, verlooptOp: '2099-01-01' },
    });
    expect(teLang.status).toBe(400);
    expect(teLang.body.fouten[0].veld).toBe('verlooptOp');

    // An expired token is refused like a revoked one.
    await t.dataSource.query(`UPDATE keten.api_token SET verloopt_op = now() - interval '1 second' WHERE id = $1`, [
      token.body.id,
    ]);
    expect((await http(t.url, 'GET', '/api/v1/toegang/ik', { token: token.body.token })).status).toBe(401);
  });

  it('should keep a functioneel-beheerder inside its own organisatie and out of the domain', async () => {
    const eigen = await organisatie(t.url, 'gemeente');
    const ander = await organisatie(t.url, 'gemeente');
    const fbToken = await t.token(Rol.FunctioneelBeheerder, eigen.id);
    const anderen = await http(t.url, 'POST', '/api/v1/toegang/gebruikers', {
      token: BOOTSTRAP_TOKEN,
      json: { naam: 'Ander', email: uniek('ander'), rol: Rol.Controller, organisatieId: ander.id },
    });
    expect(anderen.status).toBe(201);

    const buiten = await http(t.url, 'POST', '/api/v1/toegang/gebruikers', {
      token: fbToken,
      json: { naam: 'x', email: uniek('x'), rol: Rol.Controller, organisatieId: ander.id },
    });
    expect(buiten.status).toBe(403);
    const beheerder = await http(t.url, 'POST', '/api/v1/toegang/gebruikers', {
      token: fbToken,
      json: { naam: 'x', email: uniek('x'), rol: Rol.Beheerder },
    });
    expect(beheerder.status).toBe(403);
    expect((await http(t.url, 'GET', `/api/v1/toegang/gebruikers/${anderen.body.id}`, { token: fbToken })).status).toBe(
      404,
    );
    expect(
      (
        await http(t.url, 'PATCH', `/api/v1/toegang/gebruikers/${anderen.body.id}`, {
          token: fbToken,
          json: { actief: false },
        })
      ).status,
    ).toBe(404);
    const tokenBuiten = await http(t.url, 'POST', '/api/v1/toegang/tokens', {
      token: fbToken,
      json: { naam: 'x', rol: Rol.Toegang, verlooptOp: '2027-01-01', organisatieId: ander.id },
    });
    expect(tokenBuiten.status).toBe(403);
    const lijst = await http(t.url, 'GET', '/api/v1/toegang/gebruikers', { token: fbToken });
    expect(lijst.body.every((g: { organisatieId: string }) => g.organisatieId === eigen.id)).toBe(true);

    // Not listed on a domain endpoint: refused, not silently unscoped.
    expect((await http(t.url, 'GET', '/api/v1/raamovereenkomsten', { token: fbToken })).status).toBe(403);
    expect((await http(t.url, 'GET', '/api/v1/organisaties', { token: fbToken })).status).toBe(403);
    // And a domain role cannot administer.
    const toegang = await t.token(Rol.Toegang, eigen.id);
    expect((await http(t.url, 'GET', '/api/v1/toegang/gebruikers', { token: toegang })).status).toBe(403);
  });

  it('should protect cookie sessions: httpOnly SameSite cookie, CSRF refused without the header, sign-out and deactivation end it', async () => {
    const gemeente = await organisatie(t.url, 'gemeente');
    const email = uniek('persoon');
    const maak = await http(t.url, 'POST', '/api/v1/toegang/gebruikers', {
      token: BOOTSTRAP_TOKEN,
      json: {
        naam: 'Persoon',
        email,
        rol: Rol.FunctioneelBeheerder,
        organisatieId: gemeente.id,
        wachtwoord: 'correct horse battery staple',
      },
    });
    expect(maak.status).toBe(201);

    const fout = await inloggen(t.url, email, 'niet het wachtwoord');
    const onbekend = await inloggen(t.url, uniek('bestaat-niet'), 'niet het wachtwoord');
    expect([fout.res.status, onbekend.res.status]).toEqual([401, 401]);
    expect(fout.res.body.bericht).toBe(onbekend.res.body.bericht);

    const { res, sessie } = await inloggen(t.url, email.toUpperCase(), 'correct horse battery staple');
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^keten_sessie=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Secure/i);
    const rijen = (await t.dataSource.query(
      `SELECT token_hash FROM keten.sessie s JOIN keten.gebruiker g ON g.id = s.gebruiker_id WHERE g.email = $1`,
      [email],
    )) as { token_hash: string }[];
    expect(rijen[0].token_hash).not.toBe(sessie.cookie.split('=')[1]);

    const json = { naam: 'Nieuw', email: uniek('nieuw'), rol: Rol.Controller };
    const zonder = await http(t.url, 'POST', '/api/v1/toegang/gebruikers', { ...metSessie(sessie, false), json });
    expect(zonder.status).toBe(403);
    expect(zonder.body.bericht).toContain('CSRF');
    const verkeerd = await http(t.url, 'POST', '/api/v1/toegang/gebruikers', {
      headers: { cookie: sessie.cookie, 'x-csrf-token': 'x'.repeat(43) },
      json,
    });
    expect(verkeerd.status).toBe(403);
    expect(
      (
        (await t.dataSource.query(`SELECT count(*)::int AS n FROM keten.gebruiker WHERE email = $1`, [json.email])) as {
          n: number;
        }[]
      )[0].n,
    ).toBe(0);
    expect((await http(t.url, 'POST', '/api/v1/toegang/gebruikers', { ...metSessie(sessie), json })).status).toBe(201);

    expect((await http(t.url, 'POST', '/api/v1/toegang/uitloggen', metSessie(sessie, false))).status).toBe(403);
    const uit = await http(t.url, 'POST', '/api/v1/toegang/uitloggen', metSessie(sessie));
    expect(uit.status).toBe(204);
    expect(uit.headers.get('set-cookie')).toMatch(/keten_sessie=;/);
    expect((await http(t.url, 'GET', '/api/v1/toegang/ik', metSessie(sessie))).status).toBe(401);

    // A deactivated person's open session ends at once, and it cannot sign in again.
    const tweede = await inloggen(t.url, email, 'correct horse battery staple');
    expect((await http(t.url, 'GET', '/api/v1/toegang/ik', metSessie(tweede.sessie))).status).toBe(200);
    expect(
      (
        await http(t.url, 'PATCH', `/api/v1/toegang/gebruikers/${maak.body.id}`, {
          token: BOOTSTRAP_TOKEN,
          json: { actief: false },
        })
      ).status,
    ).toBe(200);
    expect((await http(t.url, 'GET', '/api/v1/toegang/ik', metSessie(tweede.sessie))).status).toBe(401);
    expect((await inloggen(t.url, email, 'correct horse battery staple')).res.status).toBe(401);
  });

  it("should record every read of a toewijzing with who and when, for the beheerder and the organisatie's own administrator", async () => {
    const scenario = await maakDeclaratieScenario(t, [Number(cijfers(7)) + 1]);
    const lijst = await http(t.url, 'GET', '/api/v1/toewijzingen', { token: scenario.aanbiederToken });
    expect(lijst.status).toBe(200);
    const id = lijst.body[0].id;
    expect((await http(t.url, 'GET', `/api/v1/toewijzingen/${id}`, { token: scenario.aanbiederToken })).status).toBe(
      200,
    );
    const ik = await http(t.url, 'GET', '/api/v1/toegang/ik', { token: scenario.aanbiederToken });
    const declaratie = await http(t.url, 'POST', '/api/v1/declaraties', {
      token: scenario.aanbiederToken,
      json: {
        domein: 'wmo',
        gemeenteCode: scenario.gemeente.cbsCode,
        declaratieNummer: `D${cijfers(8)}`,
        declaratiePeriode: { begindatum: '2026-04-01', einddatum: '2026-04-30' },
        dagtekening: '2026-05-06',
        totaalIngediendBedrag: { bedrag: SCENARIO_UURTARIEF, debetCredit: 'D' },
        prestaties: [
          {
            bsn: SCENARIO_BSN,
            referentieNummer: `R${cijfers(8)}`,
            toewijzingNummer: lijst.body[0].toewijzingNummer,
            productCategorie: '02',
            productCode: '02A01',
            productPeriode: { begindatum: '2026-04-01', einddatum: '2026-04-30' },
            geleverdVolume: 1,
            eenheid: '04',
            productTarief: SCENARIO_UURTARIEF,
            ingediendBedrag: { bedrag: SCENARIO_UURTARIEF, debetCredit: 'D' },
          },
        ],
      },
    });
    expect(declaratie.status).toBe(202);
    expect(
      (await http(t.url, 'GET', `/api/v1/declaraties/${declaratie.body.id}`, { token: scenario.aanbiederToken }))
        .status,
    ).toBe(200);
    const gelezen = await http(
      t.url,
      'GET',
      `/api/v1/toegang/audit?entiteitId=${declaratie.body.id}&actie=declaratie.gelezen`,
      { token: BOOTSTRAP_TOKEN },
    );
    expect(gelezen.body).toEqual([expect.objectContaining({ actor: ik.body.gebruiker.id, entiteit: 'declaratie' })]);

    const fb = await t.token(Rol.FunctioneelBeheerder, scenario.aanbieder.id);
    const trail = await http(t.url, 'GET', `/api/v1/toegang/audit?entiteitId=${id}`, { token: fb });
    expect(trail.status).toBe(200);
    expect(trail.body.map((r: { actie: string }) => r.actie)).toEqual(['toewijzing.gelezen']);
    expect(
      trail.body.every(
        (r: { actor: string; organisatieId: string }) =>
          r.actor === ik.body.gebruiker.id && r.organisatieId === scenario.aanbieder.id,
      ),
    ).toBe(true);
    const lijstRegel = await http(
      t.url,
      'GET',
      `/api/v1/toegang/audit?actie=toewijzing.gelezen&entiteitId=lijst&actor=${ik.body.gebruiker.id}`,
      { token: BOOTSTRAP_TOKEN },
    );
    expect(lijstRegel.body[0].details).toEqual({ aantal: 1 });
    expect(JSON.stringify(trail.body)).not.toContain(SCENARIO_BSN);

    // The gemeente's administrator does not see the aanbieder's reads.
    const anderFb = await t.token(Rol.FunctioneelBeheerder, scenario.gemeente.id);
    const ander = await http(t.url, 'GET', `/api/v1/toegang/audit?entiteitId=${id}`, { token: anderFb });
    expect(ander.body).toEqual([]);
  });

  it('should ask a built-in account with a second factor for the authenticator code, once confirmed', async () => {
    const gemeente = await organisatie(t.url, 'gemeente');
    const email = uniek('totp');
    const wachtwoord = 'wachtwoord met tweede factor';
    const maak = await http(t.url, 'POST', '/api/v1/toegang/gebruikers', {
      token: BOOTSTRAP_TOKEN,
      json: { naam: 'Twee', email, rol: Rol.Controller, organisatieId: gemeente.id, wachtwoord },
    });
    const { sessie } = await inloggen(t.url, email, wachtwoord);
    const instelling = await http(t.url, 'POST', '/api/v1/toegang/ik/totp', metSessie(sessie));
    expect(instelling.status).toBe(200);
    expect(instelling.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/Keten:/);
    const geheim: string = instelling.body.geheim;
    // Not asked before a first code confirms the set-up.
    expect((await inloggen(t.url, email, wachtwoord)).res.status).toBe(200);
    const fout = await http(t.url, 'POST', '/api/v1/toegang/ik/totp/bevestig', {
      ...metSessie(sessie),
      json: { code: totpCode(geheim, Date.now() - 10 * 60_000) },
    });
    expect(fout.status).toBe(400);
    expect(
      (
        await http(t.url, 'POST', '/api/v1/toegang/ik/totp/bevestig', {
          ...metSessie(sessie),
          json: { code: totpCode(geheim) },
        })
      ).status,
    ).toBe(204);

    const zonder = await inloggen(t.url, email, wachtwoord);
    expect(zonder.res.status).toBe(401);
    expect(zonder.res.body.bericht).toMatch(/code/);
    expect(
      (
        await http(t.url, 'POST', '/api/v1/toegang/inloggen', {
          json: { email, wachtwoord, code: totpCode(geheim, Date.now() - 10 * 60_000) },
        })
      ).status,
    ).toBe(401);
    expect(
      (
        await http(t.url, 'POST', '/api/v1/toegang/inloggen', {
          json: { email, wachtwoord: 'fout wachtwoord', code: totpCode(geheim) },
        })
      ).status,
    ).toBe(401);
    const met = await http(t.url, 'POST', '/api/v1/toegang/inloggen', {
      json: { email, wachtwoord, code: totpCode(geheim) },
    });
    expect(met.status).toBe(200);
    const opgeslagen = (await t.dataSource.query(`SELECT totp_geheim FROM keten.gebruiker WHERE id = $1`, [
      maak.body.id,
    ])) as { totp_geheim: Buffer }[];
    expect(opgeslagen[0].totp_geheim.toString('latin1')).not.toContain(geheim);

    // A lost phone: the administrator switches it off.
    const uit = await http(t.url, 'PATCH', `/api/v1/toegang/gebruikers/${maak.body.id}`, {
      token: BOOTSTRAP_TOKEN,
      json: { tweedeFactorUit: true },
    });
    expect(uit.body.tweedeFactor).toBe(false);
    expect((await inloggen(t.url, email, wachtwoord)).res.status).toBe(200);
  });

  it('should expire an idle session', async () => {
    const gemeente = await organisatie(t.url, 'gemeente');
    const email = uniek('idle');
    await http(t.url, 'POST', '/api/v1/toegang/gebruikers', {
      token: BOOTSTRAP_TOKEN,
      json: {
        naam: 'Idle',
        email,
        rol: Rol.FunctioneelBeheerder,
        organisatieId: gemeente.id,
        wachtwoord: 'nog een lang wachtwoord',
      },
    });
    const { sessie } = await inloggen(t.url, email, 'nog een lang wachtwoord');
    await t.dataSource.query(
      `UPDATE keten.sessie s SET laatst_actief_op = now() - interval '31 minutes' FROM keten.gebruiker g WHERE g.id = s.gebruiker_id AND g.email = $1`,
      [email],
    );
    expect((await http(t.url, 'GET', '/api/v1/toegang/ik', metSessie(sessie))).status).toBe(401);
  });

  it('should send security headers and no-store, and keep CORS closed', async () => {
    const token = await t.token(Rol.Controller, null);
    const res = await http(t.url, 'GET', '/api/v1/toegang/ik', { token, headers: { origin: 'https://evil.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toBeTruthy();
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('should answer 400, not 500, to a NUL character in a query or JSON string and to JSON nested 10,000 deep', async () => {
    const token = await t.token(Rol.Controller, null);
    const query = await http(t.url, 'GET', '/api/v1/organisaties?zoek=a%00b', { token });
    expect(query.status).toBe(400);
    const json = await http(t.url, 'POST', '/api/v1/toegang/inloggen', {
      json: { email: 'a\u0000@b.nl', wachtwoord: 'x' },
    });
    expect(json.status).toBe(400);
    const diep = '['.repeat(10_000) + ']'.repeat(10_000);
    const res = await http(t.url, 'POST', '/api/v1/toegang/inloggen', {
      body: `{"email":${diep},"wachtwoord":"x"}`,
      contentType: 'application/json',
    });
    expect(res.status).toBe(400);
    const health = await http(t.url, 'GET', '/health');
    expect(health.status).toBe(200);
  });
});

describe('Toegang: throttling and a closed API document (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      config: {
        KETEN_LIMIET_INLOGGEN: '3',
        KETEN_LIMIET_TOKENS: '2',
        KETEN_LIMIET_INTAKE: '2',
        KETEN_OPENAPI_OPENBAAR: 'false',
        KETEN_CORS_ORIGINS: 'https://web.keten.test',
      },
    });
  });

  afterAll(() => t.close());

  it('should answer 429 with Retry-After beyond the sign-in limit', async () => {
    const statussen = [];
    let laatste: Antwoord | undefined;
    for (let i = 0; i < 4; i++) {
      laatste = await http(t.url, 'POST', '/api/v1/toegang/inloggen', {
        json: { email: 'niemand@nergens.test', wachtwoord: 'fout' },
      });
      statussen.push(laatste.status);
    }
    expect(statussen).toEqual([401, 401, 401, 429]);
    expect(Number(laatste!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(laatste!.body.code).toBe('TE_VEEL_VERZOEKEN');
  });

  it('should limit token creation and message intake per caller, not for everyone', async () => {
    const gemeente = await organisatie(t.url, 'gemeente');
    const fb = await t.token(Rol.FunctioneelBeheerder, gemeente.id);
    const json = { naam: 'x', rol: Rol.Toegang, verlooptOp: '2027-01-01' };
    const statussen = [];
    for (let i = 0; i < 3; i++)
      statussen.push((await http(t.url, 'POST', '/api/v1/toegang/tokens', { token: fb, json })).status);
    expect(statussen).toEqual([201, 201, 429]);

    const aanbieder = await organisatie(t.url, 'aanbieder');
    const a1 = await t.token(Rol.Aanbieder, aanbieder.id);
    const a2 = await t.token(Rol.Aanbieder, aanbieder.id);
    const intake = [];
    for (let i = 0; i < 3; i++)
      intake.push(
        (
          await http(t.url, 'POST', '/api/v1/berichten', {
            token: a1,
            body: '<niet-xml',
            contentType: 'application/xml',
          })
        ).status,
      );
    expect(intake[2]).toBe(429);
    expect(intake.slice(0, 2)).not.toContain(429);
    expect((await http(t.url, 'POST', '/api/v1/declaraties', { token: a2, json: {} })).status).toBe(400);
  });

  it('should open CORS, with credentials and the CSRF header, to the configured origin only', async () => {
    const vraag = (origin: string) =>
      fetch(`${t.url}/api/v1/toegang/uitloggen`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-csrf-token' },
      });
    const web = await vraag('https://web.keten.test');
    expect(web.headers.get('access-control-allow-origin')).toBe('https://web.keten.test');
    expect(web.headers.get('access-control-allow-credentials')).toBe('true');
    expect(web.headers.get('access-control-allow-headers')).toMatch(/X-CSRF-Token/i);
    expect((await vraag('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('should serve the OpenAPI document only to a signed-in caller when so configured', async () => {
    expect((await http(t.url, 'GET', '/api/docs/openapi.json')).status).toBe(401);
    const res = await http(t.url, 'GET', '/api/docs/openapi.json', { token: BOOTSTRAP_TOKEN });
    expect(res.status).toBe(200);
    expect(res.body.paths['/api/v1/toegang/inloggen']).toBeDefined();
  });
});
