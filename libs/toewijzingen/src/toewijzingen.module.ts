import { Module } from '@nestjs/common';
import { OrganisatiesModule } from '#keten/organisaties';
import { ClientService } from './clienten/client.service.js';
import { ToewijzingLedgerService } from './registreer-toewijzing/toewijzing-ledger.service.js';
import { ToewijzingOpvraagService } from './toewijzingen-opvragen/toewijzing-opvraag.service.js';
import { RegieberichtService } from './regieberichten/regiebericht.service.js';
import { ToewijzingStandService } from './toewijzing-stand/toewijzing-stand.service.js';
import { ToewijzingBerichtService } from './regieberichten/toewijzing-bericht.service.js';

@Module({
  imports: [OrganisatiesModule],
  providers: [ClientService, ToewijzingLedgerService, ToewijzingOpvraagService, RegieberichtService, ToewijzingBerichtService, ToewijzingStandService],
  exports: [ClientService, ToewijzingLedgerService, ToewijzingOpvraagService, RegieberichtService, ToewijzingBerichtService, ToewijzingStandService],
})
export class ToewijzingenModule {}
