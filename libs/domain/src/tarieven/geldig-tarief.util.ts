import { binnenPeriode, periodesOverlappen, type Periode } from '../datum/periode.util.js';
import type { Kalenderdatum } from '../datum/kalenderdatum.util.js';
import type { Tariefbevinding, Tarief, TariefSleutel } from './tarief.types.js';
import { beschrijfSleutel, tariefSleutel, zelfdeProduct } from './tarief-sleutel.util.js';

function periodeVan(t: Pick<Tarief, 'ingangsdatum' | 'einddatum'>): Periode {
  return { begindatum: t.ingangsdatum, einddatum: t.einddatum };
}

export function beschrijfPeriode(t: Pick<Tarief, 'ingangsdatum' | 'einddatum'>): string {
  return `${t.ingangsdatum} t/m ${t.einddatum ?? 'onbepaald'}`;
}

export class OverlappendeTarievenError extends Error {
  constructor(readonly tarieven: Tarief[]) {
    super(
      `meer dan één tarief geldig voor ${beschrijfSleutel(tarieven[0])}: ` +
        tarieven.map((t) => `${t.tariefId} (${beschrijfPeriode(t)})`).join(', '),
    );
  }
}

/**
 * The tariff in force for a product and eenheid on a date (TR418 compares the declared tariff with this one).
 * Validity periods are closed [ingangsdatum, einddatum]; a tariff that changes on 1 January therefore gives
 * 31 December and 1 January different tariffs. Overlapping versions are a data error, never silently resolved.
 */
export function geldigTarief<T extends Tarief>(
  tarieven: readonly T[],
  sleutel: TariefSleutel,
  datum: Kalenderdatum,
): T | null {
  const geldig = tarieven.filter((t) => zelfdeProduct(t, sleutel) && binnenPeriode(datum, periodeVan(t)));
  if (geldig.length > 1) throw new OverlappendeTarievenError(geldig);
  return geldig[0] ?? null;
}

/**
 * Tariff versions of one product and eenheid must not overlap (architecture.md 4: tariff validity without
 * overlap is a natural key). Returns one finding per overlapping pair, naming both periods; also flags an
 * einddatum before the ingangsdatum.
 */
export function valideerTariefperiodes(tarieven: readonly Tarief[]): Tariefbevinding[] {
  const bevindingen: Tariefbevinding[] = [];
  const perSleutel = new Map<string, Tarief[]>();
  for (const t of tarieven) {
    if (t.einddatum !== null && t.einddatum < t.ingangsdatum) {
      bevindingen.push({
        code: 'TARIEF_EINDDATUM_VOOR_INGANGSDATUM',
        melding: `Tarief ${t.tariefId} voor ${beschrijfSleutel(t)}: einddatum ${t.einddatum} ligt voor ingangsdatum ${t.ingangsdatum}.`,
        tariefIds: [t.tariefId],
      });
      continue;
    }
    const k = tariefSleutel(t);
    perSleutel.set(k, [...(perSleutel.get(k) ?? []), t]);
  }
  for (const groep of perSleutel.values()) {
    const gesorteerd = [...groep].sort((a, b) =>
      a.ingangsdatum < b.ingangsdatum ? -1 : a.ingangsdatum > b.ingangsdatum ? 1 : 0,
    );
    for (let i = 0; i < gesorteerd.length; i++) {
      for (let j = i + 1; j < gesorteerd.length; j++) {
        const a = gesorteerd[i];
        const b = gesorteerd[j];
        // Sorted by start: once b starts after a ends, no later version can overlap a either.
        if (a.einddatum !== null && b.ingangsdatum > a.einddatum) break;
        if (periodesOverlappen(periodeVan(a), periodeVan(b))) {
          bevindingen.push({
            code: 'TARIEFPERIODES_OVERLAPPEN',
            melding:
              `Tarieven voor ${beschrijfSleutel(a)} overlappen: ${beschrijfPeriode(a)} (${a.tariefId}) ` +
              `en ${beschrijfPeriode(b)} (${b.tariefId}).`,
            tariefIds: [a.tariefId, b.tariefId],
          });
        }
      }
    }
  }
  return bevindingen;
}
