import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { nietGevonden, type Principal } from '#keten/platform';
import { ScopeService } from '#keten/organisaties';

export interface SturingGemeente {
  id: string;
  naam: string;
  cbsCode: string;
}

/**
 * Sturing is per gemeente: a controller of a gemeente sees its own, a controller or inkoopadviseur of a regio its
 * deelnemende gemeenten, a beheerder all (architecture.md 5). Outside the scope the gemeente does not exist.
 */
@Injectable()
export class SturingScopeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
  ) {}

  async gemeente(principal: Principal, gemeenteId: string): Promise<SturingGemeente> {
    const [g]: { id: string; naam: string; cbs_code: string }[] = await this.dataSource.query(
      `SELECT id, naam, cbs_code FROM keten.organisatie WHERE id = $1 AND soort = 'gemeente'`,
      [gemeenteId],
    );
    const inScope = await this.scope.organisatiesInScope(principal);
    if (!g || (inScope !== null && !inScope.includes(g.id))) throw nietGevonden('gemeente', gemeenteId);
    return { id: g.id, naam: g.naam, cbsCode: g.cbs_code };
  }
}
