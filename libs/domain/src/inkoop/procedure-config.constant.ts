import { GunningMethode, ProcedureType, Publicatie, Termijnverkorting } from './procedure-type.enum.js';

/** Minimum periods in kalenderdagen from the publication (or the invitation to bid) to the closing date. */
export interface MinimumTermijn {
  dagen: number;
  /** The shorter minimum a legal reduction allows. */
  verkort: Partial<Record<Termijnverkorting, number>>;
}

/**
 * What a procedure type is: which steps of the one life cycle apply and which fields it needs
 * (conventions.md 12, OpenProcurement style). The transition function reads only this table; no type has logic.
 */
export interface ProcedureConfig {
  type: ProcedureType;
  naam: string;
  /** False for the toelatingsprocedure: no selection, so not a public contract (CJEU C-410/14, C-9/17). */
  overheidsopdracht: boolean;
  toegestanePublicatie: Publicatie[];
  /** Invitation list: 'enkel' exactly one, 'meervoudig' at least two. */
  uitnodiging: 'geen' | 'enkel' | 'meervoudig';
  stappen: {
    /** Verzoeken tot deelneming and a selection before the inschrijving (niet-openbaar). */
    selectiefase: boolean;
    /** A closed inschrijvingstermijn with a deadline. */
    inschrijftermijn: boolean;
    /** Applications accepted while the procedure runs: in windows (toelating) or throughout (DAS). */
    toetreding: 'geen' | 'vensters' | 'doorlopend';
    /** Several beoordelaars score quality; consensus with motivation; prices stay in the vault until then. */
    kwaliteitsbeoordeling: boolean;
    /** Plenary negotiation on terms; the outcome replaces the starting tariffs (bestuurlijk aanbesteden). */
    onderhandeling: boolean;
    /** Alcatel standstill of 20 kalenderdagen after the voorlopige gunning (art. 2.127 Aw). */
    standstill: boolean;
    /** Per-client or per-order competition among the framework's participants. */
    miniCompetitie: 'geen' | 'veiling' | 'nadere_opdracht';
  };
  prijsstellingen: ('vast' | 'bod' | 'maximumtarief')[];
  gunningsmethoden: GunningMethode[];
  /**
   * Award criteria with weights: required, forbidden (pass/fail only), or optional: when stated they decide each
   * mini-competition on BPKV instead of on price alone (a Wmo besloten veiling needs them, Wmo 2015 art. 2.6.5).
   */
  gunningscriteria: 'verplicht' | 'verboden' | 'optioneel';
  minimumBeoordelaars: number;
  /**
   * Statutory minimum periods (Aw 2012 art. 2.71–2.74) for the EU procedures; the SAS regime and national or
   * onderhandse procedures only ask for a reasonable period, so they have none.
   */
  minimumTermijnen?: { aanmelding?: MinimumTermijn; inschrijving: MinimumTermijn };
  /** Every outcome in this platform is a raamovereenkomst: maximum value and term rules apply. */
  raamovereenkomst: true;
  ocds: {
    procurementMethod: 'open' | 'selective' | 'limited' | 'direct';
    frameworkMethod: 'withReopeningCompetition' | 'withoutReopeningCompetition';
    dynamischAankoopsysteem: boolean;
    elektronischeVeiling: boolean;
  };
}

const GEEN_STAPPEN = {
  selectiefase: false,
  inschrijftermijn: true,
  toetreding: 'geen',
  kwaliteitsbeoordeling: false,
  onderhandeling: false,
  standstill: true,
  miniCompetitie: 'geen',
} as const;

const ZONDER_VERNIEUWDE_MEDEDINGING = {
  procurementMethod: 'open',
  frameworkMethod: 'withoutReopeningCompetition',
  dynamischAankoopsysteem: false,
  elektronischeVeiling: false,
} as const;

export const PROCEDURE_CONFIG: Readonly<Record<ProcedureType, ProcedureConfig>> = {
  [ProcedureType.Toelatingsprocedure]: {
    type: ProcedureType.Toelatingsprocedure,
    naam: 'Toelatingsprocedure (open house)',
    overheidsopdracht: false,
    toegestanePublicatie: [Publicatie.Eu, Publicatie.Nationaal],
    uitnodiging: 'geen',
    // No bids, no ranking; the gemeente fixes tariffs; providers join in admission windows.
    stappen: { ...GEEN_STAPPEN, inschrijftermijn: false, toetreding: 'vensters', standstill: false },
    prijsstellingen: ['vast'],
    gunningsmethoden: [GunningMethode.Allen],
    gunningscriteria: 'verboden',
    minimumBeoordelaars: 0,
    raamovereenkomst: true,
    ocds: ZONDER_VERNIEUWDE_MEDEDINGING,
  },
  [ProcedureType.SasMetEmvi]: {
    type: ProcedureType.SasMetEmvi,
    naam: 'SAS-procedure met EMVI',
    overheidsopdracht: true,
    toegestanePublicatie: [Publicatie.Eu, Publicatie.Nationaal],
    uitnodiging: 'geen',
    stappen: { ...GEEN_STAPPEN, kwaliteitsbeoordeling: true },
    prijsstellingen: ['bod', 'vast'],
    gunningsmethoden: [GunningMethode.BesteN, GunningMethode.Capaciteit],
    gunningscriteria: 'verplicht',
    minimumBeoordelaars: 2,
    raamovereenkomst: true,
    ocds: ZONDER_VERNIEUWDE_MEDEDINGING,
  },
  [ProcedureType.SasZonderEmvi]: {
    type: ProcedureType.SasZonderEmvi,
    naam: 'SAS-procedure zonder EMVI',
    overheidsopdracht: true,
    toegestanePublicatie: [Publicatie.Eu, Publicatie.Nationaal],
    uitnodiging: 'geen',
    // Optional EMVI since the Wet maatschappelijk verantwoord inkopen (Stb. 2022, 188).
    stappen: { ...GEEN_STAPPEN },
    prijsstellingen: ['vast', 'bod'],
    gunningsmethoden: [GunningMethode.Allen, GunningMethode.MaximaalN, GunningMethode.Selectie],
    gunningscriteria: 'verboden',
    minimumBeoordelaars: 0,
    raamovereenkomst: true,
    ocds: ZONDER_VERNIEUWDE_MEDEDINGING,
  },
  [ProcedureType.EuropeesOpenbaar]: {
    type: ProcedureType.EuropeesOpenbaar,
    naam: 'Europese openbare procedure',
    overheidsopdracht: true,
    toegestanePublicatie: [Publicatie.Eu],
    uitnodiging: 'geen',
    stappen: { ...GEEN_STAPPEN, kwaliteitsbeoordeling: true },
    prijsstellingen: ['bod', 'vast'],
    gunningsmethoden: [GunningMethode.BesteN, GunningMethode.Capaciteit],
    gunningscriteria: 'verplicht',
    minimumBeoordelaars: 2,
    // Art. 2.71 Aw: 35 days; 30 with electronic inschrijving; 15 after a vooraankondiging (art. 2.72) or in urgency.
    minimumTermijnen: {
      inschrijving: {
        dagen: 35,
        verkort: {
          [Termijnverkorting.Elektronisch]: 30,
          [Termijnverkorting.Vooraankondiging]: 15,
          [Termijnverkorting.Spoed]: 15,
        },
      },
    },
    raamovereenkomst: true,
    ocds: ZONDER_VERNIEUWDE_MEDEDINGING,
  },
  [ProcedureType.EuropeesNietOpenbaar]: {
    type: ProcedureType.EuropeesNietOpenbaar,
    naam: 'Europese niet-openbare procedure',
    overheidsopdracht: true,
    toegestanePublicatie: [Publicatie.Eu],
    uitnodiging: 'geen',
    stappen: { ...GEEN_STAPPEN, selectiefase: true, kwaliteitsbeoordeling: true },
    prijsstellingen: ['bod', 'vast'],
    gunningsmethoden: [GunningMethode.BesteN, GunningMethode.Capaciteit],
    gunningscriteria: 'verplicht',
    minimumBeoordelaars: 2,
    // Art. 2.74 Aw: 30 days to apply (15 in urgency); 30 days to bid from the invitation, 25 electronic, 10 after a
    // vooraankondiging or in urgency.
    minimumTermijnen: {
      aanmelding: { dagen: 30, verkort: { [Termijnverkorting.Spoed]: 15 } },
      inschrijving: {
        dagen: 30,
        verkort: {
          [Termijnverkorting.Elektronisch]: 25,
          [Termijnverkorting.Vooraankondiging]: 10,
          [Termijnverkorting.Spoed]: 10,
        },
      },
    },
    raamovereenkomst: true,
    ocds: { ...ZONDER_VERNIEUWDE_MEDEDINGING, procurementMethod: 'selective' },
  },
  [ProcedureType.MeervoudigOnderhands]: {
    type: ProcedureType.MeervoudigOnderhands,
    naam: 'Meervoudig onderhandse procedure',
    overheidsopdracht: true,
    toegestanePublicatie: [Publicatie.Uitnodiging],
    uitnodiging: 'meervoudig',
    stappen: { ...GEEN_STAPPEN, kwaliteitsbeoordeling: true },
    prijsstellingen: ['bod', 'vast'],
    gunningsmethoden: [GunningMethode.BesteN, GunningMethode.Capaciteit],
    gunningscriteria: 'verplicht',
    minimumBeoordelaars: 2,
    raamovereenkomst: true,
    ocds: { ...ZONDER_VERNIEUWDE_MEDEDINGING, procurementMethod: 'limited' },
  },
  [ProcedureType.EnkelvoudigOnderhands]: {
    type: ProcedureType.EnkelvoudigOnderhands,
    naam: 'Enkelvoudig onderhandse procedure',
    overheidsopdracht: true,
    toegestanePublicatie: [Publicatie.Uitnodiging],
    uitnodiging: 'enkel',
    // One invited provider: no competitor to protect, so no standstill; award is motivated (art. 1.4 Aw).
    stappen: { ...GEEN_STAPPEN, standstill: false },
    prijsstellingen: ['bod', 'vast'],
    gunningsmethoden: [GunningMethode.Allen],
    gunningscriteria: 'verboden',
    minimumBeoordelaars: 0,
    raamovereenkomst: true,
    ocds: { ...ZONDER_VERNIEUWDE_MEDEDINGING, procurementMethod: 'direct' },
  },
  [ProcedureType.BestuurlijkAanbesteden]: {
    type: ProcedureType.BestuurlijkAanbesteden,
    naam: 'Bestuurlijk aanbesteden',
    overheidsopdracht: true,
    toegestanePublicatie: [Publicatie.Eu, Publicatie.Nationaal, Publicatie.Uitnodiging],
    uitnodiging: 'geen',
    // Acceptance of the negotiated terms is configured as an eis per perceel and checked like any other.
    stappen: { ...GEEN_STAPPEN, onderhandeling: true },
    prijsstellingen: ['vast'],
    gunningsmethoden: [GunningMethode.Allen],
    gunningscriteria: 'verboden',
    minimumBeoordelaars: 0,
    raamovereenkomst: true,
    ocds: ZONDER_VERNIEUWDE_MEDEDINGING,
  },
  [ProcedureType.BeslotenVeiling]: {
    type: ProcedureType.BeslotenVeiling,
    naam: 'Besloten veiling',
    overheidsopdracht: true,
    toegestanePublicatie: [Publicatie.Eu, Publicatie.Nationaal],
    uitnodiging: 'geen',
    // Framework without volume guarantee at a maximumtarief; per client an underbidding auction.
    stappen: { ...GEEN_STAPPEN, miniCompetitie: 'veiling' },
    prijsstellingen: ['maximumtarief'],
    gunningsmethoden: [GunningMethode.Allen],
    // Admission is pass/fail; criteria, when stated, rank each round on quality and price (BPKV).
    gunningscriteria: 'optioneel',
    minimumBeoordelaars: 0,
    raamovereenkomst: true,
    ocds: {
      procurementMethod: 'open',
      frameworkMethod: 'withReopeningCompetition',
      dynamischAankoopsysteem: false,
      elektronischeVeiling: true,
    },
  },
  [ProcedureType.DynamischAankoopsysteem]: {
    type: ProcedureType.DynamischAankoopsysteem,
    naam: 'Dynamisch aankoopsysteem',
    overheidsopdracht: true,
    toegestanePublicatie: [Publicatie.Eu, Publicatie.Nationaal],
    uitnodiging: 'geen',
    // Open to new entrants during its whole term; admission on eisen only; each order competed (art. 2.51 Aw).
    stappen: {
      ...GEEN_STAPPEN,
      inschrijftermijn: false,
      toetreding: 'doorlopend',
      standstill: false,
      miniCompetitie: 'nadere_opdracht',
    },
    // Admission carries no price; each nadere opdracht is bid under the maximumtarief.
    prijsstellingen: ['maximumtarief'],
    gunningsmethoden: [GunningMethode.Allen],
    // The criteria are stated up front and applied at each nadere opdracht.
    gunningscriteria: 'verplicht',
    minimumBeoordelaars: 0,
    raamovereenkomst: true,
    ocds: {
      procurementMethod: 'selective',
      frameworkMethod: 'withReopeningCompetition',
      dynamischAankoopsysteem: true,
      elektronischeVeiling: false,
    },
  },
};

export type AanbestedingVeld =
  | 'inschrijfperiode'
  | 'aanmeldperiode'
  | 'maximumGegadigden'
  | 'toetredingsvensters'
  | 'uitgenodigden'
  | 'motiveringProcedurekeuze'
  | 'beoordelaars'
  | 'voorzitter'
  | 'gunningscriteria'
  | 'maximumwaardeCenten';

/** The input fields a type needs before publication, derived from its steps (for forms and DTOs). */
export function vereisteVelden(type: ProcedureType): AanbestedingVeld[] {
  const c = PROCEDURE_CONFIG[type];
  return [
    ...(c.stappen.inschrijftermijn ? ['inschrijfperiode' as const] : []),
    ...(c.stappen.selectiefase ? ['aanmeldperiode' as const, 'maximumGegadigden' as const] : []),
    ...(c.stappen.toetreding === 'vensters' ? ['toetredingsvensters' as const] : []),
    ...(c.uitnodiging !== 'geen' ? ['uitgenodigden' as const] : []),
    ...(c.uitnodiging === 'enkel' ? ['motiveringProcedurekeuze' as const] : []),
    ...(c.minimumBeoordelaars > 0 ? ['beoordelaars' as const] : []),
    ...(c.stappen.kwaliteitsbeoordeling ? ['voorzitter' as const] : []),
    ...(c.gunningscriteria === 'verplicht' ? ['gunningscriteria' as const] : []),
    'maximumwaardeCenten' as const,
  ];
}
