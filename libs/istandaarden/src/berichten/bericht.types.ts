import type { Domein } from '#keten/domain';
import type { Berichtsoort, BerichtType } from '../standaard.constant.js';
import type { Declaratie, DeclaratieAntwoord, DeclaratieAntwoordHeader } from './declaratie.types.js';
import type { Header, RetourHeader } from './gemeenschappelijk.types.js';
import type { StartClient, StartRetourClient, StopClient, StopRetourClient } from './regie.types.js';
import type { ToewijzingClient, ToewijzingRetourClient } from './toewijzing.types.js';
import type {
  Antwoord,
  AntwoordRetour,
  VerzoekOmToewijzingClient,
  VerzoekOmToewijzingRetourClient,
  VerzoekOmWijzigingClient,
  VerzoekOmWijzigingRetourClient,
} from './verzoek.types.js';

interface BerichtBasis<T extends BerichtType> {
  domein: Domein;
  berichtType: T;
  berichtsoort: Berichtsoort;
}

export interface Bericht301 extends BerichtBasis<'301'> {
  header: Header;
  client: ToewijzingClient;
}
export interface Bericht302 extends BerichtBasis<'302'> {
  header: RetourHeader;
  client?: ToewijzingRetourClient;
}
export interface Bericht305 extends BerichtBasis<'305'> {
  header: Header;
  client: StartClient;
}
export interface Bericht306 extends BerichtBasis<'306'> {
  header: RetourHeader;
  client?: StartRetourClient;
}
export interface Bericht307 extends BerichtBasis<'307'> {
  header: Header;
  client: StopClient;
}
export interface Bericht308 extends BerichtBasis<'308'> {
  header: RetourHeader;
  client?: StopRetourClient;
}
export interface Bericht315 extends BerichtBasis<'315'> {
  header: Header;
  client: VerzoekOmToewijzingClient;
}
export interface Bericht316 extends BerichtBasis<'316'> {
  header: RetourHeader;
  client?: VerzoekOmToewijzingRetourClient;
}
export interface Bericht317 extends BerichtBasis<'317'> {
  header: Header;
  client: VerzoekOmWijzigingClient;
}
export interface Bericht318 extends BerichtBasis<'318'> {
  header: RetourHeader;
  client?: VerzoekOmWijzigingRetourClient;
}
export interface Bericht319 extends BerichtBasis<'319'> {
  header: Header;
  antwoord: Antwoord;
}
export interface Bericht320 extends BerichtBasis<'320'> {
  header: RetourHeader;
  antwoord?: AntwoordRetour;
}
export interface Bericht323 extends BerichtBasis<'323'> {
  header: Header;
  declaratie: Declaratie;
}
export interface Bericht325 extends BerichtBasis<'325'> {
  header: DeclaratieAntwoordHeader;
  declaratieAntwoord?: DeclaratieAntwoord;
}

// Discriminated on berichtType (with domein telling iWmo from iJw; berichtsoort is e.g. 'WMO323' or 'JW323').
export type Bericht =
  | Bericht301
  | Bericht302
  | Bericht305
  | Bericht306
  | Bericht307
  | Bericht308
  | Bericht315
  | Bericht316
  | Bericht317
  | Bericht318
  | Bericht319
  | Bericht320
  | Bericht323
  | Bericht325;

export type BerichtVanType<T extends BerichtType> = Extract<Bericht, { berichtType: T }>;

export type ParseFout = { ok: false; retourcode: '0001'; reden: string; pad: string };
export type ParseResultaat<B = Bericht> = { ok: true; bericht: B } | ParseFout;
