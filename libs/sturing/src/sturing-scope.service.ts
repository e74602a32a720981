import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { nietGevonden, type Principal } from '#keten/platform';
import { OrganisatieCodesService, OrganisatieSoort, ScopeService } from '#keten/organisaties';

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
    private readonly organisaties: OrganisatieCodesService,
  ) {}

  async gemeente(principal: Principal, gemeenteId: string): Promise<SturingGemeente> {
    const [g] = (await this.organisaties.organisatiesVan(this.dataSource.manager, [gemeenteId])).filter(
      (o) => o.soort === OrganisatieSoort.Gemeente,
    );
    const inScope = await this.scope.organisatiesInScope(principal);
    if (!g || (inScope !== null && !inScope.includes(g.id))) throw nietGevonden('gemeente', gemeenteId);
    return { id: g.id, naam: g.naam, cbsCode: g.cbsCode! };
  }
}
