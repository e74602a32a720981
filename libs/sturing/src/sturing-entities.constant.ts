import { BudgetpostEntity } from './database/budgetpost.entity.js';
import { BudgetpostCategorieEntity } from './database/budgetpost-categorie.entity.js';
import { BegrotingVersieEntity } from './database/begroting-versie.entity.js';
import { RealisatieMaandEntity } from './database/realisatie-maand.entity.js';
import { VerwerkteDeclaratieEntity } from './database/verwerkte-declaratie.entity.js';
import { ToegewezenMaandEntity } from './database/toegewezen-maand.entity.js';
import { ToegewezenTotaalEntity } from './database/toegewezen-totaal.entity.js';
import { GemeenteVersieEntity } from './database/gemeente-versie.entity.js';
import { OpgeslagenAntwoordEntity } from './database/opgeslagen-antwoord.entity.js';
import { TermijnMaandEntity } from './database/termijn-maand.entity.js';
import { BeoordelingTellingEntity } from './database/beoordeling-telling.entity.js';
import { GemeenteInstellingEntity } from './database/gemeente-instelling.entity.js';
import { WijkPostcodeEntity } from './database/wijk-postcode.entity.js';
import { BetaalbatchEntity } from './database/betaalbatch.entity.js';
import { BetaalbatchRegelEntity } from './database/betaalbatch-regel.entity.js';
import { BetaalbatchPostEntity } from './database/betaalbatch-post.entity.js';

/** Every entity of the sturing context, for apps/keten/src/schema.ts. */
export const STURING_ENTITIES = [
  BudgetpostEntity,
  BudgetpostCategorieEntity,
  BegrotingVersieEntity,
  RealisatieMaandEntity,
  VerwerkteDeclaratieEntity,
  ToegewezenMaandEntity,
  ToegewezenTotaalEntity,
  GemeenteVersieEntity,
  OpgeslagenAntwoordEntity,
  TermijnMaandEntity,
  BetaalbatchEntity,
  BetaalbatchRegelEntity,
  BetaalbatchPostEntity,
  BeoordelingTellingEntity,
  GemeenteInstellingEntity,
  WijkPostcodeEntity,
];
