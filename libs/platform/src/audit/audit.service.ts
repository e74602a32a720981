import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { voorbereideQuery } from '../database/voorbereide-query.util.js';

export interface AuditRegel {
  actie: string;
  entiteit: string;
  entiteitId: string;
  details?: Record<string, unknown>;
}

type Actor = Principal | { actor: string; rol: string; organisatieId?: string | null };

const SQL = `INSERT INTO keten.audit_log (actor, rol, organisatie_id, actie, entiteit, entiteit_id, details) VALUES ($1, $2, $3, $4, $5, $6, $7)`;
const params = (principal: Actor, regel: AuditRegel) => [
  principal.actor,
  principal.rol,
  principal.organisatieId ?? null,
  regel.actie,
  regel.entiteit,
  regel.entiteitId,
  JSON.stringify(regel.details ?? {}),
];

/** Who changed or read what, when. Never put a BSN in details. */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** A change: written in the same transaction as the change itself. */
  async log(manager: EntityManager, principal: Actor, regel: AuditRegel): Promise<void> {
    await voorbereideQuery(manager, 'audit-regel', SQL, params(principal, regel));
  }

  /** A read of client-level data (a toewijzing, a declaratie's prestaties, a 301, a 325): who looked at what, when. */
  async logLezing(principal: Actor, regel: AuditRegel): Promise<void> {
    await voorbereideQuery(this.dataSource, 'audit-regel', SQL, params(principal, regel));
  }
}
