// libs/istandaarden: iWmo/iJw 3.2 XML <-> typed messages (parse, validate, build); pure, no database.
export * from './standaard.constant.js';
export * from './berichten/bericht.types.js';
export * from './berichten/gemeenschappelijk.types.js';
export * from './berichten/toewijzing.types.js';
export * from './berichten/regie.types.js';
export * from './berichten/verzoek.types.js';
export * from './berichten/declaratie.types.js';
export { parseBericht } from './parse-bericht.util.js';
export {
  leesDeclaratieStroom,
  type DeclaratieStroomOpties,
  type DeclaratieStroomResultaat,
} from './declaratie-stroom.util.js';
export { bouwBericht, maakHeader, BouwFout } from './bouw-bericht.util.js';
export {
  maak325,
  bouw325,
  maakTechnischeAfwijzing325,
  maakRetour,
  maak319,
  type Maak325Invoer,
  type AfgewezenPrestatieInvoer,
  type MaakRetourInvoer,
} from './antwoord-bouwen.util.js';
export { valideerBericht, type ValidatieOpties } from './validatie/valideer-bericht.util.js';
export { DeclaratieValidator, valideerDeclaratie } from './validatie/declaratie.validatie.util.js';
export type { Bevinding } from './validatie/bevinding.types.js';
