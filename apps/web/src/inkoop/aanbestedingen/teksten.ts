export const T = {
  eisenVoldaan: 'Voldoet aan de eisen (vink aan wat is aangetoond):',
  titel: 'Aanbestedingen',
  uitleg:
    'De inkoopprocedures van uw organisatie. Open een aanbesteding om de volgende stap te zetten; Keten toetst elke stap aan de regels van de procedure.',
  naam: 'Naam',
  kenmerk: 'Kenmerk',
  procedure: 'Procedure',
  status: 'Fase',
  publicatie: 'Gepubliceerd',
  alle: 'Alle',
  leegTitel: 'Geen aanbestedingen',
  leeg: 'Er zijn nog geen aanbestedingen. Een inkoopadviseur legt een procedure vast via de API (POST /api/v1/aanbestedingen); daarna doorloopt u hier de stappen.',
  volgendeStappen: 'Volgende stap',
  geenStappen: 'In deze fase is er geen stap die u nu kunt zetten.',
  wetToets: 'Toets van de configuratie',
  wetToetsOk: 'De configuratie voldoet aan de regels voor publicatie.',
  wetToetsNiet: 'Publiceren zou nu worden geweigerd:',
  geschiedenis: 'Verloop',
  geenGeschiedenis: 'Er is nog geen stap gezet.',
  inschrijvingen: 'Inschrijvingen',
  raamovereenkomsten: 'Gegunde raamovereenkomsten',
  nietGeregistreerd: 'nog niet geregistreerd.',
  uitvoeren: 'Uitvoeren',
  geweigerd: 'Geweigerd',
  gelukt: (status: string) => `Gelukt. De aanbesteding is nu in de fase "${status}".`,
  kies: 'Kies…',
  vastgelegd: 'Vastgelegd',
};

export const STATUS: Record<string, string> = {
  concept: 'Concept',
  aanmelding: 'Aanmelding',
  inschrijving: 'Inschrijving',
  beoordeling: 'Beoordeling',
  prijsbeoordeling: 'Prijsbeoordeling',
  voorlopig_gegund: 'Voorlopig gegund',
  lopend: 'Lopend',
  afgerond: 'Afgerond',
  ingetrokken: 'Ingetrokken',
};

export const PROCEDURE: Record<string, string> = {
  toelatingsprocedure: 'Toelatingsprocedure (open house)',
  sas_met_emvi: 'Sociale en andere specifieke diensten, met EMVI',
  sas_zonder_emvi: 'Sociale en andere specifieke diensten, zonder EMVI',
  europees_openbaar: 'Europees openbaar',
  europees_niet_openbaar: 'Europees niet-openbaar',
  meervoudig_onderhands: 'Meervoudig onderhands',
  enkelvoudig_onderhands: 'Enkelvoudig onderhands',
  bestuurlijk_aanbesteden: 'Bestuurlijk aanbesteden',
  besloten_veiling: 'Besloten veiling',
  dynamisch_aankoopsysteem: 'Dynamisch aankoopsysteem',
};

export const ACTIE: Record<string, string> = {
  publiceer: 'Publiceren',
  dien_in: 'Inschrijving indienen',
  registreer_toetsing: 'Toetsing vastleggen',
  selecteer_gegadigden: 'Gegadigden selecteren',
  sluit_inschrijving: 'Inschrijving sluiten',
  leg_onderhandelingsuitkomst_vast: 'Onderhandelingsuitkomst vastleggen',
  registreer_score: 'Score vastleggen',
  registreer_consensus: 'Consensusscore vastleggen',
  open_prijzen: 'Prijzen openen',
  voorlopige_gunning: 'Voorlopig gunnen',
  registreer_kort_geding: 'Kort geding vastleggen',
  registreer_uitspraak: 'Uitspraak vastleggen',
  definitieve_gunning: 'Definitief gunnen',
  laat_toe: 'Toelaten',
  wijs_af: 'Afwijzen',
  houd_veiling: 'Veiling houden',
  nadere_opdracht: 'Nadere opdracht',
  beeindig: 'Beëindigen',
  trek_in: 'Intrekken',
};

/** The fields an action takes (ActieDto); the API checks them and names the field in its answer. */
export const ACTIE_VELDEN: Record<string, ('inschrijvingId' | 'reden' | 'motivering' | 'ingangsdatum')[]> = {
  registreer_toetsing: ['inschrijvingId'],
  laat_toe: ['inschrijvingId', 'ingangsdatum'],
  wijs_af: ['inschrijvingId', 'reden'],
  trek_in: ['reden'],
  registreer_consensus: ['inschrijvingId', 'motivering'],
};

export const VELD: Record<string, string> = {
  inschrijvingId: 'Inschrijving',
  reden: 'Reden',
  motivering: 'Motivering',
  ingangsdatum: 'Ingangsdatum',
};

/** The quality scoring (beoordeling.tsx). */
export const B = {
  titel: 'Kwaliteitsbeoordeling',
  tabel: 'Scores per beoordelaar en consensus',
  scores: 'De scores',
  niets:
    'Er is nog geen inschrijving om te scoren: een inschrijving wordt gescoord als zij aan alle eisen voldoet (toetsing).',
  uitlegBeoordelaar:
    'U scoort elke inschrijving zelfstandig op elk kwaliteitscriterium. Tot alle beoordelaars alles hebben gescoord, ziet u de namen van de inschrijvers en de scores van de anderen niet. De prijzen blijven dicht tot de consensus is vastgesteld.',
  uitlegVoorzitter:
    'U bent voorzitter van de beoordeling. U ziet de scores van elke beoordelaar en legt per criterium de consensusscore vast, met een motivering. Dat kan zodra alle beoordelaars dat onderdeel hebben gescoord.',
  uitlegVastgesteld: 'De individuele scores en de consensus zoals ze zijn vastgesteld.',
  voortgang: (gedaan: number, totaal: number) => `U heeft ${gedaan} van ${totaal} onderdelen gescoord.`,
  criterium: (c: { naam: string; weging: number }) => `${c.naam} (weging ${c.weging}%)`,
  criteriumKop: 'Criterium',
  inschrijving: 'Inschrijving',
  kies: 'Kies een score…',
  kiesScore: 'Kies een score op de schaal.',
  scoresOpslaan: 'Scores opslaan',
  opgeslagen: 'Opgeslagen.',
  geweigerd: 'Geweigerd',
  beoordelaar: 'Beoordelaar',
  u: 'u',
  nogNiet: 'nog niet gescoord',
  individueel: (criterium: string) => `Individuele scores: ${criterium}`,
  vastgesteld: (score: number) => `Consensus vastgesteld: ${score}.`,
  consensus: 'Consensus',
  consensusscore: 'Consensusscore',
  motivering: 'Motivering',
  consensusVastleggen: 'Consensus vastleggen',
};

/** Ranking and gunning (gunning.tsx). */
export const G = {
  rangschikking: 'Rangschikking',
  geenRangschikking: 'Er is (nog) geen rangschikking: die volgt zodra de prijzen zijn geopend.',
  perceel: (id: string, naam?: string) => (naam ? `Perceel ${id}: ${naam}` : `Perceel ${id}`),
  bronVoorlopig:
    'Voorlopig: berekend uit de consensusscores en de geopende prijzen (beste prijs-kwaliteitverhouding). Punten per criterium naar weging.',
  bronGunning: 'De rangschikking waarop de gunningsbeslissing is genomen.',
  positie: 'Positie',
  inschrijver: 'Inschrijver',
  kwaliteit: 'Kwaliteit (punten)',
  prijs: 'Prijs (punten)',
  totaal: 'Totaal (punten)',
  beoordelingsprijs: 'Beoordelingsprijs',
  uitkomst: 'Uitkomst',
  nogNietGegund: 'nog niet gegund',
  gegund: 'Gegund',
  nietGegund: 'Niet gegund',
  gunning: 'Gunning',
  voorlopigOp: 'Gunningsbeslissing (voorlopig) op',
  standstill: 'Standstilltermijn',
  standstillTot: (d: string) => `tot en met ${d}`,
  standstillLoopt: '(loopt nog: definitief gunnen kan vanaf de dag erna)',
  standstillVoorbij: '(voorbij: definitief gunnen kan)',
  definitiefOp: 'Definitief gegund op',
  nogNiet: 'nog niet',
  beslissingen: 'Gunningsbeslissing per inschrijver',
  besluit: 'Besluit',
  pdf: 'Brief (PDF)',
  // The visible text first (WCAG 2.5.3, label in name), then whose letter it is.
  briefVoor: (naam: string) => `Brief (PDF): gunningsbeslissing voor ${naam}`,
};
