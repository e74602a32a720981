import { Module } from '@nestjs/common';
import { OrganisatiesModule } from '#keten/organisaties';
import { ContractenModule } from '#keten/contracten';
import { AanbestedingToegang } from './aanbesteding-toegang.service.js';
import { AanbestedingDocumentService } from './documenten/document.service.js';
import { InkoopKlok } from './inkoop-klok.service.js';
import { InkoopbeleidService } from './inkoopbeleid/inkoopbeleid.service.js';
import { AanbestedingOcdsService } from './ocds/ocds.service.js';
import { OpenbareOcdsService } from './ocds/openbare-ocds.service.js';
import { GunningsbeslissingService } from './gunningsbeslissing/gunningsbeslissing.service.js';
import { VeilingService } from './veiling/veiling.service.js';
import { NadereOpdrachtService } from './nadere-opdracht/nadere-opdracht.service.js';
import { GunningRaamovereenkomstService } from './raamovereenkomsten/gunning-raamovereenkomst.service.js';
import { RaadpleegAanbestedingService } from './raadpleeg-aanbesteding/raadpleeg-aanbesteding.service.js';
import { RegistreerAanbestedingService } from './registreer-aanbesteding/registreer-aanbesteding.service.js';
import { VoerActieUitService } from './voer-actie-uit/voer-actie-uit.service.js';

const SERVICES = [
  AanbestedingToegang,
  InkoopKlok,
  RegistreerAanbestedingService,
  RaadpleegAanbestedingService,
  VoerActieUitService,
  GunningRaamovereenkomstService,
  AanbestedingDocumentService,
  AanbestedingOcdsService,
  OpenbareOcdsService,
  GunningsbeslissingService,
  VeilingService,
  NadereOpdrachtService,
  InkoopbeleidService,
];

/** Use cases of the inkoop context; a gunning's raamovereenkomsten are registered through ContractenModule. */
@Module({
  imports: [OrganisatiesModule, ContractenModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class InkoopModule {}
