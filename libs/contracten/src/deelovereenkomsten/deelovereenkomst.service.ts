import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService, validatieFout, type Principal, type VeldFout } from '#keten/platform';
import { OrganisatieCodesService, type OrganisatieEntity } from '#keten/organisaties';
import { DeelovereenkomstEntity } from '../database/deelovereenkomst.entity.js';
import { RaamovereenkomstService } from '../registreer-raamovereenkomst/raamovereenkomst.service.js';
import type { DeelovereenkomstDto, RegistreerDeelovereenkomstDto } from './deelovereenkomst.dto.js';

/** Deelovereenkomsten under a basisovereenkomst, per gemeente or doelgroep, each with its own tariffs. */
@Injectable()
export class DeelovereenkomstService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly raamovereenkomsten: RaamovereenkomstService,
    private readonly audit: AuditService,
    private readonly organisaties: OrganisatieCodesService,
  ) {}

  async registreer(
    principal: Principal,
    contractId: string,
    dto: RegistreerDeelovereenkomstDto,
  ): Promise<DeelovereenkomstDto> {
    const contract = await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    const fouten: VeldFout[] = [];
    if (dto.einddatum < dto.ingangsdatum)
      fouten.push({ veld: 'einddatum', reden: 'einddatum ligt voor de ingangsdatum' });
    if (dto.ingangsdatum < contract.ingangsdatum || dto.einddatum > contract.einddatum)
      fouten.push({
        veld: 'ingangsdatum',
        reden: `valt buiten de looptijd ${contract.ingangsdatum} t/m ${contract.einddatum} van de basisovereenkomst`,
      });
    const deelnemers: { gemeente_id: string }[] = await this.dataSource.query(
      `SELECT gemeente_id FROM keten.raamovereenkomst_gemeente WHERE raamovereenkomst_id = $1`,
      [contract.id],
    );
    const lid = new Set(deelnemers.map((d) => d.gemeente_id));
    dto.gemeenteIds.forEach((g, i) => {
      if (!lid.has(g))
        fouten.push({ veld: `gemeenteIds[${i}]`, reden: 'deze gemeente neemt niet deel aan de raamovereenkomst' });
    });
    if (fouten.length) throw validatieFout('de deelovereenkomst klopt niet', fouten);
    const id = await this.dataSource.transaction(async (manager) => {
      const deel = await manager.save(
        manager.create(DeelovereenkomstEntity, {
          raamovereenkomstId: contract.id,
          naam: dto.naam,
          doelgroep: dto.doelgroep ?? null,
          ingangsdatum: dto.ingangsdatum,
          einddatum: dto.einddatum,
          gemeenten: [...new Set(dto.gemeenteIds)].map((g) => ({ id: g }) as OrganisatieEntity),
        }),
      );
      await this.audit.log(manager, principal, {
        actie: 'deelovereenkomst.geregistreerd',
        entiteit: 'raamovereenkomst',
        entiteitId: contract.id,
        details: { deelovereenkomstId: deel.id, naam: dto.naam, gemeenten: dto.gemeenteIds.length },
      });
      return deel.id;
    });
    return (await this.lijst(principal, contractId)).find((d) => d.id === id)!;
  }

  async lijst(principal: Principal, contractId: string): Promise<DeelovereenkomstDto[]> {
    await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    const delen = await this.dataSource
      .getRepository(DeelovereenkomstEntity)
      .find({ where: { raamovereenkomstId: contractId }, order: { naam: 'ASC' } });
    const koppelingen = (await this.dataSource.query(
      `SELECT deelovereenkomst_id, gemeente_id FROM keten.deelovereenkomst_gemeente WHERE deelovereenkomst_id = ANY($1::uuid[])`,
      [delen.map((d) => d.id)],
    )) as { deelovereenkomst_id: string; gemeente_id: string }[];
    // The gemeenten's names and codes are the organisaties context's (its published query).
    const gemeente = new Map(
      (
        await this.organisaties.organisatiesVan(
          this.dataSource.manager,
          koppelingen.map((k) => k.gemeente_id),
        )
      ).map((o) => [o.id, o]),
    );
    return delen.map((d) => ({
      id: d.id,
      naam: d.naam,
      doelgroep: d.doelgroep,
      gemeenten: koppelingen
        .filter((k) => k.deelovereenkomst_id === d.id && gemeente.has(k.gemeente_id))
        .map((k) => gemeente.get(k.gemeente_id)!)
        .map((g) => ({ id: g.id, naam: g.naam, code: g.cbsCode }))
        .sort((a, b) => a.naam.localeCompare(b.naam)),
      ingangsdatum: d.ingangsdatum,
      einddatum: d.einddatum,
    }));
  }
}
