import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Rol, veiligeCeltekst, type Principal } from '#keten/platform';
import { AuditQueryDto, AuditRegelDto } from './audit-inzage.dto.js';

interface AuditRij {
  id: string;
  moment: Date;
  actor: string;
  rol: string;
  organisatie_id: string | null;
  actie: string;
  entiteit: string;
  entiteit_id: string;
  details: Record<string, unknown>;
}

const KOLOMMEN = [
  'id',
  'moment',
  'actor',
  'rol',
  'organisatieId',
  'actie',
  'entiteit',
  'entiteitId',
  'details',
] as const;

/** Who read or changed what, when: the beheerder sees everything, a functioneel-beheerder its organisatie's actors. */
@Injectable()
export class AuditInzageService {
  constructor(private readonly dataSource: DataSource) {}

  async zoek(principal: Principal, query: AuditQueryDto): Promise<AuditRegelDto[]> {
    const organisatieId = principal.rol === Rol.Beheerder ? (query.organisatieId ?? null) : principal.organisatieId;
    const rijen = (await this.dataSource.query(
      `SELECT id::text, moment, actor, rol, organisatie_id, actie, entiteit, entiteit_id, details FROM keten.audit_log
        WHERE ($1::uuid IS NULL OR organisatie_id = $1) AND ($2::timestamptz IS NULL OR moment >= $2) AND ($3::timestamptz IS NULL OR moment < $3)
          AND ($4::text IS NULL OR actor = $4) AND ($5::text IS NULL OR actie = $5) AND ($6::text IS NULL OR entiteit = $6)
          AND ($7::text IS NULL OR entiteit_id = $7)
        ORDER BY moment DESC, id DESC LIMIT $8 OFFSET $9`,
      [
        organisatieId,
        query.van ?? null,
        query.tot ?? null,
        query.actor ?? null,
        query.actie ?? null,
        query.entiteit ?? null,
        query.entiteitId ?? null,
        query.limiet,
        query.offset,
      ],
    )) as AuditRij[];
    return rijen.map((r) => ({
      id: r.id,
      moment: r.moment.toISOString(),
      actor: r.actor,
      rol: r.rol,
      organisatieId: r.organisatie_id,
      actie: r.actie,
      entiteit: r.entiteit,
      entiteitId: r.entiteit_id,
      details: r.details,
    }));
  }

  /** The same selection as CSV (semicolon-separated, as Dutch spreadsheets expect), every cell safe against formulas. */
  async csv(principal: Principal, query: AuditQueryDto): Promise<string> {
    const regels = await this.zoek(principal, query);
    const cel = (w: unknown) => {
      const tekst = veiligeCeltekst(typeof w === 'string' ? w : w === null || w === undefined ? '' : JSON.stringify(w));
      return /[";\n\r]/.test(tekst) ? `"${tekst.replace(/"/g, '""')}"` : tekst;
    };
    return [KOLOMMEN.join(';'), ...regels.map((r) => KOLOMMEN.map((k) => cel(r[k])).join(';'))].join('\r\n') + '\r\n';
  }
}
