/**
 * What sturing needs of a beoordeelde declaratie, summed while the beoordeling still has its verdicts in memory and
 * stored with the declaratie (keten.declaratie.goedgekeurde_bedragen), so that keeping the realisatie current never
 * reads the prestaties again (issue 13: under 20% of the beoordeling's own cost). No client data (sturing-en-schaal.md
 * 2). Columnar: the arrays go to PostgreSQL's unnest as they are.
 */
export interface BedragenSamenvatting {
  /** Approved debet − approved credit per product and month of care (first day of the ProductPeriode's month). */
  regels: {
    productcategorie: string[];
    productcode: string[];
    maand: string[];
    bedragCenten: number[];
    aantalPrestaties: number[];
  };
  beoordeeld: number;
  afgekeurd: number;
  /** How often each retourcode was given on a rejected prestatie, by code. */
  retourcodes: { retourcode: string[]; aantal: number[] };
}

/** One judged prestatie, as much of it as the summary reads. */
export interface BeoordeeldePrestatie {
  productcategorie: string;
  productcode: string;
  /** ProductPeriode begindatum, YYYY-MM-DD. */
  begindatum: string;
  ingediendBedragCenten: number;
  debetCredit: 'D' | 'C';
  goedgekeurd: boolean;
  retourcodes: readonly string[];
}

const maandVan = (datum: string) => `${datum.slice(0, 7)}-01`;
const vergelijk = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function vatBedragenSamen(prestaties: Iterable<BeoordeeldePrestatie>): BedragenSamenvatting {
  const perProduct = new Map<string, { categorie: string; code: string; maand: string; bedrag: number; n: number }>();
  const codes = new Map<string, number>();
  let beoordeeld = 0;
  let afgekeurd = 0;
  for (const p of prestaties) {
    beoordeeld++;
    if (!p.goedgekeurd) {
      afgekeurd++;
      for (const c of p.retourcodes) codes.set(c, (codes.get(c) ?? 0) + 1);
      continue;
    }
    const maand = maandVan(p.begindatum);
    const bedrag = p.debetCredit === 'C' ? -p.ingediendBedragCenten : p.ingediendBedragCenten;
    const productSleutel = `${p.productcategorie}|${p.productcode}|${maand}`;
    const product = perProduct.get(productSleutel);
    if (product) {
      product.bedrag += bedrag;
      product.n++;
    } else
      perProduct.set(productSleutel, {
        categorie: p.productcategorie,
        code: p.productcode,
        maand,
        bedrag,
        n: 1,
      });
  }
  // Sorted by key: the upsert that follows takes its row locks in this order, so two never deadlock.
  const producten = [...perProduct.values()].sort(
    (a, b) => vergelijk(a.categorie, b.categorie) || vergelijk(a.code, b.code) || vergelijk(a.maand, b.maand),
  );
  const retourcodes = [...codes.entries()].sort(([a], [b]) => vergelijk(a, b));
  return {
    regels: {
      productcategorie: producten.map((r) => r.categorie),
      productcode: producten.map((r) => r.code),
      maand: producten.map((r) => r.maand),
      bedragCenten: producten.map((r) => r.bedrag),
      aantalPrestaties: producten.map((r) => r.n),
    },
    beoordeeld,
    afgekeurd,
    retourcodes: { retourcode: retourcodes.map(([c]) => c), aantal: retourcodes.map(([, n]) => n) },
  };
}
