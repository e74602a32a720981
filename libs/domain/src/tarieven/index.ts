// Tariffs and bekostiging: tariff versions and lookup, funding models and termijnen, reële prijs, indexatie,
// and the guard against wezenlijke wijzigingen (inkoop-en-contracten.md 4–6).
export * from './tarief.types.js';
export * from './tarief-sleutel.util.js';
// Only the non-generic names of the fraction helper are public (plus/min/maal stay internal).
export { type Breuk, breuk, parseDecimaal, isDecimaal, alsDecimaal, alsTekst, afrondenOpCenten } from './breuk.util.js';
export * from './geldig-tarief.util.js';
export * from './termijnschema.util.js';
export * from './bekostiging.util.js';
export * from './reele-prijs.util.js';
export * from './indexatie.util.js';
export * from './contractwijziging.util.js';
