import { timingSafeEqual } from 'node:crypto';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FoutCode, KetenFout } from '../errors/keten-fout.exception.js';
import { OPENBAAR, ROLLEN } from './auth.decorators.js';
import type { Principal } from './principal.js';
import { Rol } from './rol.enum.js';
import { CSRF_HEADER, csrfVoor, SESSIE_COOKIE, TokenService } from './token.service.js';

type Verzoek = { method: string; headers: Record<string, string | string[] | undefined>; principal?: Principal };

const VEILIGE_METHODEN = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The value of one cookie from the Cookie header (no cookie library: Keten reads exactly one cookie). */
export function leesCookie(kop: string | string[] | undefined, naam: string): string | null {
  const tekst = Array.isArray(kop) ? kop.join('; ') : (kop ?? '');
  for (const deel of tekst.split(';')) {
    const is = deel.indexOf('=');
    if (is > 0 && deel.slice(0, is).trim() === naam) return deel.slice(is + 1).trim() || null;
  }
  return null;
}

const gelijk = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Resolves the caller from a bearer token or a session cookie (architecture.md 5). Software and scripts use
 * `Authorization: Bearer`; the web app uses the cookie and must send the session's CSRF token in X-CSRF-Token on every
 * state-changing request. Without a token or session only @Openbaar() handlers answer.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const doelen = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<Verzoek>();
    if (this.reflector.getAllAndOverride<boolean>(OPENBAAR, doelen)) return true;
    const principal = await this.principal(request);
    request.principal = principal;
    const rollen = this.reflector.getAllAndOverride<Rol[] | undefined>(ROLLEN, doelen);
    // A functioneel-beheerder administers users and tokens only: it is let in where a handler names it, never by
    // default, so that no endpoint written for the domain roles (which scope by role) shows it more than its own.
    const toegestaan =
      principal.rol === Rol.Beheerder ||
      (rollen ? rollen.includes(principal.rol) : principal.rol !== Rol.FunctioneelBeheerder);
    if (!toegestaan) {
      // The beheerder may do everything; name it once even when the endpoint lists it too.
      throw new KetenFout(
        FoutCode.GeenToegang,
        `deze handeling is voorbehouden aan: ${[...new Set([Rol.Beheerder, ...(rollen ?? [])])].join(', ')}`,
      );
    }
    return true;
  }

  private async principal(request: Verzoek): Promise<Principal> {
    const kop = request.headers['authorization'];
    if (typeof kop === 'string' && kop !== '') {
      const match = /^Bearer\s+(\S{1,600})$/i.exec(kop);
      if (!match)
        throw new KetenFout(
          FoutCode.NietGeauthenticeerd,
          'een geldig bearer-token is nodig (Authorization: Bearer <token>)',
        );
      const principal = await this.tokens.principalVoor(match[1]);
      if (!principal)
        throw new KetenFout(FoutCode.NietGeauthenticeerd, 'het token is onbekend, verlopen of ingetrokken');
      return principal;
    }
    const sessie = leesCookie(request.headers['cookie'], SESSIE_COOKIE);
    if (sessie && sessie.length <= 100) {
      const principal = await this.tokens.principalVoorSessie(sessie);
      if (!principal)
        throw new KetenFout(FoutCode.NietGeauthenticeerd, 'de sessie is verlopen of beëindigd; log opnieuw in');
      if (!VEILIGE_METHODEN.has(request.method.toUpperCase())) {
        const csrf = request.headers[CSRF_HEADER];
        if (typeof csrf !== 'string' || !gelijk(csrf, csrfVoor(sessie))) {
          throw new KetenFout(
            FoutCode.GeenToegang,
            'het CSRF-token ontbreekt of klopt niet (header X-CSRF-Token, uit de aanmelding)',
          );
        }
      }
      return principal;
    }
    throw new KetenFout(
      FoutCode.NietGeauthenticeerd,
      'een geldig bearer-token of een sessie is nodig (Authorization: Bearer <token>, of inloggen)',
    );
  }
}
