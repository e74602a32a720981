import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FoutCode, KetenFout } from '../errors/keten-fout.exception.js';
import { OPENBAAR, ROLLEN } from './auth.decorators.js';
import type { Principal } from './principal.js';
import { Rol } from './rol.enum.js';
import { TokenService } from './token.service.js';

/** Every endpoint needs a bearer token, except those marked @Openbaar() (architecture.md 5). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const doelen = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(OPENBAAR, doelen)) return true;
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; principal?: Principal }>();
    const kop = request.headers['authorization'] ?? '';
    const match = /^Bearer\s+(\S{1,600})$/i.exec(kop);
    if (!match) throw new KetenFout(FoutCode.NietGeauthenticeerd, 'een geldig bearer-token is nodig (Authorization: Bearer <token>)');
    const principal = await this.tokens.principalVoor(match[1]);
    if (!principal) throw new KetenFout(FoutCode.NietGeauthenticeerd, 'het token is onbekend, verlopen of ingetrokken');
    request.principal = principal;
    const rollen = this.reflector.getAllAndOverride<Rol[] | undefined>(ROLLEN, doelen);
    if (rollen && principal.rol !== Rol.Beheerder && !rollen.includes(principal.rol)) {
      // The beheerder may do everything; name it once even when the endpoint lists it too.
      throw new KetenFout(FoutCode.GeenToegang, `deze handeling is voorbehouden aan: ${[...new Set([Rol.Beheerder, ...rollen])].join(', ')}`);
    }
    return true;
  }
}
