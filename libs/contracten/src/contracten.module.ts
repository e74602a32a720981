import { Module } from '@nestjs/common';
import { OrganisatiesModule } from '#keten/organisaties';
import { RaamovereenkomstService } from './registreer-raamovereenkomst/raamovereenkomst.service.js';
import { ContractTariefService } from './tarieven-voor-beoordeling/contract-tarief.service.js';

@Module({
  imports: [OrganisatiesModule],
  providers: [RaamovereenkomstService, ContractTariefService],
  exports: [RaamovereenkomstService, ContractTariefService],
})
export class ContractenModule {}
