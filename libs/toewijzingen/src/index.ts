export * from './database/client.entity.js';
export * from './database/toewijzing.entity.js';
export * from './database/toewijzing-versie.entity.js';
