import { isProductcategorie } from '../codelijsten/productcategorie.enum.js';
import { Domein } from '../codelijsten/domein.enum.js';
import { maxDatum, plusDagen, type Kalenderdatum } from '../datum/kalenderdatum.util.js';
import { binnenPeriode } from '../datum/periode.util.js';
import type { Centen } from '../geld/bedrag.util.js';
import type {
  Aanbesteding,
  AanbestedingInvoer,
  Actie,
  ActieContext,
  Inschrijving,
  Perceel,
  PerceelGunning,
  ProductTarief,
  RaamovereenkomstVoorstel,
  Transitieresultaat,
  Weigeringscode,
} from './aanbesteding.types.js';
import { heeftKwaliteitscriterium, maxSchaal, prijsweging, rangschik } from './beoordeling.util.js';
import { looptijdVereistMotivering, maximaleEinddatum, standstillEinddatum, toetsDrempel } from './drempel.util.js';
import { beslisNadereOpdracht, beslisVeiling, gunBesteN, gunMaximaalN, gunOpCapaciteit } from './gunning.util.js';
import { PROCEDURE_CONFIG, type MinimumTermijn, type ProcedureConfig } from './procedure-config.constant.js';
import { ActieType, AanbestedingStatus, GunningMethode, Termijnverkorting } from './procedure-type.enum.js';

type Weigering = { ok: false; code: Weigeringscode; reden: string };

function weiger(code: Weigeringscode, reden: string): Weigering {
  return { ok: false, code, reden };
}

const S = AanbestedingStatus;
const NIET_AFGEROND = [S.Concept, S.Aanmelding, S.Inschrijving, S.Beoordeling, S.Prijsbeoordeling, S.VoorlopigGegund];

/**
 * The one transition table: from which states an action may run and for which configurations it applies.
 * Procedure types differ only in PROCEDURE_CONFIG (conventions.md 12).
 */
const OVERGANGEN: Record<ActieType, { van: AanbestedingStatus[]; geldtVoor: (c: ProcedureConfig) => boolean }> = {
  [ActieType.Publiceer]: { van: [S.Concept], geldtVoor: () => true },
  [ActieType.DienIn]: {
    van: [S.Aanmelding, S.Inschrijving, S.Lopend],
    geldtVoor: () => true,
  },
  [ActieType.RegistreerToetsing]: { van: [S.Aanmelding, S.Beoordeling, S.Lopend], geldtVoor: () => true },
  [ActieType.SelecteerGegadigden]: { van: [S.Aanmelding], geldtVoor: (c) => c.stappen.selectiefase },
  [ActieType.SluitInschrijving]: { van: [S.Inschrijving], geldtVoor: (c) => c.stappen.inschrijftermijn },
  [ActieType.LegOnderhandelingsuitkomstVast]: { van: [S.Beoordeling], geldtVoor: (c) => c.stappen.onderhandeling },
  [ActieType.RegistreerScore]: { van: [S.Beoordeling], geldtVoor: (c) => c.stappen.kwaliteitsbeoordeling },
  [ActieType.RegistreerConsensus]: { van: [S.Beoordeling], geldtVoor: (c) => c.stappen.kwaliteitsbeoordeling },
  [ActieType.OpenPrijzen]: { van: [S.Beoordeling], geldtVoor: (c) => c.stappen.kwaliteitsbeoordeling },
  [ActieType.VoorlopigeGunning]: {
    van: [S.Beoordeling, S.Prijsbeoordeling],
    geldtVoor: (c) => c.stappen.inschrijftermijn,
  },
  [ActieType.RegistreerKortGeding]: { van: [S.VoorlopigGegund], geldtVoor: (c) => c.stappen.standstill },
  [ActieType.RegistreerUitspraak]: { van: [S.VoorlopigGegund], geldtVoor: (c) => c.stappen.standstill },
  [ActieType.DefinitieveGunning]: { van: [S.VoorlopigGegund], geldtVoor: (c) => c.stappen.inschrijftermijn },
  [ActieType.LaatToe]: { van: [S.Lopend], geldtVoor: (c) => c.stappen.toetreding !== 'geen' },
  [ActieType.WijsAf]: { van: [S.Lopend], geldtVoor: (c) => c.stappen.toetreding !== 'geen' },
  [ActieType.HoudVeiling]: { van: [S.Lopend], geldtVoor: (c) => c.stappen.miniCompetitie === 'veiling' },
  [ActieType.NadereOpdracht]: { van: [S.Lopend], geldtVoor: (c) => c.stappen.miniCompetitie === 'nadere_opdracht' },
  [ActieType.Beeindig]: { van: [S.Lopend], geldtVoor: () => true },
  [ActieType.TrekIn]: { van: NIET_AFGEROND, geldtVoor: () => true },
};

/** Where each status may also accept inschrijvingen, depending on the type. */
function dienInMogelijk(config: ProcedureConfig, status: AanbestedingStatus): boolean {
  if (status === S.Aanmelding) return config.stappen.selectiefase;
  if (status === S.Inschrijving) return config.stappen.inschrijftermijn;
  if (status === S.Lopend) return config.stappen.toetreding !== 'geen';
  return false;
}

/** How orders are placed under the framework: by the type (veiling, DAS) or by the inkoper's choice (art. 2.144 Aw). */
export function miniCompetitieSoort(aanbesteding: AanbestedingInvoer): ProcedureConfig['stappen']['miniCompetitie'] {
  const soort = PROCEDURE_CONFIG[aanbesteding.procedureType].stappen.miniCompetitie;
  return soort === 'geen' && aanbesteding.vernieuwdeMededinging ? 'nadere_opdracht' : soort;
}

function actieMogelijk(aanbesteding: Aanbesteding, type: ActieType): boolean {
  const config = PROCEDURE_CONFIG[aanbesteding.procedureType];
  if (type === ActieType.NadereOpdracht)
    return aanbesteding.status === S.Lopend && miniCompetitieSoort(aanbesteding) === 'nadere_opdracht';
  const overgang = OVERGANGEN[type];
  if (!overgang.van.includes(aanbesteding.status) || !overgang.geldtVoor(config)) return false;
  if (type === ActieType.DienIn) return dienInMogelijk(config, aanbesteding.status);
  if (type === ActieType.RegistreerToetsing && aanbesteding.status === S.Aanmelding) return config.stappen.selectiefase;
  if (type === ActieType.VoorlopigeGunning && config.stappen.kwaliteitsbeoordeling)
    return aanbesteding.status === S.Prijsbeoordeling;
  if (type === ActieType.VoorlopigeGunning) return aanbesteding.status === S.Beoordeling;
  return true;
}

/** The actions the state and the procedure type allow next (data-dependent guards are checked on execution). */
export function toegestaneActies(aanbesteding: Aanbesteding): ActieType[] {
  return Object.values(ActieType).filter((t) => actieMogelijk(aanbesteding, t));
}

export function nieuweAanbesteding(invoer: AanbestedingInvoer): Aanbesteding {
  return {
    ...invoer,
    status: S.Concept,
    publicatiedatum: null,
    inschrijvingen: [],
    toetsingen: [],
    geselecteerd: null,
    onderhandelingsuitkomst: null,
    kwaliteitsscores: [],
    consensusscores: [],
    consensuswijzigingen: [],
    prijzenGeopendOp: null,
    gunning: null,
    kortGeding: null,
    raamovereenkomsten: [],
    afwijzingen: [],
    miniCompetities: [],
    intrekkingsreden: null,
    historie: [],
  };
}

/** Wmo art. 2.6.5 (since Stb. 2022, 188): maatschappelijke ondersteuning is never awarded on price alone. */
export function wordtAlleenOpPrijsGegund(aanbesteding: AanbestedingInvoer): boolean {
  const config = PROCEDURE_CONFIG[aanbesteding.procedureType];
  // A besloten veiling awards each client in a round: on price alone unless the perceel states quality criteria
  // that rank the round on BPKV (the admission itself is pass/fail, no price).
  if (config.stappen.miniCompetitie === 'veiling')
    return aanbesteding.percelen.some((p) => !heeftKwaliteitscriterium(p));
  return aanbesteding.percelen.some(
    (p) => p.gunningscriteria.length > 0 && p.gunningscriteria.every((c) => c.soort === 'prijs'),
  );
}

function toetsPerceel(perceel: Perceel, aanbesteding: AanbestedingInvoer, config: ProcedureConfig): Weigering | null {
  const ongeldig = (reden: string) => weiger('CONFIGURATIE_ONGELDIG', `Perceel ${perceel.id}: ${reden}`);
  if (perceel.producten.length === 0) return ongeldig('geen producten.');
  for (const product of perceel.producten) {
    if (product.code.length === 0 || product.code.length > 5)
      return ongeldig(`productcode '${product.code}' is niet 1–5 tekens.`);
    if (!isProductcategorie(aanbesteding.domein, product.categorie)) {
      return ongeldig(`productcategorie ${product.categorie} hoort niet bij ${aanbesteding.domein}.`);
    }
    if (!config.prijsstellingen.includes(product.prijs.soort)) {
      return ongeldig(`prijsstelling '${product.prijs.soort}' past niet bij ${config.naam}.`);
    }
    // The reële prijs is a floor under every bid (Wmo art. 2.6.6): a ceiling below it leaves no valid bid.
    const plafond =
      product.prijs.soort === 'bod'
        ? product.prijs.maximumCenten
        : product.prijs.soort === 'maximumtarief'
          ? product.prijs.maximumtariefCenten
          : undefined;
    const vloer = product.prijs.soort === 'vast' ? undefined : product.prijs.reelePrijsCenten;
    if (plafond !== undefined && vloer !== undefined && vloer > plafond) {
      return ongeldig(
        `de reële prijs van product ${product.code} ligt boven het maximumtarief: geen enkel bod kan dan geldig zijn.`,
      );
    }
  }
  if (!config.gunningsmethoden.includes(perceel.gunning.methode)) {
    return ongeldig(`gunningsmethode '${perceel.gunning.methode}' past niet bij ${config.naam}.`);
  }
  const criteria = perceel.gunningscriteria;
  if (config.gunningscriteria === 'verboden' && criteria.length > 0) {
    return ongeldig(`${config.naam} kent geen gunningscriteria (alleen geschiktheidseisen en uitsluitingsgronden).`);
  }
  if (config.gunningscriteria === 'verplicht' || (config.gunningscriteria === 'optioneel' && criteria.length > 0)) {
    if (criteria.length === 0) return ongeldig('gunningscriteria met weging zijn verplicht.');
    const som = criteria.reduce((s, c) => s + c.weging, 0);
    if (som !== 100) return ongeldig(`de wegingen tellen op tot ${som}, niet 100.`);
    if (criteria.some((c) => c.soort === 'kwaliteit' && (!c.schaal || c.schaal.length < 2))) {
      return ongeldig('elk kwaliteitscriterium heeft een beoordelingsschaal nodig.');
    }
    const biedbaar = perceel.producten.some((p) => p.prijs.soort !== 'vast');
    if (prijsweging(perceel) > 0 && !biedbaar) return ongeldig('een prijscriterium vraagt om een geboden prijs.');
  }
  if (perceel.maximumwaardeCenten === undefined || perceel.maximumwaardeCenten <= 0) {
    return weiger(
      'MAXIMUMWAARDE_VEREIST',
      `Perceel ${perceel.id}: een raamovereenkomst vermeldt de maximale waarde van wat eronder besteld kan worden (art. 2.140 Aw).`,
    );
  }
  return null;
}

/**
 * Everything the law and the configuration demand before publication. Exported so a form can show the refusal
 * before the user presses publish.
 */
export function toetsConfiguratie(aanbesteding: AanbestedingInvoer, context: ActieContext): Weigering | null {
  const config = PROCEDURE_CONFIG[aanbesteding.procedureType];
  const ongeldig = (reden: string) => weiger('CONFIGURATIE_ONGELDIG', reden);
  if (!config.toegestanePublicatie.includes(aanbesteding.publicatie)) {
    return ongeldig(`${config.naam} kent geen publicatie '${aanbesteding.publicatie}'.`);
  }
  if (aanbesteding.percelen.length === 0) return ongeldig('Een aanbesteding heeft ten minste één perceel.');
  if (new Set(aanbesteding.percelen.map((p) => p.id)).size !== aanbesteding.percelen.length) {
    return ongeldig('Perceel-id’s zijn niet uniek.');
  }
  const { looptijd } = aanbesteding;
  if (looptijd.einddatum < looptijd.begindatum) return ongeldig('De einddatum ligt voor de begindatum.');
  if (looptijd.verlengingsopties.some((m) => !Number.isInteger(m) || m <= 0)) {
    return ongeldig('Verlengingsopties zijn positieve aantallen maanden.');
  }
  const uitgenodigd = aanbesteding.uitgenodigden?.length ?? 0;
  if (config.uitnodiging === 'enkel' && uitgenodigd !== 1)
    return ongeldig('Enkelvoudig onderhands nodigt precies één aanbieder uit.');
  if (config.uitnodiging === 'meervoudig' && uitgenodigd < 2)
    return ongeldig('Meervoudig onderhands nodigt ten minste twee aanbieders uit.');
  if (config.uitnodiging === 'enkel' && !aanbesteding.motiveringProcedurekeuze?.trim()) {
    return weiger('MOTIVERING_VEREIST', 'Enkelvoudig onderhands gunnen wordt schriftelijk gemotiveerd (art. 1.4 Aw).');
  }
  if (config.stappen.selectiefase && !aanbesteding.aanmeldperiode?.einddatum)
    return ongeldig('Een aanmeldtermijn met einddatum is verplicht.');
  if (config.stappen.selectiefase && !(aanbesteding.maximumGegadigden && aanbesteding.maximumGegadigden > 0)) {
    return ongeldig('Het maximum aantal gegadigden voor de selectie is verplicht.');
  }
  if (config.stappen.inschrijftermijn && !aanbesteding.inschrijfperiode?.einddatum) {
    return ongeldig('Een inschrijvingstermijn met sluitingsdatum is verplicht.');
  }
  // A field the type does not use is refused, not silently ignored (an open house has windows, not a deadline).
  if (!config.stappen.inschrijftermijn && aanbesteding.inschrijfperiode) {
    return ongeldig(
      `${config.naam} kent geen inschrijvingstermijn: gebruik ${config.stappen.toetreding === 'vensters' ? 'toetredingsvensters' : 'de doorlopende toetreding'}.`,
    );
  }
  if (!config.stappen.selectiefase && aanbesteding.aanmeldperiode)
    return ongeldig(`${config.naam} kent geen aanmeldtermijn (selectiefase).`);
  if (config.stappen.kwaliteitsbeoordeling && !aanbesteding.voorzitter) {
    return ongeldig('Een voorzitter van de beoordeling is verplicht: die stelt de consensus vast, met motivering.');
  }
  if (aanbesteding.termijnverkorting === Termijnverkorting.Spoed && !aanbesteding.motiveringTermijnverkorting?.trim()) {
    return weiger('MOTIVERING_VEREIST', 'Een verkorte termijn wegens spoed wordt gemotiveerd (art. 2.74 Aw).');
  }
  if (aanbesteding.indexatiemethode?.length) {
    const som = aanbesteding.indexatiemethode.reduce((t, c) => t + Math.round(Number(c.gewicht) * 10_000), 0);
    if (som !== 1_000_000) return ongeldig('De gewichten van de indexatiemethode tellen niet op tot 100.');
  }
  if (config.stappen.toetreding === 'vensters' && !aanbesteding.toetredingsvensters?.length) {
    return ongeldig('Toetredingsvensters (bijvoorbeeld ieder kwartaal) zijn verplicht.');
  }
  if (aanbesteding.beoordelaars.length < config.minimumBeoordelaars) {
    return ongeldig(`${config.naam} vraagt ten minste ${config.minimumBeoordelaars} beoordelaars.`);
  }
  for (const perceel of aanbesteding.percelen) {
    const fout = toetsPerceel(perceel, aanbesteding, config);
    if (fout) return fout;
  }
  // Vernieuwde mededinging needs criteria to compete on and a framework of several parties (art. 2.144 Aw).
  if (aanbesteding.vernieuwdeMededinging) {
    if (config.stappen.miniCompetitie !== 'geen' || config.gunningscriteria !== 'verplicht') {
      return weiger('CONFIGURATIE_ONGELDIG', `${config.naam} kent geen raamovereenkomst met vernieuwde mededinging.`);
    }
    const eenPartij = aanbesteding.percelen.find(
      (p) => p.gunning.methode === GunningMethode.BesteN && p.gunning.aantal < 2,
    );
    if (eenPartij)
      return weiger(
        'CONFIGURATIE_ONGELDIG',
        `Perceel ${eenPartij.id}: vernieuwde mededinging vraagt een raamovereenkomst met ten minste twee partijen.`,
      );
  }
  if (looptijdVereistMotivering(looptijd) && !aanbesteding.motiveringLangeLooptijd?.trim()) {
    return weiger(
      'LOOPTIJD_MOTIVERING_VEREIST',
      `De looptijd inclusief verlengingen (tot ${maximaleEinddatum(looptijd)}) is langer dan 48 maanden: een motivering is verplicht (art. 2.140 Aw).`,
    );
  }
  if (aanbesteding.domein === Domein.Wmo && wordtAlleenOpPrijsGegund(aanbesteding)) {
    return weiger(
      'WMO_NIET_ALLEEN_PRIJS',
      'Maatschappelijke ondersteuning wordt niet uitsluitend op de laagste prijs gegund (Wmo 2015 art. 2.6.5).',
    );
  }
  // Wmo art. 2.6.6 / Uitvoeringsbesluit Wmo 2015 art. 5.4: the college sets a vaste prijs or a reële prijs; where
  // providers bid (a veiling round under the maximumtarief), the reële prijs is the floor that must be stated.
  if (aanbesteding.domein === Domein.Wmo && config.stappen.miniCompetitie === 'veiling') {
    for (const perceel of aanbesteding.percelen) {
      const zonderVloer = perceel.producten.find(
        (p) => p.prijs.soort === 'maximumtarief' && p.prijs.reelePrijsCenten === undefined,
      );
      if (zonderVloer) {
        return weiger(
          'CONFIGURATIE_ONGELDIG',
          `Perceel ${perceel.id}: product ${zonderVloer.code} wordt geveild zonder reële prijs als ondergrens (Wmo 2015 art. 2.6.6).`,
        );
      }
    }
  }
  const drempel = toetsDrempel(aanbesteding, context.datum, context.inkoopbeleid);
  if (!drempel.ok) return weiger(drempel.code, drempel.reden);
  return null;
}

function perceelVan(aanbesteding: Aanbesteding, perceelId: string): Perceel | undefined {
  return aanbesteding.percelen.find((p) => p.id === perceelId);
}

/** Whether every eis of the perceel has a result for this inschrijving, and whether all were met. */
export function toetsingStatus(
  aanbesteding: Aanbesteding,
  inschrijving: Inschrijving,
): 'ontbreekt' | 'voldoet' | 'voldoet_niet' {
  const perceel = perceelVan(aanbesteding, inschrijving.perceelId);
  const toetsing = aanbesteding.toetsingen.find((t) => t.inschrijvingId === inschrijving.id);
  if (!perceel || !toetsing) return 'ontbreekt';
  if (perceel.eisen.some((e) => toetsing.resultaten[e.id] === undefined)) return 'ontbreekt';
  return perceel.eisen.every((e) => toetsing.resultaten[e.id]) ? 'voldoet' : 'voldoet_niet';
}

function nietVoldane(aanbesteding: Aanbesteding, inschrijving: Inschrijving): string[] {
  const perceel = perceelVan(aanbesteding, inschrijving.perceelId);
  const toetsing = aanbesteding.toetsingen.find((t) => t.inschrijvingId === inschrijving.id);
  return (perceel?.eisen ?? []).filter((e) => toetsing?.resultaten[e.id] === false).map((e) => e.id);
}

function inschrijfvenster(aanbesteding: Aanbesteding, config: ProcedureConfig, datum: Kalenderdatum): Weigering | null {
  if (aanbesteding.status === S.Aanmelding) {
    return aanbesteding.aanmeldperiode && binnenPeriode(datum, aanbesteding.aanmeldperiode)
      ? null
      : weiger('BUITEN_INSCHRIJFTERMIJN', `Aanmelden kan niet op ${datum}: buiten de aanmeldtermijn.`);
  }
  if (aanbesteding.status === S.Inschrijving) {
    const p = aanbesteding.inschrijfperiode;
    return p && binnenPeriode(datum, p)
      ? null
      : weiger(
          'BUITEN_INSCHRIJFTERMIJN',
          `Inschrijven kan niet op ${datum}: de termijn loopt ${p?.begindatum} t/m ${p?.einddatum}.`,
        );
  }
  if (config.stappen.toetreding === 'vensters') {
    const venster = (aanbesteding.toetredingsvensters ?? []).some((v) => binnenPeriode(datum, v));
    return venster && datum <= maximaleEinddatum(aanbesteding.looptijd)
      ? null
      : weiger('BUITEN_TOETREDINGSVENSTER', `Aanmelden kan niet op ${datum}: er is dan geen toetredingsvenster open.`);
  }
  // Doorlopend (DAS): open to new entrants during the whole term (art. 2.51 Aw).
  return datum <= maximaleEinddatum(aanbesteding.looptijd)
    ? null
    : weiger('BUITEN_TOETREDINGSVENSTER', `Aanmelden kan niet op ${datum}: het aankoopsysteem is gesloten.`);
}

function dienIn(
  aanbesteding: Aanbesteding,
  config: ProcedureConfig,
  actie: Extract<Actie, { type: ActieType.DienIn }>,
  context: ActieContext,
) {
  const invoer = actie.inschrijving;
  const perceel = perceelVan(aanbesteding, invoer.perceelId);
  if (!perceel) return weiger('ONBEKEND', `Perceel ${invoer.perceelId} bestaat niet.`);
  if (aanbesteding.inschrijvingen.some((i) => i.id === invoer.id))
    return weiger('DUBBELE_INSCHRIJVING', `Inschrijving ${invoer.id} bestaat al.`);
  const venster = inschrijfvenster(aanbesteding, config, context.datum);
  if (venster) return venster;
  if (config.uitnodiging !== 'geen' && !(aanbesteding.uitgenodigden ?? []).includes(invoer.aanbieder.id)) {
    return weiger('NIET_UITGENODIGD', `Aanbieder ${invoer.aanbieder.id} is niet uitgenodigd.`);
  }
  if (
    aanbesteding.status === S.Inschrijving &&
    aanbesteding.geselecteerd &&
    !aanbesteding.geselecteerd.includes(invoer.aanbieder.id)
  ) {
    return weiger('NIET_UITGENODIGD', `Aanbieder ${invoer.aanbieder.id} is niet geselecteerd voor de inschrijving.`);
  }
  const afgewezen = new Set(aanbesteding.afwijzingen.map((a) => a.inschrijvingId));
  const eerder = aanbesteding.inschrijvingen.find(
    (i) =>
      i.aanbieder.id === invoer.aanbieder.id &&
      i.perceelId === invoer.perceelId &&
      !afgewezen.has(i.id) &&
      (aanbesteding.status !== S.Inschrijving || !i.verzoekTotDeelneming),
  );
  if (eerder)
    return weiger(
      'DUBBELE_INSCHRIJVING',
      `Aanbieder ${invoer.aanbieder.id} heeft al ingeschreven op perceel ${perceel.id}.`,
    );
  if (!invoer.aanvaardtVoorwaarden) {
    return weiger(
      'INSCHRIJVING_ONVOLLEDIG',
      'Een inschrijving aanvaardt de voorwaarden (en de vaste tarieven) van de opdracht.',
    );
  }
  const biedtPrijs = aanbesteding.status === S.Inschrijving && config.stappen.miniCompetitie === 'geen';
  if (biedtPrijs) {
    for (const product of perceel.producten) {
      if (product.prijs.soort !== 'bod') continue;
      const tarief = invoer.tarieven[product.code];
      if (tarief === undefined || !Number.isSafeInteger(tarief) || tarief <= 0) {
        return weiger('INSCHRIJVING_ONVOLLEDIG', `Geen geldig tarief (hele centen) voor product ${product.code}.`);
      }
      // Wmo art. 2.6.6 / Uitvoeringsbesluit art. 5.4: a bid under the reële prijs is invalid.
      if (product.prijs.reelePrijsCenten !== undefined && tarief < product.prijs.reelePrijsCenten) {
        return weiger(
          'BOD_ONDER_REELE_PRIJS',
          `Het tarief voor ${product.code} ligt onder de reële prijs en is ongeldig.`,
        );
      }
      if (product.prijs.maximumCenten !== undefined && tarief > product.prijs.maximumCenten) {
        return weiger('BOD_BOVEN_MAXIMUM', `Het tarief voor ${product.code} ligt boven het maximum.`);
      }
    }
  }
  if (aanbesteding.status === S.Inschrijving && perceel.gunning.methode === GunningMethode.Capaciteit) {
    if (invoer.capaciteit === undefined || !Number.isInteger(invoer.capaciteit) || invoer.capaciteit < 0) {
      return weiger('INSCHRIJVING_ONVOLLEDIG', 'Voor dit perceel wordt de aangeboden capaciteit (eenheden) gevraagd.');
    }
  }
  const inschrijving: Inschrijving = {
    ...invoer,
    ingediendOp: context.datum,
    verzoekTotDeelneming: aanbesteding.status === S.Aanmelding,
  };
  // Niet-openbaar: geschiktheid was settled in the selectiefase; the bid inherits that toetsing.
  const verzoek = aanbesteding.inschrijvingen.find(
    (i) => i.verzoekTotDeelneming && i.aanbieder.id === invoer.aanbieder.id && i.perceelId === invoer.perceelId,
  );
  const eerdereToetsing =
    verzoek && aanbesteding.status === S.Inschrijving
      ? aanbesteding.toetsingen.find((t) => t.inschrijvingId === verzoek.id)
      : undefined;
  return {
    ...aanbesteding,
    inschrijvingen: [...aanbesteding.inschrijvingen, inschrijving],
    toetsingen: eerdereToetsing
      ? [...aanbesteding.toetsingen, { ...eerdereToetsing, inschrijvingId: inschrijving.id }]
      : aanbesteding.toetsingen,
  };
}

function actieveInschrijvingen(aanbesteding: Aanbesteding): Inschrijving[] {
  // After the selectiefase only the bids count; verzoeken tot deelneming are history.
  return aanbesteding.inschrijvingen.filter((i) => !(i.verzoekTotDeelneming && aanbesteding.geselecteerd !== null));
}

function tarievenVoor(
  aanbesteding: Aanbesteding,
  perceel: Perceel,
  inschrijving: Inschrijving | null,
  begindatum: Kalenderdatum,
  einddatum: Kalenderdatum,
): ProductTarief[] {
  return perceel.producten.map((product) => {
    const basis = {
      perceelId: perceel.id,
      productcode: product.code,
      categorie: product.categorie,
      eenheid: product.eenheid,
      uitvoeringsvariant: product.uitvoeringsvariant,
      geldigheid: { begindatum, einddatum },
    };
    switch (product.prijs.soort) {
      case 'vast':
        return {
          ...basis,
          tariefCenten: aanbesteding.onderhandelingsuitkomst?.tarieven[product.code] ?? product.prijs.tariefCenten,
          tariefsoort: 'vast' as const,
        };
      case 'bod':
        return { ...basis, tariefCenten: inschrijving?.tarieven[product.code] ?? 0, tariefsoort: 'bod' as const };
      case 'maximumtarief':
        return { ...basis, tariefCenten: product.prijs.maximumtariefCenten, tariefsoort: 'maximum' as const };
    }
  });
}

function volgendVoorstelnummer(aanbesteding: Aanbesteding, extra: number): string {
  const n = aanbesteding.raamovereenkomsten.length + (aanbesteding.gunning?.voorstellen.length ?? 0) + extra + 1;
  return `${aanbesteding.id}-RO-${String(n).padStart(3, '0')}`;
}

/** One raamovereenkomst proposal per aanbieder, holding every perceel it was awarded in this decision. */
function maakVoorstellen(
  aanbesteding: Aanbesteding,
  gegundPerPerceel: { perceel: Perceel; inschrijving: Inschrijving }[],
  begindatum: Kalenderdatum,
  gesloten: boolean,
): RaamovereenkomstVoorstel[] {
  const perAanbieder = new Map<string, { perceel: Perceel; inschrijving: Inschrijving }[]>();
  for (const regel of gegundPerPerceel) {
    const lijst = perAanbieder.get(regel.inschrijving.aanbieder.id) ?? [];
    lijst.push(regel);
    perAanbieder.set(regel.inschrijving.aanbieder.id, lijst);
  }
  const einddatum = aanbesteding.looptijd.einddatum;
  return [...perAanbieder.keys()].sort().map((aanbiederId, idx) => {
    const regels = perAanbieder.get(aanbiederId)!;
    const maximum = regels.reduce((s, r) => s + BigInt(r.perceel.maximumwaardeCenten ?? 0), 0n);
    return {
      id: volgendVoorstelnummer(aanbesteding, idx),
      aanbestedingId: aanbesteding.id,
      aanbieder: regels[0].inschrijving.aanbieder,
      perceelIds: regels.map((r) => r.perceel.id),
      domein: aanbesteding.domein,
      inkopendeOrganisatieId: aanbesteding.inkopendeOrganisatie.id,
      deelnemendeGemeenten: [...aanbesteding.deelnemendeGemeenten],
      producten: regels.flatMap((r) => tarievenVoor(aanbesteding, r.perceel, r.inschrijving, begindatum, einddatum)),
      begindatum,
      einddatum,
      verlengingsopties: [...aanbesteding.looptijd.verlengingsopties],
      ...(aanbesteding.motiveringLangeLooptijd
        ? { motiveringLangeLooptijd: aanbesteding.motiveringLangeLooptijd }
        : {}),
      // Open house and DAS: providers join during the term, so the contract allows it.
      tussentijdseToetreding: PROCEDURE_CONFIG[aanbesteding.procedureType].stappen.toetreding !== 'geen',
      ...(aanbesteding.indexatiemethode
        ? { indexatiemethode: aanbesteding.indexatiemethode.map((c) => ({ ...c })) }
        : {}),
      // The framework's ceiling: the maximum value of the percelen this aanbieder takes part in (art. 2.140 Aw).
      maximumwaardeCenten: Number(maximum) as Centen,
      gesloten,
    };
  });
}

function voorlopigeGunning(
  aanbesteding: Aanbesteding,
  config: ProcedureConfig,
  actie: Extract<Actie, { type: ActieType.VoorlopigeGunning }>,
  context: ActieContext,
): Aanbesteding | Weigering {
  if (aanbesteding.domein === Domein.Wmo && wordtAlleenOpPrijsGegund(aanbesteding)) {
    return weiger(
      'WMO_NIET_ALLEEN_PRIJS',
      'Maatschappelijke ondersteuning wordt niet uitsluitend op de laagste prijs gegund (Wmo 2015 art. 2.6.5).',
    );
  }
  if (config.stappen.onderhandeling && !aanbesteding.onderhandelingsuitkomst) {
    return weiger('STAP_NIET_VAN_TOEPASSING', 'Leg eerst de uitkomst van het bestuurlijk overleg vast.');
  }
  const inschrijvingen = actieveInschrijvingen(aanbesteding);
  const onvolledig = inschrijvingen.filter((i) => toetsingStatus(aanbesteding, i) === 'ontbreekt');
  if (onvolledig.length > 0) {
    return weiger(
      'TOETSING_ONVOLLEDIG',
      `Nog niet getoetst aan alle eisen: ${onvolledig.map((i) => i.id).join(', ')}.`,
    );
  }
  const percelen: PerceelGunning[] = [];
  const gegundeRegels: { perceel: Perceel; inschrijving: Inschrijving }[] = [];
  for (const perceel of aanbesteding.percelen) {
    const opPerceel = inschrijvingen.filter((i) => i.perceelId === perceel.id);
    const geschikt = opPerceel.filter((i) => toetsingStatus(aanbesteding, i) === 'voldoet');
    const afgewezen = opPerceel
      .filter((i) => !geschikt.includes(i))
      .map((i) => ({
        aanbiederId: i.aanbieder.id,
        reden: `voldoet niet aan: ${nietVoldane(aanbesteding, i).join(', ')}`,
      }));
    const keuze = actie.perPerceel?.[perceel.id];
    let rangschikking = null;
    let gegund: string[];
    let motivering: string | undefined;
    switch (perceel.gunning.methode) {
      case GunningMethode.BesteN:
        rangschikking = rangschik(perceel, geschikt, aanbesteding.consensusscores);
        gegund = gunBesteN(rangschikking, perceel.gunning.aantal);
        break;
      case GunningMethode.Capaciteit:
        rangschikking = rangschik(perceel, geschikt, aanbesteding.consensusscores);
        gegund = gunOpCapaciteit(rangschikking, perceel.gunning.behoefte, perceel.gunning.minimumAantal);
        break;
      case GunningMethode.Allen:
        gegund = geschikt.map((i) => i.aanbieder.id);
        if (config.uitnodiging === 'enkel') motivering = aanbesteding.motiveringProcedurekeuze;
        break;
      case GunningMethode.MaximaalN: {
        const uitkomst = gunMaximaalN(
          geschikt.map((i) => i.aanbieder.id),
          perceel.gunning.aantal,
          keuze?.lotingVolgorde,
        );
        if (!uitkomst.ok) return weiger(uitkomst.code, `Perceel ${perceel.id}: ${uitkomst.reden}`);
        gegund = uitkomst.gegund;
        break;
      }
      case GunningMethode.Selectie: {
        const selectie = keuze?.selectie ?? [];
        if (!keuze?.motivering?.trim()) {
          return weiger(
            'MOTIVERING_VEREIST',
            `Perceel ${perceel.id}: een selectie wordt op objectieve gronden gemotiveerd (art. 1.4 Aw).`,
          );
        }
        const buiten = selectie.filter((id) => !geschikt.some((i) => i.aanbieder.id === id));
        if (buiten.length > 0)
          return weiger(
            'NIET_GESCHIKT',
            `Perceel ${perceel.id}: niet geschikt of geen inschrijving: ${buiten.join(', ')}.`,
          );
        gegund = [...selectie];
        motivering = keuze.motivering;
        break;
      }
    }
    for (const i of geschikt) {
      if (gegund.includes(i.aanbieder.id)) gegundeRegels.push({ perceel, inschrijving: i });
      else {
        const rang = rangschikking?.find((r) => r.inschrijvingId === i.id);
        afgewezen.push({
          aanbiederId: i.aanbieder.id,
          reden: rang ? `rang ${rang.positie}, niet gegund` : 'niet geselecteerd',
        });
      }
    }
    percelen.push({ perceelId: perceel.id, rangschikking, gegund, afgewezen, motivering });
  }
  const gunning = {
    voorlopigOp: context.datum,
    standstillEinddatum: config.stappen.standstill ? standstillEinddatum(context.datum) : null,
    percelen,
    voorstellen: [] as RaamovereenkomstVoorstel[],
    definitiefOp: null,
  };
  const zonderVoorstellen = { ...aanbesteding, gunning };
  gunning.voorstellen = maakVoorstellen(zonderVoorstellen, gegundeRegels, aanbesteding.looptijd.begindatum, false);
  return zonderVoorstellen;
}

/** Aw 2012 art. 2.71–2.74: the closing date lies at least the minimum number of days after the start. */
function toetsMinimumTermijn(
  aanbesteding: Aanbesteding,
  termijn: MinimumTermijn | undefined,
  start: Kalenderdatum,
  einddatum: Kalenderdatum | null | undefined,
  naam: string,
): Weigering | null {
  if (!termijn || !einddatum) return null;
  const verkorting = aanbesteding.termijnverkorting;
  const dagen =
    verkorting !== undefined && termijn.verkort[verkorting] !== undefined
      ? termijn.verkort[verkorting]!
      : termijn.dagen;
  const vroegst = plusDagen(start, dagen);
  if (einddatum >= vroegst) return null;
  const grond =
    verkorting !== undefined && termijn.verkort[verkorting] !== undefined ? ` (verkort: ${verkorting})` : '';
  return weiger(
    'TERMIJN_TE_KORT',
    `De ${naam} sluit op ${einddatum}; ${PROCEDURE_CONFIG[aanbesteding.procedureType].naam} vraagt ten minste ${dagen} kalenderdagen${grond} vanaf ${start}, dus niet voor ${vroegst} (Aw 2012 art. 2.71–2.74).`,
  );
}

/** The (inschrijving, criterium, beoordelaar) scores still missing before every beoordelaar has scored everything. */
export function ontbrekendeScores(aanbesteding: Aanbesteding): string[] {
  const ontbreekt: string[] = [];
  for (const i of actieveInschrijvingen(aanbesteding)) {
    const status = toetsingStatus(aanbesteding, i);
    if (status === 'ontbreekt') ontbreekt.push(`${i.id}: toetsing`);
    if (status !== 'voldoet') continue;
    for (const c of kwaliteitscriteria(perceelVan(aanbesteding, i.perceelId)!)) {
      for (const b of aanbesteding.beoordelaars) {
        if (
          !aanbesteding.kwaliteitsscores.some(
            (s) => s.inschrijvingId === i.id && s.criteriumId === c.id && s.beoordelaar === b,
          )
        ) {
          ontbreekt.push(`${i.id}/${c.id}: score van een beoordelaar`);
        }
      }
    }
  }
  return ontbreekt;
}

/**
 * Blind and independent scoring: until every beoordelaar has scored everything, a beoordelaar sees neither the
 * others' scores nor who the bidders are (the voorzitter, who is not scoring, sees everything).
 */
export function beoordelingBlindVoor(aanbesteding: Aanbesteding, gebruiker: string): boolean {
  if (!PROCEDURE_CONFIG[aanbesteding.procedureType].stappen.kwaliteitsbeoordeling) return false;
  if (!aanbesteding.beoordelaars.includes(gebruiker) || aanbesteding.prijzenGeopendOp !== null) return false;
  if (![S.Aanmelding, S.Inschrijving, S.Beoordeling].includes(aanbesteding.status)) return false;
  return aanbesteding.status !== S.Beoordeling || ontbrekendeScores(aanbesteding).length > 0;
}

function kwaliteitscriteria(perceel: Perceel) {
  return perceel.gunningscriteria.filter((c) => c.soort === 'kwaliteit');
}

/** What is still missing before prices may be opened: every beoordelaar's score and a consensus. */
export function ontbrekendeKwaliteitsbeoordeling(aanbesteding: Aanbesteding): string[] {
  const ontbreekt: string[] = [];
  for (const i of actieveInschrijvingen(aanbesteding)) {
    const status = toetsingStatus(aanbesteding, i);
    if (status === 'ontbreekt') ontbreekt.push(`${i.id}: toetsing`);
    if (status !== 'voldoet') continue;
    for (const c of kwaliteitscriteria(perceelVan(aanbesteding, i.perceelId)!)) {
      for (const b of aanbesteding.beoordelaars) {
        if (
          !aanbesteding.kwaliteitsscores.some(
            (s) => s.inschrijvingId === i.id && s.criteriumId === c.id && s.beoordelaar === b,
          )
        ) {
          ontbreekt.push(`${i.id}/${c.id}: score van een beoordelaar`);
        }
      }
      if (!aanbesteding.consensusscores.some((s) => s.inschrijvingId === i.id && s.criteriumId === c.id)) {
        ontbreekt.push(`${i.id}/${c.id}: consensus`);
      }
    }
  }
  return ontbreekt;
}

function scorePlaats(aanbesteding: Aanbesteding, inschrijvingId: string, criteriumId: string, score: number) {
  const inschrijving = aanbesteding.inschrijvingen.find((i) => i.id === inschrijvingId);
  if (!inschrijving) return weiger('ONBEKEND', `Inschrijving ${inschrijvingId} bestaat niet.`);
  const criterium = kwaliteitscriteria(perceelVan(aanbesteding, inschrijving.perceelId)!).find(
    (c) => c.id === criteriumId,
  );
  if (!criterium) return weiger('ONBEKEND', `Kwaliteitscriterium ${criteriumId} bestaat niet op dit perceel.`);
  const status = toetsingStatus(aanbesteding, inschrijving);
  if (status === 'ontbreekt') return weiger('TOETSING_ONVOLLEDIG', 'Toets eerst geschiktheid en uitsluitingsgronden.');
  if (status === 'voldoet_niet')
    return weiger('NIET_GESCHIKT', 'Een inschrijving die niet aan de eisen voldoet wordt niet gescoord.');
  if (!(criterium.schaal ?? []).includes(score)) {
    return weiger(
      'SCORE_BUITEN_SCHAAL',
      `Score ${score} staat niet op de schaal ${(criterium.schaal ?? []).join('/')} (max ${maxSchaal(criterium.schaal)}).`,
    );
  }
  return null;
}

function miniCompetitie(
  aanbesteding: Aanbesteding,
  config: ProcedureConfig,
  actie: Extract<Actie, { type: ActieType.HoudVeiling | ActieType.NadereOpdracht }>,
  context: ActieContext,
): Aanbesteding | Weigering {
  const perceel = perceelVan(aanbesteding, actie.perceelId);
  const product = perceel?.producten.find((p) => p.code === actie.productcode);
  if (!perceel || !product)
    return weiger('ONBEKEND', `Product ${actie.productcode} op perceel ${actie.perceelId} bestaat niet.`);
  if (aanbesteding.miniCompetities.some((m) => m.id === actie.id))
    return weiger('DUBBELE_INSCHRIJVING', `Uitslag ${actie.id} bestaat al.`);
  const toegelaten = aanbesteding.raamovereenkomsten
    .filter((r) => r.perceelIds.includes(perceel.id) && r.begindatum <= context.datum)
    .map((r) => r.aanbieder.id);
  const regels = {
    toegelaten,
    maximumtariefCenten:
      product.prijs.soort === 'maximumtarief'
        ? product.prijs.maximumtariefCenten
        : product.prijs.soort === 'bod'
          ? product.prijs.maximumCenten
          : undefined,
    reelePrijsCenten: product.prijs.soort === 'vast' ? undefined : product.prijs.reelePrijsCenten,
    prijsweging: prijsweging(perceel),
  };
  // A veiling round on a perceel with quality criteria ranks on BPKV like a nadere opdracht (Wmo art. 2.6.5).
  const opPrijs = config.stappen.miniCompetitie === 'veiling' && !heeftKwaliteitscriterium(perceel);
  const besluit = opPrijs ? beslisVeiling(actie.biedingen, regels) : beslisNadereOpdracht(actie.biedingen, regels);
  return {
    ...aanbesteding,
    miniCompetities: [
      ...aanbesteding.miniCompetities,
      {
        id: actie.id,
        soort: config.stappen.miniCompetitie === 'veiling' ? 'veiling' : 'nadere_opdracht',
        perceelId: perceel.id,
        productcode: product.code,
        clientReferentie: actie.clientReferentie,
        datum: context.datum,
        winnaar: besluit.winnaar,
        tariefCenten: besluit.tariefCenten,
        ongeldig: besluit.ongeldig,
      },
    ],
  };
}

function pasToe(
  aanbesteding: Aanbesteding,
  config: ProcedureConfig,
  actie: Actie,
  context: ActieContext,
): Aanbesteding | Weigering {
  switch (actie.type) {
    case ActieType.Publiceer: {
      const fout = toetsConfiguratie(aanbesteding, context);
      if (fout) return fout;
      const termijnen = config.minimumTermijnen;
      const eerste = config.stappen.selectiefase
        ? { termijn: termijnen?.aanmelding, periode: aanbesteding.aanmeldperiode, naam: 'aanmeldtermijn' }
        : { termijn: termijnen?.inschrijving, periode: aanbesteding.inschrijfperiode, naam: 'inschrijvingstermijn' };
      const teKort = toetsMinimumTermijn(
        aanbesteding,
        eerste.termijn,
        context.datum,
        eerste.periode?.einddatum,
        eerste.naam,
      );
      if (teKort) return teKort;
      const status = config.stappen.selectiefase
        ? S.Aanmelding
        : config.stappen.inschrijftermijn
          ? S.Inschrijving
          : S.Lopend;
      return { ...aanbesteding, status, publicatiedatum: context.datum };
    }
    case ActieType.DienIn:
      return dienIn(aanbesteding, config, actie, context);
    case ActieType.RegistreerToetsing: {
      const inschrijving = aanbesteding.inschrijvingen.find((i) => i.id === actie.inschrijvingId);
      if (!inschrijving) return weiger('ONBEKEND', `Inschrijving ${actie.inschrijvingId} bestaat niet.`);
      const perceel = perceelVan(aanbesteding, inschrijving.perceelId)!;
      const onbekend = Object.keys(actie.resultaten).filter((id) => !perceel.eisen.some((e) => e.id === id));
      if (onbekend.length > 0) return weiger('ONBEKEND', `Onbekende eisen: ${onbekend.join(', ')}.`);
      const vorige = aanbesteding.toetsingen.find((t) => t.inschrijvingId === inschrijving.id);
      const toetsing = {
        inschrijvingId: inschrijving.id,
        resultaten: { ...(vorige?.resultaten ?? {}), ...actie.resultaten },
        datum: context.datum,
        gebruiker: context.gebruiker,
      };
      return { ...aanbesteding, toetsingen: [...aanbesteding.toetsingen.filter((t) => t !== vorige), toetsing] };
    }
    case ActieType.SelecteerGegadigden: {
      if (context.datum <= aanbesteding.aanmeldperiode!.einddatum!) {
        return weiger(
          'TERMIJN_LOOPT_NOG',
          `De aanmeldtermijn loopt tot en met ${aanbesteding.aanmeldperiode!.einddatum}.`,
        );
      }
      if (!actie.motivering.trim())
        return weiger('MOTIVERING_VEREIST', 'De selectie wordt op objectieve gronden gemotiveerd (art. 1.4 Aw).');
      const verzoeken = aanbesteding.inschrijvingen.filter((i) => i.verzoekTotDeelneming);
      const onvolledig = verzoeken.filter((i) => toetsingStatus(aanbesteding, i) === 'ontbreekt');
      if (onvolledig.length > 0)
        return weiger('TOETSING_ONVOLLEDIG', `Nog niet getoetst: ${onvolledig.map((i) => i.id).join(', ')}.`);
      const geschikt = new Set(
        verzoeken.filter((i) => toetsingStatus(aanbesteding, i) === 'voldoet').map((i) => i.aanbieder.id),
      );
      const buiten = actie.aanbiederIds.filter((id) => !geschikt.has(id));
      if (buiten.length > 0) return weiger('NIET_GESCHIKT', `Niet geschikt of niet aangemeld: ${buiten.join(', ')}.`);
      if (actie.aanbiederIds.length > aanbesteding.maximumGegadigden!) {
        return weiger(
          'CONFIGURATIE_ONGELDIG',
          `Ten hoogste ${aanbesteding.maximumGegadigden} gegadigden mogen inschrijven.`,
        );
      }
      // Niet-openbaar: the inschrijvingstermijn runs from the invitation to bid (art. 2.74 Aw).
      const teKort = toetsMinimumTermijn(
        aanbesteding,
        config.minimumTermijnen?.inschrijving,
        context.datum,
        aanbesteding.inschrijfperiode?.einddatum,
        'inschrijvingstermijn',
      );
      if (teKort) return teKort;
      return { ...aanbesteding, status: S.Inschrijving, geselecteerd: [...actie.aanbiederIds] };
    }
    case ActieType.SluitInschrijving:
      if (context.datum <= aanbesteding.inschrijfperiode!.einddatum!) {
        return weiger(
          'TERMIJN_LOOPT_NOG',
          `De inschrijvingstermijn loopt tot en met ${aanbesteding.inschrijfperiode!.einddatum}.`,
        );
      }
      return { ...aanbesteding, status: S.Beoordeling };
    case ActieType.LegOnderhandelingsuitkomstVast: {
      const tarieven = Object.values(actie.tarieven);
      if (tarieven.some((t) => !Number.isSafeInteger(t) || t <= 0))
        return weiger('CONFIGURATIE_ONGELDIG', 'Tarieven zijn positieve hele centen.');
      const codes = new Set(aanbesteding.percelen.flatMap((p) => p.producten.map((q) => q.code)));
      const onbekend = Object.keys(actie.tarieven).filter((c) => !codes.has(c));
      if (onbekend.length > 0) return weiger('ONBEKEND', `Onbekende producten: ${onbekend.join(', ')}.`);
      for (const perceel of aanbesteding.percelen) {
        for (const product of perceel.producten) {
          const tarief = actie.tarieven[product.code];
          if (
            tarief !== undefined &&
            product.prijs.soort !== 'vast' &&
            product.prijs.reelePrijsCenten !== undefined &&
            tarief < product.prijs.reelePrijsCenten
          ) {
            return weiger('BOD_ONDER_REELE_PRIJS', `Het tarief voor ${product.code} ligt onder de reële prijs.`);
          }
        }
      }
      return {
        ...aanbesteding,
        onderhandelingsuitkomst: { tarieven: { ...actie.tarieven }, vastgelegdOp: context.datum },
      };
    }
    case ActieType.RegistreerScore: {
      if (!aanbesteding.beoordelaars.includes(context.gebruiker)) {
        return weiger('GEEN_BEOORDELAAR', `${context.gebruiker} is geen beoordelaar van deze aanbesteding.`);
      }
      const fout = scorePlaats(aanbesteding, actie.inschrijvingId, actie.criteriumId, actie.score);
      if (fout) return fout;
      if (
        aanbesteding.consensusscores.some(
          (s) => s.inschrijvingId === actie.inschrijvingId && s.criteriumId === actie.criteriumId,
        )
      ) {
        return weiger(
          'CONSENSUS_VASTGESTELD',
          'De consensus is vastgesteld: een wijziging gaat via de voorzitter, met motivering.',
        );
      }
      const anders = aanbesteding.kwaliteitsscores.filter(
        (s) =>
          !(
            s.inschrijvingId === actie.inschrijvingId &&
            s.criteriumId === actie.criteriumId &&
            s.beoordelaar === context.gebruiker
          ),
      );
      const score = {
        inschrijvingId: actie.inschrijvingId,
        criteriumId: actie.criteriumId,
        beoordelaar: context.gebruiker,
        score: actie.score,
      };
      return { ...aanbesteding, kwaliteitsscores: [...anders, score] };
    }
    case ActieType.RegistreerConsensus: {
      if (!aanbesteding.voorzitter || context.gebruiker !== aanbesteding.voorzitter) {
        return weiger('GEEN_VOORZITTER', 'Alleen de voorzitter van de beoordeling stelt de consensus vast.');
      }
      const fout = scorePlaats(aanbesteding, actie.inschrijvingId, actie.criteriumId, actie.score);
      if (fout) return fout;
      if (!actie.motivering.trim())
        return weiger('MOTIVERING_VEREIST', 'Een consensusscore wordt schriftelijk gemotiveerd.');
      const ontbrekend = aanbesteding.beoordelaars.filter(
        (b) =>
          !aanbesteding.kwaliteitsscores.some(
            (s) =>
              s.inschrijvingId === actie.inschrijvingId && s.criteriumId === actie.criteriumId && s.beoordelaar === b,
          ),
      );
      if (ontbrekend.length > 0) {
        return weiger(
          'KWALITEITSBEOORDELING_ONVOLLEDIG',
          `Nog ${ontbrekend.length} beoordelaar(s) zonder individuele score.`,
        );
      }
      const vorige = aanbesteding.consensusscores.find(
        (s) => s.inschrijvingId === actie.inschrijvingId && s.criteriumId === actie.criteriumId,
      );
      const anders = aanbesteding.consensusscores.filter((s) => s !== vorige);
      const { inschrijvingId, criteriumId, score, motivering } = actie;
      // A change after consensus is kept with the previous score, who and why.
      const wijzigingen = vorige
        ? [
            ...(aanbesteding.consensuswijzigingen ?? []),
            {
              inschrijvingId,
              criteriumId,
              vorigeScore: vorige.score,
              score,
              motivering,
              datum: context.datum,
              gebruiker: context.gebruiker,
            },
          ]
        : (aanbesteding.consensuswijzigingen ?? []);
      return {
        ...aanbesteding,
        consensusscores: [...anders, { inschrijvingId, criteriumId, score, motivering }],
        consensuswijzigingen: wijzigingen,
      };
    }
    case ActieType.OpenPrijzen: {
      // Price vault: quality is fully scored, with consensus, before any price is seen.
      const ontbreekt = ontbrekendeKwaliteitsbeoordeling(aanbesteding);
      if (ontbreekt.length > 0) {
        return weiger(
          'KWALITEITSBEOORDELING_ONVOLLEDIG',
          `Prijzen blijven dicht: nog ${ontbreekt.length} onderdelen open (${ontbreekt.slice(0, 3).join('; ')}).`,
        );
      }
      return { ...aanbesteding, status: S.Prijsbeoordeling, prijzenGeopendOp: context.datum };
    }
    case ActieType.VoorlopigeGunning: {
      const uitkomst = voorlopigeGunning(aanbesteding, config, actie, context);
      return 'ok' in uitkomst ? uitkomst : { ...uitkomst, status: S.VoorlopigGegund };
    }
    case ActieType.RegistreerKortGeding:
      if (aanbesteding.gunning!.standstillEinddatum! < context.datum) {
        return weiger(
          'ACTIE_NIET_TOEGESTAAN',
          'Een kort geding na afloop van de standstill schort de gunning niet op.',
        );
      }
      return { ...aanbesteding, kortGeding: { aangespannenOp: context.datum, uitspraakOp: null } };
    case ActieType.RegistreerUitspraak:
      if (!aanbesteding.kortGeding) return weiger('ACTIE_NIET_TOEGESTAAN', 'Er loopt geen kort geding.');
      return { ...aanbesteding, kortGeding: { ...aanbesteding.kortGeding, uitspraakOp: context.datum } };
    case ActieType.DefinitieveGunning: {
      const gunning = aanbesteding.gunning!;
      if (gunning.standstillEinddatum && context.datum <= gunning.standstillEinddatum) {
        return weiger(
          'STANDSTILL_LOOPT',
          `De standstill loopt tot en met ${gunning.standstillEinddatum}; definitief gunnen kan vanaf de dag erna (art. 2.127 Aw).`,
        );
      }
      if (aanbesteding.kortGeding && !aanbesteding.kortGeding.uitspraakOp) {
        return weiger('KORT_GEDING_LOPEND', 'Er loopt een kort geding: de gunning wacht op de uitspraak.');
      }
      const gesloten = gunning.voorstellen.map((v) => ({ ...v, gesloten: true }));
      return {
        ...aanbesteding,
        status: S.Lopend,
        gunning: { ...gunning, definitiefOp: context.datum, voorstellen: gesloten },
        raamovereenkomsten: [...aanbesteding.raamovereenkomsten, ...gesloten],
      };
    }
    case ActieType.LaatToe: {
      const inschrijving = aanbesteding.inschrijvingen.find((i) => i.id === actie.inschrijvingId);
      if (!inschrijving) return weiger('ONBEKEND', `Inschrijving ${actie.inschrijvingId} bestaat niet.`);
      if (aanbesteding.afwijzingen.some((a) => a.inschrijvingId === inschrijving.id))
        return weiger('ACTIE_NIET_TOEGESTAAN', 'Deze aanmelding is afgewezen.');
      if (
        aanbesteding.raamovereenkomsten.some(
          (r) => r.aanbieder.id === inschrijving.aanbieder.id && r.perceelIds.includes(inschrijving.perceelId),
        )
      ) {
        return weiger('DUBBELE_INSCHRIJVING', 'Deze aanbieder is al toegelaten tot dit perceel.');
      }
      const status = toetsingStatus(aanbesteding, inschrijving);
      if (status === 'ontbreekt') return weiger('TOETSING_ONVOLLEDIG', 'Toets eerst alle eisen.');
      if (status === 'voldoet_niet')
        return weiger('NIET_GESCHIKT', `Voldoet niet aan: ${nietVoldane(aanbesteding, inschrijving).join(', ')}.`);
      if (actie.ingangsdatum && actie.ingangsdatum < aanbesteding.looptijd.begindatum) {
        return weiger(
          'BUITEN_TOETREDINGSVENSTER',
          `De ingangsdatum ${actie.ingangsdatum} ligt voor de looptijd (vanaf ${aanbesteding.looptijd.begindatum}).`,
        );
      }
      // Tussentijdse toetreding: the contract and its tariffs run from the admission, never before the term.
      const begindatum = maxDatum(actie.ingangsdatum ?? context.datum, aanbesteding.looptijd.begindatum);
      if (begindatum > aanbesteding.looptijd.einddatum)
        return weiger('BUITEN_TOETREDINGSVENSTER', 'De looptijd is voorbij.');
      const perceel = perceelVan(aanbesteding, inschrijving.perceelId)!;
      const [voorstel] = maakVoorstellen(aanbesteding, [{ perceel, inschrijving }], begindatum, true);
      return { ...aanbesteding, raamovereenkomsten: [...aanbesteding.raamovereenkomsten, voorstel] };
    }
    case ActieType.WijsAf: {
      if (!aanbesteding.inschrijvingen.some((i) => i.id === actie.inschrijvingId))
        return weiger('ONBEKEND', `Inschrijving ${actie.inschrijvingId} bestaat niet.`);
      if (!actie.reden.trim()) return weiger('MOTIVERING_VEREIST', 'Een afwijzing wordt gemotiveerd.');
      return {
        ...aanbesteding,
        afwijzingen: [
          ...aanbesteding.afwijzingen,
          { inschrijvingId: actie.inschrijvingId, reden: actie.reden, datum: context.datum },
        ],
      };
    }
    case ActieType.HoudVeiling:
    case ActieType.NadereOpdracht:
      return miniCompetitie(aanbesteding, config, actie, context);
    case ActieType.Beeindig:
      return { ...aanbesteding, status: S.Afgerond };
    case ActieType.TrekIn:
      if (!actie.reden.trim()) return weiger('MOTIVERING_VEREIST', 'Intrekken wordt gemotiveerd.');
      return { ...aanbesteding, status: S.Ingetrokken, intrekkingsreden: actie.reden };
  }
}

/**
 * The one state machine: (aanbesteding, actie, context) → the new state, or a refusal with a code and a reason.
 * Pure: the caller persists the returned aanbesteding and the raamovereenkomsten it concluded.
 */
export function voerActieUit(aanbesteding: Aanbesteding, actie: Actie, context: ActieContext): Transitieresultaat {
  const config = PROCEDURE_CONFIG[aanbesteding.procedureType];
  const overgang = OVERGANGEN[actie.type];
  const geldt =
    actie.type === ActieType.NadereOpdracht
      ? miniCompetitieSoort(aanbesteding) === 'nadere_opdracht'
      : overgang.geldtVoor(config);
  if (!geldt) {
    return weiger('STAP_NIET_VAN_TOEPASSING', `${config.naam} kent de stap '${actie.type}' niet.`);
  }
  if (!actieMogelijk(aanbesteding, actie.type)) {
    return weiger(
      'ACTIE_NIET_TOEGESTAAN',
      `'${actie.type}' kan niet in status '${aanbesteding.status}' van een ${config.naam}.`,
    );
  }
  const uitkomst = pasToe(aanbesteding, config, actie, context);
  if ('ok' in uitkomst) return uitkomst;
  const bekend = new Set(aanbesteding.raamovereenkomsten.map((r) => r.id));
  const nieuw: Aanbesteding = {
    ...uitkomst,
    historie: [
      ...aanbesteding.historie,
      { actie: actie.type, datum: context.datum, gebruiker: context.gebruiker, status: uitkomst.status },
    ],
  };
  return {
    ok: true,
    nieuweStatus: nieuw.status,
    aanbesteding: nieuw,
    raamovereenkomsten: nieuw.raamovereenkomsten.filter((r) => !bekend.has(r.id)),
  };
}
