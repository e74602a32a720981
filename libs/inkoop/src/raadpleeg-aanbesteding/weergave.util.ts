import {
  ActieType,
  beoordelingBlindVoor,
  PROCEDURE_CONFIG,
  toegestaneActies,
  toetsConfiguratie,
  type Aanbesteding,
  type Inkoopbeleid,
} from '#keten/domain';
import { Rol, type Principal } from '#keten/platform';
import type { AanbestedingEntity } from '../database/aanbesteding.entity.js';
import type { GegundeRaamovereenkomstEntity } from '../database/gegunde-raamovereenkomst.entity.js';
import { zonderBigint } from '../database/toestand-json.util.js';
import type { AanbestedingDto, GegundeRaamovereenkomstDto } from './aanbesteding.dto.js';

export function koppelingDto(k: GegundeRaamovereenkomstEntity): GegundeRaamovereenkomstDto {
  return {
    voorstelId: k.voorstelId,
    aanbiederId: k.aanbiederId,
    nummer: k.nummer,
    raamovereenkomstId: k.raamovereenkomstId,
    fout: k.fout,
  };
}

/** What an aanbieder may see: the procedure, its own inschrijvingen and outcomes; no scores, rankings or others. */
function voorAanbieder(a: Aanbesteding, aanbiederId: string): Record<string, unknown> {
  const eigen = a.inschrijvingen.filter((i) => i.aanbieder.id === aanbiederId);
  const eigenIds = new Set(eigen.map((i) => i.id));
  const { beoordelaars: _b, kwaliteitsscores: _k, consensusscores: _c, uitgenodigden: _u, ...rest } = a;
  return {
    ...rest,
    inschrijvingen: eigen,
    toetsingen: a.toetsingen.filter((t) => eigenIds.has(t.inschrijvingId)),
    afwijzingen: a.afwijzingen.filter((x) => eigenIds.has(x.inschrijvingId)),
    geselecteerd: a.geselecteerd === null ? null : a.geselecteerd.filter((id) => id === aanbiederId),
    gunning: a.gunning && {
      ...a.gunning,
      percelen: a.gunning.percelen.map((p) => ({
        perceelId: p.perceelId,
        gegund: p.gegund,
        afgewezen: p.afgewezen.filter((x) => x.aanbiederId === aanbiederId),
        ...(p.motivering ? { motivering: p.motivering } : {}),
      })),
      voorstellen: a.gunning.voorstellen.filter((v) => v.aanbieder.id === aanbiederId),
    },
    raamovereenkomsten: a.raamovereenkomsten.filter((r) => r.aanbieder.id === aanbiederId),
    miniCompetities: a.miniCompetities
      .filter((m) => m.winnaar === aanbiederId)
      .map((m) => ({ ...m, ongeldig: m.ongeldig.filter((o) => o.aanbiederId === aanbiederId) })),
    // Milestones of the procedure only: a line per inschrijving, toetsing or score would tell how many competitors
    // bid (during an open inschrijving too); its own inschrijvingen it sees above.
    historie: a.historie.filter((h) => !PER_INSCHRIJVING.has(h.actie)).map(({ gebruiker: _g, ...h }) => h),
  };
}

const PER_INSCHRIJVING: ReadonlySet<ActieType> = new Set([
  ActieType.DienIn,
  ActieType.RegistreerToetsing,
  ActieType.RegistreerScore,
  ActieType.RegistreerConsensus,
  ActieType.LaatToe,
  ActieType.WijsAf,
]);

/** Price vault: where quality is scored first, nobody at the inkoper sees a bid price before the prices are opened. */
function metPrijzenkluis(a: Aanbesteding): Record<string, unknown> {
  if (!PROCEDURE_CONFIG[a.procedureType].stappen.kwaliteitsbeoordeling || a.prijzenGeopendOp !== null) return { ...a };
  return { ...a, inschrijvingen: a.inschrijvingen.map((i) => ({ ...i, tarieven: {} })) };
}

/**
 * Blind scoring: a beoordelaar sees only its own scores, and bidders without names, until every beoordelaar has
 * scored (beoordelingBlindVoor); consensus scores exist only once all scored an item, so they stay.
 */
function blind(a: Record<string, unknown> & Aanbesteding, gebruiker: string): Record<string, unknown> {
  return {
    ...a,
    inschrijvingen: a.inschrijvingen.map(({ aanbieder: _a, ...i }, n) => ({
      ...i,
      aanbieder: { id: null, naam: `Inschrijver ${n + 1}` },
    })),
    kwaliteitsscores: a.kwaliteitsscores.filter((k) => k.beoordelaar === gebruiker),
    geselecteerd: null,
    uitgenodigden: undefined,
  };
}

export function weergave(
  rij: AanbestedingEntity,
  principal: Principal,
  koppelingen: GegundeRaamovereenkomstEntity[],
  opties: { datum: string; inkoopbeleid?: Inkoopbeleid },
): AanbestedingDto {
  const a = rij.toestand;
  const aanbieder = principal.rol === Rol.Aanbieder;
  const domein = aanbieder
    ? voorAanbieder(a, principal.organisatieId ?? '')
    : beoordelingBlindVoor(a, principal.actor)
      ? blind(metPrijzenkluis(a) as Record<string, unknown> & Aanbesteding, principal.actor)
      : metPrijzenkluis(a);
  const toets =
    aanbieder || a.status !== 'concept'
      ? undefined
      : toetsConfiguratie(a, { datum: opties.datum, gebruiker: principal.actor, inkoopbeleid: opties.inkoopbeleid });
  return zonderBigint({
    ...domein,
    id: rij.id,
    kenmerk: rij.kenmerk,
    inkoperId: rij.inkoperId,
    versie: rij.versie,
    naam: a.naam,
    procedureType: a.procedureType,
    domein: a.domein,
    status: a.status,
    publicatiedatum: a.publicatiedatum,
    toegestaneActies: aanbieder ? [] : toegestaneActies(a),
    gegundeRaamovereenkomsten: koppelingen
      .filter((k) => !aanbieder || k.aanbiederId === principal.organisatieId)
      .map(koppelingDto),
    ...(toets !== undefined ? { configuratieToets: toets ? { code: toets.code, reden: toets.reden } : null } : {}),
  });
}
