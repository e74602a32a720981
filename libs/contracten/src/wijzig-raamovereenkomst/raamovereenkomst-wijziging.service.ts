import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService, conflict, validatieFout, type Principal } from '#keten/platform';
import { OrganisatieCodesService, OrganisatieSoort } from '#keten/organisaties';
import { ContractProductEntity } from '../database/contract-product.entity.js';
import { OnderaannemerEntity } from '../database/onderaannemer.entity.js';
import { RaamovereenkomstEntity } from '../database/raamovereenkomst.entity.js';
import { SegmentEntity } from '../database/segment.entity.js';
import { TariefBron, TariefEntity } from '../database/tarief.entity.js';
import { VerlengingsoptieEntity, VerlengingsoptieStatus } from '../database/verlengingsoptie.entity.js';
import type { RaamovereenkomstDto } from '../registreer-raamovereenkomst/raamovereenkomst.dto.js';
import { RaamovereenkomstService, verlengdTot } from '../registreer-raamovereenkomst/raamovereenkomst.service.js';
import { ContractbewakingService } from './contractbewaking.service.js';
import type {
  LichtVerlengingsoptieDto,
  OnderaannemerDto,
  RegistreerOnderaannemerDto,
  TreedToeDto,
  WijzigRaamovereenkomstDto,
} from './raamovereenkomst-wijziging.dto.js';

/** Changes to a running raamovereenkomst: every one audited, a possible wezenlijke wijziging only when confirmed. */
@Injectable()
export class RaamovereenkomstWijzigingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly raamovereenkomsten: RaamovereenkomstService,
    private readonly bewaking: ContractbewakingService,
    private readonly audit: AuditService,
    private readonly organisaties: OrganisatieCodesService,
  ) {}

  async wijzig(principal: Principal, contractId: string, dto: WijzigRaamovereenkomstDto): Promise<RaamovereenkomstDto> {
    const contract = await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    const nieuw = {
      naam: dto.naam ?? contract.naam,
      maximaleWaardeCenten: dto.maximaleWaardeCenten ?? contract.maximaleWaardeCenten,
      einddatum: dto.einddatum ?? contract.einddatum,
      motiveringLangeLooptijd: dto.motiveringLangeLooptijd ?? contract.motiveringLangeLooptijd,
    };
    if (nieuw.einddatum < contract.ingangsdatum)
      throw validatieFout('de wijziging klopt niet', [
        { veld: 'einddatum', reden: 'einddatum ligt voor de ingangsdatum' },
      ]);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT id FROM keten.raamovereenkomst WHERE id = $1 FOR UPDATE`, [contract.id]);
      // Only a change of value or term can be a wezenlijke wijziging (art. 2.163b–2.163f); a rename after one that
      // was confirmed earlier is not flagged again.
      const raaktWaardeOfTermijn =
        nieuw.maximaleWaardeCenten !== contract.maximaleWaardeCenten || nieuw.einddatum !== contract.einddatum;
      const bevindingen = raaktWaardeOfTermijn
        ? await this.bewaking.bewaak(
            manager,
            principal,
            { ...contract, motiveringLangeLooptijd: nieuw.motiveringLangeLooptijd },
            { waarde: nieuw.maximaleWaardeCenten, einddatum: nieuw.einddatum },
            dto.bevestigWezenlijkeWijziging,
            'raamovereenkomst',
          )
        : [];
      await manager.update(RaamovereenkomstEntity, { id: contract.id }, nieuw);
      await this.audit.log(manager, principal, {
        actie: 'raamovereenkomst.gewijzigd',
        entiteit: 'raamovereenkomst',
        entiteitId: contract.id,
        details: {
          voor: {
            naam: contract.naam,
            maximaleWaardeCenten: contract.maximaleWaardeCenten,
            einddatum: contract.einddatum,
            motiveringLangeLooptijd: contract.motiveringLangeLooptijd,
          },
          na: nieuw,
          bevindingen: bevindingen.map((b) => b.code),
        },
      });
    });
    return this.raamovereenkomsten.haal(principal, contractId);
  }

  /** Exercises the next extension option (in order): the einddatum moves by its months. */
  async licht(principal: Principal, contractId: string, dto: LichtVerlengingsoptieDto): Promise<RaamovereenkomstDto> {
    const contract = await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT id FROM keten.raamovereenkomst WHERE id = $1 FOR UPDATE`, [contract.id]);
      const open = await manager.find(VerlengingsoptieEntity, {
        where: { raamovereenkomstId: contract.id, status: VerlengingsoptieStatus.Open },
        order: { volgnummer: 'ASC' },
      });
      const optie = open[0];
      if (!optie) throw conflict('deze raamovereenkomst heeft geen open verlengingsoptie meer');
      if (dto.volgnummer !== undefined && dto.volgnummer !== optie.volgnummer)
        throw conflict(`verlengingsopties worden op volgorde gelicht; de volgende is optie ${optie.volgnummer}`);
      const actueel = await manager.findOneByOrFail(RaamovereenkomstEntity, { id: contract.id });
      const nieuweEinddatum = verlengdTot(actueel.einddatum, optie.duurMaanden);
      await manager.update(
        VerlengingsoptieEntity,
        { id: optie.id },
        { status: VerlengingsoptieStatus.Gelicht, nieuweEinddatum, gelichtDoor: principal.actor },
      );
      await manager.update(RaamovereenkomstEntity, { id: contract.id }, { einddatum: nieuweEinddatum });
      await this.audit.log(manager, principal, {
        actie: 'raamovereenkomst.verlengd',
        entiteit: 'raamovereenkomst',
        entiteitId: contract.id,
        details: {
          volgnummer: optie.volgnummer,
          duurMaanden: optie.duurMaanden,
          van: actueel.einddatum,
          tot: nieuweEinddatum,
        },
      });
    });
    return this.raamovereenkomsten.haal(principal, contractId);
  }

  async registreerOnderaannemer(
    principal: Principal,
    contractId: string,
    dto: RegistreerOnderaannemerDto,
  ): Promise<OnderaannemerDto> {
    const contract = await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    const [aanbieder] = await this.organisaties.organisatiesVan(this.dataSource.manager, [dto.aanbiederId]);
    if (aanbieder?.soort !== OrganisatieSoort.Aanbieder)
      throw validatieFout('onbekende onderaannemer', [{ veld: 'aanbiederId', reden: 'dit is geen bekende aanbieder' }]);
    if (aanbieder.id === contract.aanbiederId)
      throw validatieFout('onderaannemer klopt niet', [
        { veld: 'aanbiederId', reden: 'de hoofdaannemer kan niet zijn eigen onderaannemer zijn' },
      ]);
    if (
      (dto.einddatum ?? contract.einddatum) < dto.ingangsdatum ||
      dto.ingangsdatum < contract.ingangsdatum ||
      (dto.einddatum ?? contract.einddatum) > contract.einddatum
    ) {
      throw validatieFout('onderaannemer klopt niet', [
        {
          veld: 'ingangsdatum',
          reden: `de periode moet binnen de looptijd ${contract.ingangsdatum} t/m ${contract.einddatum} liggen`,
        },
      ]);
    }
    const id = await this.dataSource.transaction(async (manager) => {
      const o = await manager.save(
        manager.create(OnderaannemerEntity, {
          raamovereenkomstId: contract.id,
          aanbiederId: aanbieder.id,
          ingangsdatum: dto.ingangsdatum,
          einddatum: dto.einddatum ?? null,
        }),
      );
      await this.audit.log(manager, principal, {
        actie: 'onderaannemer.geregistreerd',
        entiteit: 'raamovereenkomst',
        entiteitId: contract.id,
        details: { aanbiederId: aanbieder.id, ingangsdatum: dto.ingangsdatum },
      });
      return o.id;
    });
    return (await this.onderaannemers(principal, contractId)).find((o) => o.id === id)!;
  }

  async onderaannemers(principal: Principal, contractId: string): Promise<OnderaannemerDto[]> {
    await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    const rijen = await this.dataSource
      .getRepository(OnderaannemerEntity)
      .find({ where: { raamovereenkomstId: contractId }, order: { ingangsdatum: 'ASC' } });
    // Names and AGB codes are the organisaties context's (its published query).
    const aanbieder = new Map(
      (
        await this.organisaties.organisatiesVan(
          this.dataSource.manager,
          rijen.map((o) => o.aanbiederId),
        )
      ).map((o) => [o.id, o]),
    );
    return rijen.map((o) => ({
      id: o.id,
      aanbiederId: o.aanbiederId,
      naam: aanbieder.get(o.aanbiederId)!.naam,
      agbCode: aanbieder.get(o.aanbiederId)!.agbCode,
      ingangsdatum: o.ingangsdatum,
      einddatum: o.einddatum,
    }));
  }

  /**
   * Tussentijdse toetreding: an aanbieder joins during the term on the same products and tariffs, as its own
   * raamovereenkomst from ingangsdatum to the current einddatum (the open options carry over).
   */
  async treedToe(principal: Principal, contractId: string, dto: TreedToeDto): Promise<RaamovereenkomstDto> {
    const contract = await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    if (!contract.tussentijdseToetreding)
      throw conflict('deze raamovereenkomst staat geen tussentijdse toetreding toe');
    if (dto.ingangsdatum < contract.ingangsdatum || dto.ingangsdatum > contract.einddatum) {
      throw validatieFout('toetreding klopt niet', [
        {
          veld: 'ingangsdatum',
          reden: `moet binnen de looptijd ${contract.ingangsdatum} t/m ${contract.einddatum} liggen`,
        },
      ]);
    }
    const [producten, tarieven, segmenten, opties, gemeenten] = await Promise.all([
      this.dataSource.getRepository(ContractProductEntity).findBy({ raamovereenkomstId: contract.id }),
      this.dataSource
        .getRepository(TariefEntity)
        .createQueryBuilder('t')
        .innerJoin(ContractProductEntity, 'p', 'p.id = t.contract_product_id')
        .where('p.raamovereenkomst_id = :id AND t.vervangen_op IS NULL AND t.deelovereenkomst_id IS NULL', {
          id: contract.id,
        })
        .andWhere('(t.einddatum IS NULL OR t.einddatum >= :d)', { d: dto.ingangsdatum })
        .orderBy('t.ingangsdatum')
        .getMany(),
      this.dataSource.getRepository(SegmentEntity).findBy({ raamovereenkomstId: contract.id }),
      this.dataSource.getRepository(VerlengingsoptieEntity).find({
        where: { raamovereenkomstId: contract.id, status: VerlengingsoptieStatus.Open },
        order: { volgnummer: 'ASC' },
      }),
      this.dataSource.query(`SELECT gemeente_id FROM keten.raamovereenkomst_gemeente WHERE raamovereenkomst_id = $1`, [
        contract.id,
      ]) as Promise<{ gemeente_id: string }[]>,
    ]);
    const segmentNaam = new Map(segmenten.map((sg) => [sg.id, sg.naam]));
    const nieuw = await this.raamovereenkomsten.registreer(principal, {
      nummer: dto.nummer,
      naam: contract.naam,
      inkoperId: contract.inkoperId,
      aanbiederId: dto.aanbiederId,
      gemeenteIds: gemeenten.map((g) => g.gemeente_id),
      domein: contract.domein,
      ingangsdatum: dto.ingangsdatum,
      einddatum: contract.einddatum,
      maximaleWaardeCenten: contract.maximaleWaardeCenten,
      ...(contract.motiveringLangeLooptijd ? { motiveringLangeLooptijd: contract.motiveringLangeLooptijd } : {}),
      tussentijdseToetreding: true,
      ...(contract.indexatiemethode ? { indexatiemethode: contract.indexatiemethode } : {}),
      segmenten: segmenten.map((sg) => ({ naam: sg.naam, uitvoeringsvariant: sg.uitvoeringsvariant })),
      verlengingsopties: opties.map((o) => ({ duurMaanden: o.duurMaanden })),
      producten: producten.map((p) => ({
        productcategorie: p.productcategorie,
        productcode: p.productcode,
        uitvoeringsvariant: p.uitvoeringsvariant,
        omschrijving: p.omschrijving,
        ...(p.segmentId ? { segment: segmentNaam.get(p.segmentId)! } : {}),
        tarieven: tarieven
          .filter((t) => t.contractProductId === p.id)
          .map((t) => ({
            eenheid: t.eenheid,
            bedragCenten: t.bedragCenten,
            ingangsdatum: t.ingangsdatum < dto.ingangsdatum ? dto.ingangsdatum : t.ingangsdatum,
            einddatum: t.einddatum,
            ...(t.kostenopbouw ? { kostenopbouw: t.kostenopbouw } : {}),
          })),
      })),
    });
    await this.dataSource.transaction(async (manager) => {
      await manager.update(RaamovereenkomstEntity, { id: nieuw.id }, { toegetredenTotId: contract.id });
      await manager.query(
        `UPDATE keten.tarief SET bron = $1 WHERE contract_product_id IN (SELECT id FROM keten.contract_product WHERE raamovereenkomst_id = $2)`,
        [TariefBron.Toetreding, nieuw.id],
      );
      await this.audit.log(manager, principal, {
        actie: 'raamovereenkomst.toetreding',
        entiteit: 'raamovereenkomst',
        entiteitId: contract.id,
        details: { nieuweRaamovereenkomstId: nieuw.id, aanbiederId: dto.aanbiederId, ingangsdatum: dto.ingangsdatum },
      });
    });
    return this.raamovereenkomsten.haal(principal, nieuw.id);
  }
}
