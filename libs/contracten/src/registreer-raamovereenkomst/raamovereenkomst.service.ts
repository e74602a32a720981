import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  berekenReelePrijs,
  Domein,
  EENHEDEN_PER_VARIANT,
  formatEuro,
  isProductcategorie,
  MAXIMALE_LOOPTIJD_ZONDER_MOTIVERING_MAANDEN,
  periodesOverlappen,
  plusDagen,
  plusMaanden,
  Uitvoeringsvariant,
} from '#keten/domain';
import {
  AuditService,
  geenToegang,
  nietGevonden,
  Rol,
  validatieFout,
  type Principal,
  type VeldFout,
} from '#keten/platform';
import {
  OrganisatieCodesService,
  OrganisatieEntity,
  OrganisatieSoort,
  ScopeService,
  type OrganisatieKern,
} from '#keten/organisaties';
import { RaamovereenkomstEntity } from '../database/raamovereenkomst.entity.js';
import { ContractProductEntity } from '../database/contract-product.entity.js';
import { TariefEntity } from '../database/tarief.entity.js';
import { SegmentEntity } from '../database/segment.entity.js';
import { ProductcodelijstEntity } from '../database/productcodelijst.entity.js';
import { VerlengingsoptieEntity, VerlengingsoptieStatus } from '../database/verlengingsoptie.entity.js';
import {
  RaamovereenkomstDto,
  RaamovereenkomstLijstQueryDto,
  RaamovereenkomstOverlapDto,
  RegistreerRaamovereenkomstDto,
} from './raamovereenkomst.dto.js';

@Injectable()
export class RaamovereenkomstService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly organisaties: OrganisatieCodesService,
  ) {}

  async registreer(principal: Principal, dto: RegistreerRaamovereenkomstDto): Promise<RaamovereenkomstDto> {
    await this.controleerSchrijfscope(principal, dto);
    const fouten = [...controleerInhoud(dto), ...(await this.controleerPartijen(dto))];
    if (fouten.length) throw validatieFout('de raamovereenkomst klopt niet', fouten);

    const id = await this.dataSource.transaction(async (manager) => {
      const contract = await manager.save(
        manager.create(RaamovereenkomstEntity, {
          nummer: dto.nummer,
          naam: dto.naam,
          inkoperId: dto.inkoperId,
          aanbiederId: dto.aanbiederId,
          domein: dto.domein,
          ingangsdatum: dto.ingangsdatum,
          einddatum: dto.einddatum,
          maximaleWaardeCenten: dto.maximaleWaardeCenten,
          oorspronkelijkeWaardeCenten: dto.maximaleWaardeCenten,
          oorspronkelijkeEinddatum: dto.einddatum,
          motiveringLangeLooptijd: dto.motiveringLangeLooptijd ?? null,
          tussentijdseToetreding: dto.tussentijdseToetreding ?? false,
          indexatiemethode:
            dto.indexatiemethode?.map((c) => ({ naam: c.naam, gewicht: c.gewicht.replace(',', '.') })) ?? null,
          gemeenten: [...new Set(dto.gemeenteIds)].map((gid) => ({ id: gid }) as OrganisatieEntity),
        }),
      );
      if (dto.verlengingsopties?.length) {
        await manager.insert(
          VerlengingsoptieEntity,
          dto.verlengingsopties.map((o, i) => ({
            raamovereenkomstId: contract.id,
            volgnummer: i + 1,
            duurMaanden: o.duurMaanden,
          })),
        );
      }
      const segmenten = new Map<string, string>();
      for (const sg of dto.segmenten ?? []) {
        segmenten.set(
          sg.naam,
          (
            await manager.save(
              manager.create(SegmentEntity, {
                raamovereenkomstId: contract.id,
                naam: sg.naam,
                uitvoeringsvariant: sg.uitvoeringsvariant,
              }),
            )
          ).id,
        );
      }
      const codes: ContractProductEntity[] = [];
      for (const p of dto.producten) {
        const product = await manager.save(
          manager.create(ContractProductEntity, {
            raamovereenkomstId: contract.id,
            productcategorie: p.productcategorie,
            productcode: p.productcode,
            uitvoeringsvariant: p.uitvoeringsvariant,
            omschrijving: p.omschrijving,
            segmentId: p.segment ? segmenten.get(p.segment)! : null,
          }),
        );
        codes.push(product);
        if (p.tarieven.length) {
          await manager.insert(
            TariefEntity,
            p.tarieven.map((t) => ({
              contractProductId: product.id,
              eenheid: t.eenheid,
              bedragCenten: t.bedragCenten,
              ingangsdatum: t.ingangsdatum,
              einddatum: t.einddatum ?? null,
              // The build-up is the evidence of the reële prijs floor; the tariff may lie above it (checked in controleerInhoud).
              kostenopbouw: t.kostenopbouw ?? null,
              reelePrijsCenten: t.kostenopbouw ? berekenReelePrijs(t.kostenopbouw, t.eenheid).tarief : null,
            })),
          );
        }
      }
      // Version 1 of the contract's productcodelijst: the codes it was awarded with.
      await manager.save(
        manager.create(ProductcodelijstEntity, {
          raamovereenkomstId: contract.id,
          versie: 1,
          ingangsdatum: dto.ingangsdatum,
          omschrijving: 'Productcodelijst bij registratie',
          producten: codes,
        }),
      );
      const overlap = await overlappingen(manager, [contract.id]);
      await this.audit.log(manager, principal, {
        actie: 'raamovereenkomst.geregistreerd',
        entiteit: 'raamovereenkomst',
        entiteitId: contract.id,
        details: {
          nummer: dto.nummer,
          producten: dto.producten.length,
          ...(overlap.length
            ? {
                overlappingen: overlap.map((o) => ({
                  id: o.raamovereenkomstId,
                  productcodes: o.productcodes,
                  voorrang: o.voorrang,
                })),
              }
            : {}),
        },
      });
      return contract.id;
    });
    return this.haal(principal, id);
  }

  /**
   * An inkoopadviseur registers only as an inkoper in its own scope (its organisatie, its regio, or a deelnemer of
   * it); which gemeenten take part is checked with the partijen (a regio's: its deelnemers). Checked before anything
   * is stored: a contract for an inkoper outside the scope was stored, then answered 404.
   */
  private async controleerSchrijfscope(principal: Principal, dto: RegistreerRaamovereenkomstDto): Promise<void> {
    const scope = await this.scope.organisatiesInScope(principal);
    if (scope !== null && !scope.includes(dto.inkoperId)) {
      throw geenToegang('u registreert alleen raamovereenkomsten voor uw eigen organisatie of regio');
    }
  }

  private async controleerPartijen(dto: RegistreerRaamovereenkomstDto): Promise<VeldFout[]> {
    const ids = [...new Set([dto.inkoperId, dto.aanbiederId, ...dto.gemeenteIds])];
    const organisaties = await this.organisaties.organisatiesVan(this.dataSource.manager, ids);
    const perId = new Map(organisaties.map((o) => [o.id, o]));
    const fouten: VeldFout[] = [];
    const inkoper = perId.get(dto.inkoperId);
    if (!inkoper || inkoper.soort === OrganisatieSoort.Aanbieder)
      fouten.push({ veld: 'inkoperId', reden: 'de inkoper moet een bekende gemeente of regio zijn' });
    if (perId.get(dto.aanbiederId)?.soort !== OrganisatieSoort.Aanbieder)
      fouten.push({ veld: 'aanbiederId', reden: 'dit is geen bekende aanbieder' });
    dto.gemeenteIds.forEach((gid, i) => {
      if (perId.get(gid)?.soort !== OrganisatieSoort.Gemeente)
        fouten.push({ veld: `gemeenteIds[${i}]`, reden: 'dit is geen bekende gemeente' });
    });
    if (inkoper?.soort === OrganisatieSoort.Regio && fouten.length === 0) {
      // A regio contracts for its deelnemers in this domein during (part of) the contract term.
      const lid = new Set(
        await this.organisaties.deelnemersTijdens(
          this.dataSource.manager,
          dto.inkoperId,
          dto.domein,
          dto.ingangsdatum,
          dto.einddatum,
        ),
      );
      dto.gemeenteIds.forEach((gid, i) => {
        if (!lid.has(gid))
          fouten.push({
            veld: `gemeenteIds[${i}]`,
            reden: `deze gemeente neemt in het domein ${dto.domein} niet deel aan de regio tijdens de looptijd`,
          });
      });
    }
    return fouten;
  }

  /** Published query (for sturing's reports): nummer and naam of these raamovereenkomsten; unknown ids are left out. */
  async namenVan(manager: EntityManager, ids: string[]): Promise<{ id: string; nummer: string; naam: string }[]> {
    if (ids.length === 0) return [];
    return (await manager.query(`SELECT id, nummer, naam FROM keten.raamovereenkomst WHERE id = ANY($1::uuid[])`, [
      ids,
    ])) as { id: string; nummer: string; naam: string }[];
  }

  async haal(principal: Principal, id: string): Promise<RaamovereenkomstDto> {
    const [dto] = await this.zoek(principal, { id }, 1, 0);
    if (!dto) throw nietGevonden('raamovereenkomst', id);
    return dto;
  }

  async lijst(principal: Principal, query: RaamovereenkomstLijstQueryDto): Promise<RaamovereenkomstDto[]> {
    return this.zoek(principal, query, query.limiet, query.offset);
  }

  /** The contracts this caller may see (architecture.md 5); also the write scope for inkoopadviseurs. */
  async zichtbareContracten(principal: Principal): Promise<SelectQueryBuilder<RaamovereenkomstEntity>> {
    const qb = this.dataSource.getRepository(RaamovereenkomstEntity).createQueryBuilder('r');
    const scope = await this.scope.organisatiesInScope(principal);
    if (scope !== null) {
      if (principal.rol === Rol.Aanbieder) {
        qb.andWhere('r.aanbieder_id = ANY(:scope)', { scope });
      } else {
        qb.andWhere(
          '(r.inkoper_id = ANY(:scope) OR EXISTS (SELECT 1 FROM keten.raamovereenkomst_gemeente rg WHERE rg.raamovereenkomst_id = r.id AND rg.gemeente_id = ANY(:scope)))',
          { scope },
        );
      }
    }
    return qb;
  }

  /** The contract row itself, when visible to this caller; else 404 (never reveal that it exists). */
  async haalEntiteit(principal: Principal, id: string): Promise<RaamovereenkomstEntity> {
    const contract = await (await this.zichtbareContracten(principal)).andWhere('r.id = :id', { id }).getOne();
    if (!contract) throw nietGevonden('raamovereenkomst', id);
    return contract;
  }

  private async zoek(
    principal: Principal,
    filter: { id?: string } & Partial<RaamovereenkomstLijstQueryDto>,
    limiet: number,
    offset: number,
  ): Promise<RaamovereenkomstDto[]> {
    const qb = (await this.zichtbareContracten(principal))
      .orderBy('r.ingangsdatum', 'DESC')
      .addOrderBy('r.nummer')
      .addOrderBy('r.id')
      .limit(limiet)
      .offset(offset);
    if (filter.id) qb.andWhere('r.id = :id', { id: filter.id });
    if (filter.domein) qb.andWhere('r.domein = :domein', { domein: filter.domein });
    if (filter.peildatum)
      qb.andWhere(':peildatum BETWEEN r.ingangsdatum AND r.einddatum', { peildatum: filter.peildatum });
    if (filter.agbCode)
      qb.andWhere('r.aanbieder_id = ANY(:agbIds)', {
        agbIds: await this.organisaties.idsVan(this.dataSource.manager, { agbCode: filter.agbCode }),
      });
    const contracten = await qb.getMany();
    if (contracten.length === 0) return [];
    return this.vulAan(contracten);
  }

  /** Loads parties, products and tariffs for a page of contracts in four queries, not one per contract. */
  private async vulAan(contracten: RaamovereenkomstEntity[]): Promise<RaamovereenkomstDto[]> {
    const ids = contracten.map((c) => c.id);
    const [producten, tarieven, contractGemeenten, opties, segmenten] = await Promise.all([
      this.dataSource
        .getRepository(ContractProductEntity)
        .createQueryBuilder('p')
        .where('p.raamovereenkomst_id = ANY(:ids)', { ids })
        .orderBy('p.productcode')
        .getMany(),
      this.dataSource
        .getRepository(TariefEntity)
        .createQueryBuilder('t')
        .innerJoin(ContractProductEntity, 'p', 'p.id = t.contract_product_id')
        .where('p.raamovereenkomst_id = ANY(:ids)', { ids })
        // The basisovereenkomst's tariffs in force; corrections' predecessors and deelovereenkomsten have their own endpoints.
        .andWhere('t.vervangen_op IS NULL AND t.deelovereenkomst_id IS NULL')
        .orderBy('t.eenheid')
        .addOrderBy('t.ingangsdatum')
        .getMany(),
      this.dataSource.query(
        `SELECT raamovereenkomst_id, gemeente_id FROM keten.raamovereenkomst_gemeente WHERE raamovereenkomst_id = ANY($1::uuid[])`,
        [ids],
      ) as Promise<{ raamovereenkomst_id: string; gemeente_id: string }[]>,
      this.dataSource
        .getRepository(VerlengingsoptieEntity)
        .createQueryBuilder('v')
        .where('v.raamovereenkomst_id = ANY(:ids)', { ids })
        .orderBy('v.volgnummer')
        .getMany(),
      this.dataSource
        .getRepository(SegmentEntity)
        .createQueryBuilder('s')
        .where('s.raamovereenkomst_id = ANY(:ids)', { ids })
        .orderBy('s.naam')
        .getMany(),
    ]);
    // The parties are the organisaties context's: one published query for all of them, in the order of their naam.
    const partijen = await this.organisaties.organisatiesVan(this.dataSource.manager, [
      ...contracten.flatMap((c) => [c.inkoperId, c.aanbiederId]),
      ...contractGemeenten.map((g) => g.gemeente_id),
    ]);
    const gemeenten = partijen.flatMap((o) =>
      contractGemeenten
        .filter((g) => g.gemeente_id === o.id)
        .map((g) => ({ raamovereenkomst_id: g.raamovereenkomst_id, id: o.id, naam: o.naam, cbs_code: o.cbsCode })),
    );
    const overlap = await overlappingen(this.dataSource, ids);
    const segmentNaam = new Map(segmenten.map((sg) => [sg.id, sg.naam]));
    const org = new Map(partijen.map((o) => [o.id, o]));
    return contracten.map((c) => ({
      id: c.id,
      nummer: c.nummer,
      naam: c.naam,
      inkoper: verwijzing(org.get(c.inkoperId)!, org.get(c.inkoperId)!.cbsCode),
      aanbieder: verwijzing(org.get(c.aanbiederId)!, org.get(c.aanbiederId)!.agbCode),
      gemeenten: gemeenten
        .filter((g) => g.raamovereenkomst_id === c.id)
        .map((g) => ({ id: g.id, naam: g.naam, code: g.cbs_code })),
      domein: c.domein,
      ingangsdatum: c.ingangsdatum,
      einddatum: c.einddatum,
      maximaleWaardeCenten: c.maximaleWaardeCenten,
      oorspronkelijkeWaardeCenten: c.oorspronkelijkeWaardeCenten,
      oorspronkelijkeEinddatum: c.oorspronkelijkeEinddatum,
      maximaleEinddatum: maximaleEinddatum(
        c.oorspronkelijkeEinddatum,
        opties.filter((o) => o.raamovereenkomstId === c.id),
      ),
      verlengingsopties: opties
        .filter((o) => o.raamovereenkomstId === c.id)
        .map((o) => ({
          id: o.id,
          volgnummer: o.volgnummer,
          duurMaanden: o.duurMaanden,
          status: o.status,
          nieuweEinddatum: o.nieuweEinddatum,
        })),
      motiveringLangeLooptijd: c.motiveringLangeLooptijd,
      tussentijdseToetreding: c.tussentijdseToetreding,
      toegetredenTotId: c.toegetredenTotId,
      indexatiemethode: c.indexatiemethode,
      segmenten: segmenten
        .filter((sg) => sg.raamovereenkomstId === c.id)
        .map((sg) => ({ naam: sg.naam, uitvoeringsvariant: sg.uitvoeringsvariant })),
      overlappingen: overlap.filter((o) => o.eigen === c.id).map(({ eigen: _e, ...o }) => o),
      producten: producten
        .filter((p) => p.raamovereenkomstId === c.id)
        .map((p) => ({
          id: p.id,
          productcategorie: p.productcategorie,
          productcode: p.productcode,
          uitvoeringsvariant: p.uitvoeringsvariant,
          omschrijving: p.omschrijving,
          segment: p.segmentId ? (segmentNaam.get(p.segmentId) ?? null) : null,
          tarieven: tarieven
            .filter((t) => t.contractProductId === p.id)
            .map((t) => ({
              id: t.id,
              eenheid: t.eenheid,
              bedragCenten: t.bedragCenten,
              ingangsdatum: t.ingangsdatum,
              einddatum: t.einddatum,
              ...(t.kostenopbouw ? { kostenopbouw: t.kostenopbouw } : {}),
            })),
        })),
    }));
  }
}

const verwijzing = (o: OrganisatieKern, code: string | null) => ({ id: o.id, naam: o.naam, code });

/**
 * Other raamovereenkomsten of the same aanbieder in the same domein, for a shared gemeente and productcode, whose
 * terms overlap, with which one goes first there (CONTRACT_VOORRANG, applied by ContractTariefService).
 */
async function overlappingen(
  bron: DataSource | EntityManager,
  ids: string[],
): Promise<(RaamovereenkomstOverlapDto & { eigen: string })[]> {
  const rijen: {
    eigen: string;
    id: string;
    nummer: string;
    ingangsdatum: string;
    einddatum: string;
    productcodes: string[];
    deze_voor: boolean;
  }[] = await bron.query(
    `SELECT a.id AS eigen, b.id, b.nummer, b.ingangsdatum::text, b.einddatum::text,
            array_agg(DISTINCT pa.productcode ORDER BY pa.productcode) AS productcodes,
            (a.ingangsdatum, a.created_at, a.id::text) > (b.ingangsdatum, b.created_at, b.id::text) AS deze_voor
       FROM keten.raamovereenkomst a
       JOIN keten.raamovereenkomst b ON b.aanbieder_id = a.aanbieder_id AND b.domein = a.domein AND b.id <> a.id
                                    AND b.ingangsdatum <= a.einddatum AND b.einddatum >= a.ingangsdatum
       JOIN keten.contract_product pa ON pa.raamovereenkomst_id = a.id
       JOIN keten.contract_product pb ON pb.raamovereenkomst_id = b.id AND pb.productcode = pa.productcode
      WHERE a.id = ANY($1::uuid[])
        AND EXISTS (SELECT 1 FROM keten.raamovereenkomst_gemeente ga JOIN keten.raamovereenkomst_gemeente gb ON gb.gemeente_id = ga.gemeente_id
                     WHERE ga.raamovereenkomst_id = a.id AND gb.raamovereenkomst_id = b.id)
      GROUP BY a.id, b.id
      ORDER BY b.ingangsdatum, b.nummer`,
    [ids],
  );
  return rijen.map((r) => ({
    eigen: r.eigen,
    raamovereenkomstId: r.id,
    nummer: r.nummer,
    ingangsdatum: r.ingangsdatum,
    einddatum: r.einddatum,
    productcodes: r.productcodes,
    voorrang: r.deze_voor ? 'deze' : 'andere',
  }));
}

/** The latest einddatum the award allows: the original einddatum plus every option that has not lapsed. */
export function maximaleEinddatum(
  oorspronkelijkeEinddatum: string,
  opties: Pick<VerlengingsoptieEntity, 'duurMaanden' | 'status'>[],
): string {
  const maanden = opties
    .filter((o) => o.status !== VerlengingsoptieStatus.Vervallen)
    .reduce((s, o) => s + o.duurMaanden, 0);
  return verlengdTot(oorspronkelijkeEinddatum, maanden);
}

/** A term ending on `einddatum` extended by whole months: 31-12-2029 + 12 → 31-12-2030; 28-02-2029 + 12 → 28-02-2030. */
export function verlengdTot(einddatum: string, maanden: number): string {
  return maanden === 0 ? einddatum : plusDagen(plusMaanden(plusDagen(einddatum, 1), maanden), -1);
}

/**
 * Wmo art. 2.6.6 / Uitvoeringsbesluit Wmo 2015 art. 5.4: the reële prijs computed exactly (whole cents) from the
 * cost build-up is a floor; a tariff above it is legitimate, one below it is not.
 */
export function ondergrensReden(tariefCenten: number, reelePrijsCenten: number): string {
  return `het tarief ${formatEuro(tariefCenten)} ligt onder de reële prijs ${formatEuro(reelePrijsCenten)} die de kostenopbouw geeft (afgerond op hele centen, half van nul af); een tarief op of boven die ondergrens mag`;
}

/** The checks on the document itself, all collected so the caller sees every problem at once. */
export function controleerInhoud(dto: RegistreerRaamovereenkomstDto): VeldFout[] {
  const fouten: VeldFout[] = [];
  if (dto.einddatum < dto.ingangsdatum)
    fouten.push({ veld: 'einddatum', reden: 'einddatum ligt voor de ingangsdatum' });
  // Art. 2.140 Aw: a raamovereenkomst runs at most 48 months, every option included, unless justified.
  const opties = (dto.verlengingsopties ?? []).reduce((s, o) => s + o.duurMaanden, 0);
  if (
    verlengdTot(dto.einddatum, opties) >
      plusDagen(plusMaanden(dto.ingangsdatum, MAXIMALE_LOOPTIJD_ZONDER_MOTIVERING_MAANDEN), -1) &&
    !dto.motiveringLangeLooptijd?.trim()
  ) {
    fouten.push({
      veld: 'motiveringLangeLooptijd',
      reden: `de looptijd tot ${verlengdTot(dto.einddatum, opties)} (verlengingsopties meegeteld) is langer dan 48 maanden: een motivering is verplicht (art. 2.140 Aw)`,
    });
  }
  const segmenten = new Map((dto.segmenten ?? []).map((sg) => [sg.naam, sg]));
  if (segmenten.size !== (dto.segmenten ?? []).length)
    fouten.push({ veld: 'segmenten', reden: 'elke segmentnaam komt één keer voor' });
  if (dto.indexatiemethode?.length) {
    // Weights in percent must add up to exactly 100 (contractstandaard art. 3.2); hundredths of a percent as integers.
    const som = dto.indexatiemethode.reduce((t, c) => t + Math.round(Number(c.gewicht.replace(',', '.')) * 10_000), 0);
    if (som !== 1_000_000) fouten.push({ veld: 'indexatiemethode', reden: 'de gewichten moeten samen 100 zijn' });
  }
  const codes = new Map<string, number>();
  dto.producten.forEach((p, i) => {
    const pad = `producten[${i}]`;
    if (!isProductcategorie(dto.domein, p.productcategorie)) {
      fouten.push({
        veld: `${pad}.productcategorie`,
        reden: `${p.productcategorie} is geen productcategorie van ${dto.domein === Domein.Wmo ? 'WMO020' : 'JZ020'}`,
      });
    }
    const eerder = codes.get(p.productcode);
    if (eerder !== undefined)
      fouten.push({
        veld: `${pad}.productcode`,
        reden: `productcode ${p.productcode} staat ook bij producten[${eerder}]; een code hoort bij één categorie (TR381)`,
      });
    else codes.set(p.productcode, i);
    if (p.segment !== undefined) {
      const sg = segmenten.get(p.segment);
      if (!sg) fouten.push({ veld: `${pad}.segment`, reden: `segment ${p.segment} staat niet in segmenten` });
      else if (sg.uitvoeringsvariant !== p.uitvoeringsvariant)
        fouten.push({
          veld: `${pad}.uitvoeringsvariant`,
          reden: `segment ${sg.naam} wordt ${sg.uitvoeringsvariant} bekostigd; dit product is ${p.uitvoeringsvariant}`,
        });
    }
    const toegestaan = EENHEDEN_PER_VARIANT[p.uitvoeringsvariant];
    if (p.uitvoeringsvariant === Uitvoeringsvariant.Taakgericht && p.tarieven.length) {
      fouten.push({
        veld: `${pad}.tarieven`,
        reden: 'een taakgericht product wordt niet per eenheid bekostigd maar met een budget',
      });
    }
    p.tarieven.forEach((t, j) => {
      const tpad = `${pad}.tarieven[${j}]`;
      if (toegestaan.length && !toegestaan.includes(t.eenheid)) {
        fouten.push({
          veld: `${tpad}.eenheid`,
          reden: `eenheid ${t.eenheid} past niet bij ${p.uitvoeringsvariant} (toegestaan: ${toegestaan.join(', ')})`,
        });
      }
      if (t.kostenopbouw) {
        try {
          const berekend = berekenReelePrijs(t.kostenopbouw, t.eenheid).tarief;
          if (t.bedragCenten < berekend)
            fouten.push({ veld: `${tpad}.bedragCenten`, reden: ondergrensReden(t.bedragCenten, berekend) });
        } catch (e) {
          fouten.push({
            veld: `${tpad}.kostenopbouw`,
            reden: `de kostenopbouw is niet te berekenen: ${(e as Error).message}`,
          });
        }
      }
      const eind = t.einddatum ?? null;
      if (eind !== null && eind < t.ingangsdatum)
        fouten.push({ veld: `${tpad}.einddatum`, reden: 'einddatum ligt voor de ingangsdatum' });
      // An open einddatum means "until further notice", bounded by the contract term itself.
      if (
        t.ingangsdatum < dto.ingangsdatum ||
        t.ingangsdatum > dto.einddatum ||
        (eind !== null && eind > dto.einddatum)
      ) {
        fouten.push({
          veld: tpad,
          reden: `de geldigheid valt buiten de looptijd ${dto.ingangsdatum} t/m ${dto.einddatum}`,
        });
      }
      p.tarieven.slice(0, j).forEach((ander, k) => {
        if (
          ander.eenheid === t.eenheid &&
          periodesOverlappen(
            { begindatum: ander.ingangsdatum, einddatum: ander.einddatum ?? null },
            { begindatum: t.ingangsdatum, einddatum: eind },
          )
        ) {
          fouten.push({ veld: tpad, reden: `overlapt met ${pad}.tarieven[${k}] (zelfde eenheid ${t.eenheid})` });
        }
      });
    });
  });
  return fouten;
}
