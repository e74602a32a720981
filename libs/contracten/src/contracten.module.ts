import { Module } from '@nestjs/common';
import { OrganisatiesModule } from '#keten/organisaties';
import { RaamovereenkomstService } from './registreer-raamovereenkomst/raamovereenkomst.service.js';
import { ContractTariefService } from './tarieven-voor-beoordeling/contract-tarief.service.js';
import { TariefversieService } from './tarieven/tariefversie.service.js';
import { TarievenService } from './tarieven/tarieven.service.js';
import { ContractbewakingService } from './wijzig-raamovereenkomst/contractbewaking.service.js';
import { TariefbladUitwisselingService } from './tariefblad-uitwisselen/tariefblad-uitwisseling.service.js';
import { BudgetService } from './budgetten/budget.service.js';
import { VerantwoordingService } from './verantwoording/verantwoording.service.js';
import { IndexatieService } from './indexatie/indexatie.service.js';
import { DeelovereenkomstService } from './deelovereenkomsten/deelovereenkomst.service.js';
import { PrijsnormService } from './prijsnormen/prijsnorm.service.js';
import { ContractStandService } from './contract-stand/contract-stand.service.js';
import { ProductcodelijstService } from './productcodelijsten/productcodelijst.service.js';
import { RaamovereenkomstWijzigingService } from './wijzig-raamovereenkomst/raamovereenkomst-wijziging.service.js';

const SERVICES = [
  RaamovereenkomstService,
  ContractTariefService,
  TariefversieService,
  TarievenService,
  ContractbewakingService,
  TariefbladUitwisselingService,
  BudgetService,
  VerantwoordingService,
  IndexatieService,
  DeelovereenkomstService,
  PrijsnormService,
  RaamovereenkomstWijzigingService,
  ProductcodelijstService,
  ContractStandService,
];

@Module({
  imports: [OrganisatiesModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class ContractenModule {}
