import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, Not } from 'typeorm';
import { vandaag, verantwoordingsschema, type Verantwoordingsmoment } from '#keten/domain';
import { AuditService, conflict, nietGevonden, validatieFout, type Principal, type VeldFout } from '#keten/platform';
import { BudgetEntity } from '../database/budget.entity.js';
import { TermijnEntity, TermijnStatus } from '../database/termijn.entity.js';
import { VerantwoordingEntity, VerantwoordingStatus } from '../database/verantwoording.entity.js';
import { RaamovereenkomstService } from '../registreer-raamovereenkomst/raamovereenkomst.service.js';
import type {
  BeoordeelVerantwoordingDto,
  DienVerantwoordingInDto,
  HoudTermijnVastDto,
  VerantwoordingDto,
} from './verantwoording.dto.js';

function momenten(b: BudgetEntity): Verantwoordingsmoment[] {
  return verantwoordingsschema({
    model: 'subsidie',
    budget: b.jaarbedragCenten,
    periode: { begindatum: b.ingangsdatum, einddatum: b.einddatum },
    voorwaarden: [],
    termijnen: b.betaalafspraak,
    verantwoording: b.verantwoording,
  });
}

function naarDto(v: VerantwoordingEntity, vrijgegeven: string[] = []): VerantwoordingDto {
  return {
    id: v.id,
    budgetId: v.budgetId,
    periodeBegindatum: v.periodeBegindatum,
    periodeEinddatum: v.periodeEinddatum,
    indicatoren: v.indicatoren,
    toelichting: v.toelichting,
    status: v.status,
    ingediendOp: v.ingediendOp,
    beoordeeldOp: v.beoordeeldOp,
    beoordelingToelichting: v.beoordelingToelichting,
    vrijgegevenTermijnen: vrijgegeven,
  };
}

/**
 * Verantwoording of taakgerichte budgets and subsidies (inkoop-en-contracten.md 4–5): the aanbieder submits the
 * agreed outcome indicators per period, the inkoopadviseur accepts or asks for more, and a termijn held for a
 * period's verantwoording is released when it is accepted.
 */
@Injectable()
export class VerantwoordingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly raamovereenkomsten: RaamovereenkomstService,
    private readonly audit: AuditService,
  ) {}

  async dienIn(
    principal: Principal,
    contractId: string,
    budgetId: string,
    dto: DienVerantwoordingInDto,
  ): Promise<VerantwoordingDto> {
    const contract = await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    const budget = await this.dataSource
      .getRepository(BudgetEntity)
      .findOneBy({ id: budgetId, raamovereenkomstId: contract.id });
    if (!budget) throw nietGevonden('budget', budgetId);
    const moment = momenten(budget).find((m) => m.periode.begindatum === dto.periodeBegindatum);
    const fouten: VeldFout[] = [];
    if (!moment) {
      fouten.push({
        veld: 'periodeBegindatum',
        reden: `geen verantwoordingsperiode van dit budget; die beginnen op ${momenten(budget)
          .map((m) => m.periode.begindatum)
          .join(', ')}`,
      });
    }
    const afgesproken = budget.verantwoording.indicatoren.map((i) => i.code);
    for (const code of afgesproken)
      if (!dto.indicatoren.some((i) => i.code === code))
        fouten.push({ veld: 'indicatoren', reden: `indicator ${code} ontbreekt` });
    dto.indicatoren.forEach((i, n) => {
      if (!afgesproken.includes(i.code))
        fouten.push({
          veld: `indicatoren[${n}].code`,
          reden: `${i.code} is geen afgesproken indicator (${afgesproken.join(', ')})`,
        });
    });
    if (fouten.length) throw validatieFout('de verantwoording klopt niet', fouten);

    const id = await this.dataSource.transaction(async (manager) => {
      const bestaand = await manager.findOne(VerantwoordingEntity, {
        where: { budgetId: budget.id, periodeBegindatum: dto.periodeBegindatum },
        lock: { mode: 'pessimistic_write' },
      });
      if (bestaand && bestaand.status !== VerantwoordingStatus.AanvullingGevraagd) {
        throw conflict(
          `de verantwoording over deze periode is al ${bestaand.status === VerantwoordingStatus.Geaccepteerd ? 'geaccepteerd' : 'ingediend en wacht op beoordeling'}`,
        );
      }
      const velden = {
        indicatoren: dto.indicatoren.map((i) => ({
          code: i.code,
          waarde: i.waarde,
          ...(i.toelichting ? { toelichting: i.toelichting } : {}),
        })),
        toelichting: dto.toelichting ?? null,
        status: VerantwoordingStatus.Ingediend,
        ingediendOp: vandaag(),
        ingediendDoor: principal.actor,
      };
      const rij = bestaand
        ? await manager.save(Object.assign(bestaand, velden))
        : await manager.save(
            manager.create(VerantwoordingEntity, {
              budgetId: budget.id,
              raamovereenkomstId: contract.id,
              periodeBegindatum: moment!.periode.begindatum,
              periodeEinddatum: moment!.periode.einddatum,
              ...velden,
            }),
          );
      await this.audit.log(manager, principal, {
        actie: 'verantwoording.ingediend',
        entiteit: 'raamovereenkomst',
        entiteitId: contract.id,
        details: {
          verantwoordingId: rij.id,
          budgetId: budget.id,
          periode: dto.periodeBegindatum,
          opnieuw: Boolean(bestaand),
        },
      });
      return rij.id;
    });
    return naarDto(await this.dataSource.getRepository(VerantwoordingEntity).findOneByOrFail({ id }));
  }

  async beoordeel(
    principal: Principal,
    contractId: string,
    verantwoordingId: string,
    dto: BeoordeelVerantwoordingDto,
  ): Promise<VerantwoordingDto> {
    const contract = await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    if (dto.besluit === VerantwoordingStatus.AanvullingGevraagd && !dto.toelichting?.trim()) {
      throw validatieFout('de beoordeling klopt niet', [{ veld: 'toelichting', reden: 'zeg wat er nog nodig is' }]);
    }
    const { rij, vrijgegeven } = await this.dataSource.transaction(async (manager) => {
      const rij = await manager.findOne(VerantwoordingEntity, {
        where: { id: verantwoordingId, raamovereenkomstId: contract.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!rij) throw nietGevonden('verantwoording', verantwoordingId);
      if (rij.status !== VerantwoordingStatus.Ingediend)
        throw conflict(`deze verantwoording is ${rij.status}; alleen een ingediende wordt beoordeeld`);
      Object.assign(rij, {
        status: dto.besluit,
        beoordeeldOp: vandaag(),
        beoordeeldDoor: principal.actor,
        beoordelingToelichting: dto.toelichting ?? null,
      });
      await manager.save(rij);
      let vrijgegeven: string[] = [];
      if (dto.besluit === VerantwoordingStatus.Geaccepteerd) {
        const vast = await manager.find(TermijnEntity, {
          where: { budgetId: rij.budgetId, wachtOpVerantwoording: rij.periodeBegindatum },
        });
        vrijgegeven = vast.map((t) => t.id);
        if (vrijgegeven.length)
          await manager.update(TermijnEntity, vrijgegeven, { wachtOpVerantwoording: null, vasthoudreden: null });
      }
      await this.audit.log(manager, principal, {
        actie: `verantwoording.${dto.besluit}`,
        entiteit: 'raamovereenkomst',
        entiteitId: contract.id,
        details: { verantwoordingId: rij.id, toelichting: dto.toelichting ?? null, vrijgegevenTermijnen: vrijgegeven },
      });
      return { rij, vrijgegeven };
    });
    return naarDto(rij, vrijgegeven);
  }

  async lijst(principal: Principal, contractId: string): Promise<VerantwoordingDto[]> {
    const contract = await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    const rijen = await this.dataSource
      .getRepository(VerantwoordingEntity)
      .find({ where: { raamovereenkomstId: contract.id }, order: { periodeBegindatum: 'ASC', budgetId: 'ASC' } });
    return rijen.map((r) => naarDto(r));
  }

  /** Holds a termijn until the verantwoording over a period of the same budget is accepted. */
  async houdVast(principal: Principal, contractId: string, termijnId: string, dto: HoudTermijnVastDto): Promise<void> {
    const contract = await this.raamovereenkomsten.haalEntiteit(principal, contractId);
    await this.dataSource.transaction(async (manager) => {
      const termijn = await manager.findOne(TermijnEntity, {
        where: { id: termijnId, raamovereenkomstId: contract.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!termijn) throw nietGevonden('termijn', termijnId);
      if (termijn.status === TermijnStatus.Betaald) throw conflict(`termijn ${termijn.volgnummer} is al betaald`);
      const budget = await manager.findOneByOrFail(BudgetEntity, { id: termijn.budgetId });
      if (!momenten(budget).some((m) => m.periode.begindatum === dto.verantwoordingsperiode)) {
        throw validatieFout('vasthouden klopt niet', [
          { veld: 'verantwoordingsperiode', reden: 'geen verantwoordingsperiode van het budget van deze termijn' },
        ]);
      }
      const geaccepteerd = await manager.findOneBy(VerantwoordingEntity, {
        budgetId: budget.id,
        periodeBegindatum: dto.verantwoordingsperiode,
        status: VerantwoordingStatus.Geaccepteerd,
        beoordeeldOp: Not(IsNull()),
      });
      if (geaccepteerd) throw conflict('de verantwoording over die periode is al geaccepteerd');
      await manager.update(
        TermijnEntity,
        { id: termijn.id },
        { wachtOpVerantwoording: dto.verantwoordingsperiode, vasthoudreden: dto.reden },
      );
      await this.audit.log(manager, principal, {
        actie: 'termijn.vastgehouden',
        entiteit: 'termijn',
        entiteitId: termijn.id,
        details: { verantwoordingsperiode: dto.verantwoordingsperiode, reden: dto.reden },
      });
    });
  }
}
