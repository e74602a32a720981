import type { Kalenderdatum } from '../datum/kalenderdatum.util.js';
import type { Centen } from '../geld/bedrag.util.js';

/**
 * EU thresholds excl. VAT (Directive 2014/24/EU art. 4 as revised every two years; inkoop-en-contracten.md 2).
 * Dated reference data: the threshold in force on the date the procedure is published decides.
 */
export interface EuDrempelPeriode {
  geldigVan: Kalenderdatum;
  geldigTot: Kalenderdatum;
  werkenCenten: Centen;
  leveringenDienstenDecentraalCenten: Centen;
  leveringenDienstenCentraalCenten: Centen;
  /** Sociale en andere specifieke diensten (Wmo, Jeugd). */
  sasCenten: Centen;
}

export const EU_DREMPELWAARDEN: readonly EuDrempelPeriode[] = [
  {
    geldigVan: '2022-01-01',
    geldigTot: '2023-12-31',
    werkenCenten: 538_200_000,
    leveringenDienstenDecentraalCenten: 21_500_000,
    leveringenDienstenCentraalCenten: 14_000_000,
    sasCenten: 75_000_000,
  },
  {
    geldigVan: '2024-01-01',
    geldigTot: '2025-12-31',
    werkenCenten: 553_800_000,
    leveringenDienstenDecentraalCenten: 22_100_000,
    leveringenDienstenCentraalCenten: 14_300_000,
    sasCenten: 75_000_000,
  },
  {
    geldigVan: '2026-01-01',
    geldigTot: '2027-12-31',
    werkenCenten: 540_400_000,
    leveringenDienstenDecentraalCenten: 21_600_000,
    leveringenDienstenCentraalCenten: 14_000_000,
    sasCenten: 75_000_000,
  },
];

/** Raamovereenkomst: at most 48 months unless justified (art. 2.140 Aw). */
export const MAXIMALE_LOOPTIJD_ZONDER_MOTIVERING_MAANDEN = 48;

/** Alcatel standstill: 20 kalenderdagen, counted from the day after the voorlopige gunning (art. 2.127 Aw). */
export const STANDSTILL_KALENDERDAGEN = 20;
