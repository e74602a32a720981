import { ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerModuleOptions, type ThrottlerRequest } from '@nestjs/throttler';
import type { Principal } from '../auth/principal.js';
import { KetenConfig } from '../config/keten-config.js';
import { FoutCode, KetenFout } from '../errors/keten-fout.exception.js';

export type Begrenzing = 'inloggen' | 'tokens' | 'intake';
export const BEGRENZING = 'keten:begrenzing';

/** Rate-limits a handler per caller (the signed-in actor, else the IP address): 429 with Retry-After beyond it. */
export const Begrensd = (soort: Begrenzing) => SetMetadata(BEGRENZING, soort);

/** One named throttler per kind, its limit from the config (KETEN_LIMIET_*). */
export function begrenzingOpties(config: KetenConfig): ThrottlerModuleOptions {
  const ttl = config.KETEN_LIMIET_VENSTER_SECONDEN * 1000;
  return {
    throttlers: [
      { name: 'inloggen', ttl, limit: config.KETEN_LIMIET_INLOGGEN },
      { name: 'tokens', ttl, limit: config.KETEN_LIMIET_TOKENS },
      { name: 'intake', ttl, limit: config.KETEN_LIMIET_INTAKE },
    ],
    setHeaders: false,
  };
}

/**
 * Runs after the AuthGuard (so the caller is known) and only on handlers marked @Begensd, applying only the throttler
 * named there. Counters live in this process's memory: with several api processes each counts on its own.
 */
@Injectable()
export class BegrenzingGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return !this.soort(context);
  }

  protected override async handleRequest(verzoek: ThrottlerRequest): Promise<boolean> {
    if (verzoek.throttler.name !== this.soort(verzoek.context)) return true;
    return super.handleRequest(verzoek);
  }

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const principal = req.principal as Principal | undefined;
    return principal ? `actor:${principal.actor}` : `ip:${String(req.ip ?? '')}`;
  }

  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const seconden = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    context.switchToHttp().getResponse<{ setHeader(k: string, v: string): void }>().setHeader('Retry-After', String(seconden));
    throw new KetenFout(FoutCode.TeVeelVerzoeken, `te veel verzoeken; probeer het over ${seconden} seconden opnieuw`);
  }

  private soort(context: ExecutionContext): Begrenzing | undefined {
    return this.reflector.getAllAndOverride<Begrenzing | undefined>(BEGRENZING, [context.getHandler(), context.getClass()]);
  }
}
