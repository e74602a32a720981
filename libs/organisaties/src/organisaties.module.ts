import { Module } from '@nestjs/common';
import { OrganisatieService } from './registreer-organisatie/organisatie.service.js';
import { ScopeService } from './scope/scope.service.js';
import { OrganisatieCodesService } from './codes/organisatie-codes.service.js';

/** Use cases of the organisaties context; controllers are mounted by apps/api. */
@Module({
  providers: [OrganisatieService, ScopeService, OrganisatieCodesService],
  exports: [OrganisatieService, ScopeService, OrganisatieCodesService],
})
export class OrganisatiesModule {}
