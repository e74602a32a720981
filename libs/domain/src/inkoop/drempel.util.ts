import { plusDagen, plusMaanden, type Kalenderdatum } from '../datum/kalenderdatum.util.js';
import { formatEuro } from '../geld/bedrag.util.js';
import type { AanbestedingInvoer, Inkoopbeleid, Looptijd } from './aanbesteding.types.js';
import {
  EU_DREMPELWAARDEN,
  MAXIMALE_LOOPTIJD_ZONDER_MOTIVERING_MAANDEN,
  STANDSTILL_KALENDERDAGEN,
  type EuDrempelPeriode,
} from './drempelwaarden.constant.js';
import { PROCEDURE_CONFIG } from './procedure-config.constant.js';
import { Opdrachtsoort, ProcedureType, Publicatie } from './procedure-type.enum.js';

/** Total estimated value: the sum of all percelen (art. 2.16 Aw), each including options and extensions. */
export function geraamdeWaarde(aanbesteding: Pick<AanbestedingInvoer, 'percelen'>): bigint {
  return aanbesteding.percelen.reduce((som, p) => som + BigInt(p.geraamdeWaardeCenten), 0n);
}

export function euDrempelPeriode(datum: Kalenderdatum): EuDrempelPeriode | null {
  return EU_DREMPELWAARDEN.find((p) => datum >= p.geldigVan && datum <= p.geldigTot) ?? null;
}

export function euDrempel(
  periode: EuDrempelPeriode,
  opdrachtsoort: Opdrachtsoort,
  dienst: 'decentraal' | 'centraal' = 'decentraal',
): number {
  switch (opdrachtsoort) {
    case Opdrachtsoort.Sas:
      return periode.sasCenten;
    case Opdrachtsoort.Werken:
      return periode.werkenCenten;
    case Opdrachtsoort.Diensten:
    case Opdrachtsoort.Leveringen:
      return dienst === 'centraal'
        ? periode.leveringenDienstenCentraalCenten
        : periode.leveringenDienstenDecentraalCenten;
  }
}

/** The lightest way of going to market the law and the inkoopbeleid allow, from light to heavy. */
export type VereistNiveau = 'enkelvoudig' | 'meervoudig' | 'nationaal' | 'eu';
const NIVEAU_RANG: Record<VereistNiveau, number> = { enkelvoudig: 0, meervoudig: 1, nationaal: 2, eu: 3 };

export type NiveauUitkomst =
  | { ok: true; niveau: VereistNiveau; toelichting: string }
  | { ok: false; code: 'DREMPEL_ONBEKEND' | 'INKOOPBELEID_ONTBREEKT'; reden: string };

export function vereistNiveau(
  aanbesteding: AanbestedingInvoer,
  datum: Kalenderdatum,
  inkoopbeleid: Inkoopbeleid | undefined,
): NiveauUitkomst {
  const periode = euDrempelPeriode(datum);
  if (!periode) return { ok: false, code: 'DREMPEL_ONBEKEND', reden: `Geen EU-drempelwaarden bekend voor ${datum}.` };
  const waarde = geraamdeWaarde(aanbesteding);
  const drempel = euDrempel(periode, aanbesteding.opdrachtsoort, aanbesteding.aanbestedendeDienst);
  const jaren = `${periode.geldigVan.slice(0, 4)}–${periode.geldigTot.slice(0, 4)}`;
  if (waarde >= BigInt(drempel)) {
    return {
      ok: true,
      niveau: 'eu',
      toelichting:
        `geraamde waarde ${formatEuro(waarde)} (incl. opties en verlengingen) ligt op of boven de EU-drempel ` +
        `${formatEuro(drempel)} voor ${aanbesteding.opdrachtsoort} (${jaren})`,
    };
  }
  const beleid = inkoopbeleid?.drempels[aanbesteding.opdrachtsoort];
  if (!beleid) {
    return {
      ok: false,
      code: 'INKOOPBELEID_ONTBREEKT',
      reden: `Onder de EU-drempel beslist het inkoopbeleid, maar er zijn geen bedragen voor ${aanbesteding.opdrachtsoort}.`,
    };
  }
  if (waarde >= BigInt(beleid.nationaalVanafCenten)) {
    return {
      ok: true,
      niveau: 'nationaal',
      toelichting: `geraamde waarde ${formatEuro(waarde)} ≥ ${formatEuro(beleid.nationaalVanafCenten)} (inkoopbeleid: nationale publicatie)`,
    };
  }
  if (waarde >= BigInt(beleid.meervoudigVanafCenten)) {
    return {
      ok: true,
      niveau: 'meervoudig',
      toelichting: `geraamde waarde ${formatEuro(waarde)} ≥ ${formatEuro(beleid.meervoudigVanafCenten)} (inkoopbeleid: meervoudig onderhands)`,
    };
  }
  return {
    ok: true,
    niveau: 'enkelvoudig',
    toelichting: `geraamde waarde ${formatEuro(waarde)} onder de drempels van het inkoopbeleid`,
  };
}

export function gekozenNiveau(aanbesteding: AanbestedingInvoer): VereistNiveau {
  if (aanbesteding.publicatie === Publicatie.Eu) return 'eu';
  if (aanbesteding.publicatie === Publicatie.Nationaal) return 'nationaal';
  if (aanbesteding.procedureType === ProcedureType.EnkelvoudigOnderhands) return 'enkelvoudig';
  return (aanbesteding.uitgenodigden?.length ?? 0) >= 2 ? 'meervoudig' : 'enkelvoudig';
}

export type DrempeltoetsUitkomst =
  | { ok: true; niveau: VereistNiveau | null }
  | {
      ok: false;
      code:
        'EU_PUBLICATIE_VEREIST' | 'INKOOPBELEID_ZWAARDERE_PROCEDURE' | 'DREMPEL_ONBEKEND' | 'INKOOPBELEID_ONTBREEKT';
      reden: string;
    };

/**
 * Refuses a procedure that goes to market lighter than the law (EU threshold, Aw 2012 art. 2.38/2.39 for SAS)
 * or the organisation's inkoopbeleid requires. The toelatingsprocedure is no public contract and is exempt.
 */
export function toetsDrempel(
  aanbesteding: AanbestedingInvoer,
  datum: Kalenderdatum,
  inkoopbeleid?: Inkoopbeleid,
): DrempeltoetsUitkomst {
  if (!PROCEDURE_CONFIG[aanbesteding.procedureType].overheidsopdracht) return { ok: true, niveau: null };
  const vereist = vereistNiveau(aanbesteding, datum, inkoopbeleid);
  if (!vereist.ok) return vereist;
  const gekozen = gekozenNiveau(aanbesteding);
  if (NIVEAU_RANG[gekozen] >= NIVEAU_RANG[vereist.niveau]) return { ok: true, niveau: vereist.niveau };
  if (vereist.niveau === 'eu') {
    return {
      ok: false,
      code: 'EU_PUBLICATIE_VEREIST',
      reden: `Europese publicatie vereist: ${vereist.toelichting}; geconfigureerd is ${aanbesteding.publicatie} (Aw 2012 art. 2.38/2.39).`,
    };
  }
  return {
    ok: false,
    code: 'INKOOPBELEID_ZWAARDERE_PROCEDURE',
    reden: `Het inkoopbeleid vereist ten minste ${vereist.niveau}: ${vereist.toelichting}; gekozen is ${gekozen}.`,
  };
}

/** Last day of the term when every extension option is used. */
export function maximaleEinddatum(looptijd: Looptijd): Kalenderdatum {
  const verlenging = looptijd.verlengingsopties.reduce((s, m) => s + m, 0);
  return plusDagen(plusMaanden(plusDagen(looptijd.einddatum, 1), verlenging), -1);
}

/** Art. 2.140 Aw: a raamovereenkomst over 48 months (extensions included) needs a justification. */
export function looptijdVereistMotivering(looptijd: Looptijd): boolean {
  const grens = plusDagen(plusMaanden(looptijd.begindatum, MAXIMALE_LOOPTIJD_ZONDER_MOTIVERING_MAANDEN), -1);
  return maximaleEinddatum(looptijd) > grens;
}

/**
 * Last day of the standstill: 20 kalenderdagen counted from the day after the voorlopige gunning
 * (art. 2.127 Aw), so day 1 is voorlopig + 1 and the last day is voorlopig + 20. Award from the day after.
 */
export function standstillEinddatum(voorlopigeGunning: Kalenderdatum): Kalenderdatum {
  return plusDagen(voorlopigeGunning, STANDSTILL_KALENDERDAGEN);
}
