// 3.4 C (tariff and amount), 3.8 step 7: the ProductTarief is the contracted tariff (TR418) and the IngediendBedrag
// is volume × tarief (TR346), or the volume itself for eenheid 83 (CS339).
import { Eenheid, EENHEID_OMSCHRIJVING } from '../codelijsten/index.js';
import { deelAfgerond, formatEuro } from '../geld/index.js';
import type { BeoordelingContext, PrestatieInvoer } from './beoordeling.types.js';
import { GEEN, bevinding } from './bevinding.util.js';
import type { Contracttarief, PrestatieContext } from './prestatie-context.types.js';
import { datumTekst } from './toelichting.util.js';

type Uitkomst = ReturnType<typeof bevinding>;

/** IV081: the per-minute tariff shown for an uurtarief: uurtarief / 60, rounded half away from zero to a cent. */
export function minuuttariefVanUurtarief(uurtarief: number): number {
  return Number(deelAfgerond(BigInt(uurtarief), 60n));
}

/** IV081: IngediendBedrag for minuten under an uurtarief = (uurtarief × minuten) / 60, rounded half away from zero. */
export function bedragMinutenTegenUurtarief(uurtarief: number, minuten: number): number {
  return Number(deelAfgerond(BigInt(uurtarief) * BigInt(minuten), 60n));
}

/**
 * The contracted tariff for the prestatie's product and eenheid, valid on the first day of the ProductPeriode (a
 * ProductPeriode lies within one month; tariffs change at most per month in the raamovereenkomst). Minuten without
 * a minute tariff are priced from the uurtarief (IV081). Null when nothing is contracted, or for eenheid 83.
 */
export function bepaalContracttarief(p: PrestatieInvoer, context: BeoordelingContext): Contracttarief | null {
  if (p.eenheid === Eenheid.Euros) return null;
  const datum = p.productPeriode.begindatum;
  const direct = context.tariefOp(p.productCategorie, p.productCode, p.eenheid, datum);
  if (direct !== null) return { tarief: direct, uurtarief: null };
  if (p.eenheid === Eenheid.Minuut) {
    const uurtarief = context.tariefOp(p.productCategorie, p.productCode, Eenheid.Uur, datum);
    if (uurtarief !== null) return { tarief: minuuttariefVanUurtarief(uurtarief), uurtarief };
  }
  return null;
}

function perEenheid(eenheid: Eenheid): string {
  const naam = (EENHEID_OMSCHRIJVING[eenheid] ?? eenheid).toLowerCase();
  return `per ${naam}`;
}

/** CD087: ProductTarief is mandatory when Eenheid ≠ 83 and empty when Eenheid = 83. */
export function CD087(p: PrestatieInvoer): Uitkomst {
  if (p.eenheid === Eenheid.Euros && p.productTarief !== null) {
    return bevinding('0001', 'CD087', "Bij eenheid 83 (euro's) hoort geen producttarief, maar er is er een ingevuld.");
  }
  if (p.eenheid !== Eenheid.Euros && p.productTarief === null) {
    return bevinding('0001', 'CD087', `Bij eenheid ${p.eenheid} is een producttarief verplicht, maar het ontbreekt.`);
  }
  return GEEN;
}

/** TR418: ProductTarief equals the contracted tariff of the product for that eenheid on that date. */
export function TR418(p: PrestatieInvoer, c: PrestatieContext): Uitkomst {
  if (p.eenheid === Eenheid.Euros || p.productTarief === null) return GEEN;
  const contract = c.contracttarief;
  const product = `${p.productCategorie}/${p.productCode}`;
  if (contract === null) {
    return bevinding(
      '0611',
      'TR418',
      `Er is geen contracttarief voor product ${product} ${perEenheid(p.eenheid)} op ${datumTekst(p.productPeriode.begindatum)}; ` +
        `gedeclareerd tarief ${formatEuro(p.productTarief)}.`,
    );
  }
  if (p.productTarief === contract.tarief) return GEEN;
  const herkomst =
    contract.uurtarief === null
      ? ''
      : ` (uurtarief ${formatEuro(contract.uurtarief)} gedeeld door 60, afgerond, IV081)`;
  return bevinding(
    '0611',
    'TR418',
    `Gedeclareerd tarief ${formatEuro(p.productTarief)} ${perEenheid(p.eenheid)}; het contracttarief voor product ${product} ` +
      `is ${formatEuro(contract.tarief)}${herkomst}.`,
  );
}

/**
 * TR346 / IV081: Eenheid ≠ 83 ⇒ IngediendBedrag = GeleverdVolume × unrounded ProductTarief. For minuten under an
 * uurtarief the unrounded tariff is uurtarief/60, so IngediendBedrag = (uurtarief × minuten)/60 rounded to a cent.
 */
export function TR346(p: PrestatieInvoer, c: PrestatieContext): Uitkomst {
  if (p.eenheid === Eenheid.Euros || p.productTarief === null) return GEEN;
  const contract = c.contracttarief;
  const iv081 = contract !== null && contract.uurtarief !== null && p.productTarief === contract.tarief;
  let verwacht: number | bigint;
  if (iv081) {
    verwacht = bedragMinutenTegenUurtarief(contract.uurtarief as number, p.geleverdVolume);
  } else {
    verwacht = p.geleverdVolume * p.productTarief;
    // Up to 99 999 999 × 99 999 999 does not fit a double exactly: fall back to bigint.
    if (!Number.isSafeInteger(verwacht)) verwacht = BigInt(p.geleverdVolume) * BigInt(p.productTarief);
  }
  if (typeof verwacht === 'number' ? verwacht === p.ingediendBedrag : verwacht === BigInt(p.ingediendBedrag))
    return GEEN;
  const som = iv081
    ? `(uurtarief ${formatEuro(contract.uurtarief as number)} × ${p.geleverdVolume} minuten) / 60, afgerond (IV081)`
    : `${p.geleverdVolume} × ${formatEuro(p.productTarief)}`;
  return bevinding(
    '9346',
    'TR346',
    `Ingediend bedrag ${formatEuro(p.ingediendBedrag)}; ${som} is ${formatEuro(verwacht)}.`,
  );
}

/** CS339: Eenheid = 83 ⇒ IngediendBedrag = GeleverdVolume (both in eurocent, IV042). */
export function CS339(p: PrestatieInvoer): Uitkomst {
  if (p.eenheid !== Eenheid.Euros || p.ingediendBedrag === p.geleverdVolume) return GEEN;
  return bevinding(
    '0001',
    'CS339',
    `Bij eenheid 83 (euro's) moet het ingediend bedrag gelijk zijn aan het geleverd volume: volume ${formatEuro(p.geleverdVolume)}, bedrag ${formatEuro(p.ingediendBedrag)}.`,
  );
}
