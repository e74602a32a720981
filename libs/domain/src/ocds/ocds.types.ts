import type { Kalenderdatum } from '../datum/kalenderdatum.util.js';
import type { Aanbesteding } from '../inkoop/aanbesteding.types.js';
// The subset of OCDS 1.1.5 (with the lots and techniques extensions) that Keten publishes.

export interface OcdsValue {
  amount: number;
  currency: 'EUR';
}

export interface OcdsPeriod {
  startDate?: string;
  endDate?: string;
  maxExtentDate?: string;
}

export interface OcdsIdentifier {
  scheme: string;
  id: string;
  legalName?: string;
}

export interface OcdsOrganizationReference {
  id: string;
  name: string;
}

export interface OcdsOrganization {
  id: string;
  name: string;
  identifier?: OcdsIdentifier;
  additionalIdentifiers?: OcdsIdentifier[];
  contactPoint?: { name: string };
  roles: string[];
}

export interface OcdsClassification {
  scheme: string;
  id: string;
  description?: string;
}

export interface OcdsItem {
  id: string;
  description: string;
  classification: OcdsClassification;
  additionalClassifications?: OcdsClassification[];
  unit?: { scheme: string; id: string; name: string; value?: OcdsValue };
  relatedLot?: string;
}

export interface OcdsTechniques {
  hasFrameworkAgreement: boolean;
  frameworkAgreement?: {
    method: 'withReopeningCompetition' | 'withoutReopeningCompetition';
    minimumParticipants?: number;
    maximumParticipants?: number;
    period?: OcdsPeriod;
    value?: OcdsValue;
    periodRationale?: string;
    buyerCategories?: string;
  };
  hasDynamicPurchasingSystem?: boolean;
  dynamicPurchasingSystem?: { type: 'closed'; status: 'pending' | 'active' | 'cancelled' | 'terminated' };
  hasElectronicAuction?: boolean;
  electronicAuction?: { description: string };
}

export interface OcdsLot {
  id: string;
  title: string;
  status: string;
  value?: OcdsValue;
  contractPeriod?: OcdsPeriod;
  techniques?: OcdsTechniques;
}

export interface OcdsTender {
  id: string;
  title: string;
  status: string;
  procuringEntity: OcdsOrganizationReference;
  items: OcdsItem[];
  /** Absent for a call-off: its value follows from the orders placed at the winning tariff. */
  value?: OcdsValue;
  procurementMethod: 'open' | 'selective' | 'limited' | 'direct';
  procurementMethodDetails: string;
  procurementMethodRationale?: string;
  mainProcurementCategory: 'goods' | 'works' | 'services';
  awardCriteria?: 'priceOnly' | 'qualityOnly' | 'ratedCriteria';
  awardCriteriaDetails: string;
  submissionMethod: string[];
  tenderPeriod?: OcdsPeriod;
  contractPeriod?: OcdsPeriod;
  eligibilityCriteria?: string;
  numberOfTenderers?: number;
  tenderers?: OcdsOrganizationReference[];
  lots: OcdsLot[];
  techniques: OcdsTechniques;
  submissionMethodDetails?: string;
  documents?: OcdsDocument[];
}

export interface OcdsDocument {
  id: string;
  documentType: string;
  title: string;
  datePublished: string;
  format: string;
}

export interface OcdsAward {
  id: string;
  title: string;
  status: 'pending' | 'active' | 'cancelled' | 'unsuccessful';
  date: string;
  suppliers: OcdsOrganizationReference[];
  items: OcdsItem[];
  contractPeriod?: OcdsPeriod;
  relatedLots: string[];
  value?: OcdsValue;
}

export interface OcdsAmendment {
  id: string;
  date: string;
  rationale: string;
  description: string;
}

export interface OcdsContract {
  id: string;
  awardID: string;
  title: string;
  status: 'pending' | 'active' | 'cancelled' | 'terminated';
  period: OcdsPeriod;
  value: OcdsValue;
  items: OcdsItem[];
  amendments?: OcdsAmendment[];
}

export interface OcdsRelease {
  ocid: string;
  id: string;
  date: string;
  tag: string[];
  initiationType: 'tender';
  language: 'nl';
  parties: OcdsOrganization[];
  buyer: OcdsOrganizationReference;
  tender: OcdsTender;
  awards?: OcdsAward[];
  contracts?: OcdsContract[];
  /** Call-offs under this framework, or on a call-off the framework it follows from (relationship 'framework'). */
  relatedProcesses?: OcdsRelatedProcess[];
}

export interface OcdsRelatedProcess {
  id: string;
  relationship?: string[];
  title: string;
  scheme: 'ocid';
  identifier: string;
}

export interface OcdsReleasePackage {
  uri: string;
  version: '1.1';
  extensions: string[];
  publishedDate: string;
  publisher: { name: string; scheme?: string; uid?: string; uri?: string };
  license?: string;
  publicationPolicy?: string;
  releases: OcdsRelease[];
}

export interface OcdsOpties {
  /** The publisher's registered OCID prefix, e.g. 'ocds-abc123'. */
  ocidPrefix: string;
  /** Moment of publication (ISO 8601 date-time with offset); pure code takes it as input. */
  publicatiemoment: string;
  packageUri: string;
  publisher: { name: string; scheme?: string; uid?: string; uri?: string };
  license?: string;
  publicationPolicy?: string;
  /** Names and CBS codes of the organisations the state refers to by id (buyers by name, CBS code as identifier). */
  organisaties?: Record<string, { naam: string; cbsCode?: string | null }>;
  /**
   * Changes to the registered raamovereenkomsten in contracten (value, term), per voorstel id, in date order: each
   * an amendment, and the value and term after the last one are the contract's (Aw 2012 art. 2.163b–2.163f).
   */
  contractwijzigingen?: Contractwijziging[];
  /** The procedure's public documents (openbaar), listed in the tender from their date on. */
  documenten?: { id: string; soort: string; titel: string; datum: Kalenderdatum; mediaType: string }[];
}

export interface Contractwijziging {
  voorstelId: string;
  id: string;
  datum: Kalenderdatum;
  omschrijving: string;
  reden: string;
  /** Maximum value and einddatum after the change. */
  waardeCenten: number;
  einddatum: Kalenderdatum;
}

/** One stored version of the domain state: after the change numbered volgnummer, made on datum. */
export interface AanbestedingVersie {
  volgnummer: number;
  datum: Kalenderdatum;
  toestand: Aanbesteding;
}

export interface OcdsRecord {
  ocid: string;
  releases: OcdsRelease[];
  compiledRelease: OcdsRelease;
}

export interface OcdsRecordPackage {
  uri: string;
  version: '1.1';
  extensions: string[];
  publishedDate: string;
  publisher: { name: string; scheme?: string; uid?: string; uri?: string };
  license?: string;
  records: OcdsRecord[];
}
