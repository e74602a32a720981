import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ContractTariefService } from '#keten/contracten';
import { DeclaratieBeoordeeldJob, GoedgekeurdeBedragenService, type GoedgekeurdeBedragen } from '#keten/declaraties';
import { laatsteVanMaand } from '#keten/domain';
import { arrayLiteraal, QueueService, voorbereideQuery } from '#keten/platform';
import { OpgeslagenAntwoordenService } from '../antwoorden/opgeslagen-antwoorden.service.js';

/** The contract of an approved prestatie that none can be found for (never dropped: the money still counts). */
export const ONBEKEND_CONTRACT = '00000000-0000-0000-0000-000000000000';

/**
 * Adds a beoordeelde declaratie's approved prestaties (debet − credit) to sturing_realisatie, by month of care.
 * Exactly once per declaratie: the job is delivered at least once, so the declaratie is marked verwerkt in the same
 * transaction and a second delivery finds the mark and adds nothing.
 */
@Injectable()
export class RealisatieBijwerkenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bedragen: GoedgekeurdeBedragenService,
    private readonly contracttarieven: ContractTariefService,
    private readonly queues: QueueService,
    private readonly antwoorden: OpgeslagenAntwoordenService,
  ) {}

  /**
   * The sweeper's part (architecture.md 2): beoordeelde declaraties not yet in the realisatie, whose event was lost
   * (Redis restarted, a job failed for good), are queued again; the verwerkt mark keeps a repeat from counting twice.
   */
  async veeg(ouderDanSeconden = 300, max = 1000): Promise<number> {
    const rijen: { id: string }[] = await this.dataSource.query(
      `SELECT d.id FROM keten.declaratie d
        WHERE d.status = 'beoordeeld' AND d.beoordeeld_op < now() - make_interval(secs => $1)
          AND NOT EXISTS (SELECT 1 FROM keten.sturing_verwerkte_declaratie v WHERE v.declaratie_id = d.id)
        ORDER BY d.beoordeeld_op LIMIT $2`,
      [ouderDanSeconden, max],
    );
    const queue = this.queues.queue(DeclaratieBeoordeeldJob.queue);
    let opnieuw = 0;
    for (const { id } of rijen) {
      const jobId = DeclaratieBeoordeeldJob.jobId(id);
      const job = await queue.getJob(jobId);
      const staat = job ? await job.getState() : 'weg';
      if (staat === 'failed') await job!.retry();
      else if (staat === 'weg' || staat === 'completed' || staat === 'unknown') {
        if (job) await job.remove();
        await this.queues.voegToe(
          DeclaratieBeoordeeldJob.queue,
          DeclaratieBeoordeeldJob.naam,
          { declaratieId: id },
          jobId,
        );
      } else continue;
      opnieuw++;
    }
    return opnieuw;
  }

  async verwerkDeclaratie(
    declaratieId: string,
  ): Promise<{ status: 'verwerkt' | 'al-verwerkt' | 'niet-beoordeeld'; regels: number }> {
    return this.dataSource.transaction(async (manager) => {
      const gelezen = await this.bedragen.vanDeclaratie(manager, declaratieId);
      if (!gelezen) return { status: 'niet-beoordeeld' as const, regels: 0 };
      const nieuw = await voorbereideQuery<{ declaratie_id: string }>(
        manager,
        'sturing-verwerkt',
        `INSERT INTO keten.sturing_verwerkte_declaratie (declaratie_id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING declaratie_id`,
        [declaratieId],
      );
      if (nieuw.length === 0) return { status: 'al-verwerkt' as const, regels: 0 };
      await this.telBeoordeling(manager, gelezen);
      const { regels } = gelezen;
      if (regels.maand.length === 0) {
        await this.antwoorden.verhoog(manager, [gelezen.gemeenteId]);
        return { status: 'verwerkt' as const, regels: 0 };
      }

      // The contract of each product: the published tariff view, over the months declared.
      const maanden = [...regels.maand].sort();
      const tarieven = await this.contracttarieven.tarievenVoor({
        agbCode: gelezen.aanbiederAgb,
        gemeenteCode: gelezen.gemeenteCode,
        domein: gelezen.domein,
        van: maanden[0],
        tot: laatsteVanMaand(maanden[maanden.length - 1]),
      });
      const contractVan = (productcode: string, maand: string) =>
        tarieven.find(
          (t) =>
            t.productcode === productcode && t.ingangsdatum.slice(0, 7) <= maand.slice(0, 7) && t.einddatum >= maand,
        )?.raamovereenkomstId ??
        tarieven.find((t) => t.productcode === productcode)?.raamovereenkomstId ??
        ONBEKEND_CONTRACT;

      // Upserts in key order, so that two beoordelingen adding to the same rows never deadlock.
      await voorbereideQuery(
        manager,
        'sturing-realisatie-optellen',
        `INSERT INTO keten.sturing_realisatie (gemeente_id, domein, aanbieder_id, raamovereenkomst_id, productcategorie, productcode, maand, ontvangen_maand, bedrag_centen, aantal_prestaties)
         SELECT $1, $2, $3, r.raamovereenkomst_id, r.productcategorie, r.productcode, r.maand, $10::date, r.bedrag, r.aantal
           FROM unnest($4::uuid[], $5::text[], $6::text[], $7::date[], $8::bigint[], $9::int[]) AS r(raamovereenkomst_id, productcategorie, productcode, maand, bedrag, aantal)
          ORDER BY r.raamovereenkomst_id, r.productcategorie, r.productcode, r.maand
         ON CONFLICT ON CONSTRAINT sturing_realisatie_pk DO UPDATE
            SET bedrag_centen = keten.sturing_realisatie.bedrag_centen + EXCLUDED.bedrag_centen,
                aantal_prestaties = keten.sturing_realisatie.aantal_prestaties + EXCLUDED.aantal_prestaties`,
        [
          gelezen.gemeenteId,
          gelezen.domein,
          gelezen.aanbiederId,
          ...[
            regels.productcode.map((code, i) => contractVan(code, regels.maand[i])),
            regels.productcategorie,
            regels.productcode,
            regels.maand,
            regels.bedragCenten,
            regels.aantalPrestaties,
          ].map(arrayLiteraal),
          gelezen.beoordeeldMaand,
        ],
      );
      // Last, so the gemeente's versie row is locked for as short as can be.
      await this.antwoorden.verhoog(manager, [gelezen.gemeenteId]);
      return { status: 'verwerkt' as const, regels: regels.maand.length };
    });
  }

  /** Prestaties judged and rejected, with the retourcodes of the rejected ones (the rejection-rate signal). */
  private async telBeoordeling(manager: EntityManager, g: GoedgekeurdeBedragen): Promise<void> {
    if (g.beoordeeld === 0) return;
    const codes = [
      { retourcode: '', aantal: g.beoordeeld, afgekeurd: g.afgekeurd },
      ...g.retourcodes.retourcode.map((retourcode, i) => ({
        retourcode,
        aantal: g.retourcodes.aantal[i],
        afgekeurd: 0,
      })),
    ];
    await voorbereideQuery(
      manager,
      'sturing-beoordeling-tellen',
      `INSERT INTO keten.sturing_beoordeling_telling (gemeente_id, aanbieder_id, ontvangen_maand, retourcode, aantal, afgekeurd)
       SELECT $1, $2, $3, r.code, r.aantal, r.afgekeurd FROM unnest($4::text[], $5::int[], $6::int[]) AS r(code, aantal, afgekeurd) ORDER BY r.code
       ON CONFLICT ON CONSTRAINT sturing_beoordeling_telling_pk DO UPDATE
          SET aantal = keten.sturing_beoordeling_telling.aantal + EXCLUDED.aantal, afgekeurd = keten.sturing_beoordeling_telling.afgekeurd + EXCLUDED.afgekeurd`,
      [
        g.gemeenteId,
        g.aanbiederId,
        g.beoordeeldMaand,
        ...[codes.map((c) => c.retourcode), codes.map((c) => c.aantal), codes.map((c) => c.afgekeurd)].map(
          arrayLiteraal,
        ),
      ],
    );
  }
}
