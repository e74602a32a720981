import { Injectable } from '@nestjs/common';
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Rol, geenToegang, nietGevonden, type Principal } from '#keten/platform';
import { ScopeService } from '#keten/organisaties';
import { AanbestedingEntity } from './database/aanbesteding.entity.js';

/**
 * Who sees and who manages an aanbesteding (architecture.md 5): a gemeente or regio sees the procedures it buys for or
 * takes part in and manages those it buys for; an aanbieder sees published procedures (onderhands: only when
 * invited, or once it has an inschrijving) and never anyone else's inschrijving or any score.
 */
@Injectable()
export class AanbestedingToegang {
  constructor(private readonly scope: ScopeService) {}

  /** Restricts a query on alias `a` to what the caller may see. */
  async beperk(
    principal: Principal,
    qb: SelectQueryBuilder<AanbestedingEntity>,
  ): Promise<SelectQueryBuilder<AanbestedingEntity>> {
    const scope = await this.scope.organisatiesInScope(principal);
    if (scope === null) return qb;
    if (principal.rol === Rol.Aanbieder) {
      return qb.andWhere(
        // Parenthesised as a whole: an OR at the top level would escape the other filters of the query.
        `((a.publicatiedatum IS NOT NULL AND (a.uitgenodigden IS NULL OR a.uitgenodigden && CAST(:scope AS uuid[])))
          OR EXISTS (SELECT 1 FROM keten.aanbesteding_inschrijving i WHERE i.aanbesteding_id = a.id AND i.aanbieder_id = ANY(:scope)))`,
        { scope },
      );
    }
    return qb.andWhere(`(a.inkoper_id = ANY(:scope) OR a.deelnemende_gemeenten && CAST(:scope AS uuid[]))`, { scope });
  }

  /** Loads one aanbesteding the caller may see, optionally locked for a transition. */
  async laad(manager: EntityManager, principal: Principal, id: string, lock = false): Promise<AanbestedingEntity> {
    const qb = manager.createQueryBuilder(AanbestedingEntity, 'a').where('a.id = :id', { id });
    const zichtbaar = await (await this.beperk(principal, qb.clone())).getOne();
    if (!zichtbaar) throw nietGevonden('aanbesteding', id);
    if (!lock) return zichtbaar;
    return (await qb.setLock('pessimistic_write').getOne())!;
  }

  /** Managing (transitions, documents) is for the inkoper's own inkoopadviseurs and the beheerder. */
  async controleerBeheer(principal: Principal, rij: AanbestedingEntity): Promise<void> {
    const scope = await this.scope.organisatiesInScope(principal);
    if (scope === null) return;
    if (principal.rol === Rol.Aanbieder || !scope.includes(rij.inkoperId)) {
      throw geenToegang('alleen de inkopende organisatie beheert deze aanbesteding');
    }
  }

  async inScope(principal: Principal, organisatieId: string): Promise<boolean> {
    const scope = await this.scope.organisatiesInScope(principal);
    return scope === null || scope.includes(organisatieId);
  }
}
