export * from './database/raamovereenkomst.entity.js';
export * from './database/contract-product.entity.js';
export * from './database/tarief.entity.js';
export * from './registreer-raamovereenkomst/raamovereenkomst.dto.js';
export * from './registreer-raamovereenkomst/raamovereenkomst.service.js';
export * from './registreer-raamovereenkomst/raamovereenkomst.controller.js';
export * from './contracten.module.js';
