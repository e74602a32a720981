import { CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { from, mergeMap, type Observable } from 'rxjs';
import type { Principal } from '../auth/principal.js';
import { AuditService } from './audit.service.js';

export const AUDIT_LEZING = 'keten:audit-lezing';

/**
 * Marks a handler that shows client-level data (a toewijzing, a declaratie's prestaties, a 301, a 325): every answer
 * it gives is recorded with who, when and which entity (`<entiteit>.gelezen`); a list records how many it showed.
 * Only the path's id goes into the trail, never the query (it may carry a BSN).
 */
export const AuditLezing = (entiteit: string) => SetMetadata(AUDIT_LEZING, entiteit);

@Injectable()
export class AuditLezingInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const entiteit = this.reflector.get<string | undefined>(AUDIT_LEZING, context.getHandler());
    if (!entiteit) return next.handle();
    const req = context.switchToHttp().getRequest<{ principal?: Principal; params?: Record<string, string> }>();
    return next.handle().pipe(
      mergeMap((antwoord: unknown) => {
        if (!req.principal) return from([antwoord]);
        const id = req.params?.id;
        const details = id ? {} : { aantal: Array.isArray(antwoord) ? antwoord.length : 1 };
        return from(
          this.audit
            .logLezing(req.principal, { actie: `${entiteit}.gelezen`, entiteit, entiteitId: id ?? 'lijst', details })
            .then(() => antwoord),
        );
      }),
    );
  }
}
