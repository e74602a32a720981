import type { Domein, Eenheid, Frequentie, Kalenderdatum, Retourcode } from '#keten/domain';

/** One ToegewezenProduct as a back office sends it (from a 301 or the JSON API). */
export interface ToegewezenProductInvoer {
  toewijzingNummer: number;
  referentieAanbieder?: string | null;
  productCategorie?: string | null;
  productCode?: string | null;
  toewijzingsdatum: Kalenderdatum;
  /** HH:MM:SS */
  toewijzingstijd: string;
  ingangsdatum: Kalenderdatum;
  einddatum?: Kalenderdatum | null;
  redenWijziging?: string | null;
  omvang?: { volume: number; eenheid: Eenheid; frequentie: Frequentie } | null;
  budget?: number | null;
  commentaar?: string | null;
  /** The verzoek (315/317) this version honours (OP348); set by the work queue, never by a back office. */
  verzoekId?: string | null;
}

/** A 301's content for one client and one aanbieder: all current toewijzingen plus those changed since (OP087). */
export interface ToewijzingInvoer {
  domein: Domein;
  gemeenteCode: string;
  aanbiederAgb: string;
  bsn: string;
  /** The client block of the 301 without its products (name, contact ...), kept encrypted. */
  clientGegevens?: unknown;
  /** The sociaal (wijk)team that issued the beschikking (JSON intake only; sturing reports by it). */
  sociaalTeam?: string | null;
  /** The client's postcode (JSON intake): only its four digits are kept, for the wijk (sturing). */
  postcode?: string | null;
  producten: ToegewezenProductInvoer[];
}

export interface ToewijzingProductResultaat {
  toewijzingNummer: number;
  resultaat: 'nieuw' | 'gewijzigd' | 'ongewijzigd' | 'afgewezen';
  retourcodes: Retourcode[];
  toelichting?: string;
}
