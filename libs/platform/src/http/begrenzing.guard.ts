import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Principal } from '../auth/principal.js';
import { KetenConfig } from '../config/keten-config.js';
import { FoutCode, KetenFout } from '../errors/keten-fout.exception.js';

export type Begrenzing = 'inloggen' | 'tokens' | 'intake';
export const BEGRENZING = 'keten:begrenzing';

/** Rate-limits a handler per caller (the signed-in actor, else the IP address): 429 with Retry-After beyond it. */
export const Begrensd = (soort: Begrenzing) => SetMetadata(BEGRENZING, soort);

interface Venster {
  aantal: number;
  eindeOp: number;
}

/**
 * A fixed window per kind and caller, its limit from the config (KETEN_LIMIET_*). Runs after the AuthGuard, so the
 * caller is known. Not @nestjs/throttler: it is CommonJS and requires the ESM-only @nestjs/common 12, which jest's
 * module runtime cannot load. Counters live in this process: with several api processes each counts on its own.
 */
@Injectable()
export class BegrenzingGuard implements CanActivate {
  private readonly vensters = new Map<string, Venster>();
  private volgendeOpruiming = 0;

  constructor(
    private readonly reflector: Reflector,
    private readonly config: KetenConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const soort = this.reflector.getAllAndOverride<Begrenzing | undefined>(BEGRENZING, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!soort) return true;
    const req = context.switchToHttp().getRequest<{ principal?: Principal; ip?: string }>();
    const sleutel = `${soort}|${req.principal ? `actor:${req.principal.actor}` : `ip:${req.ip ?? ''}`}`;
    const nu = Date.now();
    this.ruimOp(nu);
    let venster = this.vensters.get(sleutel);
    if (!venster || venster.eindeOp <= nu) {
      venster = { aantal: 0, eindeOp: nu + this.config.KETEN_LIMIET_VENSTER_SECONDEN * 1000 };
      this.vensters.set(sleutel, venster);
    }
    venster.aantal++;
    if (venster.aantal <= this.limiet(soort)) return true;
    const seconden = Math.max(1, Math.ceil((venster.eindeOp - nu) / 1000));
    context
      .switchToHttp()
      .getResponse<{ setHeader(k: string, v: string): void }>()
      .setHeader('Retry-After', String(seconden));
    throw new KetenFout(FoutCode.TeVeelVerzoeken, `te veel verzoeken; probeer het over ${seconden} seconden opnieuw`);
  }

  private limiet(soort: Begrenzing): number {
    switch (soort) {
      case 'inloggen':
        return this.config.KETEN_LIMIET_INLOGGEN;
      case 'tokens':
        return this.config.KETEN_LIMIET_TOKENS;
      case 'intake':
        return this.config.KETEN_LIMIET_INTAKE;
    }
  }

  /** Ended windows are dropped once per window, so many distinct callers cannot grow the map without bound. */
  private ruimOp(nu: number): void {
    if (nu < this.volgendeOpruiming) return;
    this.volgendeOpruiming = nu + this.config.KETEN_LIMIET_VENSTER_SECONDEN * 1000;
    for (const [sleutel, venster] of this.vensters) if (venster.eindeOp <= nu) this.vensters.delete(sleutel);
  }
}
