// A small declarative model of the 3.2 XSDs: one reader and one writer walk it, so element order, cardinality and
// the LDT facets live in one place per message instead of in hand-written parse/build code.

export type Enkelvoudig =
  | { soort: 'tekst'; ldt: string; min: number; max?: number; patroon?: RegExp }
  | { soort: 'geheel'; ldt: string; min: number; max: number }
  | { soort: 'code'; ldt: string; waarden: ReadonlySet<string> }
  | { soort: 'datum'; ldt: string }
  | { soort: 'tijd'; ldt: string }
  // A fixed header value (BerichtCode, BerichtVersie, BerichtSubversie): checked on read, written on build, not kept
  // in the typed object.
  | { soort: 'vast'; ldt: string; waarde: string };

export interface Complex {
  soort: 'complex';
  // true for the CDT_ types of the basisschema: their child elements are in the basisschema namespace.
  basis: boolean;
  velden: readonly Veld[];
}

// A wrapper element (Clienten, Prestaties, RetourCodes ...) holding 1..n item elements; in the object it is an array.
export interface Lijst {
  soort: 'lijst';
  item: string;
  type: Enkelvoudig | Complex;
}

export type VeldType = Enkelvoudig | Complex | Lijst;

export interface Veld {
  element: string;
  sleutel: string;
  verplicht: boolean;
  type: VeldType;
}
