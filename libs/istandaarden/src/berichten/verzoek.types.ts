import type { Kalenderdatum, RedenAfwijzingVerzoek, RedenVerzoek, VerzoekAntwoord } from '#keten/domain';
import type {
  Geboortedatum,
  MetRetourCodes,
  ProductOmvang,
  Product,
  VerkorteNaam,
  Verwijzer,
} from './gemeenschappelijk.types.js';

export interface AangevraagdProduct {
  referentieAanbieder: string;
  beschikkingNummer?: number;
  product?: Product;
  beschikkingIngangsdatum?: Kalenderdatum;
  toewijzingIngangsdatum: Kalenderdatum;
  toewijzingEinddatum?: Kalenderdatum;
  omvang?: ProductOmvang;
  budget?: number;
  verwijzer: Verwijzer;
  raamcontract?: string;
  commentaar?: string;
}

export interface VerzoekOmToewijzingClient {
  bsn: string;
  geboortedatum: Geboortedatum;
  geslacht: string;
  naam: VerkorteNaam;
  // iJw only.
  gezagsdragerBekend?: string;
  commentaar?: string;
  aangevraagdeProducten: AangevraagdProduct[];
}

export interface TeWijzigenProduct {
  toewijzingNummer: number;
  gewensteIngangsdatum: Kalenderdatum;
  einddatum?: Kalenderdatum;
  omvang?: ProductOmvang;
  budget?: number;
}

export interface NieuwProduct {
  product?: Product;
  gewensteIngangsdatum: Kalenderdatum;
  einddatum?: Kalenderdatum;
  omvang?: ProductOmvang;
  budget?: number;
}

export interface Verzoek {
  referentieAanbieder: string;
  redenVerzoek: RedenVerzoek;
  ongewijzigdeProducten?: { toewijzingNummer: number }[];
  teWijzigenProducten?: TeWijzigenProduct[];
  nieuweProducten?: NieuwProduct[];
}

export interface VerzoekOmWijzigingClient {
  bsn: string;
  verzoek: Verzoek;
}

export interface Antwoord {
  referentieAanbieder: string;
  verzoekAntwoord: VerzoekAntwoord;
  redenAfwijzingVerzoek?: RedenAfwijzingVerzoek;
  // iJw only (reden 8).
  woonplaatsbeginsel?: { gemeente: string };
}

export type VerzoekOmToewijzingRetourClient = MetRetourCodes<
  Omit<VerzoekOmToewijzingClient, 'aangevraagdeProducten'> & {
    aangevraagdeProducten: MetRetourCodes<AangevraagdProduct>[];
  }
>;

export type VerzoekOmWijzigingRetourClient = MetRetourCodes<{
  bsn: string;
  verzoek: MetRetourCodes<{
    referentieAanbieder: string;
    redenVerzoek: RedenVerzoek;
    ongewijzigdeProducten?: MetRetourCodes<{ toewijzingNummer: number }>[];
    teWijzigenProducten?: MetRetourCodes<TeWijzigenProduct>[];
    nieuweProducten?: MetRetourCodes<NieuwProduct>[];
  }>;
}>;

export type AntwoordRetour = MetRetourCodes<
  Omit<Antwoord, 'woonplaatsbeginsel'> & { woonplaatsbeginsel?: MetRetourCodes<{ gemeente: string }> }
>;
