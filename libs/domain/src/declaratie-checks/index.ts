// Beoordeling of a 323 declaratie against toewijzing and contract (istandaarden.md 3.4, 3.8): small pure checks
// named after their rule, the volume maths (also for verplichtingen) and beoordeelDeclaratie over a whole 323.
export * from './beoordeling.types.js';
export * from './prestatie-context.types.js';
export * from './volume.util.js';
export * from './bericht-checks.util.js';
export * from './debet-credit-checks.util.js';
export * from './toewijzing-checks.util.js';
export * from './periode-checks.util.js';
export * from './bedrag-checks.util.js';
export * from './volume-checks.util.js';
export * from './beoordeel-declaratie.util.js';
export { GEEN, bevinding, volumeInBasis, zelfdeMaand, isLaatsteVanMaand, dagnummerSnel } from './bevinding.util.js';
