import type { Kalenderdatum } from '../datum/kalenderdatum.util.js';
import { deelAfgerond } from '../geld/bedrag.util.js';
import type { Aanbesteding, Aanbieder, Perceel, Rang } from './aanbesteding.types.js';
import { maxSchaal, MICROPUNTEN_PER_PUNT } from './beoordeling.util.js';
import { PROCEDURE_CONFIG } from './procedure-config.constant.js';

export interface BriefCriterium {
  criteriumId: string;
  naam: string;
  soort: 'kwaliteit' | 'prijs';
  weging: number;
  /** Consensus score on the scale (kwaliteit only). */
  score: number | null;
  maximumScore: number | null;
  /** Points in micropunten (1e-6 punt), as in the ranking. */
  micropunten: number;
  /** The consensus motivation: the reasons of the score. */
  motivering: string | null;
}

export interface BriefBeoordeling {
  rang: number;
  aantalGerangschikt: number;
  criteria: BriefCriterium[];
  totaalMicropunten: number;
}

/** The data behind the gunningsbeslissing letter to one inschrijver (art. 2.130 Aw: reasons and standstill). */
export interface Gunningsbrief {
  aanbestedingId: string;
  aanbesteding: string;
  procedure: string;
  perceel: { id: string; naam: string };
  inschrijvingId: string;
  inschrijver: { aanbiederId: string; naam: string };
  besluit: 'gegund' | 'niet_gegund';
  voorlopigOp: Kalenderdatum;
  /** Last day of the Alcatel standstill; a kort geding started up to and including it suspends the award. */
  standstillEinddatum: Kalenderdatum | null;
  definitiefOp: Kalenderdatum | null;
  /** Why: the reason of the decision for this inschrijver (not only its rank). */
  redenen: string[];
  eigen: BriefBeoordeling | null;
  /** The scores of the inschrijvers the perceel was awarded to (names of natural persons left out, AVG). */
  gegund: ({ naam: string } & BriefBeoordeling)[];
  /** Per criterion where a winner scored better: by how much, and the winner's motivation. */
  relatieveVoordelen: string[];
}

export type GunningsbriefUitkomst =
  { ok: true; brief: Gunningsbrief } | { ok: false; code: 'ONBEKEND' | 'ACTIE_NIET_TOEGESTAAN'; reden: string };

function naam(a: Aanbieder): string {
  return a.natuurlijkPersoon ? 'Natuurlijk persoon (naam niet vermeld, AVG)' : a.naam;
}

function punten(micropunten: number): string {
  return (micropunten / Number(MICROPUNTEN_PER_PUNT)).toFixed(2).replace('.', ',');
}

function beoordeling(a: Aanbesteding, perceel: Perceel, rangschikking: Rang[], rang: Rang): BriefBeoordeling {
  const criteria = perceel.gunningscriteria.map((c): BriefCriterium => {
    if (c.soort === 'prijs') {
      return {
        criteriumId: c.id,
        naam: c.naam,
        soort: c.soort,
        weging: c.weging,
        score: null,
        maximumScore: null,
        micropunten: rang.prijsMicropunten,
        motivering: null,
      };
    }
    const consensus = a.consensusscores.find((s) => s.inschrijvingId === rang.inschrijvingId && s.criteriumId === c.id);
    const max = maxSchaal(c.schaal);
    const score = consensus?.score ?? 0;
    return {
      criteriumId: c.id,
      naam: c.naam,
      soort: c.soort,
      weging: c.weging,
      score,
      maximumScore: max,
      micropunten: Number(deelAfgerond(BigInt(c.weging) * BigInt(score) * MICROPUNTEN_PER_PUNT, BigInt(max))),
      motivering: consensus?.motivering ?? null,
    };
  });
  return {
    rang: rang.positie,
    aantalGerangschikt: rangschikking.length,
    criteria,
    totaalMicropunten: rang.totaalMicropunten,
  };
}

/**
 * The gunningsbeslissing for one inschrijver, from the voorlopige gunning: its own scores and rank, the scores of
 * those awarded, where they did better and why, the reasons, and the standstill end date (art. 2.130 Aw).
 */
export function gunningsbrief(a: Aanbesteding, inschrijvingId: string): GunningsbriefUitkomst {
  const inschrijving = a.inschrijvingen.find((i) => i.id === inschrijvingId);
  if (!inschrijving) return { ok: false, code: 'ONBEKEND', reden: `Inschrijving ${inschrijvingId} bestaat niet.` };
  if (!a.gunning) return { ok: false, code: 'ACTIE_NIET_TOEGESTAAN', reden: 'Er is nog geen gunningsbeslissing.' };
  const perceel = a.percelen.find((p) => p.id === inschrijving.perceelId)!;
  const pg = a.gunning.percelen.find((p) => p.perceelId === perceel.id);
  if (!pg) return { ok: false, code: 'ONBEKEND', reden: `Perceel ${perceel.id} heeft geen gunningsbeslissing.` };
  const aanbiederId = inschrijving.aanbieder.id;
  const gegund = pg.gegund.includes(aanbiederId);
  const rangschikking = pg.rangschikking ?? [];
  const eigenRang = rangschikking.find((r) => r.inschrijvingId === inschrijving.id);
  const eigen = eigenRang ? beoordeling(a, perceel, rangschikking, eigenRang) : null;
  const winnaars = rangschikking
    .filter((r) => pg.gegund.includes(r.aanbiederId) && r.inschrijvingId !== inschrijving.id)
    .map((r) => ({
      naam: naam(a.inschrijvingen.find((i) => i.id === r.inschrijvingId)!.aanbieder),
      ...beoordeling(a, perceel, rangschikking, r),
    }));

  const redenen: string[] = [];
  const afwijzing = pg.afgewezen.find((x) => x.aanbiederId === aanbiederId);
  if (gegund)
    redenen.push(
      `Uw inschrijving is gegund${eigen ? ` (rang ${eigen.rang} van ${eigen.aantalGerangschikt}, ${punten(eigen.totaalMicropunten)} punten)` : ''}.`,
    );
  else if (afwijzing && !eigen) redenen.push(`Uw inschrijving is niet gegund: ${afwijzing.reden}.`);
  else if (eigen) {
    const laagsteWinnaar = winnaars.at(-1);
    redenen.push(
      `Uw inschrijving is niet gegund: met ${punten(eigen.totaalMicropunten)} punten eindigt zij op rang ${eigen.rang} van ${eigen.aantalGerangschikt}` +
        (laagsteWinnaar
          ? `; de laagst gerangschikte gegunde inschrijving behaalde ${punten(laagsteWinnaar.totaalMicropunten)} punten.`
          : '.'),
    );
  }
  if (pg.motivering) redenen.push(pg.motivering);

  const relatieveVoordelen: string[] = [];
  if (!gegund && eigen) {
    for (const w of winnaars) {
      for (const c of w.criteria) {
        const mijn = eigen.criteria.find((e) => e.criteriumId === c.criteriumId)!;
        if (c.micropunten <= mijn.micropunten) continue;
        relatieveVoordelen.push(
          `${w.naam} behaalde op ${c.naam} ${punten(c.micropunten)} punten, u ${punten(mijn.micropunten)}` +
            (c.soort === 'kwaliteit' && c.motivering
              ? `: ${c.motivering}`
              : c.soort === 'prijs'
                ? ' (lagere beoordelingsprijs)'
                : '.'),
        );
      }
    }
  }

  return {
    ok: true,
    brief: {
      aanbestedingId: a.id,
      aanbesteding: a.naam,
      procedure: PROCEDURE_CONFIG[a.procedureType].naam,
      perceel: { id: perceel.id, naam: perceel.naam },
      inschrijvingId: inschrijving.id,
      inschrijver: { aanbiederId, naam: inschrijving.aanbieder.naam },
      besluit: gegund ? 'gegund' : 'niet_gegund',
      voorlopigOp: a.gunning.voorlopigOp,
      standstillEinddatum: a.gunning.standstillEinddatum,
      definitiefOp: a.gunning.definitiefOp,
      redenen,
      eigen,
      gegund: winnaars,
      relatieveVoordelen,
    },
  };
}
