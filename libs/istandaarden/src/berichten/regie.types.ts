import type { Kalenderdatum, StatusAanlevering } from '#keten/domain';
import type { Geboortedatum, MetRetourCodes, Product, VerkorteNaam } from './gemeenschappelijk.types.js';

export interface StartProduct {
  toewijzingNummer?: number;
  product?: Product;
  toewijzingIngangsdatum?: Kalenderdatum;
  begindatum: Kalenderdatum;
  statusAanlevering: StatusAanlevering;
}

export interface StopProduct extends StartProduct {
  // WMO588 or JZ588 depending on the domein (code 31 differs).
  redenBeeindiging: string;
  einddatum: Kalenderdatum;
}

interface RegieClient {
  bsn: string;
  geboortedatum: Geboortedatum;
  geslacht: string;
  naam: VerkorteNaam;
}

export interface StartClient extends RegieClient {
  startProducten: StartProduct[];
}

export interface StopClient extends RegieClient {
  stopProducten: StopProduct[];
}

export type StartRetourClient = MetRetourCodes<RegieClient & { startProducten: MetRetourCodes<StartProduct>[] }>;
export type StopRetourClient = MetRetourCodes<RegieClient & { stopProducten: MetRetourCodes<StopProduct>[] }>;
