import { Module } from '@nestjs/common';
import { OrganisatiesModule } from '#keten/organisaties';
import { ContractenModule } from '#keten/contracten';
import { ClientService } from './clienten/client.service.js';
import { ToewijzingLedgerService } from './registreer-toewijzing/toewijzing-ledger.service.js';
import { ToewijzingOpvraagService } from './toewijzingen-opvragen/toewijzing-opvraag.service.js';
import { RegieberichtService } from './regieberichten/regiebericht.service.js';
import { ToewijzingStandService } from './toewijzing-stand/toewijzing-stand.service.js';
import { ToewijzingBerichtService } from './regieberichten/toewijzing-bericht.service.js';
import { VerzoekIntakeService } from './verzoeken/verzoek-intake.service.js';
import { VerzoekBesluitService } from './verzoeken/verzoek-besluit.service.js';
import { VerzoekOpvraagService } from './verzoeken/verzoek-opvraag.service.js';

const SERVICES = [
  ClientService,
  ToewijzingLedgerService,
  ToewijzingOpvraagService,
  RegieberichtService,
  ToewijzingBerichtService,
  VerzoekIntakeService,
  VerzoekBesluitService,
  VerzoekOpvraagService,
  ToewijzingStandService,
];

@Module({
  imports: [OrganisatiesModule, ContractenModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class ToewijzingenModule {}
