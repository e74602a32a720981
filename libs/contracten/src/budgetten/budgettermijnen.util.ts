import {
  aantalDagen,
  betaalschema,
  deelAfgerond,
  maxDatum,
  minDatum,
  type Betaalafspraak,
  type Centen,
  type Kalenderdatum,
  type Termijn,
} from '#keten/domain';

export interface Budgetversie {
  jaarbedragCenten: Centen;
  ingangsdatum: Kalenderdatum;
  einddatum: Kalenderdatum;
  betaalafspraak: Betaalafspraak;
}

/**
 * The budget for each calendar year a version covers: the jaarbedrag, or for a partial year its share by days,
 * jaarbedrag × dagen / dagen in het jaar, rounded half away from zero to whole cents. Per calendar year, so that
 * ending a version on 31 December (indexation from 1 January) leaves the earlier years' amounts unchanged.
 */
export function jaarbudgetten(
  v: Budgetversie,
): { periode: { begindatum: Kalenderdatum; einddatum: Kalenderdatum }; bedrag: Centen }[] {
  const uit = [];
  for (let jaar = +v.ingangsdatum.slice(0, 4); jaar <= +v.einddatum.slice(0, 4); jaar++) {
    const jaarPeriode = { begindatum: `${jaar}-01-01`, einddatum: `${jaar}-12-31` };
    const periode = {
      begindatum: maxDatum(jaarPeriode.begindatum, v.ingangsdatum),
      einddatum: minDatum(jaarPeriode.einddatum, v.einddatum),
    };
    const dagen = aantalDagen(periode);
    const heelJaar = aantalDagen(jaarPeriode);
    const bedrag =
      dagen === heelJaar
        ? v.jaarbedragCenten
        : Number(deelAfgerond(BigInt(v.jaarbedragCenten) * BigInt(dagen), BigInt(heelJaar)));
    uit.push({ periode, bedrag });
  }
  return uit;
}

/** The payable termijnen of a budget version: per calendar year the domain's termijnschema, numbered on. */
export function budgettermijnen(v: Budgetversie): Termijn[] {
  let volgnummer = 0;
  return jaarbudgetten(v).flatMap(({ periode, bedrag }) =>
    betaalschema({
      model: 'subsidie',
      budget: bedrag,
      periode,
      voorwaarden: [],
      termijnen: v.betaalafspraak,
      verantwoording: { frequentie: 'jaar', dagenNaPeriode: 0, indicatoren: [] },
    }).map((t) => ({ ...t, volgnummer: ++volgnummer })),
  );
}
