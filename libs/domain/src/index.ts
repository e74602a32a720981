// libs/domain: pure TypeScript, no Nest, TypeORM or I/O (architecture.md 1).
export * from './datum/index.js';
export * from './geld/index.js';
export * from './codelijsten/index.js';
export * from './bsn/index.js';
export * from './declaratie-checks/index.js';
export * from './inkoop/index.js';
export * from './tarieven/index.js';
export * from './verzoek-checks/index.js';
