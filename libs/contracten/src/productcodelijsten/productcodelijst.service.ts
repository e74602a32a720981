import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isProductcategorie, plusDagen } from '#keten/domain';
import { AuditService, validatieFout, type Principal, type VeldFout } from '#keten/platform';
import { ContractProductEntity } from '../database/contract-product.entity.js';
import { ProductcodelijstEntity } from '../database/productcodelijst.entity.js';
import { RaamovereenkomstService } from '../registreer-raamovereenkomst/raamovereenkomst.service.js';
import type {
  NieuweProductcodelijstDto,
  ProductcodelijstDto,
  ProductcodelijstQueryDto,
} from './productcodelijst.dto.js';

/** Versions of a contract's own productcodelijst; a code belongs to one categorie for the whole contract (TR381). */
@Injectable()
export class ProductcodelijstService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly raamovereenkomsten: RaamovereenkomstService,
    private readonly audit: AuditService,
  ) {}

  async lijst(
    principal: Principal,
    contractId: string,
    query: ProductcodelijstQueryDto,
  ): Promise<ProductcodelijstDto[]> {
    await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    const versies = await this.dataSource
      .getRepository(ProductcodelijstEntity)
      .find({ where: { raamovereenkomstId: contractId }, relations: { producten: true }, order: { versie: 'ASC' } });
    const uit = versies.map((v, i) => ({
      id: v.id,
      versie: v.versie,
      ingangsdatum: v.ingangsdatum,
      einddatum: versies[i + 1] ? plusDagen(versies[i + 1].ingangsdatum, -1) : null,
      omschrijving: v.omschrijving,
      codes: (v.producten ?? [])
        .map((p) => ({
          productcategorie: p.productcategorie,
          productcode: p.productcode,
          uitvoeringsvariant: p.uitvoeringsvariant,
          omschrijving: p.omschrijving,
        }))
        .sort((a, b) => a.productcode.localeCompare(b.productcode)),
    }));
    const d = query.peildatum;
    return d ? uit.filter((v) => v.ingangsdatum <= d && (v.einddatum === null || v.einddatum >= d)) : uit;
  }

  async voegVersieToe(
    principal: Principal,
    contractId: string,
    dto: NieuweProductcodelijstDto,
  ): Promise<ProductcodelijstDto> {
    const contract = await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    const id = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT id FROM keten.raamovereenkomst WHERE id = $1 FOR UPDATE`, [contract.id]);
      const laatste = await manager.findOne(ProductcodelijstEntity, {
        where: { raamovereenkomstId: contract.id },
        order: { versie: 'DESC' },
      });
      const bestaand = new Map(
        (await manager.findBy(ContractProductEntity, { raamovereenkomstId: contract.id })).map((p) => [
          p.productcode,
          p,
        ]),
      );
      const fouten: VeldFout[] = [];
      if (laatste && dto.ingangsdatum <= laatste.ingangsdatum)
        fouten.push({
          veld: 'ingangsdatum',
          reden: `moet na de ingangsdatum ${laatste.ingangsdatum} van versie ${laatste.versie} liggen`,
        });
      if (dto.ingangsdatum < contract.ingangsdatum || dto.ingangsdatum > contract.einddatum)
        fouten.push({
          veld: 'ingangsdatum',
          reden: `valt buiten de looptijd ${contract.ingangsdatum} t/m ${contract.einddatum}`,
        });
      const gezien = new Set<string>();
      dto.codes.forEach((c, i) => {
        const pad = `codes[${i}]`;
        if (gezien.has(c.productcode))
          fouten.push({
            veld: `${pad}.productcode`,
            reden: `productcode ${c.productcode} staat twee keer in de lijst`,
          });
        gezien.add(c.productcode);
        if (!isProductcategorie(contract.domein, c.productcategorie))
          fouten.push({
            veld: `${pad}.productcategorie`,
            reden: `${c.productcategorie} is geen productcategorie van het domein ${contract.domein}`,
          });
        const p = bestaand.get(c.productcode);
        if (p && p.productcategorie !== c.productcategorie)
          fouten.push({
            veld: `${pad}.productcategorie`,
            reden: `productcode ${c.productcode} hoort in deze raamovereenkomst bij categorie ${p.productcategorie}; een code hoort bij één categorie (TR381)`,
          });
        if (p && p.uitvoeringsvariant !== c.uitvoeringsvariant)
          fouten.push({
            veld: `${pad}.uitvoeringsvariant`,
            reden: `productcode ${c.productcode} is ${p.uitvoeringsvariant}; de uitvoeringsvariant hoort vast bij het product (OP261)`,
          });
      });
      if (fouten.length) throw validatieFout('de productcodelijst klopt niet', fouten);
      const producten: ContractProductEntity[] = [];
      for (const c of dto.codes) {
        const p = bestaand.get(c.productcode);
        producten.push(
          p ??
            (await manager.save(
              manager.create(ContractProductEntity, {
                raamovereenkomstId: contract.id,
                productcategorie: c.productcategorie,
                productcode: c.productcode,
                uitvoeringsvariant: c.uitvoeringsvariant,
                omschrijving: c.omschrijving,
              }),
            )),
        );
      }
      const versie = await manager.save(
        manager.create(ProductcodelijstEntity, {
          raamovereenkomstId: contract.id,
          versie: (laatste?.versie ?? 0) + 1,
          ingangsdatum: dto.ingangsdatum,
          omschrijving: dto.omschrijving,
          producten,
        }),
      );
      await this.audit.log(manager, principal, {
        actie: 'productcodelijst.versie-toegevoegd',
        entiteit: 'raamovereenkomst',
        entiteitId: contract.id,
        details: {
          versie: versie.versie,
          ingangsdatum: dto.ingangsdatum,
          codes: dto.codes.length,
          nieuw: dto.codes.filter((c) => !bestaand.has(c.productcode)).map((c) => c.productcode),
        },
      });
      return versie.id;
    });
    return (await this.lijst(principal, contractId, {})).find((v) => v.id === id)!;
  }
}
