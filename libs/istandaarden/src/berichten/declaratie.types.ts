import type { Eenheid, Kalenderdatum, Retourcode } from '#keten/domain';
import type {
  BedragMetDebetCredit,
  BerichtIdentificatie,
  GeslotenPeriode,
  Header,
  ProductReferentie,
  TotaalBedragMetDebetCredit,
  XsdVersie,
} from './gemeenschappelijk.types.js';

// 323: consumed by the declaratie checks (libs/domain/src/declaratie-checks) through an adapter.
export interface Prestatie {
  productReferentie: ProductReferentie;
  toewijzingNummer: number;
  productCategorie: string;
  productCode: string;
  productPeriode: GeslotenPeriode;
  // Integer; in eurocent when eenheid is 83 (IV042).
  geleverdVolume: number;
  eenheid: Eenheid;
  // Cents; absent exactly when eenheid is 83 (CD087).
  productTarief?: number;
  ingediendBedrag: BedragMetDebetCredit;
}

export interface DeclaratieClient {
  bsn: string;
  prestaties: Prestatie[];
}

export interface Declaratie323Kop {
  declaratieNummer: string;
  declaratiePeriode: GeslotenPeriode;
  declaratieDagtekening: Kalenderdatum;
  totaalIngediendBedrag: TotaalBedragMetDebetCredit;
}

export interface Declaratie extends Declaratie323Kop {
  clienten: DeclaratieClient[];
}

// 325: only the rejected Prestaties, copied unchanged from the 323 with their retourcodes (OP303/TR367).
export interface AfgewezenPrestatie extends Prestatie {
  retourCodes: Retourcode[];
}

export interface DeclaratieAntwoordClient {
  bsn: string;
  prestaties: AfgewezenPrestatie[];
  retourCodes: Retourcode[];
}

export interface DeclaratieAntwoord {
  declaratieNummer: string;
  totaalIngediendBedrag: TotaalBedragMetDebetCredit;
  totaalToegekendBedrag: TotaalBedragMetDebetCredit;
  clienten?: DeclaratieAntwoordClient[];
  retourCodes: Retourcode[];
}

export interface DeclaratieAntwoordHeader extends Header {
  declaratieIdentificatie: BerichtIdentificatie;
  xsltVersie?: string;
  xsdVersieDeclaratie: XsdVersie;
  retourCodes: Retourcode[];
}
