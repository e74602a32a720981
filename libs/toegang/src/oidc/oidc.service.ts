import { Injectable } from '@nestjs/common';
import * as client from 'openid-client';
import { DataSource } from 'typeorm';
import { FoutCode, KetenConfig, KetenFout, nietGevonden, type Rol } from '#keten/platform';
import { SessieService, type NieuweSessie } from '../inloggen/sessie.service.js';

/** What the browser keeps between the redirect to the provider and the way back (PKCE, state, nonce). */
interface Onderweg {
  verifier: string;
  state: string;
  nonce: string;
  redirectUri: string;
}

export const OIDC_COOKIE = 'keten_oidc';

const weiger = (reden: string) =>
  new KetenFout(FoutCode.NietGeauthenticeerd, `inloggen via de identiteitsprovider is mislukt: ${reden}`);

/**
 * Sign-in through the organisation's OpenID Connect provider (a gemeente's own, an aanbieder's broker such as
 * eHerkenning): authorization code flow with PKCE, state and nonce. The claim KETEN_OIDC_CLAIM is matched to the
 * e-mail address of an active gebruiker; whoever has no account in Keten is not let in.
 */
@Injectable()
export class OidcService {
  private configuratie?: Promise<client.Configuration>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: KetenConfig,
    private readonly sessies: SessieService,
  ) {}

  get ingesteld(): boolean {
    return this.config.KETEN_OIDC_ISSUER !== undefined;
  }

  async start(standaardRedirectUri: string): Promise<{ url: string; onderweg: string }> {
    const configuratie = await this.provider();
    const onderweg: Onderweg = {
      verifier: client.randomPKCECodeVerifier(),
      state: client.randomState(),
      nonce: client.randomNonce(),
      redirectUri: this.config.KETEN_OIDC_REDIRECT_URI ?? standaardRedirectUri,
    };
    const url = client.buildAuthorizationUrl(configuratie, {
      redirect_uri: onderweg.redirectUri,
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(onderweg.verifier),
      code_challenge_method: 'S256',
      state: onderweg.state,
      nonce: onderweg.nonce,
    });
    return { url: url.href, onderweg: Buffer.from(JSON.stringify(onderweg)).toString('base64url') };
  }

  async terug(zoekdeel: string, cookie: string | null): Promise<NieuweSessie> {
    const configuratie = await this.provider();
    let onderweg: Onderweg;
    try {
      onderweg = JSON.parse(Buffer.from(cookie ?? '', 'base64url').toString('utf8')) as Onderweg;
    } catch {
      throw weiger('de aanmelding is niet hier begonnen (cookie ontbreekt)');
    }
    if (!onderweg?.state || !onderweg.verifier || !onderweg.nonce || !onderweg.redirectUri)
      throw weiger('de aanmelding is niet hier begonnen (cookie ontbreekt)');
    let claims: Record<string, unknown> | undefined;
    try {
      const url = new URL(onderweg.redirectUri);
      url.search = zoekdeel;
      const tokens = await client.authorizationCodeGrant(configuratie, url, {
        pkceCodeVerifier: onderweg.verifier,
        expectedState: onderweg.state,
        expectedNonce: onderweg.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      claims = idToken;
      // Providers that conform to the spec put profile claims (email) in the userinfo answer, not in the ID token.
      if (idToken && idToken[this.config.KETEN_OIDC_CLAIM] === undefined) {
        claims = { ...idToken, ...(await client.fetchUserInfo(configuratie, tokens.access_token, idToken.sub)) };
      }
    } catch (e) {
      throw weiger(e instanceof Error ? e.message : 'onbekende fout');
    }
    const waarde = claims?.[this.config.KETEN_OIDC_CLAIM];
    if (typeof waarde !== 'string' || waarde === '')
      throw weiger(`de provider gaf geen ${this.config.KETEN_OIDC_CLAIM}`);
    const [rij] = (await this.dataSource.query(
      `SELECT g.id, g.rol, g.organisatie_id FROM keten.gebruiker g WHERE lower(g.email) = lower($1) AND g.actief`,
      [waarde],
    )) as { id: string; rol: Rol; organisatie_id: string | null }[];
    if (!rij) throw weiger('er is geen actief Keten-account voor deze identiteit; vraag uw functioneel beheerder');
    return this.sessies.open(rij, 'sessie.aangemeld-oidc');
  }

  /** Discovery once, lazily; a failed discovery is tried again on the next sign-in. */
  private provider(): Promise<client.Configuration> {
    if (!this.ingesteld) return Promise.reject(nietGevonden('OpenID Connect-aanmelding', '(niet ingesteld)'));
    const issuer = new URL(this.config.KETEN_OIDC_ISSUER!);
    // Plain HTTP only for a provider on this machine (development, tests); anywhere else it must be HTTPS.
    const lokaal = issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
    this.configuratie ??= client
      .discovery(
        issuer,
        this.config.KETEN_OIDC_CLIENT_ID!,
        this.config.KETEN_OIDC_CLIENT_SECRET!,
        undefined,
        lokaal ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((e: unknown) => {
        this.configuratie = undefined;
        throw new KetenFout(
          FoutCode.Intern,
          `de identiteitsprovider is niet bereikbaar: ${e instanceof Error ? e.message : String(e)}`,
        );
      });
    return this.configuratie;
  }
}
