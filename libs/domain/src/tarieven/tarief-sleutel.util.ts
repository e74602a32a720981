import type { TariefSleutel } from './tarief.types.js';
import { Eenheid } from '../codelijsten/eenheid.enum.js';

export const EENHEID_OMSCHRIJVING: Record<Eenheid, string> = {
  [Eenheid.Minuut]: 'Minuut',
  [Eenheid.Uur]: 'Uur',
  [Eenheid.Etmaal]: 'Etmaal',
  [Eenheid.Dagdeel]: 'Dagdeel (4 uur)',
  [Eenheid.StuksOutput]: 'Stuks (output)',
  [Eenheid.Euros]: "Euro's",
  [Eenheid.StuksInspanning]: 'Stuks (inspanning)',
};

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
