import { Global, Module } from '@nestjs/common';
import { AgbCodeService } from '#keten/platform';
import { OrganisatieCodesService } from './codes/organisatie-codes.service.js';

/**
 * The organisaties context's published queries, provided globally: authentication (libs/platform, below the
 * contexts) needs an aanbieder's AGB code, and platform's global module sees only global providers.
 */
@Global()
@Module({
  providers: [OrganisatieCodesService, { provide: AgbCodeService, useExisting: OrganisatieCodesService }],
  exports: [OrganisatieCodesService, AgbCodeService],
})
export class OrganisatieQueriesModule {}
