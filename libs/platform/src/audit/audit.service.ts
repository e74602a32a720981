import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { voorbereideQuery } from '../database/voorbereide-query.util.js';

export interface AuditRegel {
  actie: string;
  entiteit: string;
  entiteitId: string;
  details?: Record<string, unknown>;
}

/** Who changed what, when: written in the same transaction as the change itself. Never put a BSN in details. */
@Injectable()
export class AuditService {
  async log(manager: EntityManager, principal: Principal | { actor: string; rol: string }, regel: AuditRegel): Promise<void> {
    await voorbereideQuery(
      manager,
      'audit-regel',
      `INSERT INTO keten.audit_log (actor, rol, actie, entiteit, entiteit_id, details) VALUES ($1, $2, $3, $4, $5, $6)`,
      [principal.actor, principal.rol, regel.actie, regel.entiteit, regel.entiteitId, JSON.stringify(regel.details ?? {})],
    );
  }
}
