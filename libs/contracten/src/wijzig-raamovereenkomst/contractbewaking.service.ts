import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  toetsContractwijziging,
  type Kalenderdatum,
  type Tariefbevinding,
  type VoorgesteldeWijziging,
} from '#keten/domain';
import { AuditService, conflict, type Principal } from '#keten/platform';
import type { RaamovereenkomstEntity } from '../database/raamovereenkomst.entity.js';
import { VerlengingsoptieStatus } from '../database/verlengingsoptie.entity.js';
import { verlengdTot } from '../registreer-raamovereenkomst/raamovereenkomst.service.js';

/** The field a caller sets to save a change that was flagged as a possible wezenlijke wijziging. */
export const BEVESTIG_VELD = 'bevestigWezenlijkeWijziging';

/**
 * Guards a running contract (inkoop-en-contracten.md 2; Aanbestedingswet 2012 art. 2.163b–2.163f): before a
 * change is saved, a cumulative increase above 50% of the original value or tariff, or a term beyond the maximum
 * (including every verlengingsoptie), is flagged. Flagged changes are refused (409, one entry per finding, `veld`
 * = the finding's code) unless the caller confirms; a confirmed one is audited with the findings.
 */
@Injectable()
export class ContractbewakingService {
  constructor(private readonly audit: AuditService) {}

  /** The latest einddatum the award allows: the original einddatum plus every option not lapsed. */
  async maximaleEinddatum(manager: EntityManager, contract: RaamovereenkomstEntity): Promise<Kalenderdatum> {
    const [{ maanden }]: { maanden: number }[] = await manager.query(
      `SELECT COALESCE(sum(duur_maanden), 0)::int AS maanden FROM keten.verlengingsoptie WHERE raamovereenkomst_id = $1 AND status <> $2`,
      [contract.id, VerlengingsoptieStatus.Vervallen],
    );
    return verlengdTot(contract.oorspronkelijkeEinddatum, maanden);
  }

  /** The first amount each tariff (product, eenheid, scope) had: the base for the cumulative 50% test. */
  async oorspronkelijkeTarieven(manager: EntityManager, contractId: string): Promise<Map<string, number>> {
    const rijen: { sleutel: string; bedrag: string }[] = await manager.query(
      `SELECT DISTINCT ON (t.contract_product_id, t.eenheid, t.deelovereenkomst_id)
              t.contract_product_id || '|' || t.eenheid || '|' || COALESCE(t.deelovereenkomst_id::text, '') AS sleutel, t.bedrag_centen AS bedrag
         FROM keten.tarief t JOIN keten.contract_product p ON p.id = t.contract_product_id
        WHERE p.raamovereenkomst_id = $1
        ORDER BY t.contract_product_id, t.eenheid, t.deelovereenkomst_id, t.ingangsdatum, t.created_at`,
      [contractId],
    );
    return new Map(rijen.map((r) => [r.sleutel, Number(r.bedrag)]));
  }

  async bewaak(
    manager: EntityManager,
    principal: Principal,
    contract: RaamovereenkomstEntity,
    voorstel: VoorgesteldeWijziging,
    bevestigd: boolean | undefined,
    actie: string,
  ): Promise<Tariefbevinding[]> {
    const bevindingen = toetsContractwijziging(
      {
        ingangsdatum: contract.ingangsdatum,
        maximaleEinddatum: await this.maximaleEinddatum(manager, contract),
        waarde: contract.oorspronkelijkeWaardeCenten,
        ...(contract.motiveringLangeLooptijd ? { motiveringLangeLooptijd: contract.motiveringLangeLooptijd } : {}),
      },
      voorstel,
    );
    if (bevindingen.length === 0) return [];
    if (!bevestigd) {
      throw conflict(
        `mogelijk een wezenlijke wijziging (Aanbestedingswet 2012 art. 2.163b–2.163f); niets is opgeslagen. Stuur ${BEVESTIG_VELD}: true om toch op te slaan.`,
        bevindingen.map((b) => ({ veld: b.code, reden: b.melding })),
      );
    }
    await this.audit.log(manager, principal, {
      actie: 'raamovereenkomst.wezenlijke-wijziging-bevestigd',
      entiteit: 'raamovereenkomst',
      entiteitId: contract.id,
      details: { wijziging: actie, bevindingen: bevindingen.map((b) => ({ code: b.code, melding: b.melding })) },
    });
    return bevindingen;
  }
}
