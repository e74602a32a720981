import { Module } from '@nestjs/common';
import { OrganisatieService } from './registreer-organisatie/organisatie.service.js';
import { ScopeService } from './scope/scope.service.js';

/** Use cases of the organisaties context; controllers are mounted by apps/api. */
@Module({
  providers: [OrganisatieService, ScopeService],
  exports: [OrganisatieService, ScopeService],
})
export class OrganisatiesModule {}
