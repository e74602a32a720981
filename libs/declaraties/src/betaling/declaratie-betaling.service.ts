import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Kalenderdatum } from '#keten/domain';

/** The published use case for sturing's betaalbatches: declaraties whose approved prestaties are all paid are betaald. */
@Injectable()
export class DeclaratieBetalingService {
  async markeerBetaald(manager: EntityManager, declaratieIds: string[], betaaldOp: Kalenderdatum): Promise<number> {
    if (declaratieIds.length === 0) return 0;
    const rijen: unknown[] = await manager.query(
      `WITH u AS (UPDATE keten.declaratie SET betaald_op = $2, updated_at = now() WHERE id = ANY($1::uuid[]) AND betaald_op IS NULL RETURNING id) SELECT id FROM u`,
      [declaratieIds, betaaldOp],
    );
    return rijen.length;
  }
}
