export * from './database/aanbesteding.entity.js';
export * from './database/aanbesteding-inschrijving.entity.js';
export * from './database/aanbesteding-gebeurtenis.entity.js';
export * from './database/aanbesteding-document.entity.js';
export * from './database/gegunde-raamovereenkomst.entity.js';
export * from './database/inkoopbeleid.entity.js';
export * from './aanbesteding-weigering.exception.js';
export * from './inkoop-klok.service.js';
export * from './registreer-aanbesteding/registreer-aanbesteding.dto.js';
export * from './registreer-aanbesteding/registreer-aanbesteding.service.js';
export * from './raadpleeg-aanbesteding/aanbesteding.dto.js';
export * from './raadpleeg-aanbesteding/raadpleeg-aanbesteding.service.js';
export * from './raadpleeg-aanbesteding/aanbesteding.controller.js';
export * from './voer-actie-uit/actie.dto.js';
export * from './voer-actie-uit/voer-actie-uit.service.js';
export * from './raamovereenkomsten/gunning-raamovereenkomst.service.js';
export * from './documenten/document.dto.js';
export * from './documenten/document.service.js';
export * from './documenten/document.controller.js';
export * from './ocds/ocds.service.js';
export * from './ocds/ocds.controller.js';
export * from './gunningsbeslissing/gunningsbeslissing.controller.js';
export * from './gunningsbeslissing/gunningsbeslissing.service.js';
export * from './ocds/openbare-ocds.controller.js';
export * from './ocds/openbare-ocds.service.js';
export * from './inkoopbeleid/inkoopbeleid.service.js';
export * from './inkoopbeleid/inkoopbeleid.controller.js';
export * from './inkoop.module.js';
export * from './veiling/veiling.service.js';

import { AanbestedingEntity } from './database/aanbesteding.entity.js';
import { AanbestedingInschrijvingEntity } from './database/aanbesteding-inschrijving.entity.js';
import { AanbestedingGebeurtenisEntity } from './database/aanbesteding-gebeurtenis.entity.js';
import { AanbestedingDocumentEntity } from './database/aanbesteding-document.entity.js';
import { GegundeRaamovereenkomstEntity } from './database/gegunde-raamovereenkomst.entity.js';
import { InkoopbeleidEntity } from './database/inkoopbeleid.entity.js';
import { VeilingbodEntity, VeilingrondeEntity } from './database/veilingronde.entity.js';
import { VeilingController } from './veiling/veiling.controller.js';
import { NadereOpdrachtController } from './nadere-opdracht/nadere-opdracht.controller.js';
import { AanbestedingController } from './raadpleeg-aanbesteding/aanbesteding.controller.js';
import { AanbestedingDocumentController } from './documenten/document.controller.js';
import { AanbestedingOcdsController } from './ocds/ocds.controller.js';
import { OpenbareOcdsController } from './ocds/openbare-ocds.controller.js';
import { GunningsbeslissingController } from './gunningsbeslissing/gunningsbeslissing.controller.js';
import { InkoopbeleidController } from './inkoopbeleid/inkoopbeleid.controller.js';

export const INKOOP_ENTITIES = [
  AanbestedingEntity,
  AanbestedingInschrijvingEntity,
  AanbestedingGebeurtenisEntity,
  AanbestedingDocumentEntity,
  GegundeRaamovereenkomstEntity,
  InkoopbeleidEntity,
  VeilingrondeEntity,
  VeilingbodEntity,
];

/** Mounted by apps/api. */
export const INKOOP_CONTROLLERS = [
  AanbestedingController,
  AanbestedingDocumentController,
  AanbestedingOcdsController,
  OpenbareOcdsController,
  GunningsbeslissingController,
  VeilingController,
  NadereOpdrachtController,
  InkoopbeleidController,
];
