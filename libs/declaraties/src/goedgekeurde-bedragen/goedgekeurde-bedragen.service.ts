import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Domein } from '#keten/domain';
import { voorbereideQuery } from '#keten/platform';
import { OrganisatieCodesService } from '#keten/organisaties';
import type { BedragenSamenvatting } from './samenvatting.js';

export interface GoedgekeurdeBedragen extends BedragenSamenvatting {
  gemeenteId: string;
  aanbiederId: string;
  domein: Domein;
  gemeenteCode: string;
  aanbiederAgb: string;
  /** First day of the month the beoordeling was made (Europe/Amsterdam): the declaration lag's end. */
  beoordeeldMaand: string;
}

/**
 * The published query of declaraties for sturing: a beoordeelde declaratie's approved amounts per product and month
 * of care, without any client data (sturing-en-schaal.md 2), as the beoordeling summed them (samenvatting.ts). null
 * when the declaratie is not (yet) beoordeeld. Also published, for reports over every toewijzing of a gemeente: the
 * view keten.goedgekeurd_per_toewijzing (gemeente_id, domein, toewijzing_nummer, aanbieder_id, maand, bedrag_centen,
 * aantal_prestaties): approved debet − credit per toewijzing and month of care (migration 1796700300000).
 */
@Injectable()
export class GoedgekeurdeBedragenService {
  constructor(private readonly organisaties: OrganisatieCodesService) {}

  async vanDeclaratie(manager: EntityManager, declaratieId: string): Promise<GoedgekeurdeBedragen | null> {
    const [rij] = await voorbereideQuery<{
      gemeente_id: string;
      aanbieder_id: string;
      domein: Domein;
      status: string;
      beoordeeld_maand: string;
      goedgekeurde_bedragen: BedragenSamenvatting | null;
    }>(
      manager,
      'sturing-declaratie-samenvatting',
      `SELECT d.gemeente_id, d.aanbieder_id, d.domein, d.status, d.goedgekeurde_bedragen,
              date_trunc('month', d.beoordeeld_op AT TIME ZONE 'Europe/Amsterdam')::date::text AS beoordeeld_maand
         FROM keten.declaratie d
        WHERE d.id = $1`,
      [declaratieId],
    );
    if (!rij || rij.status !== 'beoordeeld' || !rij.goedgekeurde_bedragen) return null;
    // The codes are the organisaties context's (its published query, cached per process: codes never change).
    const codes = await this.organisaties.codesVan(manager, [rij.gemeente_id, rij.aanbieder_id]);
    return {
      ...rij.goedgekeurde_bedragen,
      gemeenteId: rij.gemeente_id,
      aanbiederId: rij.aanbieder_id,
      domein: rij.domein,
      gemeenteCode: codes.get(rij.gemeente_id)!.cbsCode!,
      aanbiederAgb: codes.get(rij.aanbieder_id)!.agbCode!,
      beoordeeldMaand: rij.beoordeeld_maand,
    };
  }
}
