import type { EntityManager } from 'typeorm';
import type { Inkoopbeleid } from '#keten/domain';
import { InkoopbeleidEntity } from '../database/inkoopbeleid.entity.js';

/** The inkoper's inkoopbeleid, or undefined (then the domain refuses procedures below the EU threshold). */
export async function leesInkoopbeleid(
  manager: EntityManager,
  organisatieId: string,
): Promise<Inkoopbeleid | undefined> {
  const rij = await manager.findOne(InkoopbeleidEntity, { where: { organisatieId } });
  return rij ? { drempels: rij.drempels } : undefined;
}
