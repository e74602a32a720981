import { Domein, Eenheid, Frequentie, Uitvoeringsvariant } from '../codelijsten/index.js';
import {
  isoWekenInPeriode,
  maandenInPeriode,
  maxVolumeInProductPeriode,
  maxVolumeToewijzing,
  zondagenInPeriode,
  type VolumeToewijzing,
} from './volume.util.js';

function toewijzing(
  over: Partial<VolumeToewijzing> & { volume?: number; frequentie?: Frequentie } = {},
): VolumeToewijzing {
  return {
    omvang: { volume: over.volume ?? 3, eenheid: Eenheid.Uur, frequentie: over.frequentie ?? Frequentie.PerWeek },
    ingangsdatum: '2026-01-01',
    einddatum: '2026-12-31',
    uitvoeringsvariant: Uitvoeringsvariant.Inspanningsgericht,
    productCategorie: '02',
    ...over,
  };
}

const maand = (jjjjmm: string, laatste: string) => ({ begindatum: `${jjjjmm}-01`, einddatum: `${jjjjmm}-${laatste}` });

describe('week counting (IV077)', () => {
  it('should count broken ISO weeks at both ends when counting weeks touched', () => {
    // 07-10-2025 is in week 41, 30-12-2025 in week 1 of 2026: weeks 41–52 + 1 (istandaarden.md 3.4 D).
    expect(isoWekenInPeriode('2025-10-07', '2025-12-30')).toBe(13);
    expect(isoWekenInPeriode('2026-04-01', '2026-04-30')).toBe(5);
    expect(isoWekenInPeriode('2026-03-01', '2026-03-31')).toBe(6);
    expect(isoWekenInPeriode('2026-04-06', '2026-04-12')).toBe(1);
  });

  it('should count only Sundays when using the outputgericht method', () => {
    expect(zondagenInPeriode('2026-04-01', '2026-04-30')).toBe(4);
    expect(zondagenInPeriode('2026-03-01', '2026-03-31')).toBe(5);
    expect(zondagenInPeriode('2026-04-06', '2026-04-11')).toBe(0);
  });

  it('should count calendar months touched across a year end', () => {
    expect(maandenInPeriode('2025-10-14', '2026-01-02')).toBe(4);
    expect(maandenInPeriode('2026-04-30', '2026-04-01')).toBe(0);
  });
});

describe('maxVolumeToewijzing (TR322)', () => {
  it('should allow 39 uur when 3 uur per week is assigned from 07-10-2025 to 30-12-2025', () => {
    const t = toewijzing({ ingangsdatum: '2025-10-07', einddatum: '2025-12-30' });
    expect(maxVolumeToewijzing(t)).toBe(39);
  });

  it('should count Sundays plus the last broken week when outputgericht', () => {
    const t = toewijzing({
      ingangsdatum: '2025-10-07',
      einddatum: '2025-12-30',
      uitvoeringsvariant: Uitvoeringsvariant.Outputgericht,
    });
    // 12 Sundays (12-10 … 28-12) + the broken week ending Tuesday 30-12.
    expect(maxVolumeToewijzing(t)).toBe(39);
    expect(maxVolumeToewijzing({ ...t, einddatum: '2025-12-28' })).toBe(36);
  });

  it('should count every touched month in full when the frequentie is per maand (IV078)', () => {
    const t = toewijzing({
      volume: 15,
      frequentie: Frequentie.PerMaand,
      ingangsdatum: '2025-10-14',
      einddatum: '2025-12-10',
    });
    expect(maxVolumeToewijzing(t)).toBe(45);
  });

  it('should multiply by days when the frequentie is per dag', () => {
    const t = toewijzing({
      volume: 2,
      frequentie: Frequentie.PerDag,
      ingangsdatum: '2026-04-14',
      einddatum: '2026-04-30',
    });
    expect(maxVolumeToewijzing(t)).toBe(34);
  });

  it('should return the volume itself when the frequentie is totaal binnen geldigheidsduur', () => {
    expect(
      maxVolumeToewijzing(
        toewijzing({ volume: 40, frequentie: Frequentie.TotaalBinnenGeldigheidsduur, einddatum: null }),
      ),
    ).toBe(40);
  });

  it('should be unbounded when open-ended unless an end is given for the verplichtingen', () => {
    const t = toewijzing({ einddatum: null, ingangsdatum: '2026-12-01' });
    expect(maxVolumeToewijzing(t)).toBeNull();
    // December 2026: ISO weeks 49–53.
    expect(maxVolumeToewijzing(t, '2026-12-31')).toBe(15);
  });
});

describe('maxVolumeInProductPeriode (TR321)', () => {
  it('should allow 5 weeks in April 2026 when inspanningsgericht and 4 when outputgericht', () => {
    expect(maxVolumeInProductPeriode(toewijzing(), maand('2026-04', '30'))).toBe(15);
    expect(
      maxVolumeInProductPeriode(
        toewijzing({ uitvoeringsvariant: Uitvoeringsvariant.Outputgericht }),
        maand('2026-04', '30'),
      ),
    ).toBe(12);
  });

  it('should allow the full monthly volume in a broken first month when inspanningsgericht (IV078)', () => {
    // 15 uur per maand from 14-10 ⇒ up to 15 uur for 14–31 October (istandaarden.md 3.4 D).
    const t = toewijzing({ volume: 15, frequentie: Frequentie.PerMaand, ingangsdatum: '2025-10-14', einddatum: null });
    expect(maxVolumeInProductPeriode(t, { begindatum: '2025-10-14', einddatum: '2025-10-31' })).toBe(15);
  });

  it('should add the last broken week to the period holding the last Sunday when outputgericht', () => {
    // Ends Tuesday 02-06-2026; the last Sunday is 31-05, so May carries that week and June nothing.
    const t = toewijzing({
      ingangsdatum: '2026-04-01',
      einddatum: '2026-06-02',
      uitvoeringsvariant: Uitvoeringsvariant.Outputgericht,
    });
    const mei = maxVolumeInProductPeriode(t, maand('2026-05', '31'));
    const juni = maxVolumeInProductPeriode(t, { begindatum: '2026-06-01', einddatum: '2026-06-02' });
    const april = maxVolumeInProductPeriode(t, maand('2026-04', '30'));
    expect([april, mei, juni]).toEqual([12, 18, 0]);
    expect(april + mei + juni).toBe(maxVolumeToewijzing(t));
  });

  it('should over-count at month borders when inspanningsgericht so that TR322 still caps the total', () => {
    const t = toewijzing({ ingangsdatum: '2026-04-01', einddatum: '2026-05-31' });
    const perPeriode =
      maxVolumeInProductPeriode(t, maand('2026-04', '30')) + maxVolumeInProductPeriode(t, maand('2026-05', '31'));
    expect(perPeriode).toBe(30);
    expect(maxVolumeToewijzing(t)).toBe(27);
  });

  it('should allow up to 6 times the weekly volume for iWmo hulp bij het huishouden only (TR321)', () => {
    const broken = { begindatum: '2026-04-27', einddatum: '2026-04-30' };
    const hbh = toewijzing({ productCategorie: '01', ingangsdatum: '2026-04-27', volume: 2 });
    expect(maxVolumeInProductPeriode(hbh, broken, Domein.Wmo)).toBe(12);
    expect(maxVolumeInProductPeriode(hbh, broken, Domein.Jeugd)).toBe(2);
    expect(maxVolumeInProductPeriode({ ...hbh, productCategorie: '02' }, broken, Domein.Wmo)).toBe(2);
  });

  it('should count only the days within the toewijzing when per dag', () => {
    const t = toewijzing({ volume: 2, frequentie: Frequentie.PerDag, ingangsdatum: '2025-10-14', einddatum: null });
    expect(maxVolumeInProductPeriode(t, { begindatum: '2025-10-01', einddatum: '2025-10-31' })).toBe(36);
  });

  it('should allow nothing when the period lies outside the toewijzing', () => {
    expect(maxVolumeInProductPeriode(toewijzing({ einddatum: '2026-03-31' }), maand('2026-04', '30'))).toBe(0);
  });
});
