import type { Centen } from '../geld/bedrag.util.js';
import type { Kalenderdatum } from '../datum/kalenderdatum.util.js';
import type { Eenheid } from '../codelijsten/eenheid.enum.js';

/**
 * One version of a contract tariff (architecture.md 4: tariff versions with validity, never overwritten).
 * eenheid null: the amount is a taakgericht (lumpsum) budget per kalenderjaar for the product, not a unit price;
 * contractstandaard art. 3.2 indexes tariffs and taakgerichte budgets alike.
 */
export interface Tarief {
  tariefId: string;
  productCategorie: string;
  productCode: string;
  eenheid: Eenheid | null;
  bedrag: Centen;
  ingangsdatum: Kalenderdatum;
  einddatum: Kalenderdatum | null;
}

export interface TariefSleutel {
  productCategorie: string;
  productCode: string;
  eenheid: Eenheid | null;
}

/** A finding of a pure check: a stable code for programs and a Dutch message for people. */
export interface Tariefbevinding {
  code: string;
  melding: string;
  tariefIds?: string[];
}
