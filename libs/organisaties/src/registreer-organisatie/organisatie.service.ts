import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { isGeldigIban, normaliseerIban } from '#keten/domain';
import { AuditService, nietGevonden, validatieFout, type Principal, type VeldFout, Rol } from '#keten/platform';
import { OrganisatieEntity, OrganisatieSoort } from '../database/organisatie.entity.js';
import { RegioDeelnameEntity } from '../database/regio-deelname.entity.js';
import { OrganisatieDto, OrganisatieLijstQueryDto, RegistreerOrganisatieDto } from './organisatie.dto.js';

@Injectable()
export class OrganisatieService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async registreer(principal: Principal, dto: RegistreerOrganisatieDto): Promise<OrganisatieDto> {
    const fouten: VeldFout[] = [];
    if (dto.soort !== OrganisatieSoort.Gemeente && dto.cbsCode)
      fouten.push({ veld: 'cbsCode', reden: 'alleen een gemeente heeft een CBS-code' });
    if (dto.soort !== OrganisatieSoort.Aanbieder && dto.agbCode)
      fouten.push({ veld: 'agbCode', reden: 'alleen een aanbieder heeft een AGB-code' });
    if (dto.soort !== OrganisatieSoort.Regio && dto.deelnemers?.length)
      fouten.push({ veld: 'deelnemers', reden: 'alleen een regio heeft deelnemende gemeenten' });
    dto.deelnemers?.forEach((d, i) => {
      if (d.einddatum && d.einddatum < d.ingangsdatum)
        fouten.push({ veld: `deelnemers[${i}].einddatum`, reden: 'einddatum ligt voor de ingangsdatum' });
    });
    if (dto.iban !== undefined && !isGeldigIban(dto.iban))
      fouten.push({ veld: 'iban', reden: 'geen geldig IBAN (landcode, lengte of controlegetal klopt niet)' });
    if (fouten.length) throw validatieFout('de organisatie klopt niet', fouten);

    const id = await this.dataSource.transaction(async (manager) => {
      const organisatie = await manager.save(
        manager.create(OrganisatieEntity, {
          soort: dto.soort,
          naam: dto.naam,
          cbsCode: dto.cbsCode ?? null,
          agbCode: dto.agbCode ?? null,
          kvkNummer: dto.kvkNummer ?? null,
          iban: dto.iban === undefined ? null : normaliseerIban(dto.iban),
        }),
      );
      if (dto.deelnemers?.length) await this.voegDeelnemersToe(manager, organisatie.id, dto);
      await this.audit.log(manager, principal, {
        actie: 'organisatie.geregistreerd',
        entiteit: 'organisatie',
        entiteitId: organisatie.id,
        details: { soort: dto.soort, naam: dto.naam },
      });
      return organisatie.id;
    });
    return this.haal(id);
  }

  private async voegDeelnemersToe(
    manager: EntityManager,
    regioId: string,
    dto: RegistreerOrganisatieDto,
  ): Promise<void> {
    const ids = [...new Set(dto.deelnemers!.map((d) => d.gemeenteId))];
    const gemeenten = await manager.query(
      `SELECT id FROM keten.organisatie WHERE id = ANY($1::uuid[]) AND soort = 'gemeente'`,
      [ids],
    );
    const bekend = new Set((gemeenten as { id: string }[]).map((g) => g.id));
    const fouten = dto.deelnemers!.flatMap((d, i) =>
      bekend.has(d.gemeenteId) ? [] : [{ veld: `deelnemers[${i}].gemeenteId`, reden: 'dit is geen bekende gemeente' }],
    );
    if (fouten.length) throw validatieFout('de deelnemers kloppen niet', fouten);
    await manager.insert(
      RegioDeelnameEntity,
      dto.deelnemers!.map((d) => ({
        regioId,
        gemeenteId: d.gemeenteId,
        domein: d.domein,
        ingangsdatum: d.ingangsdatum,
        einddatum: d.einddatum ?? null,
      })),
    );
  }

  async wijzigIban(principal: Principal, id: string, iban: string): Promise<OrganisatieDto> {
    if (!isGeldigIban(iban))
      throw validatieFout('de organisatie klopt niet', [
        { veld: 'iban', reden: 'geen geldig IBAN (landcode, lengte of controlegetal klopt niet)' },
      ]);
    await this.dataSource.transaction(async (manager) => {
      const res = await manager.update(OrganisatieEntity, { id }, { iban: normaliseerIban(iban) });
      if (res.affected !== 1) throw nietGevonden('organisatie', id);
      await this.audit.log(manager, principal, {
        actie: 'organisatie.iban.gewijzigd',
        entiteit: 'organisatie',
        entiteitId: id,
        details: { iban: normaliseerIban(iban) },
      });
    });
    return this.haal(id);
  }

  async haal(id: string, principal?: Principal): Promise<OrganisatieDto> {
    const organisatie = await this.dataSource.getRepository(OrganisatieEntity).findOneBy({ id });
    if (!organisatie || (principal && !this.zichtbaar(principal, organisatie))) throw nietGevonden('organisatie', id);
    const deelnemers =
      organisatie.soort === OrganisatieSoort.Regio
        ? await this.dataSource
            .getRepository(RegioDeelnameEntity)
            .find({ where: { regioId: id }, order: { ingangsdatum: 'ASC' } })
        : [];
    return naarDto(organisatie, deelnemers);
  }

  async lijst(
    principal: Principal,
    query: OrganisatieLijstQueryDto,
    limiet: number,
    offset: number,
  ): Promise<OrganisatieDto[]> {
    const qb = this.dataSource
      .getRepository(OrganisatieEntity)
      .createQueryBuilder('o')
      .orderBy('o.soort')
      .addOrderBy('o.naam')
      .addOrderBy('o.id')
      .limit(limiet)
      .offset(offset);
    if (query.soort) qb.andWhere('o.soort = :soort', { soort: query.soort });
    if (query.zoek)
      qb.andWhere(`(o.naam ILIKE :zoek OR o.cbs_code = :exact OR o.agb_code = :exact)`, {
        zoek: `%${query.zoek.replace(/[%_\\]/g, '\\$&')}%`,
        exact: query.zoek,
      });
    // An aanbieder sees gemeenten and regio's (its customers) and itself, never other aanbieders.
    if (principal.rol === Rol.Aanbieder)
      qb.andWhere(`(o.soort <> 'aanbieder' OR o.id = :eigen)`, { eigen: principal.organisatieId });
    const organisaties = await qb.getMany();
    // A regio's deelnemers in the list as in its detail (one query for the page).
    const regioIds = organisaties.filter((o) => o.soort === OrganisatieSoort.Regio).map((o) => o.id);
    const deelnames = regioIds.length
      ? await this.dataSource
          .getRepository(RegioDeelnameEntity)
          .createQueryBuilder('d')
          .where('d.regio_id = ANY(:ids)', { ids: regioIds })
          .orderBy('d.ingangsdatum', 'ASC')
          .getMany()
      : [];
    return organisaties.map((o) =>
      naarDto(
        o,
        deelnames.filter((d) => d.regioId === o.id),
      ),
    );
  }

  private zichtbaar(principal: Principal, organisatie: OrganisatieEntity): boolean {
    return (
      principal.rol !== Rol.Aanbieder ||
      organisatie.soort !== OrganisatieSoort.Aanbieder ||
      organisatie.id === principal.organisatieId
    );
  }
}

function naarDto(o: OrganisatieEntity, deelnemers: RegioDeelnameEntity[]): OrganisatieDto {
  return {
    id: o.id,
    soort: o.soort,
    naam: o.naam,
    cbsCode: o.cbsCode,
    agbCode: o.agbCode,
    kvkNummer: o.kvkNummer,
    iban: o.iban,
    ...(o.soort === OrganisatieSoort.Regio
      ? {
          deelnemers: deelnemers.map((d) => ({
            gemeenteId: d.gemeenteId,
            domein: d.domein,
            ingangsdatum: d.ingangsdatum,
            einddatum: d.einddatum,
          })),
        }
      : {}),
  };
}
