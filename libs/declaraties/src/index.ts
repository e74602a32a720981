export * from './database/declaratie.entity.js';
export * from './database/prestatie.entity.js';
