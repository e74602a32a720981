// Maximum volume of a toewijzing, per ProductPeriode (TR321) and over its whole duration (TR322), by frequentie
// (WMO757) with the week methods of IV076/IV077 and the broken-period rule IV078 (istandaarden.md 3.4 C, D).
// Also used by the controller's verplichtingen. All counts are in days since 1970 to avoid date strings in loops.
import { Domein, Frequentie, ProductcategorieWmo, Uitvoeringsvariant } from '../codelijsten/index.js';
import { vanDagnummer, type Kalenderdatum } from '../datum/index.js';
import { dagnummerSnel as dagnummer } from './bevinding.util.js';
import type { DatumBereik, Omvang } from './beoordeling.types.js';

export interface VolumeToewijzing {
  omvang: Omvang;
  ingangsdatum: Kalenderdatum;
  einddatum: Kalenderdatum | null;
  uitvoeringsvariant: Uitvoeringsvariant;
  productCategorie?: string | null;
}

/** TR321 (iWmo only): HbH (categorie 01) with frequentie per week may reach 6× the weekly volume per ProductPeriode. */
export const HBH_WEEKFACTOR = 6;

/** ISO weekday of a day number: 1 = maandag … 7 = zondag (day 0, 01-01-1970, was a Thursday). */
function weekdagVan(dag: number): number {
  return ((((dag + 3) % 7) + 7) % 7) + 1;
}

/** Number of distinct ISO weeks (maandag–zondag) that [van, tot] touches, broken weeks included (IV077). */
export function isoWekenInPeriode(van: Kalenderdatum, tot: Kalenderdatum): number {
  return isoWeken(dagnummer(van), dagnummer(tot));
}

/** Number of Sundays in [van, tot] (IV077, outputgericht). */
export function zondagenInPeriode(van: Kalenderdatum, tot: Kalenderdatum): number {
  return zondagen(dagnummer(van), dagnummer(tot));
}

/** Number of calendar months that [van, tot] touches. */
export function maandenInPeriode(van: Kalenderdatum, tot: Kalenderdatum): number {
  if (tot < van) return 0;
  return (+tot.slice(0, 4) - +van.slice(0, 4)) * 12 + (+tot.slice(5, 7) - +van.slice(5, 7)) + 1;
}

function isoWeken(van: number, tot: number): number {
  if (tot < van) return 0;
  const maandagVan = van - (weekdagVan(van) - 1);
  const maandagTot = tot - (weekdagVan(tot) - 1);
  return (maandagTot - maandagVan) / 7 + 1;
}

function zondagen(van: number, tot: number): number {
  if (tot < van) return 0;
  const eersteZondag = van + (7 - weekdagVan(van));
  return eersteZondag > tot ? 0 : Math.floor((tot - eersteZondag) / 7) + 1;
}

/**
 * IV077 outputgericht: when the toewijzing does not end on a Sunday, its last broken week is added to the
 * ProductPeriode holding its last Sunday. The doc is silent on a toewijzing without any Sunday; we then add that
 * one (broken) week where the toewijzing ends, so the week is counted exactly once, as for every other week.
 */
function dagVanLaatsteGebrokenWeek(ingang: number, eind: number): number | null {
  const wd = weekdagVan(eind);
  if (wd === 7) return null;
  const laatsteZondag = eind - wd;
  return laatsteZondag >= ingang ? laatsteZondag : eind;
}

/**
 * The most a single ProductPeriode may carry under this toewijzing (TR321), in the eenheid of the toewijzing
 * (eurocent for 83). Only the part of the ProductPeriode within the toewijzing counts; 0 when they do not overlap.
 */
export function maxVolumeInProductPeriode(
  toewijzing: VolumeToewijzing,
  productPeriode: DatumBereik,
  domein?: Domein,
): number {
  const { volume, frequentie } = toewijzing.omvang;
  const ingang = dagnummer(toewijzing.ingangsdatum);
  const eind = toewijzing.einddatum === null ? null : dagnummer(toewijzing.einddatum);
  const van = Math.max(dagnummer(productPeriode.begindatum), ingang);
  const tot = eind === null ? dagnummer(productPeriode.einddatum) : Math.min(dagnummer(productPeriode.einddatum), eind);
  if (tot < van) return 0;

  switch (frequentie) {
    case Frequentie.PerDag:
      return (tot - van + 1) * volume;
    case Frequentie.PerWeek: {
      let weken: number;
      if (toewijzing.uitvoeringsvariant === Uitvoeringsvariant.Outputgericht) {
        // IV077 outputgericht: the weeks whose Sunday falls in the ProductPeriode, plus the last broken week.
        weken = zondagen(van, tot);
        const extra = eind === null ? null : dagVanLaatsteGebrokenWeek(ingang, eind);
        if (extra !== null && extra >= van && extra <= tot) weken += 1;
      } else {
        // IV076/IV077 inspanningsgericht: every (broken) ISO week touching the ProductPeriode counts whole (IV078).
        weken = isoWeken(van, tot);
      }
      if (domein === Domein.Wmo && toewijzing.productCategorie === ProductcategorieWmo.HulpBijHetHuishouden) {
        weken = Math.max(weken, HBH_WEEKFACTOR);
      }
      return weken * volume;
    }
    case Frequentie.PerMaand:
      // IV078: a broken first or last month may carry the full monthly volume. For outputgericht the doc leaves
      // it to gemeente and aanbieder; we apply the same, which like the Sunday method counts every month once,
      // and TR322 still caps the total over the toewijzing.
      return maandenInPeriode(vanDagnummer(van), vanDagnummer(tot)) * volume;
    case Frequentie.TotaalBinnenGeldigheidsduur:
      return volume;
    default:
      return assertNooit(frequentie);
  }
}

/**
 * The most the whole toewijzing may carry (TR322), in its eenheid; null when unbounded (open-ended toewijzing with
 * a frequentie per dag/week/maand). Pass einddatumVoorOpen to bound an open-ended one (e.g. the year end).
 */
export function maxVolumeToewijzing(toewijzing: VolumeToewijzing, einddatumVoorOpen?: Kalenderdatum): number | null {
  const { volume, frequentie } = toewijzing.omvang;
  if (frequentie === Frequentie.TotaalBinnenGeldigheidsduur) return volume;
  const einddatum = toewijzing.einddatum ?? einddatumVoorOpen ?? null;
  if (einddatum === null) return null;
  const ingang = dagnummer(toewijzing.ingangsdatum);
  const eind = dagnummer(einddatum);
  if (eind < ingang) return 0;

  switch (frequentie) {
    case Frequentie.PerDag:
      return (eind - ingang + 1) * volume;
    case Frequentie.PerWeek:
      if (toewijzing.uitvoeringsvariant === Uitvoeringsvariant.Outputgericht) {
        return (zondagen(ingang, eind) + (weekdagVan(eind) === 7 ? 0 : 1)) * volume;
      }
      // Example in istandaarden.md 3.4 D: 07-10-2025…30-12-2025 = ISO weeks 41–52 + week 1 = 13 × weekly volume.
      return isoWeken(ingang, eind) * volume;
    case Frequentie.PerMaand:
      return maandenInPeriode(toewijzing.ingangsdatum, einddatum) * volume;
    default:
      return assertNooit(frequentie);
  }
}

function assertNooit(waarde: never): never {
  throw new RangeError(`onbekende frequentie: ${String(waarde)}`);
}
