import type { Kalenderdatum, RedenWijziging } from '#keten/domain';
import type {
  Geboortedatum,
  MetRetourCodes,
  ProductOmvang,
  OpenPeriode,
  Product,
  VolledigeNaam,
} from './gemeenschappelijk.types.js';

export interface Adres {
  huis?: { huisnummer: number; huisletter?: string; huisnummerToevoeging?: string; aanduidingWoonadres?: string };
  postcode?: string;
  straatnaam?: string;
  plaatsnaam?: string;
  landCode?: string;
}

export interface Telefoon {
  telefoonnummer: string;
  landnummer: string;
}

export interface Contact {
  soort: string;
  adres?: Adres;
  organisatie?: string;
  telefoon?: { telefoon01: Telefoon; telefoon02?: Telefoon };
  emailadres?: string;
  periode?: OpenPeriode;
}

export interface Relatie {
  nummer: string;
  volgorde?: number;
  soort: string;
  geboortedatum?: Geboortedatum;
  geslacht?: string;
  naam: VolledigeNaam;
  contact: Contact;
}

export interface ToegewezenProduct {
  toewijzingNummer: number;
  referentieAanbieder?: string;
  product?: Product;
  toewijzingsdatum: Kalenderdatum;
  toewijzingstijd: string;
  ingangsdatum: Kalenderdatum;
  einddatum?: Kalenderdatum;
  redenWijziging?: RedenWijziging;
  omvang?: ProductOmvang;
  budget?: number;
  commentaar?: string;
}

export interface ToewijzingClient {
  bsn: string;
  geboortedatum: Geboortedatum;
  geslacht: string;
  naam: VolledigeNaam;
  communicatie?: { vorm: string; taal?: string };
  juridischeStatus?: string;
  wettelijkeVertegenwoordiging?: string;
  commentaar?: string;
  relaties?: Relatie[];
  contactgegevens: Contact[];
  toegewezenProducten: ToegewezenProduct[];
}

export type ToewijzingRetourClient = MetRetourCodes<
  Omit<ToewijzingClient, 'relaties' | 'contactgegevens' | 'toegewezenProducten'> & {
    relaties?: MetRetourCodes<Omit<Relatie, 'contact'> & { contact: MetRetourCodes<Contact> }>[];
    contactgegevens: MetRetourCodes<Contact>[];
    toegewezenProducten: MetRetourCodes<ToegewezenProduct>[];
  }
>;
