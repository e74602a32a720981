import { assertCenten, formatEuro, type Centen } from '../geld/bedrag.util.js';
import { EENHEID_OMSCHRIJVING, type Eenheid } from '../codelijsten/eenheid.enum.js';
import type { Tariefbevinding } from './tarief.types.js';
import {
  afrondenOpCenten,
  alsDecimaal,
  alsTekst,
  breuk,
  gedeeldDoor,
  maal,
  min,
  parseDecimaal,
  plus,
  vergelijk,
  type Breuk,
} from './breuk.util.js';

// Cost build-up of a tariff after art. 5.4 Uitvoeringsbesluit Wmo 2015 (Wmo art. 2.6.6; Jeugdwet art. 2.11):
//   a. beroepskracht: jaarsalaris × (1 + werkgeverslasten%)
//   c. niet-productieve uren: productieve uren = jaaruren × (1 − Σ niet-productief%); the loonkosten are
//      spread over the productive hours only, the difference with spreading over all hours is element c
//   d. reis- en opleidingskosten per fte per jaar, over the productive hours
//   f. overige kosten door gemeentelijke verplichtingen per fte per jaar, over the productive hours
//   b. overhead over the direct costs (a + c + d + f): as an opslag (× p%) or as a share of the kostprijs
//      (overhead = p% of the result, i.e. direct × p / (100 − p))
//   e. indexatie of the kostprijs to the tariff year
// then per eenheid: × uren per eenheid ÷ groepsgrootte. All arithmetic is exact (fractions of bigints);
// the tariff is rounded ONCE to whole cents, half away from zero. Percentages and hours are decimal strings.

export interface Kostenopbouw {
  jaarsalaris: Centen;
  werkgeverslastenPercentage: string;
  jaarurenPerFte: string;
  nietProductieveUren: { omschrijving: string; percentage: string }[];
  reiskostenPerJaar: Centen;
  opleidingskostenPerJaar: Centen;
  overigeVerplichtingenPerJaar: Centen;
  overhead: { percentage: string; grondslag: 'opslag' | 'aandeelInKostprijs' };
  indexatiePercentage: string;
  /** Hours of the beroepskracht per eenheid: '1' uur, '4' dagdeel, '1/60' minuut; divided by groepsgrootte. */
  urenPerEenheid: string;
  groepsgrootte?: number;
}

export type Kostenelement = 'a' | 'b' | 'c' | 'd' | 'e' | 'f';

export type Stap =
  | 'kostenBeroepskrachtPerJaar'
  | 'nietProductiefPercentage'
  | 'productieveUrenPerJaar'
  | 'loonkostenPerUurZonderNietProductief'
  | 'nietProductieveUrenPerProductiefUur'
  | 'loonkostenPerProductiefUur'
  | 'reisEnOpleidingPerProductiefUur'
  | 'overigeVerplichtingenPerProductiefUur'
  | 'directeKostenPerProductiefUur'
  | 'overheadPerProductiefUur'
  | 'kostprijsPerProductiefUur'
  | 'indexatiePerProductiefUur'
  | 'geindexeerdeKostprijsPerUur'
  | 'kostprijsPerEenheid';

export interface Tussenuitkomst {
  stap: Stap;
  element: Kostenelement | null;
  omschrijving: string;
  /** Exact value: cents for money, hours for hours, percent for percentages. */
  waarde: Breuk;
  /** The exact fraction written out, e.g. '6250000/1413'. */
  exact: string;
  /** For people: money rounded half away from zero to cents, other figures to 4 decimals ('≈' when not exact). */
  weergave: string;
}

export interface ReelePrijsBerekening {
  tarief: Centen;
  eenheid: Eenheid | null;
  stappen: Tussenuitkomst[];
}

export class KostenopbouwError extends RangeError {}

function decimaal(veld: string, waarde: string): Breuk {
  try {
    // A fraction 'a/b' is allowed too, e.g. urenPerEenheid '1/60' for a minute tariff.
    const [t, n] = waarde.split('/');
    if (n !== undefined) return gedeeldDoor(parseDecimaal(t), parseDecimaal(n));
    return parseDecimaal(waarde);
  } catch {
    throw new KostenopbouwError(`${veld}: geen geldig getal '${waarde}'`);
  }
}

const HONDERD = breuk(100n);
const EEN = breuk(1n);

export function berekenReelePrijs(k: Kostenopbouw, eenheid: Eenheid | null = null): ReelePrijsBerekening {
  for (const [veld, c] of [
    ['jaarsalaris', k.jaarsalaris],
    ['reiskostenPerJaar', k.reiskostenPerJaar],
    ['opleidingskostenPerJaar', k.opleidingskostenPerJaar],
    ['overigeVerplichtingenPerJaar', k.overigeVerplichtingenPerJaar],
  ] as const) {
    assertCenten(c, veld);
    if (c < 0) throw new KostenopbouwError(`${veld} mag niet negatief zijn`);
  }
  const groep = k.groepsgrootte ?? 1;
  if (!Number.isSafeInteger(groep) || groep < 1)
    throw new KostenopbouwError(`groepsgrootte moet een geheel getal ≥ 1 zijn: ${groep}`);
  const jaaruren = decimaal('jaarurenPerFte', k.jaarurenPerFte);
  if (vergelijk(jaaruren, breuk(0n)) <= 0) throw new KostenopbouwError('jaarurenPerFte moet groter dan nul zijn');
  const overheadPct = decimaal('overhead.percentage', k.overhead.percentage);
  if (
    vergelijk(overheadPct, breuk(0n)) < 0 ||
    (k.overhead.grondslag === 'aandeelInKostprijs' && vergelijk(overheadPct, HONDERD) >= 0)
  ) {
    throw new KostenopbouwError('overhead.percentage moet ≥ 0 zijn, en als aandeel in de kostprijs kleiner dan 100');
  }

  const stappen: Tussenuitkomst[] = [];
  const geld = (stap: Stap, element: Kostenelement | null, omschrijving: string, centen: Breuk): Breuk => {
    stappen.push({
      stap,
      element,
      omschrijving,
      waarde: centen,
      exact: alsTekst(centen),
      weergave: formatEuro(afrondenOpCenten(centen)),
    });
    return centen;
  };
  const getal = (stap: Stap, element: Kostenelement | null, omschrijving: string, w: Breuk, suffix: string): Breuk => {
    stappen.push({
      stap,
      element,
      omschrijving,
      waarde: w,
      exact: alsTekst(w),
      weergave: `${alsDecimaal(w, 4)} ${suffix}`,
    });
    return w;
  };

  const a = geld(
    'kostenBeroepskrachtPerJaar',
    'a',
    'Kosten beroepskracht per fte per jaar: jaarsalaris × (1 + werkgeverslasten%)',
    maal(
      breuk(k.jaarsalaris),
      plus(EEN, gedeeldDoor(decimaal('werkgeverslastenPercentage', k.werkgeverslastenPercentage), HONDERD)),
    ),
  );
  const np = getal(
    'nietProductiefPercentage',
    'c',
    `Niet-productieve uren: ${k.nietProductieveUren.map((n) => `${n.omschrijving} ${n.percentage}%`).join(' + ') || 'geen'}`,
    k.nietProductieveUren.reduce(
      (s, n) => plus(s, decimaal(`nietProductieveUren ${n.omschrijving}`, n.percentage)),
      breuk(0n),
    ),
    '%',
  );
  if (vergelijk(np, breuk(0n)) < 0 || vergelijk(np, HONDERD) >= 0)
    throw new KostenopbouwError('niet-productieve uren moeten samen ≥ 0% en < 100% zijn');
  const productieveUren = getal(
    'productieveUrenPerJaar',
    'c',
    'Productieve uren per fte per jaar: jaaruren × (1 − niet-productief%)',
    maal(jaaruren, min(EEN, gedeeldDoor(np, HONDERD))),
    'uur',
  );
  const zonderNp = geld(
    'loonkostenPerUurZonderNietProductief',
    'a',
    'Kosten beroepskracht per contractuur: a ÷ jaaruren',
    gedeeldDoor(a, jaaruren),
  );
  const loonPerUur = gedeeldDoor(a, productieveUren);
  geld(
    'nietProductieveUrenPerProductiefUur',
    'c',
    'Kosten niet-productieve uren per productief uur: a ÷ productieve uren − a ÷ jaaruren',
    min(loonPerUur, zonderNp),
  );
  geld('loonkostenPerProductiefUur', null, 'Loonkosten per productief uur (a + c): a ÷ productieve uren', loonPerUur);
  const reis = geld(
    'reisEnOpleidingPerProductiefUur',
    'd',
    'Reis- en opleidingskosten per productief uur',
    gedeeldDoor(breuk(BigInt(k.reiskostenPerJaar) + BigInt(k.opleidingskostenPerJaar)), productieveUren),
  );
  const overig = geld(
    'overigeVerplichtingenPerProductiefUur',
    'f',
    'Overige kosten door gemeentelijke verplichtingen per productief uur',
    gedeeldDoor(breuk(k.overigeVerplichtingenPerJaar), productieveUren),
  );
  const direct = geld(
    'directeKostenPerProductiefUur',
    null,
    'Directe kosten per productief uur (a + c + d + f)',
    plus(plus(loonPerUur, reis), overig),
  );
  const overheadFactor =
    k.overhead.grondslag === 'opslag'
      ? gedeeldDoor(overheadPct, HONDERD)
      : gedeeldDoor(overheadPct, min(HONDERD, overheadPct));
  const overhead = geld(
    'overheadPerProductiefUur',
    'b',
    k.overhead.grondslag === 'opslag'
      ? `Overhead: ${k.overhead.percentage}% opslag op de directe kosten`
      : `Overhead: ${k.overhead.percentage}% van de kostprijs (directe kosten × p ÷ (100 − p))`,
    maal(direct, overheadFactor),
  );
  const kostprijs = geld(
    'kostprijsPerProductiefUur',
    null,
    'Kostprijs per productief uur (directe kosten + overhead)',
    plus(direct, overhead),
  );
  const indexatie = geld(
    'indexatiePerProductiefUur',
    'e',
    `Indexatie: ${k.indexatiePercentage}% over de kostprijs`,
    maal(kostprijs, gedeeldDoor(decimaal('indexatiePercentage', k.indexatiePercentage), HONDERD)),
  );
  const geindexeerd = geld(
    'geindexeerdeKostprijsPerUur',
    null,
    'Geïndexeerde kostprijs per productief uur',
    plus(kostprijs, indexatie),
  );
  const urenPerEenheid = decimaal('urenPerEenheid', k.urenPerEenheid);
  if (vergelijk(urenPerEenheid, breuk(0n)) <= 0) throw new KostenopbouwError('urenPerEenheid moet groter dan nul zijn');
  const eenheidTekst = eenheid === null ? 'eenheid' : `eenheid ${eenheid} (${EENHEID_OMSCHRIJVING[eenheid]})`;
  const perEenheid = geld(
    'kostprijsPerEenheid',
    null,
    `Kostprijs per ${eenheidTekst}: × ${k.urenPerEenheid} uur ÷ groepsgrootte ${groep}`,
    gedeeldDoor(maal(geindexeerd, urenPerEenheid), breuk(BigInt(groep))),
  );

  // The one rounding: to whole cents, half away from zero.
  return { tarief: Number(afrondenOpCenten(perEenheid)), eenheid, stappen };
}

/**
 * Wmo art. 2.6.6 / Uitvoeringsbesluit art. 5.4: a vaste prijs applies to bids and the contract as is; a reële
 * prijs is a floor under bids and the contract. Returns why a tariff is refused, or null when it is acceptable.
 */
export interface Prijsnorm {
  soort: 'reelePrijs' | 'vastePrijs';
  bedrag: Centen;
  eenheid: Eenheid | null;
}

export function toetsTegenPrijsnorm(
  aangeboden: { bedrag: Centen; eenheid: Eenheid | null },
  prijs: Prijsnorm,
): Tariefbevinding | null {
  if (aangeboden.eenheid !== prijs.eenheid) {
    return {
      code: 'EENHEID_WIJKT_AF_VAN_PRIJSNORM',
      melding: `Het tarief is per eenheid ${aangeboden.eenheid ?? 'geen'}, de vastgestelde prijs per eenheid ${prijs.eenheid ?? 'geen'}; niet vergelijkbaar.`,
    };
  }
  if (prijs.soort === 'reelePrijs' && aangeboden.bedrag < prijs.bedrag) {
    return {
      code: 'ONDER_REELE_PRIJS',
      melding: `Het tarief ${formatEuro(aangeboden.bedrag)} ligt ${formatEuro(prijs.bedrag - aangeboden.bedrag)} onder de reële prijs van ${formatEuro(prijs.bedrag)} (Wmo 2015 art. 2.6.6, Uitvoeringsbesluit art. 5.4).`,
    };
  }
  if (prijs.soort === 'vastePrijs' && aangeboden.bedrag !== prijs.bedrag) {
    return {
      code: 'AFWIJKING_VASTE_PRIJS',
      melding: `Het tarief ${formatEuro(aangeboden.bedrag)} wijkt af van de vaste prijs van ${formatEuro(prijs.bedrag)}; een vaste prijs geldt voor inschrijving en contract (Wmo 2015 art. 2.6.6).`,
    };
  }
  return null;
}
