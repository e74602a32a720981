export * from './database/organisatie.entity.js';
export * from './database/regio-deelname.entity.js';
