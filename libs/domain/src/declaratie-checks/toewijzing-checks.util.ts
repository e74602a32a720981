// 3.4 B (first part), 3.8 steps 3 and 4: the prestatie belongs to a ToegewezenProduct of this client and
// aanbieder (latest version, IV013) and declares the product and eenheid assigned.
import { Eenheid, EENHEID_OMSCHRIJVING, RedenWijziging } from '../codelijsten/index.js';
import type { PrestatieInvoer } from './beoordeling.types.js';
import { GEEN, bevinding } from './bevinding.util.js';
import type { PrestatieContext } from './prestatie-context.types.js';

type Uitkomst = ReturnType<typeof bevinding>;

function eenheidNaam(eenheid: string): string {
  return `${eenheid} (${EENHEID_OMSCHRIJVING[eenheid as Eenheid] ?? 'onbekend'})`;
}

/**
 * TR338: the prestatie relates to a ToegewezenProduct by ToewijzingNummer, assigned to this aanbieder. Another
 * aanbieder's toewijzing gets the same answer as an unknown number: an aanbieder must not learn that it exists.
 */
export function TR338(p: PrestatieInvoer, c: PrestatieContext): Uitkomst {
  const t = c.toewijzing;
  if (t === null || t.aanbiederAgb !== c.kop.aanbiederAgb) {
    return bevinding(
      '9338',
      'TR338',
      `Toewijzingnummer ${p.toewijzingNummer} is niet bekend bij gemeente ${c.kop.gemeente} voor deze aanbieder.`,
    );
  }
  return GEEN;
}

/** TR304: the Bsn of the prestatie's client is the Bsn of the toewijzing. The Bsn itself is never in a toelichting. */
export function TR304(p: PrestatieInvoer, c: PrestatieContext): Uitkomst {
  if (c.toewijzing === null || c.toewijzing.bsn === p.bsn) return GEEN;
  return bevinding(
    '8187',
    'TR304',
    `Toewijzing ${p.toewijzingNummer} hoort bij een andere cliënt dan de cliënt waaronder deze prestatie staat.`,
  );
}

/** TR384 / OP276: never declare on a toewijzing whose latest version has RedenWijziging 13 (Verwijderd). */
export function TR384(p: PrestatieInvoer, c: PrestatieContext): Uitkomst {
  if (c.toewijzing === null || c.toewijzing.redenWijziging !== RedenWijziging.Verwijderd) return GEEN;
  return bevinding(
    '9384',
    'TR384',
    `Toewijzing ${p.toewijzingNummer} is verwijderd (reden wijziging 13) en geldt als nooit verzonden.`,
  );
}

/** TR339: ProductCategorie equals the categorie of the toewijzing, when that is filled (not generiek). */
export function TR339(p: PrestatieInvoer, c: PrestatieContext): Uitkomst {
  const categorie = c.toewijzing?.productCategorie ?? null;
  if (categorie === null || categorie === p.productCategorie) return GEEN;
  return bevinding(
    '9339',
    'TR339',
    `Gedeclareerd in productcategorie ${p.productCategorie}, toegewezen is categorie ${categorie}.`,
  );
}

/** TR340: ProductCode equals the code of the toewijzing, when that is filled (specifiek). */
export function TR340(p: PrestatieInvoer, c: PrestatieContext): Uitkomst {
  const code = c.toewijzing?.productCode ?? null;
  if (code === null || code === p.productCode) return GEEN;
  return bevinding(
    '9340',
    'TR340',
    `Gedeclareerd met productcode ${p.productCode}, toegewezen is productcode ${code}.`,
  );
}

/** TR381: the ProductCode belongs to the ProductCategorie in the productcodelijst in use. */
export function TR381(p: PrestatieInvoer, c: PrestatieContext): Uitkomst {
  if (c.context.productcodeBijCategorie(p.productCategorie, p.productCode, p.productPeriode.begindatum)) return GEEN;
  return bevinding(
    'S329',
    'TR381',
    `Productcode ${p.productCode} hoort niet bij productcategorie ${p.productCategorie} in de gebruikte productcodelijst.`,
  );
}

/**
 * TR341 / OP267 / IV081: the eenheid equals the toewijzing's; uur may be declared in minuten. Aspecifieke and
 * generieke toewijzingen carry no eenheid: there the eenheid must be one the contract has for the product.
 */
export function TR341(p: PrestatieInvoer, c: PrestatieContext): Uitkomst {
  const t = c.toewijzing;
  if (t === null) return GEEN;
  if (t.omvang !== null) {
    const toegewezen = t.omvang.eenheid;
    if (p.eenheid === toegewezen || (toegewezen === Eenheid.Uur && p.eenheid === Eenheid.Minuut)) return GEEN;
    return bevinding(
      '9341',
      'TR341',
      `Gedeclareerd in eenheid ${eenheidNaam(p.eenheid)}, toegewezen is eenheid ${eenheidNaam(toegewezen)}.`,
    );
  }
  const eenheden = c.context.gecontracteerdeEenheden?.(p.productCategorie, p.productCode, p.productPeriode.begindatum);
  if (eenheden === undefined) return GEEN;
  if (eenheden.includes(p.eenheid) || (p.eenheid === Eenheid.Minuut && eenheden.includes(Eenheid.Uur))) return GEEN;
  const contract = eenheden.length === 0 ? 'geen enkele eenheid' : eenheden.map(eenheidNaam).join(', ');
  return bevinding(
    '9341',
    'TR341',
    `Gedeclareerd in eenheid ${eenheidNaam(p.eenheid)}; het contract kent voor product ${p.productCategorie}/${p.productCode} ${contract}.`,
  );
}
