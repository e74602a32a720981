// Inkoop: procurement procedures as configuration over one state machine (conventions.md 12).
export * from './procedure-type.enum.js';
export * from './aanbesteding.types.js';
export * from './procedure-config.constant.js';
export * from './drempelwaarden.constant.js';
export * from './drempel.util.js';
export * from './beoordeling.util.js';
export * from './gunning.util.js';
export * from './toetreding.util.js';
export * from './aanbesteding.util.js';
export * from './gunningsbrief.util.js';
export * from '../ocds/index.js';
