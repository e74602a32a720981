import {
  dagnummer,
  eersteVanMaand,
  Frequentie,
  laatsteVanMaand,
  maxDatum,
  minDatum,
  plusDagen,
  type Kalenderdatum,
} from '#keten/domain';

/** The toewijzing version as the commitment needs it (only the amounts; no client data). */
export interface VerplichtingVersie {
  ingangsdatum: Kalenderdatum;
  einddatum: Kalenderdatum | null;
  volume: number | null;
  eenheid: string | null;
  /** WMO757. */
  frequentie: string | null;
  budgetCenten: number | null;
}

export interface VerplichtingTarief {
  eenheid: string | null;
  bedragCenten: number | null;
  ingangsdatum: Kalenderdatum;
  einddatum: Kalenderdatum;
}

export interface MaandBedrag {
  /** First day of the month of care. */
  maand: Kalenderdatum;
  bedragCenten: number;
  /** Days of this month inside the toewijzing that had no tariff for its eenheid (then valued at 0). */
  dagenZonderTarief: number;
}

export interface Verplichting {
  /** The last day that counts: einddatum, the 307 stop, or the horizon when open-ended. */
  einddatum: Kalenderdatum | null;
  maanden: MaandBedrag[];
}

/**
 * The allocated cost of one toewijzing version per month of care (sturing-en-schaal.md 1): volume per frequency
 * times the contract tariff valid on each day, so a tariff change on 1 January splits a month's or a year's
 * commitment; a budget in euro's is spread over its days. A 307 stop ends it early (the days after the stop count
 * nothing); an open-ended toewijzing runs to the horizon. Each month is rounded once, half up.
 *
 * Rates per day: per dag = volume; per week = volume / 7; per maand = volume / days of that month; totaal binnen
 * geldigheidsduur = volume / days of the whole period (einddatum or horizon, not cut by the stop).
 */
export function berekenVerplichting(
  versie: VerplichtingVersie,
  tarieven: VerplichtingTarief[],
  stop: Kalenderdatum | null,
  horizon: Kalenderdatum,
): Verplichting {
  const periodeEind = versie.einddatum ?? maxDatum(horizon, versie.ingangsdatum);
  const eind = stop ? minDatum(periodeEind, stop) : periodeEind;
  if (eind < versie.ingangsdatum) return { einddatum: eind, maanden: [] };
  const periodeDagen = dagnummer(periodeEind) - dagnummer(versie.ingangsdatum) + 1;
  const maanden: MaandBedrag[] = [];

  if (versie.budgetCenten !== null && versie.volume === null) {
    // A budget: cumulative rounding, so the months of an unstopped budget add up to the budget exactly.
    let vorige = 0;
    let dagenTotNu = 0;
    for (let maand = eersteVanMaand(versie.ingangsdatum); maand <= eind; maand = plusDagen(laatsteVanMaand(maand), 1)) {
      const van = maxDatum(maand, versie.ingangsdatum);
      const tot = minDatum(laatsteVanMaand(maand), eind);
      dagenTotNu += dagnummer(tot) - dagnummer(van) + 1;
      const cumulatief = Math.round((versie.budgetCenten * dagenTotNu) / periodeDagen);
      maanden.push({ maand, bedragCenten: cumulatief - vorige, dagenZonderTarief: 0 });
      vorige = cumulatief;
    }
    return { einddatum: eind, maanden };
  }
  if (versie.volume === null || versie.frequentie === null) return { einddatum: eind, maanden: [] };

  const eigen = tarieven
    .filter((t) => t.eenheid === versie.eenheid && t.bedragCenten !== null)
    .sort((a, b) => a.ingangsdatum.localeCompare(b.ingangsdatum));
  for (let maand = eersteVanMaand(versie.ingangsdatum); maand <= eind; maand = plusDagen(laatsteVanMaand(maand), 1)) {
    const van = maxDatum(maand, versie.ingangsdatum);
    const tot = minDatum(laatsteVanMaand(maand), eind);
    const noemer = noemerVan(versie.frequentie, maand, periodeDagen);
    let teller = 0;
    let dagenMetTarief = 0;
    for (const t of eigen) {
      const a = maxDatum(van, t.ingangsdatum);
      const b = minDatum(tot, t.einddatum);
      if (b < a) continue;
      const dagen = dagnummer(b) - dagnummer(a) + 1;
      teller += versie.volume * t.bedragCenten! * dagen;
      dagenMetTarief += dagen;
    }
    maanden.push({
      maand,
      bedragCenten: Math.round(teller / noemer),
      dagenZonderTarief: dagnummer(tot) - dagnummer(van) + 1 - dagenMetTarief,
    });
  }
  return { einddatum: eind, maanden };
}

function noemerVan(frequentie: string, maand: Kalenderdatum, periodeDagen: number): number {
  switch (frequentie) {
    case Frequentie.PerDag:
      return 1;
    case Frequentie.PerWeek:
      return 7;
    case Frequentie.PerMaand:
      return dagnummer(laatsteVanMaand(maand)) - dagnummer(maand) + 1;
    case Frequentie.TotaalBinnenGeldigheidsduur:
      return periodeDagen;
    default:
      throw new RangeError(`onbekende frequentie ${frequentie}`);
  }
}
