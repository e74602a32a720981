import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiFoutResponses, Begrensd, csrfVoor, KetenConfig, leesCookie, nietGevonden, Openbaar } from '#keten/platform';
import { AangemeldDto } from '../inloggen/inloggen.dto.js';
import { sessieCookieOpties, zetSessieCookie, type CookieAntwoord } from '../inloggen/sessie-cookie.util.js';
import { SessieService } from '../inloggen/sessie.service.js';
import { OIDC_COOKIE, OidcService } from './oidc.service.js';

interface Verzoek {
  protocol: string;
  originalUrl: string;
  headers: { host?: string; cookie?: string };
}

const PAD = '/api/v1/toegang/oidc';

/**
 * Sign-in through the organisation's identity provider (when KETEN_OIDC_ISSUER is set): `start` sends the browser
 * there, `terug` is the redirect URI registered at the provider and ends like POST /inloggen, with a session cookie.
 */
@ApiTags('toegang')
@Controller('api/v1/toegang/oidc')
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    private readonly sessies: SessieService,
    private readonly config: KetenConfig,
  ) {}

  @Get('start')
  @Openbaar()
  @Begrensd('inloggen')
  @ApiFoundResponse({ description: "redirects to the identity provider's sign-in page" })
  @ApiFoutResponses(404, 429)
  async start(@Req() req: Verzoek, @Res() res: CookieAntwoord): Promise<void> {
    if (!this.oidc.ingesteld) throw nietGevonden('OpenID Connect-aanmelding', '(niet ingesteld)');
    const { url, onderweg } = await this.oidc.start(`${req.protocol}://${req.headers.host ?? 'localhost'}${PAD}/terug`);
    // SameSite=Lax: the provider sends the browser back with a top-level GET from its own site.
    res.cookie(OIDC_COOKIE, onderweg, {
      httpOnly: true,
      secure: this.config.KETEN_COOKIE_SECURE,
      sameSite: 'lax',
      path: PAD,
      maxAge: 10 * 60 * 1000,
    });
    res.redirect(302, url);
  }

  @Get('terug')
  @Openbaar()
  @Begrensd('inloggen')
  @ApiOkResponse({
    type: AangemeldDto,
    description: 'sets the session cookie; or, with KETEN_OIDC_NA_INLOGGEN, redirects there (303)',
  })
  @ApiFoutResponses(404, 429)
  async terug(@Req() req: Verzoek, @Res({ passthrough: true }) res: CookieAntwoord): Promise<AangemeldDto | undefined> {
    if (!this.oidc.ingesteld) throw nietGevonden('OpenID Connect-aanmelding', '(niet ingesteld)');
    const vraagteken = req.originalUrl.indexOf('?');
    const sessie = await this.oidc.terug(
      vraagteken === -1 ? '' : req.originalUrl.slice(vraagteken),
      leesCookie(req.headers.cookie, OIDC_COOKIE),
    );
    res.clearCookie(OIDC_COOKIE, { ...sessieCookieOpties(this.config), sameSite: 'lax', path: PAD });
    zetSessieCookie(res, sessie.sessieToken, this.config);
    if (this.config.KETEN_OIDC_NA_INLOGGEN) {
      res.redirect(303, this.config.KETEN_OIDC_NA_INLOGGEN);
      return undefined;
    }
    const ik = await this.sessies.ik(sessie.principal);
    return { ...ik, csrfToken: csrfVoor(sessie.sessieToken), verlooptOp: sessie.verlooptOp.toISOString() };
  }
}
