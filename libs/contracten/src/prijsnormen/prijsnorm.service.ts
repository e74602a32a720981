import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { berekenReelePrijs, periodesOverlappen, toetsTegenPrijsnorm } from '#keten/domain';
import { AuditService, validatieFout, type Principal, type VeldFout } from '#keten/platform';
import { ContractProductEntity } from '../database/contract-product.entity.js';
import { PrijsnormEntity } from '../database/prijsnorm.entity.js';
import { TariefEntity } from '../database/tarief.entity.js';
import { RaamovereenkomstService } from '../registreer-raamovereenkomst/raamovereenkomst.service.js';
import type { PrijsnormDto, RegistreerPrijsnormDto } from './prijsnorm.dto.js';

/**
 * The reële or vaste prijs the college set for a product (Wmo 2015 art. 2.6.6; Jeugdwet art. 2.11). Declaring one
 * is refused while a tariff in force in its period is below it (reële prijs) or differs from it (vaste prijs).
 */
@Injectable()
export class PrijsnormService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly raamovereenkomsten: RaamovereenkomstService,
    private readonly audit: AuditService,
  ) {}

  async registreer(principal: Principal, contractId: string, dto: RegistreerPrijsnormDto): Promise<PrijsnormDto> {
    const contract = await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    const product = await this.dataSource
      .getRepository(ContractProductEntity)
      .findOneBy({ raamovereenkomstId: contract.id, productcode: dto.productcode });
    const fouten: VeldFout[] = [];
    if (!product)
      throw validatieFout('onbekend product', [
        {
          veld: 'productcode',
          reden: `productcode ${dto.productcode} staat niet in de productcodelijst van deze raamovereenkomst`,
        },
      ]);
    let bedrag = dto.bedragCenten;
    if (dto.kostenopbouw) {
      try {
        const berekend = berekenReelePrijs(dto.kostenopbouw, dto.eenheid).tarief;
        if (bedrag !== undefined && bedrag !== berekend)
          fouten.push({ veld: 'bedragCenten', reden: `wijkt af van de kostenopbouw, die ${berekend} cent geeft` });
        bedrag = berekend;
      } catch (e) {
        fouten.push({ veld: 'kostenopbouw', reden: (e as Error).message });
      }
    }
    if (bedrag === undefined && !fouten.length)
      fouten.push({ veld: 'bedragCenten', reden: 'geef een bedrag of een kostenopbouw' });
    const periode = { begindatum: dto.ingangsdatum, einddatum: dto.einddatum ?? null };
    const tarieven = await this.dataSource
      .getRepository(TariefEntity)
      .findBy({ contractProductId: product.id, eenheid: dto.eenheid });
    for (const t of tarieven) {
      if (
        t.vervangenOp ||
        bedrag === undefined ||
        !periodesOverlappen(periode, { begindatum: t.ingangsdatum, einddatum: t.einddatum })
      )
        continue;
      const b = toetsTegenPrijsnorm(
        { bedrag: t.bedragCenten, eenheid: t.eenheid },
        { soort: dto.soort, bedrag, eenheid: dto.eenheid },
      );
      if (b)
        fouten.push({ veld: 'bedragCenten', reden: `het tarief vanaf ${t.ingangsdatum} voldoet niet: ${b.melding}` });
    }
    if (fouten.length) throw validatieFout('de prijsnorm kan niet worden vastgelegd', fouten);
    const norm = await this.dataSource.transaction(async (manager) => {
      const n = await manager.save(
        manager.create(PrijsnormEntity, {
          contractProductId: product.id,
          eenheid: dto.eenheid,
          soort: dto.soort,
          bedragCenten: bedrag!,
          kostenopbouw: dto.kostenopbouw ?? null,
          ingangsdatum: dto.ingangsdatum,
          einddatum: dto.einddatum ?? null,
        }),
      );
      await this.audit.log(manager, principal, {
        actie: 'prijsnorm.vastgelegd',
        entiteit: 'raamovereenkomst',
        entiteitId: contract.id,
        details: { prijsnormId: n.id, productcode: dto.productcode, soort: dto.soort, bedragCenten: bedrag },
      });
      return n;
    });
    return naarDto(norm, product.productcode);
  }

  async lijst(principal: Principal, contractId: string): Promise<PrijsnormDto[]> {
    await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    const normen = (await this.dataSource
      .getRepository(PrijsnormEntity)
      .createQueryBuilder('n')
      .innerJoinAndMapOne('n.product', ContractProductEntity, 'p', 'p.id = n.contract_product_id')
      .where('p.raamovereenkomst_id = :contractId', { contractId })
      .orderBy('p.productcode')
      .addOrderBy('n.eenheid')
      .addOrderBy('n.ingangsdatum')
      .getMany()) as (PrijsnormEntity & { product: ContractProductEntity })[];
    return normen.map((n) => naarDto(n, n.product.productcode));
  }
}

function naarDto(n: PrijsnormEntity, productcode: string): PrijsnormDto {
  return {
    id: n.id,
    productcode,
    eenheid: n.eenheid,
    soort: n.soort,
    bedragCenten: n.bedragCenten,
    kostenopbouw: n.kostenopbouw,
    ingangsdatum: n.ingangsdatum,
    einddatum: n.einddatum,
  };
}
