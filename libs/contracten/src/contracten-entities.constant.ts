import { RaamovereenkomstEntity } from './database/raamovereenkomst.entity.js';
import { ContractProductEntity } from './database/contract-product.entity.js';
import { TariefEntity } from './database/tarief.entity.js';
import { DeelovereenkomstEntity } from './database/deelovereenkomst.entity.js';
import { OnderaannemerEntity } from './database/onderaannemer.entity.js';
import { VerlengingsoptieEntity } from './database/verlengingsoptie.entity.js';
import { SegmentEntity } from './database/segment.entity.js';
import { PrijsnormEntity } from './database/prijsnorm.entity.js';
import { BudgetEntity } from './database/budget.entity.js';
import { TermijnEntity } from './database/termijn.entity.js';
import { VerantwoordingEntity } from './database/verantwoording.entity.js';
import { IndexatieEntity } from './database/indexatie.entity.js';
import { IndexatieRegelEntity } from './database/indexatie-regel.entity.js';
import { ProductcodelijstEntity } from './database/productcodelijst.entity.js';

/** Every entity of the contracten context, for apps/keten/src/schema.ts. */
export const CONTRACTEN_ENTITIES = [
  RaamovereenkomstEntity,
  ContractProductEntity,
  TariefEntity,
  DeelovereenkomstEntity,
  OnderaannemerEntity,
  VerlengingsoptieEntity,
  SegmentEntity,
  PrijsnormEntity,
  BudgetEntity,
  TermijnEntity,
  VerantwoordingEntity,
  IndexatieEntity,
  IndexatieRegelEntity,
  ProductcodelijstEntity,
];
