import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import {
  alsDecimaal,
  berekenIndexatiepercentage,
  IndexatieParameterError,
  indexeer,
  pasIndexatieToe,
  type IndexatieParameters,
  type IndexatieRij,
  type Tarief,
} from '#keten/domain';
import { ContractGewijzigdJob } from '../wijzig-raamovereenkomst/contract-gewijzigd.job.js';
import {
  AuditService,
  conflict,
  JobOutboxService,
  KetenFout,
  nietGevonden,
  QueueName,
  validatieFout,
  type PaginaQueryDto,
  type Principal,
} from '#keten/platform';
import { BudgetEntity } from '../database/budget.entity.js';
import { ContractProductEntity } from '../database/contract-product.entity.js';
import { DeelovereenkomstEntity } from '../database/deelovereenkomst.entity.js';
import { IndexatieEntity, IndexatieStatus } from '../database/indexatie.entity.js';
import { IndexatieRegelEntity } from '../database/indexatie-regel.entity.js';
import { TariefBron, TariefEntity } from '../database/tarief.entity.js';
import { BudgetService } from '../budgetten/budget.service.js';
import { RaamovereenkomstService } from '../registreer-raamovereenkomst/raamovereenkomst.service.js';
import type {
  IndexatieDto,
  IndexatieVoorContractDto,
  VraagIndexatieAanDto,
  VraagIndexatieAanVoorInkoperDto,
} from './indexatie.dto.js';
import { IndexatieBerekenJob, IndexatieToepassenJob } from './indexatie.job.js';

class PreviewVerouderd extends Error {}

type NieuweRegel = Pick<
  IndexatieRegelEntity,
  'indexatieId' | 'tariefId' | 'budgetId' | 'omschrijving' | 'oudCenten' | 'nieuwCenten' | 'ingangsdatum'
>;

/**
 * Yearly indexation of a contract's tariffs and lumpsum budgets from 1 January (contractstandaard art. 3.2), as
 * queued work: a request computes a preview of every old and new amount; an inkoopadviseur applies it, which
 * ends each old version on 31 December and starts a new one (never an overwrite). Both steps are idempotent:
 * their job ids come from the indexatie, they act only in the expected status, and a second indexatie for the
 * same year finds everything already indexed (the domain skips versions starting on 1 January).
 */
@Injectable()
export class IndexatieService {
  private readonly logger = new Logger(IndexatieService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly raamovereenkomsten: RaamovereenkomstService,
    private readonly budgetten: BudgetService,
    private readonly outbox: JobOutboxService,
    private readonly audit: AuditService,
  ) {}

  async vraagAan(principal: Principal, contractId: string, dto: VraagIndexatieAanDto): Promise<IndexatieDto> {
    const contract = await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    const parameters: IndexatieParameters = {
      jaar: dto.jaar,
      componenten: dto.componenten.map((c) => ({
        naam: c.naam,
        gewicht: c.gewicht.replace(',', '.'),
        prognose: c.prognose.replace(',', '.'),
        ...(c.correctie
          ? {
              correctie: {
                definitief: c.correctie.definitief.replace(',', '.'),
                eerderePrognose: c.correctie.eerderePrognose.replace(',', '.'),
              },
            }
          : {}),
      })),
    };
    try {
      berekenIndexatiepercentage(parameters);
    } catch (e) {
      if (e instanceof IndexatieParameterError)
        throw validatieFout('de indexatieparameters kloppen niet', [{ veld: 'componenten', reden: e.message }]);
      throw e;
    }
    if (contract.indexatiemethode) {
      const afgesproken = contract.indexatiemethode
        .map((c) => `${c.naam}:${c.gewicht}`)
        .sort()
        .join(', ');
      const gevraagd = parameters.componenten
        .map((c) => `${c.naam}:${c.gewicht}`)
        .sort()
        .join(', ');
      if (afgesproken !== gevraagd) {
        throw validatieFout('de indexatiemethode wijkt af van de afgesproken methode', [
          {
            veld: 'componenten',
            reden: `afgesproken is ${afgesproken}, gevraagd ${gevraagd}; de methode tijdens de looptijd wijzigen kan een wezenlijke wijziging zijn (contractstandaard art. 3.2)`,
          },
        ]);
      }
    }
    const id = await this.dataSource.transaction(async (manager) => {
      const ix = await manager.save(
        manager.create(IndexatieEntity, {
          raamovereenkomstId: contract.id,
          jaar: dto.jaar,
          parameters,
          aangevraagdDoor: principal.actor,
        }),
      );
      await this.outbox.stage(
        manager,
        QueueName.Indexatie,
        IndexatieBerekenJob.naam,
        IndexatieBerekenJob.jobId(ix.id),
        { indexatieId: ix.id },
      );
      await this.audit.log(manager, principal, {
        actie: 'indexatie.aangevraagd',
        entiteit: 'raamovereenkomst',
        entiteitId: contract.id,
        details: { indexatieId: ix.id, parameters },
      });
      return ix.id;
    });
    return this.haal(principal, contractId, id, { limiet: 100, offset: 0 });
  }

  /**
   * Indexation per regio (or gemeente): one indexatie per raamovereenkomst of that inkoper that runs from before
   * 1 January into the year, each with its own preview and application. A contract whose agreed method differs is
   * reported, not indexed.
   */
  async vraagAanVoorInkoper(
    principal: Principal,
    dto: VraagIndexatieAanVoorInkoperDto,
  ): Promise<IndexatieVoorContractDto[]> {
    const qb = (await this.raamovereenkomsten.zichtbareContracten(principal))
      .andWhere('r.inkoper_id = :inkoper', { inkoper: dto.inkoperId })
      .andWhere('r.ingangsdatum <= :peil AND r.einddatum >= :start', {
        peil: `${dto.jaar - 1}-12-31`,
        start: `${dto.jaar}-01-01`,
      })
      .orderBy('r.nummer');
    if (dto.domein) qb.andWhere('r.domein = :domein', { domein: dto.domein });
    const uit: IndexatieVoorContractDto[] = [];
    for (const c of await qb.getMany()) {
      try {
        uit.push({
          raamovereenkomstId: c.id,
          nummer: c.nummer,
          indexatie: await this.vraagAan(principal, c.id, { jaar: dto.jaar, componenten: dto.componenten }),
          fout: null,
        });
      } catch (e) {
        if (!(e instanceof KetenFout)) throw e;
        uit.push({
          raamovereenkomstId: c.id,
          nummer: c.nummer,
          indexatie: null,
          fout: [e.message, ...e.fouten.map((f) => f.reden)].join(': '),
        });
      }
    }
    return uit;
  }

  /** Job: computes the preview rows. Acts only in status berekenen; a redelivery recomputes the same rows. */
  async bereken(indexatieId: string): Promise<void> {
    const ix = await this.dataSource.getRepository(IndexatieEntity).findOneBy({ id: indexatieId });
    if (!ix || ix.status !== IndexatieStatus.Berekenen) return;
    let percentage: string;
    let regels: NieuweRegel[];
    try {
      percentage = alsDecimaal(berekenIndexatiepercentage(ix.parameters).percentage);
      regels = await this.previewRegels(ix);
    } catch (e) {
      if (e instanceof IndexatieParameterError) return this.mislukt(ix.id, e.message);
      throw e;
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(IndexatieRegelEntity, { indexatieId: ix.id });
      for (let i = 0; i < regels.length; i += 1000)
        await manager.insert(IndexatieRegelEntity, regels.slice(i, i + 1000));
      await manager.update(
        IndexatieEntity,
        { id: ix.id, status: IndexatieStatus.Berekenen },
        { status: IndexatieStatus.Preview, percentage, fout: null },
      );
    });
  }

  private async previewRegels(ix: IndexatieEntity): Promise<NieuweRegel[]> {
    const tarieven = (await this.dataSource
      .getRepository(TariefEntity)
      .createQueryBuilder('t')
      .innerJoinAndMapOne('t.product', ContractProductEntity, 'p', 'p.id = t.contract_product_id')
      .where('p.raamovereenkomst_id = :id AND t.vervangen_op IS NULL', { id: ix.raamovereenkomstId })
      .getMany()) as (TariefEntity & { product: ContractProductEntity })[];
    const deelNamen = new Map(
      (
        await this.dataSource
          .getRepository(DeelovereenkomstEntity)
          .findBy({ raamovereenkomstId: ix.raamovereenkomstId })
      ).map((d) => [d.id, d.naam]),
    );
    const perId = new Map(tarieven.map((t) => [t.id, t]));
    const perScope = new Map<string, Tarief[]>();
    for (const t of tarieven) {
      const scope = t.deelovereenkomstId ?? '';
      // The product id keeps keys unique within a scope; the domain groups versions by this key.
      perScope.set(scope, [
        ...(perScope.get(scope) ?? []),
        {
          tariefId: t.id,
          productCategorie: t.product.productcategorie,
          productCode: t.contractProductId,
          eenheid: t.eenheid,
          bedrag: t.bedragCenten,
          ingangsdatum: t.ingangsdatum,
          einddatum: t.einddatum,
        },
      ]);
    }
    const regels: NieuweRegel[] = [];
    for (const groep of perScope.values()) {
      for (const r of indexeer(groep, ix.parameters)) {
        const t = perId.get(r.tariefId)!;
        const deel = t.deelovereenkomstId ? ` (deelovereenkomst ${deelNamen.get(t.deelovereenkomstId)})` : '';
        regels.push({
          indexatieId: ix.id,
          tariefId: t.id,
          budgetId: null,
          omschrijving: `${t.product.productcategorie}/${t.product.productcode} eenheid ${t.eenheid}${deel}`,
          oudCenten: r.oud,
          nieuwCenten: r.nieuw,
          ingangsdatum: r.ingangsdatum,
        });
      }
    }
    const budgetten = await this.dataSource
      .getRepository(BudgetEntity)
      .findBy({ raamovereenkomstId: ix.raamovereenkomstId });
    const budgetPerId = new Map(budgetten.map((b) => [b.id, b]));
    const alsTarief = budgetten.map((b): Tarief => ({
      tariefId: b.id,
      productCategorie: 'budget',
      productCode: b.reeksId,
      eenheid: null,
      bedrag: b.jaarbedragCenten,
      ingangsdatum: b.ingangsdatum,
      einddatum: b.einddatum,
    }));
    for (const r of indexeer(alsTarief, ix.parameters)) {
      regels.push({
        indexatieId: ix.id,
        tariefId: null,
        budgetId: r.tariefId,
        omschrijving: `${budgetPerId.get(r.tariefId)!.soort}budget ${budgetPerId.get(r.tariefId)!.omschrijving} per jaar`,
        oudCenten: r.oud,
        nieuwCenten: r.nieuw,
        ingangsdatum: r.ingangsdatum,
      });
    }
    return regels;
  }

  async vraagToepassingAan(principal: Principal, contractId: string, indexatieId: string): Promise<IndexatieDto> {
    await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    await this.dataSource.transaction(async (manager) => {
      const ix = await manager.findOne(IndexatieEntity, {
        where: { id: indexatieId, raamovereenkomstId: contractId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!ix) throw nietGevonden('indexatie', indexatieId);
      // Applying twice changes nothing: a second request while queued or after applying is answered with the status.
      if (ix.status === IndexatieStatus.Toepassen || ix.status === IndexatieStatus.Toegepast) return;
      if (ix.status !== IndexatieStatus.Preview)
        throw conflict(`de indexatie heeft status ${ix.status}; alleen een preview kan worden toegepast`);
      await manager.update(
        IndexatieEntity,
        { id: ix.id },
        { status: IndexatieStatus.Toepassen, toegepastDoor: principal.actor },
      );
      await this.outbox.stage(
        manager,
        QueueName.Indexatie,
        IndexatieToepassenJob.naam,
        IndexatieToepassenJob.jobId(ix.id),
        { indexatieId: ix.id },
      );
      await this.audit.log(manager, principal, {
        actie: 'indexatie.toepassen-aangevraagd',
        entiteit: 'raamovereenkomst',
        entiteitId: contractId,
        details: { indexatieId: ix.id, jaar: ix.jaar },
      });
    });
    return this.haal(principal, contractId, indexatieId, { limiet: 100, offset: 0 });
  }

  /** Job: writes the new versions in one transaction, or nothing when the preview no longer matches the data. */
  async pasToe(indexatieId: string): Promise<void> {
    const ix = await this.dataSource.getRepository(IndexatieEntity).findOneBy({ id: indexatieId });
    if (!ix || ix.status !== IndexatieStatus.Toepassen) return;
    try {
      await this.dataSource.transaction(async (manager) => {
        // One writer per contract at a time: an upload or a second indexatie waits for this one.
        await manager.query(`SELECT id FROM keten.raamovereenkomst WHERE id = $1 FOR UPDATE`, [ix.raamovereenkomstId]);
        const vers = await manager.findOne(IndexatieEntity, {
          where: { id: ix.id },
          lock: { mode: 'pessimistic_write' },
        });
        if (vers?.status !== IndexatieStatus.Toepassen) return;
        const regels = await manager.findBy(IndexatieRegelEntity, { indexatieId: ix.id });
        const einde = `${ix.jaar - 1}-12-31`;
        const nieuweVersie = new Map<string, string>();

        const tariefRegels = regels.filter((r) => r.tariefId);
        const tarieven = tariefRegels.length
          ? await manager.findBy(TariefEntity, { id: In(tariefRegels.map((r) => r.tariefId!)) })
          : [];
        const tariefPerId = new Map(tarieven.map((t) => [t.id, t]));
        const rijen: IndexatieRij[] = [];
        for (const r of tariefRegels) {
          const t = tariefPerId.get(r.tariefId!);
          if (!t || t.vervangenOp || (t.einddatum !== null && t.einddatum < r.ingangsdatum))
            throw new PreviewVerouderd(`tarief ${r.omschrijving} is na de preview gewijzigd`);
          rijen.push({
            tariefId: t.id,
            oud: r.oudCenten,
            nieuw: r.nieuwCenten,
            percentage: ix.percentage ?? '',
            ingangsdatum: r.ingangsdatum,
          });
        }
        const domein = tarieven.map((t): Tarief => ({
          tariefId: t.id,
          productCategorie: '',
          productCode: t.contractProductId,
          eenheid: t.eenheid,
          bedrag: t.bedragCenten,
          ingangsdatum: t.ingangsdatum,
          einddatum: t.einddatum,
        }));
        const uit = pasIndexatieToe(domein, rijen, (rij) => {
          const id = randomUUID();
          nieuweVersie.set(rij.tariefId, id);
          return id;
        });
        const nieuw = uit.filter((t) => [...nieuweVersie.values()].includes(t.tariefId));
        if (tarieven.length)
          await manager.query(`UPDATE keten.tarief SET einddatum = $1 WHERE id = ANY($2::uuid[])`, [
            einde,
            tarieven.map((t) => t.id),
          ]);
        const oudVan = new Map([...nieuweVersie].map(([oud, n]) => [n, tariefPerId.get(oud)!]));
        const invoegen = nieuw.map((n) => {
          const oud = oudVan.get(n.tariefId)!;
          // The build-up explains the old amount; the indexed version follows from it via vorigeVersieId.
          return {
            id: n.tariefId,
            contractProductId: oud.contractProductId,
            deelovereenkomstId: oud.deelovereenkomstId,
            eenheid: oud.eenheid,
            bedragCenten: n.bedrag,
            ingangsdatum: n.ingangsdatum,
            einddatum: n.einddatum,
            kostenopbouw: null,
            reelePrijsCenten: null,
            vorigeVersieId: oud.id,
            bron: TariefBron.Indexatie,
          };
        });
        for (let i = 0; i < invoegen.length; i += 1000) await manager.insert(TariefEntity, invoegen.slice(i, i + 1000));

        for (const r of regels.filter((r) => r.budgetId)) {
          const b = await manager.findOneBy(BudgetEntity, { id: r.budgetId! });
          if (!b || b.jaarbedragCenten !== r.oudCenten || b.einddatum < r.ingangsdatum)
            throw new PreviewVerouderd(`budget ${r.omschrijving} is na de preview gewijzigd`);
          const oudeEinddatum = b.einddatum;
          await this.budgetten.beeindig(manager, b, einde);
          const { id: _id, createdAt: _c, ...velden } = b;
          const nb = await manager.save(
            manager.create(BudgetEntity, {
              ...velden,
              jaarbedragCenten: r.nieuwCenten,
              ingangsdatum: r.ingangsdatum,
              einddatum: oudeEinddatum,
              vorigeVersieId: b.id,
              bron: TariefBron.Indexatie,
            }),
          );
          await this.budgetten.planTermijnen(manager, nb);
          nieuweVersie.set(b.id, nb.id);
        }
        for (const r of regels) {
          await manager.update(
            IndexatieRegelEntity,
            { id: r.id },
            { nieuweVersieId: nieuweVersie.get(r.tariefId ?? r.budgetId!) ?? null },
          );
        }
        await manager.update(
          IndexatieEntity,
          { id: ix.id },
          { status: IndexatieStatus.Toegepast, toegepastOp: new Date() },
        );
        // The indexed tariffs and budgets reprice the contract's verplichtingen (sturing, after commit).
        await this.outbox.stage(
          manager,
          QueueName.Sturing,
          ContractGewijzigdJob.naam,
          ContractGewijzigdJob.jobId(`indexatie-${ix.id}`),
          { raamovereenkomstId: ix.raamovereenkomstId },
        );
        await this.audit.log(
          manager,
          { actor: vers.toegepastDoor ?? 'worker', rol: 'worker' },
          {
            actie: 'indexatie.toegepast',
            entiteit: 'raamovereenkomst',
            entiteitId: ix.raamovereenkomstId,
            details: {
              indexatieId: ix.id,
              jaar: ix.jaar,
              percentage: ix.percentage,
              tarieven: tariefRegels.length,
              budgetten: regels.length - tariefRegels.length,
            },
          },
        );
      });
    } catch (e) {
      if (e instanceof PreviewVerouderd || e instanceof IndexatieParameterError)
        return this.mislukt(ix.id, `${e.message}; niets is toegepast, vraag een nieuwe preview aan`);
      throw e;
    }
  }

  private async mislukt(id: string, fout: string): Promise<void> {
    this.logger.warn(`indexatie ${id} mislukt: ${fout}`);
    await this.dataSource.getRepository(IndexatieEntity).update({ id }, { status: IndexatieStatus.Mislukt, fout });
  }

  async haal(
    principal: Principal,
    contractId: string,
    indexatieId: string,
    pagina: Pick<PaginaQueryDto, 'limiet' | 'offset'>,
  ): Promise<IndexatieDto> {
    await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    const ix = await this.dataSource
      .getRepository(IndexatieEntity)
      .findOneBy({ id: indexatieId, raamovereenkomstId: contractId });
    if (!ix) throw nietGevonden('indexatie', indexatieId);
    const [regels, aantal] = await this.dataSource.getRepository(IndexatieRegelEntity).findAndCount({
      where: { indexatieId },
      order: { omschrijving: 'ASC', id: 'ASC' },
      take: pagina.limiet,
      skip: pagina.offset,
    });
    return {
      ...this.naarDto(ix, aantal),
      regels: regels.map((r) => ({
        tariefId: r.tariefId,
        budgetId: r.budgetId,
        omschrijving: r.omschrijving,
        oudCenten: r.oudCenten,
        nieuwCenten: r.nieuwCenten,
        ingangsdatum: r.ingangsdatum,
        nieuweVersieId: r.nieuweVersieId,
      })),
    };
  }

  async lijst(principal: Principal, contractId: string): Promise<IndexatieDto[]> {
    await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    const rijen = await this.dataSource
      .getRepository(IndexatieEntity)
      .find({ where: { raamovereenkomstId: contractId }, order: { createdAt: 'DESC' } });
    const tellingen: { indexatie_id: string; n: number }[] = rijen.length
      ? await this.dataSource.query(
          `SELECT indexatie_id, count(*)::int AS n FROM keten.indexatie_regel WHERE indexatie_id = ANY($1::uuid[]) GROUP BY indexatie_id`,
          [rijen.map((r) => r.id)],
        )
      : [];
    const n = new Map(tellingen.map((t) => [t.indexatie_id, t.n]));
    return rijen.map((ix) => ({ ...this.naarDto(ix, n.get(ix.id) ?? 0), regels: [] }));
  }

  private naarDto(ix: IndexatieEntity, aantal: number): Omit<IndexatieDto, 'regels'> {
    return {
      id: ix.id,
      raamovereenkomstId: ix.raamovereenkomstId,
      jaar: ix.jaar,
      status: ix.status,
      percentage: ix.percentage,
      componenten: ix.parameters.componenten,
      fout: ix.fout,
      aantalRegels: aantal,
      toegepastOp: ix.toegepastOp ? ix.toegepastOp.toISOString() : null,
    };
  }
}
