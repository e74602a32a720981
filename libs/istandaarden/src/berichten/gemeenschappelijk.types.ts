import type { Centen, DebetCredit, Eenheid, Frequentie, Kalenderdatum, Retourcode } from '#keten/domain';

// Field names are the XSD element names in camelCase; wrapper elements (Clienten/Client, RetourCodes/RetourCode ...)
// become arrays. Amounts are integer cents, dates Kalenderdatum strings, BSN a 9-digit string.

export interface BerichtIdentificatie {
  identificatie: string;
  dagtekening: Kalenderdatum;
}

export interface XsdVersie {
  basisschemaXsdVersie: string;
  berichtXsdVersie: string;
}

// BerichtCode, BerichtVersie and BerichtSubversie are fixed per berichtsoort and release: checked on parse, written
// on build, not carried in the object.
export interface Header {
  afzender: string;
  ontvanger: string;
  berichtIdentificatie: BerichtIdentificatie;
  xsdVersie: XsdVersie;
}

export interface RetourHeader extends Header {
  identificatieRetour: string;
  dagtekeningRetour: Kalenderdatum;
  xsltVersie?: string;
  xsdVersieRetour: XsdVersie;
  retourCodes?: Retourcode[];
}

export interface GeslotenPeriode {
  begindatum: Kalenderdatum;
  einddatum: Kalenderdatum;
}

export interface OpenPeriode {
  begindatum?: Kalenderdatum;
  einddatum?: Kalenderdatum;
}

export interface Product {
  categorie: string;
  code?: string;
}

export interface ProductOmvang {
  volume: number;
  eenheid: Eenheid;
  frequentie: Frequentie;
}

export interface ProductReferentie {
  referentieNummer: string;
  vorigReferentieNummer?: string;
}

export interface BedragMetDebetCredit {
  bedrag: Centen;
  debetCredit: DebetCredit;
}

export interface TotaalBedragMetDebetCredit {
  totaalBedrag: Centen;
  debetCredit: DebetCredit;
}

export interface Geboortedatum {
  datum: Kalenderdatum;
  datumGebruik?: string;
}

export interface Achternaam {
  achternaam: string;
  voorvoegsel?: string;
}

export interface VerkorteNaam {
  geslachtsnaam: Achternaam;
  voornamen?: string;
  voorletters?: string;
}

export interface VolledigeNaam extends VerkorteNaam {
  partnernaam?: Achternaam;
  naamGebruik: string;
}

export interface Verwijzer {
  type: string;
  naam?: string;
  zorgverlenerCode?: string;
}

// Adds the RetourCodes every class of a retourbericht carries.
export type MetRetourCodes<T> = T & { retourCodes: Retourcode[] };
