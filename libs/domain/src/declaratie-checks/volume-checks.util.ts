// 3.4 C/D, 3.8 step 8: the declared volume fits the toewijzing per ProductPeriode (TR321) and cumulatively
// (TR322), and the amounts fit an assigned budget (TR369). Cumulative sums are over approved, non-credited
// prestaties of earlier declaraties and of this one (c.lopend), on every version of the ToewijzingNummer.
import { Domein, Frequentie, ProductcategorieWmo, Uitvoeringsvariant } from '../codelijsten/index.js';
import { maxDatum, minDatum } from '../datum/index.js';
import { formatEuro } from '../geld/index.js';
import type { DatumBereik, PrestatieInvoer, ToewijzingInvoer } from './beoordeling.types.js';
import { GEEN, basisFactor, bevinding, volumeInBasis } from './bevinding.util.js';
import { isGeldigeProductPeriode } from './periode-checks.util.js';
import type { PrestatieContext } from './prestatie-context.types.js';
import { datumTekst, frequentieTekst, minutenTekst, periodeTekst, volumeTekst } from './toelichting.util.js';
import {
  HBH_WEEKFACTOR,
  isoWekenInPeriode,
  maxVolumeInProductPeriode,
  maxVolumeToewijzing,
  zondagenInPeriode,
  type VolumeToewijzing,
} from './volume.util.js';

type Uitkomst = ReturnType<typeof bevinding>;
// Casts to VolumeToewijzing below follow a check that omvang is not null.

function basisTekst(volumeInBasis: number, t: ToewijzingInvoer): string {
  const omvang = t.omvang;
  if (omvang === null) return String(volumeInBasis);
  return basisFactor(omvang.eenheid) === 60 ? minutenTekst(volumeInBasis) : volumeTekst(volumeInBasis, omvang.eenheid);
}

function toegewezenTekst(t: ToewijzingInvoer): string {
  const omvang = t.omvang;
  if (omvang === null) return '';
  return `${volumeTekst(omvang.volume, omvang.eenheid)} ${frequentieTekst(omvang.frequentie)}`;
}

/** Why the cap per ProductPeriode is what it is, for the toelichting of TR321. */
function uitlegPerPeriode(t: ToewijzingInvoer, deel: DatumBereik, domein: Domein): string {
  const omvang = t.omvang;
  if (omvang === null || omvang.frequentie !== Frequentie.PerWeek) return '';
  if (domein === Domein.Wmo && t.productCategorie === ProductcategorieWmo.HulpBijHetHuishouden) {
    return ` (hulp bij het huishouden: een productperiode mag tot ${HBH_WEEKFACTOR} keer het weekvolume bevatten, TR321)`;
  }
  if (t.uitvoeringsvariant === Uitvoeringsvariant.Outputgericht) {
    const z = zondagenInPeriode(deel.begindatum, deel.einddatum);
    return ` (outputgericht: ${z} ${z === 1 ? 'week' : 'weken'} waarvan de zondag in deze periode valt, IV077)`;
  }
  const w = isoWekenInPeriode(deel.begindatum, deel.einddatum);
  return ` (${w} kalenderweken raken deze periode, IV077)`;
}

/**
 * TR321: GeleverdVolume fits the volume for the ProductPeriode by Eenheid and Frequentie of the toewijzing and the
 * duration of the ProductPeriode; iWmo categorie 01 per week up to 6× the weekly volume.
 */
export function TR321(p: PrestatieInvoer, c: PrestatieContext): Uitkomst {
  const t = c.toewijzing;
  if (t === null || t.omvang === null || !isGeldigeProductPeriode(p)) return GEEN;
  const gedeclareerd = volumeInBasis(p.geleverdVolume, p.eenheid, t.omvang.eenheid);
  if (gedeclareerd === null) return GEEN;
  const max =
    maxVolumeInProductPeriode(t as VolumeToewijzing, p.productPeriode, c.kop.domein) * basisFactor(t.omvang.eenheid);
  if (gedeclareerd <= max) return GEEN;
  const deel: DatumBereik = {
    begindatum: maxDatum(p.productPeriode.begindatum, t.ingangsdatum),
    einddatum: t.einddatum === null ? p.productPeriode.einddatum : minDatum(p.productPeriode.einddatum, t.einddatum),
  };
  const binnen = deel.begindatum <= deel.einddatum ? periodeTekst(deel) : periodeTekst(p.productPeriode);
  return bevinding(
    '9321',
    'TR321',
    `Toegewezen ${toegewezenTekst(t)}: ten hoogste ${basisTekst(max, t)} in ${binnen}${uitlegPerPeriode(t, deel, c.kop.domein)}; ` +
      `gedeclareerd ${basisTekst(gedeclareerd, t)}.`,
  );
}

/** TR322: Σ GeleverdVolume over all prestaties on the toewijzing ≤ its maximum volume over its whole duration. */
export function TR322(p: PrestatieInvoer, c: PrestatieContext): Uitkomst {
  const t = c.toewijzing;
  if (t === null || t.omvang === null || c.lopend === null) return GEEN;
  const gedeclareerd = volumeInBasis(p.geleverdVolume, p.eenheid, t.omvang.eenheid);
  if (gedeclareerd === null) return GEEN;
  const maxToewijzing = maxVolumeToewijzing(t as VolumeToewijzing);
  if (maxToewijzing === null) return GEEN;
  const max = maxToewijzing * basisFactor(t.omvang.eenheid);
  const samen = c.lopend.volumeInBasis + gedeclareerd;
  if (samen <= max) return GEEN;
  const looptijd =
    t.einddatum === null
      ? `vanaf ${datumTekst(t.ingangsdatum)}`
      : `van ${datumTekst(t.ingangsdatum)} t/m ${datumTekst(t.einddatum)}`;
  return bevinding(
    '9322',
    'TR322',
    `Toegewezen ${toegewezenTekst(t)} ${looptijd}: ten hoogste ${basisTekst(max, t)} in totaal; eerder goedgekeurd ` +
      `${basisTekst(c.lopend.volumeInBasis, t)}, nu gedeclareerd ${basisTekst(gedeclareerd, t)}, samen ${basisTekst(samen, t)}.`,
  );
}

/** TR369: Σ over all prestaties on a toewijzing with Budget ≤ that Budget, compared in eurocent. */
export function TR369(p: PrestatieInvoer, c: PrestatieContext): Uitkomst {
  const t = c.toewijzing;
  if (t === null || t.budget === null || c.lopend === null) return GEEN;
  const samen = c.lopend.bedrag + p.ingediendBedrag;
  if (samen <= t.budget) return GEEN;
  return bevinding(
    '9369',
    'TR369',
    `Toegewezen budget ${formatEuro(t.budget)}; eerder goedgekeurd ${formatEuro(c.lopend.bedrag)}, nu gedeclareerd ` +
      `${formatEuro(p.ingediendBedrag)}, samen ${formatEuro(samen)}.`,
  );
}
