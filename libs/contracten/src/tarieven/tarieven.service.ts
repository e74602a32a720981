import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { berekenReelePrijs, type Eenheid, type Kalenderdatum } from '#keten/domain';
import { AuditService, nietGevonden, validatieFout, type Principal, type VeldFout } from '#keten/platform';
import { ContractProductEntity } from '../database/contract-product.entity.js';
import { DeelovereenkomstEntity } from '../database/deelovereenkomst.entity.js';
import type { RaamovereenkomstEntity } from '../database/raamovereenkomst.entity.js';
import { TariefBron, TariefEntity } from '../database/tarief.entity.js';
import { RaamovereenkomstService } from '../registreer-raamovereenkomst/raamovereenkomst.service.js';
import { ContractbewakingService } from '../wijzig-raamovereenkomst/contractbewaking.service.js';
import type { NieuweTarievenDto, TariefMetBerekeningDto, TarievenQueryDto, TariefversieDto } from './tarieven.dto.js';
import { TariefversieService, type NieuweTariefversie } from './tariefversie.service.js';
import { metVoorrang } from './voorrang.util.js';

type TariefRij = TariefEntity & { product: ContractProductEntity };

@Injectable()
export class TarievenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly raamovereenkomsten: RaamovereenkomstService,
    private readonly versies: TariefversieService,
    private readonly bewaking: ContractbewakingService,
    private readonly audit: AuditService,
  ) {}

  /** Tariff versions of a contract; with peildatum the ones in force that day, with gemeenteId as they apply there. */
  async lijst(principal: Principal, contractId: string, query: TarievenQueryDto): Promise<TariefversieDto[]> {
    await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    const qb = this.dataSource
      .getRepository(TariefEntity)
      .createQueryBuilder('t')
      .innerJoinAndMapOne('t.product', ContractProductEntity, 'p', 'p.id = t.contract_product_id')
      .where('p.raamovereenkomst_id = :contractId', { contractId })
      .orderBy('p.productcode')
      .addOrderBy('t.eenheid')
      .addOrderBy('t.deelovereenkomst_id', 'ASC', 'NULLS FIRST')
      .addOrderBy('t.ingangsdatum')
      .addOrderBy('t.created_at');
    if (!query.historie) qb.andWhere('t.vervangen_op IS NULL');
    if (query.productcode) qb.andWhere('p.productcode = :code', { code: query.productcode });
    if (query.eenheid) qb.andWhere('t.eenheid = :eenheid', { eenheid: query.eenheid });
    let rijen = (await qb.getMany()) as TariefRij[];
    if (query.gemeenteId)
      rijen = await this.voorGemeente(
        contractId,
        query.gemeenteId,
        rijen.filter((r) => !r.vervangenOp),
      );
    if (query.peildatum) {
      const d = query.peildatum;
      rijen = rijen.filter((r) => !r.vervangenOp && r.ingangsdatum <= d && (r.einddatum === null || r.einddatum >= d));
    }
    return rijen.map(naarDto);
  }

  /** Basis tariffs plus those of the deelovereenkomsten covering this gemeente, with precedence for the latter. */
  private async voorGemeente(contractId: string, gemeenteId: string, rijen: TariefRij[]): Promise<TariefRij[]> {
    const geldend: { id: string }[] = await this.dataSource.query(
      `SELECT d.id FROM keten.deelovereenkomst d
        WHERE d.raamovereenkomst_id = $1
          AND (NOT EXISTS (SELECT 1 FROM keten.deelovereenkomst_gemeente x WHERE x.deelovereenkomst_id = d.id)
               OR EXISTS (SELECT 1 FROM keten.deelovereenkomst_gemeente x WHERE x.deelovereenkomst_id = d.id AND x.gemeente_id = $2))`,
      [contractId, gemeenteId],
    );
    const deel = new Set(geldend.map((g) => g.id));
    const sleutel = (t: TariefRij) => `${t.contractProductId}|${t.eenheid}`;
    return metVoorrang(
      rijen.filter((r) => r.deelovereenkomstId === null),
      rijen.filter((r) => r.deelovereenkomstId !== null && deel.has(r.deelovereenkomstId)),
      sleutel,
    );
  }

  async haal(principal: Principal, contractId: string, tariefId: string): Promise<TariefMetBerekeningDto> {
    await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    const rij = (await this.dataSource
      .getRepository(TariefEntity)
      .createQueryBuilder('t')
      .innerJoinAndMapOne('t.product', ContractProductEntity, 'p', 'p.id = t.contract_product_id')
      .where('p.raamovereenkomst_id = :contractId AND t.id = :tariefId', { contractId, tariefId })
      .getOne()) as TariefRij | null;
    if (!rij) throw nietGevonden('tarief', tariefId);
    const berekening = rij.kostenopbouw
      ? berekenReelePrijs(rij.kostenopbouw, rij.eenheid).stappen.map(({ waarde: _w, ...s }) => s)
      : [];
    return { ...naarDto(rij), berekening };
  }

  /** New tariff versions (a change to the contract): checked as a whole, guarded, audited, one transaction. */
  async voegToe(principal: Principal, contractId: string, dto: NieuweTarievenDto): Promise<TariefversieDto[]> {
    const contract = await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    const ids = await this.dataSource.transaction(async (manager) => {
      // One writer of a contract's tariffs at a time (upload, indexation, this change).
      await manager.query(`SELECT id FROM keten.raamovereenkomst WHERE id = $1 FOR UPDATE`, [contract.id]);
      const { versies, fouten } = await this.naarVersies(manager, contract, dto);
      const controle = await this.versies.controleer(manager, contract, versies);
      fouten.push(...controle.fouten);
      if (fouten.length) throw validatieFout('de tarieven kloppen niet; niets is opgeslagen', fouten);
      await this.bewaakTarieven(manager, principal, contract, versies, dto.bevestigWezenlijkeWijziging, 'tarieven');
      const nieuw = await this.versies.schrijf(manager, versies, controle.reelePrijs, TariefBron.Wijziging);
      await this.audit.log(manager, principal, {
        actie: 'tarieven.gewijzigd',
        entiteit: 'raamovereenkomst',
        entiteitId: contract.id,
        details: {
          tarieven: nieuw.map((t) => ({
            id: t.id,
            vorige: t.vorigeVersieId,
            bedragCenten: t.bedragCenten,
            ingangsdatum: t.ingangsdatum,
          })),
        },
      });
      return nieuw.map((t) => t.id);
    });
    return (await this.lijst(principal, contractId, { historie: true })).filter((t) => ids.includes(t.id));
  }

  /** The cumulative 50% guard per tariff, against the first amount the tariff had. */
  async bewaakTarieven(
    manager: EntityManager,
    principal: Principal,
    contract: RaamovereenkomstEntity,
    versies: NieuweTariefversie[],
    bevestigd: boolean | undefined,
    actie: string,
  ): Promise<void> {
    const oorspronkelijk = await this.bewaking.oorspronkelijkeTarieven(manager, contract.id);
    const producten = new Map(
      (await manager.findBy(ContractProductEntity, { raamovereenkomstId: contract.id })).map((p) => [p.id, p]),
    );
    const tarieven = versies.flatMap((v) => {
      const o = oorspronkelijk.get(`${v.contractProductId}|${v.eenheid}|${v.deelovereenkomstId ?? ''}`);
      const p = producten.get(v.contractProductId);
      return o === undefined || !p
        ? []
        : [
            {
              omschrijving: `${p.productcategorie}/${p.productcode} eenheid ${v.eenheid}`,
              oorspronkelijk: o,
              voorgesteld: v.bedragCenten,
            },
          ];
    });
    await this.bewaking.bewaak(
      manager,
      principal,
      contract,
      { waarde: contract.maximaleWaardeCenten, einddatum: contract.einddatum, tarieven },
      bevestigd,
      actie,
    );
  }

  private async naarVersies(
    manager: EntityManager,
    contract: RaamovereenkomstEntity,
    dto: NieuweTarievenDto,
  ): Promise<{ versies: NieuweTariefversie[]; fouten: VeldFout[] }> {
    const producten = new Map(
      (await manager.findBy(ContractProductEntity, { raamovereenkomstId: contract.id })).map((p) => [p.productcode, p]),
    );
    const deel = new Set(
      (await manager.findBy(DeelovereenkomstEntity, { raamovereenkomstId: contract.id })).map((d) => d.id),
    );
    const fouten: VeldFout[] = [];
    const versies: NieuweTariefversie[] = [];
    dto.tarieven.forEach((t, i) => {
      const veld = `tarieven[${i}]`;
      const p = producten.get(t.productcode);
      if (!p)
        return fouten.push({
          veld: `${veld}.productcode`,
          reden: `productcode ${t.productcode} staat niet in de productcodelijst van deze raamovereenkomst`,
        });
      if (t.deelovereenkomstId && !deel.has(t.deelovereenkomstId))
        return fouten.push({
          veld: `${veld}.deelovereenkomstId`,
          reden: 'deze deelovereenkomst hoort niet bij deze raamovereenkomst',
        });
      versies.push({
        contractProductId: p.id,
        deelovereenkomstId: t.deelovereenkomstId ?? null,
        eenheid: t.eenheid,
        bedragCenten: t.bedragCenten,
        ingangsdatum: t.ingangsdatum,
        einddatum: t.einddatum ?? null,
        kostenopbouw: t.kostenopbouw ?? null,
        veld,
      });
    });
    dto.tarieven.forEach((t, i) =>
      dto.tarieven.slice(0, i).forEach((a, j) => {
        if (
          a.productcode === t.productcode &&
          a.eenheid === t.eenheid &&
          (a.deelovereenkomstId ?? null) === (t.deelovereenkomstId ?? null) &&
          overlapt(a, t)
        ) {
          fouten.push({ veld: `tarieven[${i}]`, reden: `overlapt met tarieven[${j}] (zelfde product en eenheid)` });
        }
      }),
    );
    return { versies, fouten };
  }
}

function overlapt(
  a: { ingangsdatum: Kalenderdatum; einddatum?: Kalenderdatum | null },
  b: { ingangsdatum: Kalenderdatum; einddatum?: Kalenderdatum | null },
): boolean {
  return (
    (a.einddatum == null || a.einddatum >= b.ingangsdatum) && (b.einddatum == null || b.einddatum >= a.ingangsdatum)
  );
}

export function naarDto(t: TariefRij): TariefversieDto {
  return {
    id: t.id,
    productcategorie: t.product.productcategorie,
    productcode: t.product.productcode,
    uitvoeringsvariant: t.product.uitvoeringsvariant,
    eenheid: t.eenheid as Eenheid,
    bedragCenten: t.bedragCenten,
    ingangsdatum: t.ingangsdatum,
    einddatum: t.einddatum,
    deelovereenkomstId: t.deelovereenkomstId,
    kostenopbouw: t.kostenopbouw,
    reelePrijsCenten: t.reelePrijsCenten,
    bron: t.bron,
    vorigeVersieId: t.vorigeVersieId,
    vervangenOp: t.vervangenOp ? t.vervangenOp.toISOString() : null,
  };
}
