import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Inkoopbeleid } from '#keten/domain';
import { AuditService, geenToegang, nietGevonden, validatieFout, Rol, type Principal } from '#keten/platform';
import { OrganisatieCodesService, OrganisatieSoort } from '#keten/organisaties';
import { AanbestedingToegang } from '../aanbesteding-toegang.service.js';
import { InkoopbeleidEntity } from '../database/inkoopbeleid.entity.js';
import type { InkoopbeleidDto } from '../registreer-aanbesteding/registreer-aanbesteding.dto.js';

function naarDto(drempels: Inkoopbeleid['drempels']): InkoopbeleidDto {
  return {
    drempels: Object.entries(drempels).map(([opdrachtsoort, d]) => ({
      opdrachtsoort,
      meervoudigVanafCenten: d!.meervoudigVanafCenten,
      nationaalVanafCenten: d!.nationaalVanafCenten,
    })),
  } as InkoopbeleidDto;
}

/** An organisation's inkoopbeleid (art. 1.4 Aw): the amounts below the EU threshold, per opdrachtsoort. */
@Injectable()
export class InkoopbeleidService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly toegang: AanbestedingToegang,
    private readonly audit: AuditService,
    private readonly organisaties: OrganisatieCodesService,
  ) {}

  async leg(principal: Principal, organisatieId: string, dto: InkoopbeleidDto): Promise<InkoopbeleidDto> {
    if (principal.rol !== Rol.Beheerder && principal.organisatieId !== organisatieId)
      throw geenToegang('alleen de organisatie zelf legt haar inkoopbeleid vast');
    const [org] = await this.organisaties.organisatiesVan(this.dataSource.manager, [organisatieId]);
    if (!org || org.soort === OrganisatieSoort.Aanbieder) throw nietGevonden('gemeente of regio', organisatieId);
    const dubbel = dto.drempels.findIndex(
      (d, i) => dto.drempels.findIndex((e) => e.opdrachtsoort === d.opdrachtsoort) !== i,
    );
    if (dubbel >= 0)
      throw validatieFout('elke opdrachtsoort komt één keer voor', [
        { veld: `drempels[${dubbel}].opdrachtsoort`, reden: 'dubbel' },
      ]);
    const fout = dto.drempels.findIndex((d) => d.nationaalVanafCenten < d.meervoudigVanafCenten);
    if (fout >= 0)
      throw validatieFout('nationaal ligt niet onder meervoudig', [
        { veld: `drempels[${fout}].nationaalVanafCenten`, reden: 'lager dan meervoudigVanafCenten' },
      ]);
    const drempels: Inkoopbeleid['drempels'] = Object.fromEntries(
      dto.drempels.map((d) => [
        d.opdrachtsoort,
        { meervoudigVanafCenten: d.meervoudigVanafCenten, nationaalVanafCenten: d.nationaalVanafCenten },
      ]),
    );
    await this.dataSource.transaction(async (manager) => {
      await manager.upsert(InkoopbeleidEntity, { organisatieId, drempels, gewijzigdDoor: principal.actor }, [
        'organisatieId',
      ]);
      await this.audit.log(manager, principal, {
        actie: 'inkoopbeleid.vastgelegd',
        entiteit: 'organisatie',
        entiteitId: organisatieId,
        details: { drempels },
      });
    });
    return naarDto(drempels);
  }

  async haal(principal: Principal, organisatieId: string): Promise<InkoopbeleidDto> {
    if (principal.rol === Rol.Aanbieder || !(await this.toegang.inScope(principal, organisatieId)))
      throw nietGevonden('inkoopbeleid', organisatieId);
    const rij = await this.dataSource.getRepository(InkoopbeleidEntity).findOneBy({ organisatieId });
    if (!rij) throw nietGevonden('inkoopbeleid', organisatieId);
    return naarDto(rij.drempels);
  }
}
