export * from './database/raamovereenkomst.entity.js';
export * from './database/contract-product.entity.js';
export * from './database/tarief.entity.js';
