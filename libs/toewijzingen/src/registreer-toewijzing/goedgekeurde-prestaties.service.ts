import type { EntityManager } from 'typeorm';
import type { Domein } from '#keten/domain';

/**
 * What the ledger asks of the declaraties context (TR385): prestaties are that context's, so it publishes the query
 * (libs/declaraties, PrestatieOpvraagService) and provides it under this token. Declared here, so that toewijzingen
 * does not import declaraties, which imports toewijzingen.
 */
export abstract class GoedgekeurdePrestatiesService {
  /** Approved debet prestaties on this ToewijzingNummer that no approved credit cancels. */
  abstract aantalOngecrediteerd(
    manager: EntityManager,
    gemeenteId: string,
    domein: Domein,
    toewijzingNummer: number,
  ): Promise<number>;
}
