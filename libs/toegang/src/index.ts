import { ApiTokenController } from './api-tokens/api-token.controller.js';
import { AuditInzageController } from './audit/audit-inzage.controller.js';
import { GebruikerController } from './gebruikers/gebruiker.controller.js';
import { InloggenController } from './inloggen/inloggen.controller.js';
import { OidcController } from './oidc/oidc.controller.js';

export * from './database/sessie.entity.js';
export * from './domain/rol-regels.util.js';
export * from './domain/wachtwoord.util.js';
export * from './gebruikers/gebruiker.dto.js';
export * from './gebruikers/gebruiker.service.js';
export * from './api-tokens/api-token.dto.js';
export * from './api-tokens/api-token-beheer.service.js';
export * from './inloggen/inloggen.dto.js';
export * from './inloggen/sessie.service.js';
export * from './oidc/oidc.service.js';
export * from './totp/totp.util.js';
export * from './audit/audit-inzage.dto.js';
export * from './audit/audit-inzage.service.js';
export * from './toegang.module.js';
export { ApiTokenController, AuditInzageController, GebruikerController, InloggenController, OidcController };

export const TOEGANG_CONTROLLERS = [
  InloggenController,
  OidcController,
  GebruikerController,
  ApiTokenController,
  AuditInzageController,
];
