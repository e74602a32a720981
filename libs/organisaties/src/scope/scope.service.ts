import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Rol, type Principal } from '#keten/platform';

/**
 * Which organisaties a caller acts for (architecture.md 5): a beheerder sees everything (null); an aanbieder only
 * itself; a gemeente itself and the regio's it takes part in; a regio itself and its deelnemende gemeenten.
 */
@Injectable()
export class ScopeService {
  constructor(private readonly dataSource: DataSource) {}

  async organisatiesInScope(principal: Principal): Promise<string[] | null> {
    if (principal.rol === Rol.Beheerder) return null;
    if (!principal.organisatieId) return [];
    if (principal.rol === Rol.Aanbieder) return [principal.organisatieId];
    const rijen: { id: string }[] = await this.dataSource.query(
      `SELECT $1::uuid AS id
       UNION SELECT regio_id FROM keten.regio_deelname WHERE gemeente_id = $1
       UNION SELECT gemeente_id FROM keten.regio_deelname WHERE regio_id = $1`,
      [principal.organisatieId],
    );
    return rijen.map((r) => r.id);
  }
}
