/** The procurement procedures Keten runs; each is configuration over one state machine (conventions.md 12). */
export enum ProcedureType {
  Toelatingsprocedure = 'toelatingsprocedure',
  SasMetEmvi = 'sas_met_emvi',
  SasZonderEmvi = 'sas_zonder_emvi',
  EuropeesOpenbaar = 'europees_openbaar',
  EuropeesNietOpenbaar = 'europees_niet_openbaar',
  MeervoudigOnderhands = 'meervoudig_onderhands',
  EnkelvoudigOnderhands = 'enkelvoudig_onderhands',
  BestuurlijkAanbesteden = 'bestuurlijk_aanbesteden',
  BeslotenVeiling = 'besloten_veiling',
  DynamischAankoopsysteem = 'dynamisch_aankoopsysteem',
}

/** One life cycle for every type; which states a type passes through follows from its configuration. */
export enum AanbestedingStatus {
  Concept = 'concept',
  /** Selectiefase: verzoeken tot deelneming (niet-openbaar). */
  Aanmelding = 'aanmelding',
  /** Inschrijvingstermijn loopt. */
  Inschrijving = 'inschrijving',
  /** Geschiktheid, uitsluiting en kwaliteit; prijzen nog in de kluis. */
  Beoordeling = 'beoordeling',
  /** Prijzen geopend; rangschikking mogelijk. */
  Prijsbeoordeling = 'prijsbeoordeling',
  /** Voorlopige gunningsbeslissing verstuurd; standstill loopt. */
  VoorlopigGegund = 'voorlopig_gegund',
  /** Raamovereenkomsten in werking; toetreding, veilingen en nadere opdrachten. */
  Lopend = 'lopend',
  Afgerond = 'afgerond',
  Ingetrokken = 'ingetrokken',
}

export enum ActieType {
  Publiceer = 'publiceer',
  DienIn = 'dien_in',
  RegistreerToetsing = 'registreer_toetsing',
  SelecteerGegadigden = 'selecteer_gegadigden',
  SluitInschrijving = 'sluit_inschrijving',
  LegOnderhandelingsuitkomstVast = 'leg_onderhandelingsuitkomst_vast',
  RegistreerScore = 'registreer_score',
  RegistreerConsensus = 'registreer_consensus',
  OpenPrijzen = 'open_prijzen',
  VoorlopigeGunning = 'voorlopige_gunning',
  RegistreerKortGeding = 'registreer_kort_geding',
  RegistreerUitspraak = 'registreer_uitspraak',
  DefinitieveGunning = 'definitieve_gunning',
  LaatToe = 'laat_toe',
  WijsAf = 'wijs_af',
  HoudVeiling = 'houd_veiling',
  NadereOpdracht = 'nadere_opdracht',
  Beeindig = 'beeindig',
  TrekIn = 'trek_in',
}

export enum GunningMethode {
  /** Rank on BPKV, award the best N per perceel. */
  BesteN = 'beste_n',
  /** Dronten method: at least the best N, more in ranking order until the offered capacity covers the need. */
  Capaciteit = 'capaciteit',
  /** Everyone who meets the eisen and accepts the conditions (open house, SAS zonder EMVI variant 1). */
  Allen = 'allen',
  /** SAS zonder EMVI variant 2: at most N qualifying providers, chosen by a recorded loting order. */
  MaximaalN = 'maximaal_n',
  /** SAS zonder EMVI variant 3: a motivated selection among the qualifying providers (art. 1.4 Aw). */
  Selectie = 'selectie',
}

export enum Opdrachtsoort {
  /** Sociale en andere specifieke diensten (Annex XIV): Wmo and Jeugd care. */
  Sas = 'sas',
  Diensten = 'diensten',
  Leveringen = 'leveringen',
  Werken = 'werken',
}

export enum Publicatie {
  Eu = 'eu',
  Nationaal = 'nationaal',
  /** No announcement; invited providers only (onderhands). */
  Uitnodiging = 'uitnodiging',
}

/** A legal reduction of the minimum tender period (Aw 2012 art. 2.71–2.74). */
export enum Termijnverkorting {
  /** Inschrijvingen are accepted electronically (art. 2.71 lid 3, art. 2.74 lid 2 Aw). */
  Elektronisch = 'elektronisch',
  /** A vooraankondiging was published 35 days to 12 months before (art. 2.72 Aw). */
  Vooraankondiging = 'vooraankondiging',
  /** Urgency the inkoper can substantiate (art. 2.71 lid 4, art. 2.74 lid 3 Aw); needs a motivering. */
  Spoed = 'spoed',
}
