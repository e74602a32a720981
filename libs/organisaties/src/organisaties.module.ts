import { Module } from '@nestjs/common';
import { OrganisatieService } from './registreer-organisatie/organisatie.service.js';
import { ScopeService } from './scope/scope.service.js';
import { OrganisatieQueriesModule } from './organisatie-queries.module.js';

/** Use cases of the organisaties context; controllers are mounted by apps/api. Its published queries: OrganisatieQueriesModule. */
@Module({
  imports: [OrganisatieQueriesModule],
  providers: [OrganisatieService, ScopeService],
  exports: [OrganisatieService, ScopeService, OrganisatieQueriesModule],
})
export class OrganisatiesModule {}
