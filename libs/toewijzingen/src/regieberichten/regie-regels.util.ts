import type { Kalenderdatum, Retourcode } from '#keten/domain';

// The start/stop rules of istandaarden.md 3.5 that judge one StartProduct/StopProduct against the current regieberichten
// of its toewijzing. TR019 (relating to the toewijzing at all) needs the ledger and is checked by the service first.
//
// The sleutel (TR063/TR074/TR382, and the 9413–9415 texts in the basisschema): Bsn + ToewijzingNummer + Begindatum.
// Bsn and ToewijzingNummer are fixed once the product is related to its toewijzing (TR019), so within one toewijzing
// the sleutel of a start is its Begindatum, and a stop carries the Begindatum of the start it ends (TR382). A stop
// itself is identified by that sleutel + Einddatum + RedenBeeindiging (TR074/TR063 on a 307): a definitive stop may
// follow a temporary stop with the same Einddatum (TR414 allows ≥), which a sleutel without the reden would forbid.

export const REDEN_TIJDELIJK_BEEINDIGD = '20';

export interface ActueleRegie {
  soort: 'start' | 'stop';
  begindatum: Kalenderdatum;
  einddatum: Kalenderdatum | null;
  redenBeeindiging: string | null;
}

export interface RegieProduct {
  soort: 'start' | 'stop';
  /** COD467; only 1 and 3 reach this point (CS058 rejects the rest as 0001). */
  statusAanlevering: '1' | '3';
  begindatum: Kalenderdatum;
  einddatum?: Kalenderdatum;
  redenBeeindiging?: string;
}

export interface RegieBevinding {
  retourcode: Retourcode;
  regel: string;
  toelichting: string;
}

export interface RegieOordeel<T extends ActueleRegie> {
  bevindingen: RegieBevinding[];
  /** For an accepted delete (StatusAanlevering 3): the current row it deletes. */
  teVerwijderen: T | null;
}

const zelfdeStop = (s: ActueleRegie, p: RegieProduct) =>
  s.soort === 'stop' &&
  s.begindatum === p.begindatum &&
  s.einddatum === p.einddatum &&
  s.redenBeeindiging === p.redenBeeindiging;

/** Judges one product against the current (status 1, accepted, not deleted) regieberichten of the same toewijzing. */
export function beoordeelRegieProduct<T extends ActueleRegie>(actueel: readonly T[], p: RegieProduct): RegieOordeel<T> {
  const bevindingen: RegieBevinding[] = [];
  const starts = actueel.filter((r) => r.soort === 'start');
  const stopsVan = (begindatum: Kalenderdatum) =>
    actueel.filter((r) => r.soort === 'stop' && r.begindatum === begindatum);
  const startMetSleutel = starts.find((s) => s.begindatum === p.begindatum) ?? null;

  if (p.soort === 'start' && p.statusAanlevering === '1') {
    if (startMetSleutel) {
      bevindingen.push({
        retourcode: '9074',
        regel: 'TR074',
        toelichting: `er is al een start met begindatum ${p.begindatum} op deze toewijzing`,
      });
    } else {
      // TR326/OP289: one current start per toegewezen product; a start that has any stop (temporary or definitive) is done.
      const lopend = starts.find((s) => stopsVan(s.begindatum).length === 0);
      if (lopend)
        bevindingen.push({
          retourcode: '9326',
          regel: 'TR326',
          toelichting: `de levering die begon op ${lopend.begindatum} is nog niet gestopt met een stopbericht`,
        });
    }
    return { bevindingen, teVerwijderen: null };
  }

  if (p.soort === 'start') {
    if (!startMetSleutel) {
      bevindingen.push({
        retourcode: '9063',
        regel: 'TR063',
        toelichting: `er is geen start met begindatum ${p.begindatum} om te verwijderen`,
      });
      return { bevindingen, teVerwijderen: null };
    }
    if (stopsVan(p.begindatum).length > 0) {
      bevindingen.push({
        retourcode: '9071',
        regel: 'TR071',
        toelichting: `de start met begindatum ${p.begindatum} is al gestopt; verwijder eerst de stop`,
      });
      return { bevindingen, teVerwijderen: null };
    }
    return { bevindingen, teVerwijderen: startMetSleutel };
  }

  if (p.statusAanlevering === '3') {
    const stop = actueel.find((s) => zelfdeStop(s, p)) ?? null;
    if (!stop) {
      bevindingen.push({
        retourcode: '9063',
        regel: 'TR063',
        toelichting: `er is geen stop met begindatum ${p.begindatum}, einddatum ${p.einddatum} en reden ${p.redenBeeindiging} om te verwijderen`,
      });
    }
    return { bevindingen, teVerwijderen: stop };
  }

  // TR069/TR382: a stop repeats the sleutel of a current start.
  if (!startMetSleutel) {
    bevindingen.push({
      retourcode: '9069',
      regel: 'TR069',
      toelichting: `er is geen actuele start met begindatum ${p.begindatum} op deze toewijzing`,
    });
    return { bevindingen, teVerwijderen: null };
  }
  const stops = stopsVan(p.begindatum);
  if (stops.some((s) => zelfdeStop(s, p))) {
    bevindingen.push({
      retourcode: '9074',
      regel: 'TR074',
      toelichting: `deze stop (einddatum ${p.einddatum}, reden ${p.redenBeeindiging}) is al ontvangen`,
    });
    return { bevindingen, teVerwijderen: null };
  }
  // OP377–OP379: after a temporary stop (reden 20) only a definitive stop or a new start; after a definitive stop nothing.
  const definitief = stops.find((s) => s.redenBeeindiging !== REDEN_TIJDELIJK_BEEINDIGD);
  if (definitief) {
    bevindingen.push({
      retourcode: '9415',
      regel: 'TR415',
      toelichting: `deze levering is al definitief gestopt per ${definitief.einddatum} (reden ${definitief.redenBeeindiging})`,
    });
  }
  if (
    p.redenBeeindiging === REDEN_TIJDELIJK_BEEINDIGD &&
    stops.some((s) => s.redenBeeindiging === REDEN_TIJDELIJK_BEEINDIGD)
  ) {
    bevindingen.push({
      retourcode: '9413',
      regel: 'TR413',
      toelichting: 'deze levering is al tijdelijk gestopt (reden 20); stuur een definitieve stop of een nieuwe start',
    });
  }
  const later = stops.find((s) => s.einddatum !== null && p.einddatum !== undefined && p.einddatum < s.einddatum);
  if (later) {
    bevindingen.push({
      retourcode: '9414',
      regel: 'TR414',
      toelichting: `einddatum ${p.einddatum} ligt vóór de einddatum ${later.einddatum} van de eerdere stop`,
    });
  }
  return { bevindingen, teVerwijderen: null };
}
