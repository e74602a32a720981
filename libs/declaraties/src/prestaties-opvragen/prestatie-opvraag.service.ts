import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Domein } from '#keten/domain';
import { GoedgekeurdePrestatiesService } from '#keten/toewijzingen';

/** The published queries of the declaraties context on its prestaties, for the other contexts. */
@Injectable()
export class PrestatieOpvraagService extends GoedgekeurdePrestatiesService {
  /** TR385: approved debet prestaties on a ToewijzingNummer that no approved credit cancels (a toewijzing with them cannot be removed). */
  async aantalOngecrediteerd(
    manager: EntityManager,
    gemeenteId: string,
    domein: Domein,
    toewijzingNummer: number,
  ): Promise<number> {
    // Approved prestaties on a toewijzing are all its aanbieder's (the beoordeling approves none of another's), and
    // prestatie_toewijzing is keyed by gemeente, domein, aanbieder and number.
    const [{ n }] = (await manager.query(
      `SELECT count(*)::int AS n FROM keten.prestatie d
        WHERE d.gemeente_id = $1 AND d.domein = $2 AND d.toewijzing_nummer = $3 AND d.status = 'goedgekeurd' AND d.debet_credit = 'D'
          AND d.aanbieder_id = (SELECT t.aanbieder_id FROM keten.toewijzing t WHERE t.gemeente_id = $1 AND t.domein = $2 AND t.toewijzing_nummer = $3)
          AND NOT EXISTS (SELECT 1 FROM keten.prestatie c WHERE c.aanbieder_id = d.aanbieder_id AND c.domein = d.domein
                           AND c.vorig_referentie_nummer = d.referentie_nummer AND c.status = 'goedgekeurd' AND c.debet_credit = 'C')`,
      [gemeenteId, domein, toewijzingNummer],
    )) as { n: number }[];
    return n;
  }
}
