/** WMO002 (iWmo) / JZ002 (iJw) RedenWijziging (LDT_RedenWijziging): same codes in both standaarden. */
export enum RedenWijziging {
  AdministratieveCorrectieVervallen = '01',
  ClientOverleden = '02',
  Contractwijziging = '03',
  HerbeoordelingVerlenging = '04',
  HerbeoordelingVerkorting = '05',
  UitstroomAnderDomein = '06',
  VerhuizingAndereGemeente = '07',
  WijzigingLeveringsvorm = '08',
  OverstapAndereAanbieder = '09',
  OvergangNieuweBekostiging = '10',
  GemeentelijkeHerindeling = '11',
  GeinitieerdDoorAanbieder = '12',
  Verwijderd = '13',
  AdministratieveCorrectie = '14',
}

export const REDEN_WIJZIGING_OMSCHRIJVING: Record<RedenWijziging, string> = {
  [RedenWijziging.AdministratieveCorrectieVervallen]: 'Administratieve correctie (vervallen)',
  [RedenWijziging.ClientOverleden]: 'Cliënt overleden',
  [RedenWijziging.Contractwijziging]: 'Contractwijziging',
  [RedenWijziging.HerbeoordelingVerlenging]: 'Herbeoordeling: verlenging toewijzing',
  [RedenWijziging.HerbeoordelingVerkorting]: 'Herbeoordeling: verkorting toewijzing',
  [RedenWijziging.UitstroomAnderDomein]: 'Uitstroom naar ander domein',
  [RedenWijziging.VerhuizingAndereGemeente]: 'Verhuizing naar een andere gemeente',
  [RedenWijziging.WijzigingLeveringsvorm]: 'Wijziging leveringsvorm',
  [RedenWijziging.OverstapAndereAanbieder]: 'Overstap naar andere aanbieder',
  [RedenWijziging.OvergangNieuweBekostiging]: 'Overgang naar nieuwe bekostigingssystematiek',
  [RedenWijziging.GemeentelijkeHerindeling]: 'Gemeentelijke herindeling',
  [RedenWijziging.GeinitieerdDoorAanbieder]: 'Geïnitieerd door de aanbieder',
  [RedenWijziging.Verwijderd]: 'Verwijderd',
  [RedenWijziging.AdministratieveCorrectie]: 'Administratieve correctie',
};
