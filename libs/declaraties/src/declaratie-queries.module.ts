import { Global, Module } from '@nestjs/common';
import { GoedgekeurdePrestatiesService } from '#keten/toewijzingen';
import { PrestatieOpvraagService } from './prestaties-opvragen/prestatie-opvraag.service.js';

/**
 * The declaraties context's published queries, provided globally: the toewijzingen ledger needs them (TR385) while
 * DeclaratiesModule itself imports ToewijzingenModule, so a module import the other way round would be a cycle.
 */
@Global()
@Module({
  providers: [
    PrestatieOpvraagService,
    { provide: GoedgekeurdePrestatiesService, useExisting: PrestatieOpvraagService },
  ],
  exports: [PrestatieOpvraagService, GoedgekeurdePrestatiesService],
})
export class DeclaratieQueriesModule {}
