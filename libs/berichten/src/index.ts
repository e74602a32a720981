export * from './database/bericht.entity.js';
export * from './ontvang-bericht/bericht.dto.js';
export * from './ontvang-bericht/bericht-intake.service.js';
export * from './ontvang-bericht/bericht.controller.js';
export * from './berichten.module.js';
