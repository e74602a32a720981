import type { Domein } from '../codelijsten/domein.enum.js';
import type { Eenheid } from '../codelijsten/eenheid.enum.js';
import type { Uitvoeringsvariant } from '../codelijsten/uitvoeringsvariant.enum.js';
import type { Kalenderdatum } from '../datum/kalenderdatum.util.js';
import type { Periode } from '../datum/periode.util.js';
import type { Centen } from '../geld/bedrag.util.js';
import type {
  ActieType,
  AanbestedingStatus,
  GunningMethode,
  Opdrachtsoort,
  ProcedureType,
  Publicatie,
  Termijnverkorting,
} from './procedure-type.enum.js';

/**
 * Price setting per product (Wmo art. 2.6.6, Uitvoeringsbesluit Wmo 2015 art. 5.4): a vaste prijs set by the
 * gemeente, a bid with an optional reële prijs floor (and optional ceiling), or a maximumtarief (besloten veiling).
 */
export type ProductPrijsstelling =
  | { soort: 'vast'; tariefCenten: Centen }
  | { soort: 'bod'; reelePrijsCenten?: Centen; maximumCenten?: Centen }
  | { soort: 'maximumtarief'; maximumtariefCenten: Centen; reelePrijsCenten?: Centen };

export interface Product {
  /** Productcode, at most 5 characters (the gemeente's or region's own productcodelijst). */
  code: string;
  /** WMO020 / JZ020 productcategorie. */
  categorie: string;
  omschrijving: string;
  eenheid: Eenheid;
  /** Recorded per product (OP261). */
  uitvoeringsvariant: Uitvoeringsvariant;
  prijs: ProductPrijsstelling;
  /** Weight of this product in the beoordelingsprijs (expected volume); 1 when absent. */
  prijsgewicht?: number;
}

/** A pass/fail requirement: geschiktheidseis or uitsluitingsgrond. */
export interface Eis {
  id: string;
  soort: 'geschiktheidseis' | 'uitsluitingsgrond';
  omschrijving: string;
}

export interface Gunningscriterium {
  id: string;
  naam: string;
  soort: 'kwaliteit' | 'prijs';
  /** Maximum points for this criterion; the weights of a perceel add up to 100. */
  weging: number;
  /** Allowed scores for a kwaliteit criterion, e.g. [0, 2, 4, 6, 8, 10]; the highest is the full weging. */
  schaal?: number[];
}

export type GunningConfig =
  | { methode: GunningMethode.BesteN; aantal: number }
  | { methode: GunningMethode.Capaciteit; behoefte: number; minimumAantal: number }
  | { methode: GunningMethode.Allen }
  | { methode: GunningMethode.MaximaalN; aantal: number }
  | { methode: GunningMethode.Selectie };

export interface Perceel {
  id: string;
  naam: string;
  producten: Product[];
  eisen: Eis[];
  gunningscriteria: Gunningscriterium[];
  gunning: GunningConfig;
  /** Estimated value including options and extensions over the whole term. */
  geraamdeWaardeCenten: Centen;
  /** Maximum value that may be ordered under the raamovereenkomst (art. 2.140 Aw; required). */
  maximumwaardeCenten?: Centen;
}

export interface Looptijd {
  begindatum: Kalenderdatum;
  einddatum: Kalenderdatum;
  /** Extension options in months, e.g. [24] for 4 + 2 years, or [12, 12]. */
  verlengingsopties: number[];
}

export interface Organisatie {
  id: string;
  naam: string;
  kvkNummer?: string;
  /** Name of a contact person: personal data, never in the published view. */
  contactpersoon?: string;
}

export interface Aanbieder {
  id: string;
  naam: string;
  agbCode?: string;
  kvkNummer?: string;
  /** An eenmanszaak or zzp'er: its name is personal data (AVG) and is not published. */
  natuurlijkPersoon: boolean;
}

export interface Inschrijving {
  id: string;
  aanbieder: Aanbieder;
  perceelId: string;
  ingediendOp: Kalenderdatum;
  /** Tariffs per productcode for products with a bid price; absent for vaste prijs and maximumtarief. */
  tarieven: Record<string, Centen>;
  /** Units offered (Dronten method). */
  capaciteit?: number;
  /** Acceptance of the fixed conditions and tariffs (toelating, SAS zonder EMVI, bestuurlijk, veiling). */
  aanvaardtVoorwaarden: boolean;
  /** Verzoek tot deelneming in a selectiefase: no prices. */
  verzoekTotDeelneming?: boolean;
}

export interface Toetsing {
  inschrijvingId: string;
  resultaten: Record<string, boolean>;
  datum: Kalenderdatum;
  gebruiker: string;
}

export interface Kwaliteitsscore {
  inschrijvingId: string;
  criteriumId: string;
  beoordelaar: string;
  score: number;
}

export interface Consensusscore {
  inschrijvingId: string;
  criteriumId: string;
  score: number;
  motivering: string;
}

export interface Rang {
  positie: number;
  inschrijvingId: string;
  aanbiederId: string;
  /** Points in millionths (micropunten), see beoordeling.util.ts for the formula. */
  kwaliteitMicropunten: number;
  prijsMicropunten: number;
  totaalMicropunten: number;
  beoordelingsprijsCenten: bigint | null;
  capaciteit: number | null;
}

export interface PerceelGunning {
  perceelId: string;
  rangschikking: Rang[] | null;
  gegund: string[];
  afgewezen: { aanbiederId: string; reden: string }[];
  motivering?: string;
}

export interface ProductTarief {
  perceelId: string;
  productcode: string;
  categorie: string;
  eenheid: Eenheid;
  uitvoeringsvariant: Uitvoeringsvariant;
  tariefCenten: Centen;
  /** 'vast', 'bod' or 'maximum' (besloten veiling: per client the auction sets the actual tariff, ≤ this). */
  tariefsoort: 'vast' | 'bod' | 'maximum';
  geldigheid: Periode;
}

/** What a gunning or toelating produces per aanbieder; persistence turns it into a Raamovereenkomst. */
export interface RaamovereenkomstVoorstel {
  id: string;
  aanbestedingId: string;
  aanbieder: Aanbieder;
  perceelIds: string[];
  domein: Domein;
  inkopendeOrganisatieId: string;
  deelnemendeGemeenten: string[];
  producten: ProductTarief[];
  begindatum: Kalenderdatum;
  einddatum: Kalenderdatum;
  verlengingsopties: number[];
  maximumwaardeCenten: Centen;
  /** Carried from the tender: the justification of a term over 48 months, open entry and the indexation method. */
  motiveringLangeLooptijd?: string;
  tussentijdseToetreding?: boolean;
  indexatiemethode?: { naam: string; gewicht: string }[];
  /** Set once the gunning is definitive (or the toelating is granted). */
  gesloten: boolean;
}

export interface Gunningsbeslissing {
  voorlopigOp: Kalenderdatum;
  /** Last day of the standstill (Alcatel) period; null when the type has no standstill. */
  standstillEinddatum: Kalenderdatum | null;
  percelen: PerceelGunning[];
  voorstellen: RaamovereenkomstVoorstel[];
  definitiefOp: Kalenderdatum | null;
}

export interface VeilingBod {
  aanbiederId: string;
  tariefCenten: Centen;
  /** Moment of the bid (ISO date-time), first tie-break. */
  ingediendOm: string;
  /** Consensus quality points (micropunten) for a DAS nadere opdracht. */
  kwaliteitMicropunten?: number;
}

export interface MiniCompetitieUitslag {
  id: string;
  soort: 'veiling' | 'nadere_opdracht';
  perceelId: string;
  productcode: string;
  /** Reference to the client's toewijzing or request; may identify a person, never published. */
  clientReferentie: string;
  datum: Kalenderdatum;
  winnaar: string | null;
  tariefCenten: Centen | null;
  ongeldig: { aanbiederId: string; reden: string }[];
}

export interface Historieregel {
  actie: ActieType;
  datum: Kalenderdatum;
  gebruiker: string;
  status: AanbestedingStatus;
}

/** Settings from the organisation's own inkoopbeleid (art. 1.4 Aw): per organisation, not constants. */
export interface Inkoopbeleid {
  /** Per opdrachtsoort: from which estimated value at least meervoudig onderhands, and at least national publication. */
  drempels: Partial<Record<Opdrachtsoort, { meervoudigVanafCenten: Centen; nationaalVanafCenten: Centen }>>;
}

export interface AanbestedingInvoer {
  id: string;
  naam: string;
  procedureType: ProcedureType;
  domein: Domein;
  opdrachtsoort: Opdrachtsoort;
  aanbestedendeDienst?: 'decentraal' | 'centraal';
  inkopendeOrganisatie: Organisatie;
  deelnemendeGemeenten: string[];
  publicatie: Publicatie;
  looptijd: Looptijd;
  /** Required when the term including extensions exceeds 48 months. */
  motiveringLangeLooptijd?: string;
  /** Art. 1.4 Aw: why this procedure (required for enkelvoudig onderhands). */
  motiveringProcedurekeuze?: string;
  /**
   * A raamovereenkomst with several parties whose orders are placed by a nadere opdracht among them, on the stated
   * criteria (vernieuwde mededinging, art. 2.144 Aw); without it, orders follow the framework's terms directly.
   */
  vernieuwdeMededinging?: boolean;
  percelen: Perceel[];
  aanmeldperiode?: Periode;
  inschrijfperiode?: Periode;
  /** Admission windows for tussentijdse toetreding (toelatingsprocedure). */
  toetredingsvensters?: Periode[];
  /** Invited aanbieder ids (onderhands). */
  uitgenodigden?: string[];
  /** Maximum number of candidates admitted to the inschrijving (niet-openbaar). */
  maximumGegadigden?: number;
  beoordelaars: string[];
  /** The chair of the scoring: records each consensus with its motivation and any change after it. */
  voorzitter?: string;
  /** The indexation method the raamovereenkomsten carry (contractstandaard art. 3.2), e.g. OVA 90, PCC 10. */
  indexatiemethode?: { naam: string; gewicht: string }[];
  /** A legal reduction of the minimum tender period (Aw 2012 art. 2.71–2.74). */
  termijnverkorting?: Termijnverkorting;
  motiveringTermijnverkorting?: string;
}

/** A consensus score replaced by the chair: kept with who, when and why (audit of changes after consensus). */
export interface Consensuswijziging {
  inschrijvingId: string;
  criteriumId: string;
  vorigeScore: number;
  score: number;
  motivering: string;
  datum: Kalenderdatum;
  gebruiker: string;
}

export interface Aanbesteding extends AanbestedingInvoer {
  status: AanbestedingStatus;
  publicatiedatum: Kalenderdatum | null;
  inschrijvingen: Inschrijving[];
  toetsingen: Toetsing[];
  geselecteerd: string[] | null;
  /** Bestuurlijk aanbesteden: negotiated tariffs per productcode that replace the starting price. */
  onderhandelingsuitkomst: { tarieven: Record<string, Centen>; vastgelegdOp: Kalenderdatum } | null;
  kwaliteitsscores: Kwaliteitsscore[];
  consensusscores: Consensusscore[];
  /** Absent in states stored before blind scoring; read as []. */
  consensuswijzigingen?: Consensuswijziging[];
  prijzenGeopendOp: Kalenderdatum | null;
  gunning: Gunningsbeslissing | null;
  kortGeding: { aangespannenOp: Kalenderdatum; uitspraakOp: Kalenderdatum | null } | null;
  raamovereenkomsten: RaamovereenkomstVoorstel[];
  afwijzingen: { inschrijvingId: string; reden: string; datum: Kalenderdatum }[];
  miniCompetities: MiniCompetitieUitslag[];
  intrekkingsreden: string | null;
  historie: Historieregel[];
}

export interface ActieContext {
  datum: Kalenderdatum;
  gebruiker: string;
  inkoopbeleid?: Inkoopbeleid;
}

export type Actie =
  | { type: ActieType.Publiceer }
  | { type: ActieType.DienIn; inschrijving: Omit<Inschrijving, 'ingediendOp'> }
  | { type: ActieType.RegistreerToetsing; inschrijvingId: string; resultaten: Record<string, boolean> }
  | { type: ActieType.SelecteerGegadigden; aanbiederIds: string[]; motivering: string }
  | { type: ActieType.SluitInschrijving }
  | { type: ActieType.LegOnderhandelingsuitkomstVast; tarieven: Record<string, Centen> }
  | { type: ActieType.RegistreerScore; inschrijvingId: string; criteriumId: string; score: number }
  | {
      type: ActieType.RegistreerConsensus;
      inschrijvingId: string;
      criteriumId: string;
      score: number;
      motivering: string;
    }
  | { type: ActieType.OpenPrijzen }
  | {
      type: ActieType.VoorlopigeGunning;
      /** Per perceel: loting order (maximaal N) or chosen aanbieders with motivation (selectie). */
      perPerceel?: Record<string, { lotingVolgorde?: string[]; selectie?: string[]; motivering?: string }>;
    }
  | { type: ActieType.RegistreerKortGeding }
  | { type: ActieType.RegistreerUitspraak }
  | { type: ActieType.DefinitieveGunning }
  | { type: ActieType.LaatToe; inschrijvingId: string; ingangsdatum?: Kalenderdatum }
  | { type: ActieType.WijsAf; inschrijvingId: string; reden: string }
  | {
      type: ActieType.HoudVeiling | ActieType.NadereOpdracht;
      id: string;
      perceelId: string;
      productcode: string;
      clientReferentie: string;
      biedingen: VeilingBod[];
    }
  | { type: ActieType.Beeindig }
  | { type: ActieType.TrekIn; reden: string };

export type Weigeringscode =
  | 'ACTIE_NIET_TOEGESTAAN'
  | 'STAP_NIET_VAN_TOEPASSING'
  | 'CONFIGURATIE_ONGELDIG'
  | 'EU_PUBLICATIE_VEREIST'
  | 'DREMPEL_ONBEKEND'
  | 'INKOOPBELEID_ONTBREEKT'
  | 'INKOOPBELEID_ZWAARDERE_PROCEDURE'
  | 'LOOPTIJD_MOTIVERING_VEREIST'
  | 'MAXIMUMWAARDE_VEREIST'
  | 'WMO_NIET_ALLEEN_PRIJS'
  | 'BUITEN_TOETREDINGSVENSTER'
  | 'BUITEN_INSCHRIJFTERMIJN'
  | 'TERMIJN_LOOPT_NOG'
  | 'NIET_UITGENODIGD'
  | 'BOD_ONDER_REELE_PRIJS'
  | 'BOD_BOVEN_MAXIMUM'
  | 'INSCHRIJVING_ONVOLLEDIG'
  | 'ONBEKEND'
  | 'DUBBELE_INSCHRIJVING'
  | 'TOETSING_ONVOLLEDIG'
  | 'NIET_GESCHIKT'
  | 'SCORE_BUITEN_SCHAAL'
  | 'GEEN_BEOORDELAAR'
  | 'PRIJZEN_NOG_GESLOTEN'
  | 'KWALITEITSBEOORDELING_ONVOLLEDIG'
  | 'MOTIVERING_VEREIST'
  | 'LOTING_VEREIST'
  | 'STANDSTILL_LOOPT'
  | 'KORT_GEDING_LOPEND'
  | 'GEEN_GELDIG_BOD'
  | 'TERMIJN_TE_KORT'
  | 'GEEN_VOORZITTER'
  | 'CONSENSUS_VASTGESTELD';

export type Transitieresultaat =
  | {
      ok: true;
      nieuweStatus: AanbestedingStatus;
      aanbesteding: Aanbesteding;
      /** Raamovereenkomsten concluded by this action (definitieve gunning, toelating). */
      raamovereenkomsten: RaamovereenkomstVoorstel[];
    }
  | { ok: false; code: Weigeringscode; reden: string };
