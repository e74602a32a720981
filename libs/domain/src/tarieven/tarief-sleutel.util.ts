import type { TariefSleutel } from './tarief.types.js';
import { EENHEID_OMSCHRIJVING } from '../codelijsten/eenheid.enum.js';

export function tariefSleutel(t: TariefSleutel): string {
  return `${t.productCategorie}|${t.productCode}|${t.eenheid ?? 'budget'}`;
}

export function zelfdeProduct(a: TariefSleutel, b: TariefSleutel): boolean {
  return a.productCategorie === b.productCategorie && a.productCode === b.productCode && a.eenheid === b.eenheid;
}

/** "product 02/02A05, eenheid 04 (Uur)" for messages. */
export function beschrijfSleutel(t: TariefSleutel): string {
  const eenheid = t.eenheid === null ? 'budget per jaar' : `eenheid ${t.eenheid} (${EENHEID_OMSCHRIJVING[t.eenheid]})`;
  return `product ${t.productCategorie}/${t.productCode}, ${eenheid}`;
}
