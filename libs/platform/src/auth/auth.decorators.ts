import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Principal } from './principal.js';
import { Rol } from './rol.enum.js';

export const OPENBAAR = 'keten:openbaar';
export const ROLLEN = 'keten:rollen';

/** The only unauthenticated endpoints: /health and the public OCDS of published aanbestedingen (open contracting). */
export const Openbaar = () => SetMetadata(OPENBAAR, true);

/** Roles allowed on a handler or controller; beheerder is always allowed. */
export const Rollen = (...rollen: Rol[]) => SetMetadata(ROLLEN, rollen);

export const HuidigePrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  return ctx.switchToHttp().getRequest<{ principal: Principal }>().principal;
});
