// The procedure's own state as the API returns it inside AanbestedingDto ([veld: string]: unknown: the domain's
// Aanbesteding, not described field by field in the OpenAPI document), and what the scores and ranking endpoints
// return (their controllers declare no response schema). Read defensively: a field may be absent for a procedure type.
import type { Schemas } from '../../api/client';
import { datum } from '../../gedeeld/formaat';

export type Aanbesteding = Schemas['AanbestedingDto'];

export interface Criterium {
  id: string;
  naam: string;
  soort: 'kwaliteit' | 'prijs';
  weging: number;
  schaal?: number[];
}

export interface Perceel {
  id: string;
  naam?: string;
  eisen?: { id: string; omschrijving?: string }[];
  gunningscriteria?: Criterium[];
}

export interface Inschrijving {
  id: string;
  perceelId?: string;
  /** Blind scoring: id null and a name like "Inschrijver 1" until every beoordelaar has scored. */
  aanbieder?: { naam?: string; id?: string | null };
  verzoekTotDeelneming?: boolean;
}

export interface PerceelGunning {
  perceelId: string;
  gegund: string[];
  afgewezen: { aanbiederId: string; reden: string }[];
}

export interface Gunning {
  voorlopigOp: string;
  standstillEinddatum: string | null;
  definitiefOp: string | null;
  percelen: PerceelGunning[];
}

export interface Procedure {
  percelen: Perceel[];
  inschrijvingen: Inschrijving[];
  toetsingen: { inschrijvingId: string; resultaten: Record<string, boolean> }[];
  geselecteerd: string[] | null;
  prijzenGeopendOp: string | null;
  gunning: Gunning | null;
}

/** GET /aanbestedingen/{id}/scores */
export interface Scores {
  beoordelaars: string[];
  voorzitter: string | null;
  kwaliteitsscores: { inschrijvingId: string; criteriumId: string; beoordelaar: string; score: number }[];
  consensusscores: { inschrijvingId: string; criteriumId: string; score: number; motivering: string }[];
  consensuswijzigingen: { inschrijvingId: string; criteriumId: string; vorigeScore: number; score: number }[];
}

/** GET /aanbestedingen/{id}/rangschikking: one ranking per perceel (points in micropunten, 1e-6 punt). */
export interface PerceelRangschikking {
  perceelId: string;
  bron: 'gunning' | 'voorlopig';
  gegund: string[] | null;
  rangschikking: {
    positie: number;
    inschrijvingId: string;
    aanbiederId: string;
    kwaliteitMicropunten: number;
    prijsMicropunten: number;
    totaalMicropunten: number;
    beoordelingsprijsCenten: number | null;
  }[];
}

const lijst = <T>(w: unknown): T[] => (Array.isArray(w) ? (w as T[]) : []);

export function procedureVan(a: Aanbesteding): Procedure {
  const x = a as Record<string, unknown>;
  return {
    percelen: lijst<Perceel>(x.percelen),
    inschrijvingen: lijst<Inschrijving>(x.inschrijvingen),
    toetsingen: lijst(x.toetsingen),
    geselecteerd: Array.isArray(x.geselecteerd) ? (x.geselecteerd as string[]) : null,
    prijzenGeopendOp: typeof x.prijzenGeopendOp === 'string' ? x.prijzenGeopendOp : null,
    gunning: x.gunning && typeof x.gunning === 'object' ? (x.gunning as Gunning) : null,
  };
}

export const kwaliteitscriteria = (p: Perceel | undefined): Criterium[] =>
  (p?.gunningscriteria ?? []).filter((c) => c.soort === 'kwaliteit');

/** The inschrijvingen that are scored: bids (not the verzoeken of a selectiefase) that met every eis of their perceel. */
export function teBeoordelen(p: Procedure): { inschrijving: Inschrijving; perceel: Perceel; criteria: Criterium[] }[] {
  return p.inschrijvingen
    .filter((i) => !(i.verzoekTotDeelneming && p.geselecteerd !== null))
    .flatMap((i) => {
      const perceel = p.percelen.find((x) => x.id === i.perceelId);
      const criteria = kwaliteitscriteria(perceel);
      const toetsing = p.toetsingen.find((t) => t.inschrijvingId === i.id);
      const voldoet = !!toetsing && (perceel?.eisen ?? []).every((e) => toetsing.resultaten[e.id] === true);
      return perceel && criteria.length && voldoet ? [{ inschrijving: i, perceel, criteria }] : [];
    });
}

/** Micropunten (1e-6 punt) as points with two decimals: 58123456 → "58,12". */
export function punten(micropunten: number): string {
  return new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    micropunten / 1_000_000,
  );
}

/**
 * A refusal as a person reads it: the API names inschrijvingen by id and dates as yyyy-mm-dd; the page shows the
 * inschrijver's name (or "Inschrijver n" while scoring is blind) and the Dutch date.
 */
export function leesbaar(reden: string, inschrijvingen: Inschrijving[]): string {
  const metNamen = inschrijvingen.reduce(
    (r, i) => (i.aanbieder?.naam ? r.split(i.id).join(i.aanbieder.naam) : r),
    reden,
  );
  return metNamen.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (iso) => datum(iso));
}
