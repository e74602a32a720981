import { TarievenController } from './tarieven/tarieven.controller.js';
import { TariefbladController } from './tariefblad-uitwisselen/tariefblad.controller.js';
import { IndexatieController } from './indexatie/indexatie.controller.js';
import { IndexatieInkoperController } from './indexatie/indexatie-inkoper.controller.js';
import { BudgetController } from './budgetten/budget.controller.js';
import { VerantwoordingController } from './verantwoording/verantwoording.controller.js';
import { DeelovereenkomstController } from './deelovereenkomsten/deelovereenkomst.controller.js';
import { PrijsnormController } from './prijsnormen/prijsnorm.controller.js';
import { ProductcodelijstController } from './productcodelijsten/productcodelijst.controller.js';
import { RaamovereenkomstWijzigingController } from './wijzig-raamovereenkomst/raamovereenkomst-wijziging.controller.js';

/** The contracten controllers beyond RaamovereenkomstController, for apps/api (mounted in one place). */
export const CONTRACTEN_CONTROLLERS = [
  TarievenController,
  TariefbladController,
  IndexatieController,
  IndexatieInkoperController,
  BudgetController,
  VerantwoordingController,
  DeelovereenkomstController,
  PrijsnormController,
  RaamovereenkomstWijzigingController,
  ProductcodelijstController,
];
