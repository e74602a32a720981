import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  ApiFoutResponses,
  Begrensd,
  csrfVoor,
  HuidigePrincipal,
  KetenConfig,
  leesCookie,
  Openbaar,
  Rol,
  Rollen,
  SESSIE_COOKIE,
  type Principal,
} from '#keten/platform';
import {
  AangemeldDto,
  IkDto,
  InloggenDto,
  TotpBevestigDto,
  TotpInstellingDto,
  WijzigWachtwoordDto,
} from './inloggen.dto.js';
import { SessieService } from './sessie.service.js';
import { sessieCookieOpties, zetSessieCookie, type CookieAntwoord } from './sessie-cookie.util.js';

const ALLE_ROLLEN = Object.values(Rol);

type Response = CookieAntwoord;
interface Request {
  headers: { cookie?: string };
}

/**
 * Sign-in for people (the web app): the session is an httpOnly, SameSite=Strict cookie; the answer carries the
 * CSRF token to send in X-CSRF-Token on every state-changing request made with that cookie.
 */
@ApiTags('toegang')
@Controller('api/v1/toegang')
export class InloggenController {
  constructor(
    private readonly sessies: SessieService,
    private readonly config: KetenConfig,
  ) {}

  @Post('inloggen')
  @Openbaar()
  @Begrensd('inloggen')
  @HttpCode(200)
  @ApiOkResponse({
    type: AangemeldDto,
    description: `sets the ${SESSIE_COOKIE} cookie; csrfToken goes in X-CSRF-Token`,
  })
  @ApiFoutResponses(429)
  async inloggen(@Body() dto: InloggenDto, @Res({ passthrough: true }) res: Response): Promise<AangemeldDto> {
    const sessie = await this.sessies.inloggen(dto);
    zetSessieCookie(res, sessie.sessieToken, this.config);
    const ik = await this.sessies.ik(sessie.principal);
    return { ...ik, csrfToken: csrfVoor(sessie.sessieToken), verlooptOp: sessie.verlooptOp.toISOString() };
  }

  @Post('uitloggen')
  @Rollen(...ALLE_ROLLEN)
  @HttpCode(204)
  @ApiCookieAuth()
  @ApiHeader({ name: 'X-CSRF-Token', required: true, description: 'the csrfToken from the sign-in' })
  @ApiNoContentResponse({ description: 'the session has ended and its cookie is cleared' })
  @ApiFoutResponses()
  async uitloggen(@HuidigePrincipal() principal: Principal, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.sessies.uitloggen(principal);
    res.clearCookie(SESSIE_COOKIE, sessieCookieOpties(this.config));
  }

  @Get('ik')
  @Rollen(...ALLE_ROLLEN)
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiOkResponse({
    type: IkDto,
    description: 'who is calling: user, role, organisatie (and, with a session, its CSRF token)',
  })
  @ApiFoutResponses()
  async ik(@HuidigePrincipal() principal: Principal, @Req() req: Request): Promise<IkDto> {
    const ik = await this.sessies.ik(principal);
    const sessie = principal.via === 'sessie' ? leesCookie(req.headers.cookie, SESSIE_COOKIE) : null;
    return sessie ? { ...ik, csrfToken: csrfVoor(sessie) } : ik;
  }

  @Post('ik/wachtwoord')
  @Rollen(...ALLE_ROLLEN)
  @Begrensd('inloggen')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiNoContentResponse({ description: 'changed; other sessions of this person have ended' })
  @ApiFoutResponses(429)
  wijzigWachtwoord(@HuidigePrincipal() principal: Principal, @Body() dto: WijzigWachtwoordDto): Promise<void> {
    return this.sessies.wijzigWachtwoord(principal, dto);
  }

  @Post('ik/totp')
  @Rollen(...ALLE_ROLLEN)
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiOkResponse({
    type: TotpInstellingDto,
    description: 'a new secret for the authenticator app; sign-in asks for codes once confirmed',
  })
  @ApiFoutResponses()
  begin2fa(@HuidigePrincipal() principal: Principal): Promise<TotpInstellingDto> {
    return this.sessies.begin2fa(principal);
  }

  @Post('ik/totp/bevestig')
  @Rollen(...ALLE_ROLLEN)
  @Begrensd('inloggen')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiNoContentResponse({ description: 'the second factor is on: sign-in now needs the code' })
  @ApiFoutResponses(429)
  bevestig2fa(@HuidigePrincipal() principal: Principal, @Body() dto: TotpBevestigDto): Promise<void> {
    return this.sessies.bevestig2fa(principal, dto.code);
  }
}
