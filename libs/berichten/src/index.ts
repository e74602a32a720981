export * from './database/bericht.entity.js';
