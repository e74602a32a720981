import type { Centen, Domein, Eenheid, Kalenderdatum, Kostenopbouw, Uitvoeringsvariant } from '#keten/domain';

/** One tariff row of a contract's tariff sheet; eenheid null is a taakgericht budget per jaar. */
export interface TariefbladRegel {
  productCategorie: string;
  productCode: string;
  omschrijving: string;
  uitvoeringsvariant: Uitvoeringsvariant;
  eenheid: Eenheid | null;
  bedrag: Centen;
  ingangsdatum: Kalenderdatum;
  einddatum: Kalenderdatum | null;
  kostenopbouw?: Kostenopbouw;
}

export interface Tariefblad {
  contractnummer: string;
  contractnaam: string;
  domein: Domein;
  regels: TariefbladRegel[];
}

/** Where an uploaded sheet is wrong: sheet name, 1-based row, column letter, and the reason in Dutch. */
export interface TariefbladFout {
  blad: string;
  rij: number;
  kolom: string;
  reden: string;
}

/** rijnummers[i] is the row on the Tarieven sheet that regels[i] came from, for messages after reading. */
export type TariefbladLeesresultaat =
  { ok: true; tariefblad: Tariefblad; rijnummers: number[] } | { ok: false; fouten: TariefbladFout[] };

export interface TariefbladLimieten {
  /** Refuse files larger than this many bytes (compressed upload). */
  maxBytes: number;
  /** Refuse workbooks whose parts unpack to more than this many bytes (zip bomb guard). */
  maxUitgepakteBytes: number;
  /** Refuse a sheet with more data rows than this. */
  maxRijen: number;
}
