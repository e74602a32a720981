// Code lists for the client data in 301/305/307/315 (basisschema 3.2), identical in iWmo and iJw.

/** WJ232 JuridischeStatus (LDT_JuridischeStatus). */
export enum JuridischeStatus {
  RmVoorlopigOfVoortgezet = '01',
  RmOpEigenVerzoek = '02',
  RmVoorwaardelijkOntslag = '03',
  Ondertoezichtstelling = '04',
  InBewaringStelling = '05',
  StrafrechtelijkTbs = '11',
  StrafrechtelijkOverig = '12',
}

export const JURIDISCHE_STATUS_OMSCHRIJVING: Record<JuridischeStatus, string> = {
  [JuridischeStatus.RmVoorlopigOfVoortgezet]: 'Rechterlijke machtiging (rm) voorlopig / voortgezette machtiging',
  [JuridischeStatus.RmOpEigenVerzoek]: 'RM op eigen verzoek',
  [JuridischeStatus.RmVoorwaardelijkOntslag]: 'RM met voorwaardelijk ontslag',
  [JuridischeStatus.Ondertoezichtstelling]: 'Onder toezichtstelling (ots)',
  [JuridischeStatus.InBewaringStelling]: 'In bewaring stelling (ibs)',
  [JuridischeStatus.StrafrechtelijkTbs]: 'Strafrechtelijke justitiële contacten: tbs',
  [JuridischeStatus.StrafrechtelijkOverig]: 'Strafrechtelijke justitiële contacten: overig',
};

/** WJ003 WettelijkeVertegenwoordiging (LDT_WettelijkeVertegenwoordiging). */
export enum WettelijkeVertegenwoordiging {
  Voogdij = '06',
  Bewindvoering = '07',
  Mentorschap = '08',
  OnderCurateleStelling = '09',
  Zaakwaarneming = '10',
}

export const WETTELIJKE_VERTEGENWOORDIGING_OMSCHRIJVING: Record<WettelijkeVertegenwoordiging, string> = {
  [WettelijkeVertegenwoordiging.Voogdij]: 'Voogdij',
  [WettelijkeVertegenwoordiging.Bewindvoering]: 'Bewindvoering',
  [WettelijkeVertegenwoordiging.Mentorschap]: 'Mentorschap',
  [WettelijkeVertegenwoordiging.OnderCurateleStelling]: 'Onder curatele stelling',
  [WettelijkeVertegenwoordiging.Zaakwaarneming]: 'Zaakwaarneming',
};

/** COD046 Geslacht (LDT_Geslacht). */
export enum Geslacht {
  Onbekend = '0',
  Mannelijk = '1',
  Vrouwelijk = '2',
}

export const GESLACHT_OMSCHRIJVING: Record<Geslacht, string> = {
  [Geslacht.Onbekend]: 'Onbekend',
  [Geslacht.Mannelijk]: 'Mannelijk',
  [Geslacht.Vrouwelijk]: 'Vrouwelijk',
};

/** COD260 JaNee (LDT_JaNee). */
export enum JaNee {
  Ja = '1',
  Nee = '2',
}

export const JA_NEE_OMSCHRIJVING: Record<JaNee, string> = { [JaNee.Ja]: 'Ja', [JaNee.Nee]: 'Nee' };

/** COD757 AdresSoort (LDT_AdresSoort). */
export enum AdresSoort {
  Brp = '01',
  Correspondentie = '02',
  Verblijf = '03',
  TijdelijkVerblijf = '04',
}

export const ADRES_SOORT_OMSCHRIJVING: Record<AdresSoort, string> = {
  [AdresSoort.Brp]: 'BRP-adres',
  [AdresSoort.Correspondentie]: 'Correspondentie-adres',
  [AdresSoort.Verblijf]: 'Verblijfadres',
  [AdresSoort.TijdelijkVerblijf]: 'Tijdelijk verblijfadres',
};

/** LDT_NaamGebruik. */
export enum NaamGebruik {
  EigenNaam = '1',
  NaamPartner = '2',
  NaamPartnerEigenNaam = '3',
  EigenNaamNaamPartner = '4',
  Pseudoniem = '5',
  NietNatuurlijkPersoon = '6',
}

export const NAAM_GEBRUIK_OMSCHRIJVING: Record<NaamGebruik, string> = {
  [NaamGebruik.EigenNaam]: 'Eigen naam',
  [NaamGebruik.NaamPartner]: 'Naam echtgenoot of geregistreerd partner of alternatieve naam',
  [NaamGebruik.NaamPartnerEigenNaam]: 'Naam echtgenoot of geregistreerd partner gevolgd door eigen naam',
  [NaamGebruik.EigenNaamNaamPartner]: 'Eigen naam gevolgd door naam echtgenoot of geregistreerd partner',
  [NaamGebruik.Pseudoniem]: 'Pseudoniem',
  [NaamGebruik.NietNatuurlijkPersoon]: 'Niet-natuurlijk persoon',
};

/** LDT_DatumGebruik: which part of a (geboorte)datum is unknown. */
export enum DatumGebruik {
  DagOnbekend = '1',
  DagEnMaandOnbekend = '2',
  DatumOnbekend = '3',
}

export const DATUM_GEBRUIK_OMSCHRIJVING: Record<DatumGebruik, string> = {
  [DatumGebruik.DagOnbekend]: 'Dag onbekend; alleen maand en jaar gebruiken',
  [DatumGebruik.DagEnMaandOnbekend]: 'Dag en maand onbekend; alleen jaar gebruiken',
  [DatumGebruik.DatumOnbekend]: 'Dag, maand en jaar onbekend; onbekende datum',
};

/** LDT_Communicatievorm. */
export enum Communicatievorm {
  TolkTaal = '1',
  Doventolk = '2',
  Doofblindentolk = '3',
}

export const COMMUNICATIEVORM_OMSCHRIJVING: Record<Communicatievorm, string> = {
  [Communicatievorm.TolkTaal]: 'Tolk taal',
  [Communicatievorm.Doventolk]: 'Doventolk',
  [Communicatievorm.Doofblindentolk]: 'Doofblindentolk',
};

/** LDT_AanduidingWoonadres. */
export enum AanduidingWoonadres {
  AanBoord = 'AB',
  Bij = 'BY',
  Tegenover = 'TO',
  Woonwagen = 'WW',
}

export const AANDUIDING_WOONADRES_OMSCHRIJVING: Record<AanduidingWoonadres, string> = {
  [AanduidingWoonadres.AanBoord]: 'Aan boord',
  [AanduidingWoonadres.Bij]: 'Bij',
  [AanduidingWoonadres.Tegenover]: 'Tegenover',
  [AanduidingWoonadres.Woonwagen]: 'Woonwagen',
};

/** LDT_SoortRelatie (codes 03–25). */
export const SOORT_RELATIE_OMSCHRIJVING = {
  '03': 'Curator (juridisch)',
  '04': 'Financieel (gemachtigd)',
  '05': 'Financieel (toetsing)',
  '06': 'Leefeenheid',
  '07': 'Hulpverlener',
  '08': 'Specialist',
  '09': 'Anders',
  '10': 'Ouder',
  '11': 'Voogd',
  '12': 'Partner/echtgeno(o)t(e)',
  '13': 'Pleegouder',
  '14': 'Bewindvoerder',
  '15': 'Mentor',
  '16': 'Zoon/dochter',
  '17': 'Familielid',
  '18': 'Gezinslid',
  '19': 'Buur',
  '20': 'Vriend(in)/kennis',
  '21': 'Cliëntondersteuner',
  '22': 'Huisarts',
  '23': 'Erven van',
  '24': 'Werkgever',
  '25': 'Wijkcoach',
} as const;

export type SoortRelatie = keyof typeof SOORT_RELATIE_OMSCHRIJVING;
export const SOORTEN_RELATIE = Object.keys(SOORT_RELATIE_OMSCHRIJVING) as SoortRelatie[];
