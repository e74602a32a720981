export * from './database/organisatie.entity.js';
export * from './database/regio-deelname.entity.js';
export * from './registreer-organisatie/organisatie.dto.js';
export * from './registreer-organisatie/organisatie.service.js';
export * from './registreer-organisatie/organisatie.controller.js';
export * from './scope/scope.service.js';
export * from './codes/organisatie-codes.service.js';
export * from './organisaties.module.js';
