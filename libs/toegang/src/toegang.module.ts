import { Module } from '@nestjs/common';
import { OrganisatiesModule } from '#keten/organisaties';
import { ApiTokenBeheerService } from './api-tokens/api-token-beheer.service.js';
import { AuditInzageService } from './audit/audit-inzage.service.js';
import { GebruikerService } from './gebruikers/gebruiker.service.js';
import { SessieService } from './inloggen/sessie.service.js';
import { OidcService } from './oidc/oidc.service.js';

/** Use cases of the toegang context (users, sign-in, tokens, audit); controllers are mounted by apps/api. */
@Module({
  imports: [OrganisatiesModule],
  providers: [GebruikerService, ApiTokenBeheerService, SessieService, OidcService, AuditInzageService],
  exports: [GebruikerService, ApiTokenBeheerService, SessieService, OidcService, AuditInzageService],
})
export class ToegangModule {}
