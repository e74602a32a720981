import { Module } from '@nestjs/common';
import { OrganisatiesModule } from '#keten/organisaties';
import { ClientService } from './clienten/client.service.js';
import { ToewijzingLedgerService } from './registreer-toewijzing/toewijzing-ledger.service.js';
import { ToewijzingOpvraagService } from './toewijzingen-opvragen/toewijzing-opvraag.service.js';

@Module({
  imports: [OrganisatiesModule],
  providers: [ClientService, ToewijzingLedgerService, ToewijzingOpvraagService],
  exports: [ClientService, ToewijzingLedgerService, ToewijzingOpvraagService],
})
export class ToewijzingenModule {}
