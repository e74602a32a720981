// Tariff sheet of a contract as Excel (exceljs): build, read with validation, and compare. No Nest or TypeORM here.
export * from './tariefblad.types.js';
export {
  BLAD_CONTRACT,
  BLAD_TARIEVEN,
  BLAD_KOSTENOPBOUW,
  STANDAARD_LIMIETEN,
  TARIEF_KOLOMMEN,
  KOSTENOPBOUW_KOLOMMEN,
  kolomLetter,
} from './tariefblad.constant.js';
export { veiligeCeltekst, herstelCeltekst } from './formule-injectie.util.js';
export { bouwTariefblad, maakTariefbladWerkmap } from './bouw-tariefblad.util.js';
export { leesTariefblad } from './lees-tariefblad.util.js';
export * from './verschillen.util.js';
