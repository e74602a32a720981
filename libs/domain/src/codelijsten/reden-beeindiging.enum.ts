import { Domein } from './domein.enum.js';

/** WMO588 RedenBeeindiging iWmo (LDT_RedenBeeindiging). Code 31 differs from JZ588. */
export enum RedenBeeindigingWmo {
  Overlijden = '02',
  VolgensPlanBeeindigd = '19',
  TijdelijkBeeindigd = '20',
  EenzijdigDoorClient = '21',
  EenzijdigDoorAanbieder = '22',
  InOvereenstemmingVoortijdig = '23',
  VerhuizingAndereGemeente = '31',
  GeinitieerdDoorGemeente = '36',
  WijzigingsverzoekAanbieder = '37',
  OverstapAndereAanbieder = '38',
  UitstroomAnderDomein = '39',
}

/** JZ588 RedenBeeindiging iJw (LDT_RedenBeeindiging). Code 31 means "volgens plan" here, not "verhuizing". */
export enum RedenBeeindigingJeugd {
  Overlijden = '02',
  TijdelijkBeeindigd = '20',
  VolgensPlanBeeindigd = '31',
  VoortijdigEenzijdigDoorClient = '32',
  VoortijdigEenzijdigDoorAanbieder = '33',
  VoortijdigInOvereenstemming = '34',
  VoortijdigExterneOmstandigheden = '35',
  GeinitieerdDoorGemeente = '36',
  WijzigingsverzoekAanbieder = '37',
  OverstapAndereAanbieder = '38',
  UitstroomAnderDomein = '39',
}

export type RedenBeeindiging = RedenBeeindigingWmo | RedenBeeindigingJeugd;

export const REDEN_BEEINDIGING_WMO_OMSCHRIJVING: Record<RedenBeeindigingWmo, string> = {
  [RedenBeeindigingWmo.Overlijden]: 'Overlijden',
  [RedenBeeindigingWmo.VolgensPlanBeeindigd]: 'Levering volgens plan beëindigd',
  [RedenBeeindigingWmo.TijdelijkBeeindigd]: 'Levering is tijdelijk beëindigd',
  [RedenBeeindigingWmo.EenzijdigDoorClient]: 'Levering is eenzijdig door cliënt beëindigd',
  [RedenBeeindigingWmo.EenzijdigDoorAanbieder]: 'Levering is eenzijdig door aanbieder beëindigd',
  [RedenBeeindigingWmo.InOvereenstemmingVoortijdig]: 'Levering is in overeenstemming voortijdig beëindigd',
  [RedenBeeindigingWmo.VerhuizingAndereGemeente]: 'Verhuizing naar een andere gemeente',
  [RedenBeeindigingWmo.GeinitieerdDoorGemeente]: 'Geïnitieerd door de gemeente',
  [RedenBeeindigingWmo.WijzigingsverzoekAanbieder]: 'In verband met wijzigingsverzoek',
  [RedenBeeindigingWmo.OverstapAndereAanbieder]: 'Overstap naar andere aanbieder',
  [RedenBeeindigingWmo.UitstroomAnderDomein]: 'Uitstroom naar ander domein',
};

export const REDEN_BEEINDIGING_JEUGD_OMSCHRIJVING: Record<RedenBeeindigingJeugd, string> = {
  [RedenBeeindigingJeugd.Overlijden]: 'Overlijden',
  [RedenBeeindigingJeugd.TijdelijkBeeindigd]: 'Levering is tijdelijk beëindigd',
  [RedenBeeindigingJeugd.VolgensPlanBeeindigd]: 'Levering is volgens plan beëindigd',
  [RedenBeeindigingJeugd.VoortijdigEenzijdigDoorClient]: 'Voortijdig afgesloten: eenzijdig door de cliënt',
  [RedenBeeindigingJeugd.VoortijdigEenzijdigDoorAanbieder]: 'Voortijdig afgesloten: eenzijdig door de aanbieder',
  [RedenBeeindigingJeugd.VoortijdigInOvereenstemming]: 'Voortijdig afgesloten: in overeenstemming',
  [RedenBeeindigingJeugd.VoortijdigExterneOmstandigheden]: 'Voortijdig afgesloten: wegens externe omstandigheden',
  [RedenBeeindigingJeugd.GeinitieerdDoorGemeente]: 'Geïnitieerd door de gemeente',
  [RedenBeeindigingJeugd.WijzigingsverzoekAanbieder]: 'In verband met wijzigingsverzoek',
  [RedenBeeindigingJeugd.OverstapAndereAanbieder]: 'Overstap naar andere aanbieder',
  [RedenBeeindigingJeugd.UitstroomAnderDomein]: 'Uitstroom naar ander domein',
};

export const REDENEN_BEEINDIGING: Record<Domein, readonly string[]> = {
  [Domein.Wmo]: Object.values(RedenBeeindigingWmo),
  [Domein.Jeugd]: Object.values(RedenBeeindigingJeugd),
};

// The same code means something else per domein (31: verhuizing in Wmo, volgens plan in Jeugd): always look up
// with the domein of the message.
export function omschrijvingRedenBeeindiging(domein: Domein, code: string): string | undefined {
  return domein === Domein.Wmo
    ? REDEN_BEEINDIGING_WMO_OMSCHRIJVING[code as RedenBeeindigingWmo]
    : REDEN_BEEINDIGING_JEUGD_OMSCHRIJVING[code as RedenBeeindigingJeugd];
}
