import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import {
  berekenReelePrijs,
  Eenheid,
  periodesOverlappen,
  plusDagen,
  toetsTegenPrijsnorm,
  valideerEenheidBijVariant,
  type Kalenderdatum,
  type Kostenopbouw,
} from '#keten/domain';
import { conflict, JobOutboxService, QueueName, type VeldFout } from '#keten/platform';
import { ContractGewijzigdJob } from '../wijzig-raamovereenkomst/contract-gewijzigd.job.js';
import { ContractProductEntity } from '../database/contract-product.entity.js';
import { PrijsnormEntity } from '../database/prijsnorm.entity.js';
import type { RaamovereenkomstEntity } from '../database/raamovereenkomst.entity.js';
import { TariefBron, TariefEntity } from '../database/tarief.entity.js';
import { ondergrensReden } from '../registreer-raamovereenkomst/raamovereenkomst.service.js';

/** A tariff version to be written; `veld` names it in error messages (a JSON path or a sheet cell). */
export interface NieuweTariefversie {
  contractProductId: string;
  deelovereenkomstId: string | null;
  eenheid: Eenheid;
  bedragCenten: number;
  ingangsdatum: Kalenderdatum;
  einddatum: Kalenderdatum | null;
  kostenopbouw: Kostenopbouw | null;
  /** A correction: this version supersedes the given one (kept, marked vervangen) instead of following it. */
  vervangt?: string;
  veld: string;
}

const periode = (v: { ingangsdatum: string; einddatum: string | null }) => ({
  begindatum: v.ingangsdatum,
  einddatum: v.einddatum,
});

/**
 * Writes tariff versions the one way history allows (architecture.md 4): a new version closes the running one the
 * day before it starts (or splits it), a correction supersedes a version; nothing is deleted or overwritten.
 * Every check (eenheid per variant OP261–OP263, contract term, the cost build-up, the reële/vaste prijs of art.
 * 2.6.6 Wmo 2015) runs before anything is written, and all problems are reported together.
 */
@Injectable()
export class TariefversieService {
  constructor(private readonly outbox: JobOutboxService) {}

  async controleer(
    manager: EntityManager,
    contract: RaamovereenkomstEntity,
    versies: NieuweTariefversie[],
  ): Promise<{ fouten: VeldFout[]; reelePrijs: Map<NieuweTariefversie, number> }> {
    const productIds = [...new Set(versies.map((v) => v.contractProductId))];
    // One after the other: the manager may be a transaction's, on one connection.
    const producten = await manager.findBy(ContractProductEntity, { id: In(productIds) });
    const normen = await manager.findBy(PrijsnormEntity, { contractProductId: In(productIds) });
    const product = new Map(producten.map((p) => [p.id, p]));
    const fouten: VeldFout[] = [];
    const reelePrijs = new Map<NieuweTariefversie, number>();
    for (const v of versies) {
      const p = product.get(v.contractProductId);
      if (!p || p.raamovereenkomstId !== contract.id) {
        fouten.push({ veld: v.veld, reden: 'dit product hoort niet bij deze raamovereenkomst' });
        continue;
      }
      for (const b of valideerEenheidBijVariant(p.uitvoeringsvariant, v.eenheid))
        fouten.push({ veld: v.veld, reden: b.melding });
      if (v.einddatum !== null && v.einddatum < v.ingangsdatum)
        fouten.push({ veld: v.veld, reden: `einddatum ${v.einddatum} ligt voor de ingangsdatum ${v.ingangsdatum}` });
      if (
        v.ingangsdatum < contract.ingangsdatum ||
        v.ingangsdatum > contract.einddatum ||
        (v.einddatum !== null && v.einddatum > contract.einddatum)
      ) {
        fouten.push({
          veld: v.veld,
          reden: `de geldigheid valt buiten de looptijd ${contract.ingangsdatum} t/m ${contract.einddatum}`,
        });
      }
      if (v.kostenopbouw) {
        try {
          const berekend = berekenReelePrijs(v.kostenopbouw, v.eenheid).tarief;
          reelePrijs.set(v, berekend);
          if (v.bedragCenten < berekend)
            fouten.push({ veld: v.veld, reden: ondergrensReden(v.bedragCenten, berekend) });
        } catch (e) {
          fouten.push({ veld: v.veld, reden: `de kostenopbouw is niet te berekenen: ${(e as Error).message}` });
        }
      }
      for (const n of normen) {
        if (
          n.contractProductId !== v.contractProductId ||
          n.eenheid !== v.eenheid ||
          !periodesOverlappen(periode(n), periode(v))
        )
          continue;
        const bevinding = toetsTegenPrijsnorm(
          { bedrag: v.bedragCenten, eenheid: v.eenheid },
          { soort: n.soort, bedrag: n.bedragCenten, eenheid: n.eenheid },
        );
        if (bevinding)
          fouten.push({
            veld: v.veld,
            reden: `${bevinding.melding} (prijs geldig ${n.ingangsdatum} t/m ${n.einddatum ?? 'onbepaald'})`,
          });
      }
    }
    return { fouten, reelePrijs };
  }

  /** Writes checked versions; returns the new rows. Call controleer first, in the same transaction. */
  async schrijf(
    manager: EntityManager,
    versies: NieuweTariefversie[],
    reelePrijs: Map<NieuweTariefversie, number>,
    bron: TariefBron,
  ): Promise<TariefEntity[]> {
    const nieuw: TariefEntity[] = [];
    for (const v of versies) {
      let vorige: string | null = null;
      const vervolg: TariefEntity[] = [];
      if (v.vervangt) {
        const res = await manager.update(
          TariefEntity,
          { id: v.vervangt, vervangenOp: IsNull() },
          { vervangenOp: new Date() },
        );
        if (res.affected !== 1)
          throw conflict(`tarief ${v.vervangt} is intussen gewijzigd; haal de tarieven opnieuw op`);
        vorige = v.vervangt;
      } else {
        const lopend = await manager.find(TariefEntity, {
          where: {
            contractProductId: v.contractProductId,
            eenheid: v.eenheid,
            deelovereenkomstId: v.deelovereenkomstId ?? IsNull(),
            vervangenOp: IsNull(),
          },
          order: { ingangsdatum: 'ASC' },
        });
        for (const t of lopend.filter((t) => periodesOverlappen(periode(t), periode(v)))) {
          // The part of the old version after the new one ends continues unchanged, as its own version.
          if (v.einddatum !== null && (t.einddatum === null || t.einddatum > v.einddatum)) {
            vervolg.push(
              manager.create(TariefEntity, {
                ...zonderId(t),
                ingangsdatum: plusDagen(v.einddatum, 1),
                vorigeVersieId: t.id,
                bron: t.bron,
              }),
            );
          }
          if (t.ingangsdatum < v.ingangsdatum) {
            await manager.update(TariefEntity, { id: t.id }, { einddatum: plusDagen(v.ingangsdatum, -1) });
            vorige = t.id;
          } else {
            await manager.update(TariefEntity, { id: t.id }, { vervangenOp: new Date() });
            vorige ??= t.id;
          }
        }
      }
      const rij = await manager.save(
        manager.create(TariefEntity, {
          contractProductId: v.contractProductId,
          deelovereenkomstId: v.deelovereenkomstId,
          eenheid: v.eenheid,
          bedragCenten: v.bedragCenten,
          ingangsdatum: v.ingangsdatum,
          einddatum: v.einddatum,
          kostenopbouw: v.kostenopbouw,
          reelePrijsCenten: reelePrijs.get(v) ?? null,
          vorigeVersieId: vorige,
          bron,
        }),
      );
      nieuw.push(rij);
      for (const r of vervolg) await manager.save(r);
    }
    await this.meldContracten(manager, nieuw);
    return nieuw;
  }

  /** New tariffs reprice the verplichtingen of the contract's toewijzingen (sturing, after commit). */
  async meldContracten(manager: EntityManager, tarieven: { id: string; contractProductId: string }[]): Promise<void> {
    if (tarieven.length === 0) return;
    const contracten: { raamovereenkomst_id: string }[] = await manager.query(
      `SELECT DISTINCT raamovereenkomst_id FROM keten.contract_product WHERE id = ANY($1::uuid[])`,
      [[...new Set(tarieven.map((t) => t.contractProductId))]],
    );
    for (const c of contracten) {
      await this.outbox.stage(
        manager,
        QueueName.Sturing,
        ContractGewijzigdJob.naam,
        ContractGewijzigdJob.jobId(`${c.raamovereenkomst_id}-${tarieven[0].id}`),
        { raamovereenkomstId: c.raamovereenkomst_id },
      );
    }
  }
}

function zonderId(t: TariefEntity): Omit<TariefEntity, 'id' | 'createdAt'> {
  const { id: _id, createdAt: _c, ...rest } = t;
  return rest;
}
