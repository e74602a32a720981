/** WJ758 RedenVerzoek (LDT_RedenVerzoek), on a verzoek om wijziging (317). */
export enum RedenVerzoek {
  VeranderingClientsituatie = '1',
  WijzigingZorgplan = '2',
}

export const REDEN_VERZOEK_OMSCHRIJVING: Record<RedenVerzoek, string> = {
  [RedenVerzoek.VeranderingClientsituatie]: 'Verandering cliëntsituatie',
  [RedenVerzoek.WijzigingZorgplan]: 'Wijziging zorgplan',
};

/** WJ759 RedenAfwijzingVerzoek (LDT_RedenAfwijzingVerzoek), in the antwoordbericht (319). */
export enum RedenAfwijzingVerzoek {
  NieuweAanvraag = '1',
  PastNietBinnenBudget = '2',
  GeenContract = '3',
  PastNietBinnenContract = '4',
  AndereGemeente = '5',
  Stapeling = '6',
  ZorginhoudelijkeAfkeur = '7',
  Woonplaatsbeginsel = '8',
  LeeftijdsgrensBereikt = '9',
}

export const REDEN_AFWIJZING_VERZOEK_OMSCHRIJVING: Record<RedenAfwijzingVerzoek, string> = {
  [RedenAfwijzingVerzoek.NieuweAanvraag]: 'Geen wijziging, maar nieuwe aanvraag',
  [RedenAfwijzingVerzoek.PastNietBinnenBudget]: 'Past niet binnen budget',
  [RedenAfwijzingVerzoek.GeenContract]: 'Geen contract',
  [RedenAfwijzingVerzoek.PastNietBinnenContract]: 'Past niet binnen contract',
  [RedenAfwijzingVerzoek.AndereGemeente]: 'Andere gemeente',
  [RedenAfwijzingVerzoek.Stapeling]: 'Stapeling',
  [RedenAfwijzingVerzoek.ZorginhoudelijkeAfkeur]: 'Zorginhoudelijke afkeur',
  [RedenAfwijzingVerzoek.Woonplaatsbeginsel]: 'Woonplaatsbeginsel',
  [RedenAfwijzingVerzoek.LeeftijdsgrensBereikt]: 'Leeftijdsgrens is bereikt',
};

/** WJ760 VerzoekAntwoord (LDT_VerzoekAntwoord). */
export enum VerzoekAntwoord {
  VerzoekAfgewezen = '1',
  AanvraagInOnderzoek = '2',
}

export const VERZOEK_ANTWOORD_OMSCHRIJVING: Record<VerzoekAntwoord, string> = {
  [VerzoekAntwoord.VerzoekAfgewezen]: 'Verzoek afgewezen',
  [VerzoekAntwoord.AanvraagInOnderzoek]: 'Aanvraag in onderzoek',
};

/** COD327 TypeVerwijzer (LDT_TypeVerwijzer), in the verzoek om toewijzing (315). Code 07 does not exist. */
export enum TypeVerwijzer {
  Gemeente = '01',
  Huisarts = '02',
  Jeugdarts = '03',
  GecertificeerdeInstelling = '04',
  MedischSpecialist = '05',
  Zelfverwijzer = '06',
  RechterOfficierJji = '08',
}

export const TYPE_VERWIJZER_OMSCHRIJVING: Record<TypeVerwijzer, string> = {
  [TypeVerwijzer.Gemeente]: 'Gemeente',
  [TypeVerwijzer.Huisarts]: 'Huisarts',
  [TypeVerwijzer.Jeugdarts]: 'Jeugdarts',
  [TypeVerwijzer.GecertificeerdeInstelling]: 'Gecertificeerde instelling',
  [TypeVerwijzer.MedischSpecialist]: 'Medisch specialist',
  [TypeVerwijzer.Zelfverwijzer]: 'Zelfverwijzer/geen verwijzer',
  [TypeVerwijzer.RechterOfficierJji]: 'Rechter, Officier van Justitie, functionaris Justitiële jeugdinrichting',
};
