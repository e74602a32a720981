import type { Retourcode } from '../codelijsten/index.js';
import type { Omvang } from '../declaratie-checks/beoordeling.types.js';
import { plusDagen, type Kalenderdatum } from '../datum/kalenderdatum.util.js';
import { periodesOverlappen, type Periode } from '../datum/periode.util.js';
import { plusWerkdagen } from '../datum/werkdagen.util.js';
import { VerzoekBesluit, VerzoekStatus } from './verzoek-status.enum.js';

// The rules of istandaarden.md 3.6 that judge a verzoek om toewijzing (315) or wijziging (317) against what the
// gemeente already knows: its current toewijzingen for this client and aanbieder, the ReferentieAanbieders used, and
// open verzoeken. The CD/CS within the message are checked by libs/istandaarden (valideer315/valideer317).

export interface VerzoekBevinding {
  retourcode: Retourcode;
  regel: string;
  /** The class the code belongs on, relative to Client ('' = Client itself), e.g. 'Verzoek/TeWijzigenProducten/TeWijzigenProduct[2]'. */
  pad: string;
  toelichting: string;
}

/** The current version (IV013) of one of the client's toewijzingen at this aanbieder, not removed (reden 13). */
export interface ActueleToewijzing {
  toewijzingNummer: number;
  productCategorie: string | null;
  productCode: string | null;
  ingangsdatum: Kalenderdatum;
  einddatum: Kalenderdatum | null;
  omvang: Omvang | null;
  budgetCenten: number | null;
}

export interface GevraagdProduct {
  product?: { categorie: string; code?: string };
  gewensteIngangsdatum: Kalenderdatum;
  einddatum?: Kalenderdatum;
  omvang?: Omvang;
  budget?: number;
}

export interface VowInvoer {
  referentieAanbieder: string;
  dagtekening: Kalenderdatum;
  ongewijzigd: number[];
  teWijzigen: (Omit<GevraagdProduct, 'product'> & { toewijzingNummer: number })[];
  nieuw: GevraagdProduct[];
}

export interface VerzoekContext {
  /** ReferentieAanbieders this aanbieder already used in this domein on verzoeken that were not refused on receipt. */
  bekendeReferenties: ReadonlySet<string>;
  /** A verzoek of this aanbieder for this client is still open or in onderzoek (TR374). */
  verzoekOnderhanden: boolean;
}

const TR374 = (pad: string): VerzoekBevinding => ({
  retourcode: '9374',
  regel: 'TR374',
  pad,
  toelichting: 'er is al een verzoek voor deze cliënt onderhanden; wacht op het antwoord van de gemeente (OP350)',
});

/** TR347 and TR374 on a 315: every AangevraagdProduct has a ReferentieAanbieder not used before, also not within the message. */
export function beoordeelVot(
  producten: readonly { referentieAanbieder: string }[],
  ctx: VerzoekContext,
): VerzoekBevinding[] {
  const uit: VerzoekBevinding[] = [];
  if (ctx.verzoekOnderhanden) uit.push(TR374(''));
  const gezien = new Set<string>();
  producten.forEach((p, i) => {
    if (ctx.bekendeReferenties.has(p.referentieAanbieder) || gezien.has(p.referentieAanbieder)) {
      uit.push({
        retourcode: '9347',
        regel: 'TR347',
        pad: `AangevraagdeProducten/AangevraagdProduct[${i + 1}]`,
        toelichting: `ReferentieAanbieder ${p.referentieAanbieder} is al gebruikt; elke aanvraag krijgt een eigen referentie`,
      });
    }
    gezien.add(p.referentieAanbieder);
  });
  return uit;
}

const productSleutel = (p: { productCategorie: string | null; productCode: string | null }) =>
  `${p.productCategorie ?? ''}|${p.productCode ?? ''}`;
// Overlap of the same hulpmiddel or voorziening (iWmo 11–14) is allowed (TR302 toelichting).
const MAG_OVERLAPPEN = new Set(['11', '12', '13', '14']);

/** TR349–TR351, TR357, TR361, TR373, TR375, TR411, TR412, TR347 and TR374 on a 317 (istandaarden.md 3.6). */
export function beoordeelVow(
  vow: VowInvoer,
  actueel: readonly ActueleToewijzing[],
  ctx: VerzoekContext,
): VerzoekBevinding[] {
  const uit: VerzoekBevinding[] = [];
  const V = 'Verzoek';
  if (ctx.verzoekOnderhanden) uit.push(TR374(''));
  if (ctx.bekendeReferenties.has(vow.referentieAanbieder)) {
    uit.push({
      retourcode: '9347',
      regel: 'TR347',
      pad: V,
      toelichting: `ReferentieAanbieder ${vow.referentieAanbieder} is al gebruikt`,
    });
  }
  const perNummer = new Map(actueel.map((t) => [t.toewijzingNummer, t]));
  // OP306/OP308: a VOW changes current toewijzingen; without any there is nothing to change (ask with a 315).
  if (actueel.length === 0) {
    uit.push({
      retourcode: '9349',
      regel: 'TR349',
      pad: V,
      toelichting:
        'de cliënt heeft bij deze aanbieder geen actuele toewijzing; vraag een toewijzing aan met een verzoek om toewijzing (315)',
    });
  }
  const genoemd = new Set<number>();
  vow.ongewijzigd.forEach((n, i) => {
    genoemd.add(n);
    if (!perNummer.has(n)) {
      uit.push({
        retourcode: '9350',
        regel: 'TR350',
        pad: `${V}/OngewijzigdeProducten/OngewijzigdProduct[${i + 1}]`,
        toelichting: `ToewijzingNummer ${n} is geen actuele toewijzing van deze cliënt bij deze aanbieder`,
      });
    }
  });
  vow.teWijzigen.forEach((p, i) => {
    genoemd.add(p.toewijzingNummer);
    const pad = `${V}/TeWijzigenProducten/TeWijzigenProduct[${i + 1}]`;
    const t = perNummer.get(p.toewijzingNummer);
    if (!t) {
      uit.push({
        retourcode: '9351',
        regel: 'TR351',
        pad,
        toelichting: `ToewijzingNummer ${p.toewijzingNummer} is geen actuele toewijzing van deze cliënt bij deze aanbieder`,
      });
      return;
    }
    if (p.gewensteIngangsdatum <= vow.dagtekening && p.gewensteIngangsdatum !== t.ingangsdatum) {
      uit.push({
        retourcode: '9357',
        regel: 'TR357',
        pad,
        toelichting: `GewensteIngangsdatum ${p.gewensteIngangsdatum} ligt niet na de dagtekening; een wijziging met terugwerkende kracht geldt de hele toewijzing en begint op ${t.ingangsdatum}`,
      });
    }
    if (p.budget !== undefined && p.budget !== t.budgetCenten && p.gewensteIngangsdatum !== t.ingangsdatum) {
      uit.push({
        retourcode: '9373',
        regel: 'TR373',
        pad,
        toelichting: `een budget wijzigt voor de hele toewijzing: GewensteIngangsdatum moet ${t.ingangsdatum} zijn`,
      });
    }
    const naNa2020 = p.einddatum === undefined || p.einddatum > '2020-12-31';
    if (t.productCategorie === null && p.omvang && naNa2020) {
      uit.push({
        retourcode: '9375',
        regel: 'TR375',
        pad,
        toelichting: 'Omvang is gevuld terwijl de toewijzing geen product heeft (generiek)',
      });
    } else if (t.productCode !== null && !p.omvang) {
      uit.push({
        retourcode: '9411',
        regel: 'TR411',
        pad,
        toelichting: `Omvang is leeg terwijl de toewijzing productcode ${t.productCode} heeft`,
      });
    } else if (t.productCategorie !== null && t.productCode === null && p.omvang && naNa2020) {
      uit.push({
        retourcode: '9412',
        regel: 'TR412',
        pad,
        toelichting: 'Omvang is gevuld terwijl de toewijzing geen productcode heeft (aspecifiek)',
      });
    }
  });
  // TR349: the VOW holds the complete desired situation: every current toewijzing as ongewijzigd or te wijzigen.
  const ontbrekend = actueel.filter((t) => !genoemd.has(t.toewijzingNummer)).map((t) => t.toewijzingNummer);
  if (ontbrekend.length) {
    uit.push({
      retourcode: '9349',
      regel: 'TR349',
      pad: V,
      toelichting: `het verzoek noemt niet alle actuele toewijzingen; ontbreekt: ${ontbrekend.join(', ')}`,
    });
  }
  // TR361: in the desired situation a product occurs once per period.
  const gewenst: { sleutel: string; categorie: string | null; periode: Periode }[] = [];
  for (const n of vow.ongewijzigd) {
    const t = perNummer.get(n);
    if (t)
      gewenst.push({
        sleutel: productSleutel(t),
        categorie: t.productCategorie,
        periode: { begindatum: t.ingangsdatum, einddatum: t.einddatum },
      });
  }
  for (const p of vow.teWijzigen) {
    const t = perNummer.get(p.toewijzingNummer);
    if (t)
      gewenst.push({
        sleutel: productSleutel(t),
        categorie: t.productCategorie,
        periode: { begindatum: t.ingangsdatum, einddatum: p.einddatum ?? t.einddatum },
      });
  }
  vow.nieuw.forEach((p, i) => {
    const sleutel = productSleutel({
      productCategorie: p.product?.categorie ?? null,
      productCode: p.product?.code ?? null,
    });
    const periode = { begindatum: p.gewensteIngangsdatum, einddatum: p.einddatum ?? null };
    const botsing = gewenst.find(
      (g) => g.sleutel === sleutel && !MAG_OVERLAPPEN.has(g.categorie ?? '') && periodesOverlappen(g.periode, periode),
    );
    if (botsing) {
      uit.push({
        retourcode: '9361',
        regel: 'TR361',
        pad: `${V}/NieuweProducten/NieuwProduct[${i + 1}]`,
        toelichting: 'dit product komt in het verzoek al voor in (een deel van) dezelfde periode',
      });
    }
    gewenst.push({ sleutel, categorie: p.product?.categorie ?? null, periode });
  });
  return uit;
}

/**
 * The date by which the gemeente answers (OP274/OP346): a 301 or 319 within 5 werkdagen after the verzoek's
 * dagtekening; after "aanvraag in onderzoek" the final answer within 8 weken after that dagtekening.
 */
export function antwoordTermijn(dagtekening: Kalenderdatum, status: VerzoekStatus): Kalenderdatum {
  return status === VerzoekStatus.InOnderzoek ? plusDagen(dagtekening, 8 * 7) : plusWerkdagen(dagtekening, 5);
}

export const isOpenstaand = (status: VerzoekStatus): boolean =>
  status === VerzoekStatus.Open || status === VerzoekStatus.InOnderzoek;

/** Waits too long: still without a (final) answer after its termijn. */
export function isTeLaat(status: VerzoekStatus, termijn: Kalenderdatum, vandaag: Kalenderdatum): boolean {
  return isOpenstaand(status) && vandaag > termijn;
}

export interface BesluitWeigering {
  retourcode: Retourcode;
  regel: string;
  toelichting: string;
}

/**
 * Whether the toegang may decide this now (TR359, TR360, TR365): at most one "in onderzoek", nothing after a final
 * answer. The codes are the ones the aanbieder's 320 would return on a 319 sent against these rules.
 */
export function besluitToegestaan(status: VerzoekStatus, besluit: VerzoekBesluit): BesluitWeigering | null {
  switch (status) {
    case VerzoekStatus.Open:
      return null;
    case VerzoekStatus.InOnderzoek:
      return besluit === VerzoekBesluit.InOnderzoek
        ? {
            retourcode: '9360',
            regel: 'TR360',
            toelichting: 'op dit verzoek is al "aanvraag in onderzoek" geantwoord; kies nu toekennen of afwijzen',
          }
        : null;
    case VerzoekStatus.Toegekend:
      return {
        retourcode: '9359',
        regel: 'TR359',
        toelichting: 'dit verzoek is al toegekend met een toewijzing (301)',
      };
    case VerzoekStatus.Afgewezen:
      return { retourcode: '9365', regel: 'TR365', toelichting: 'dit verzoek is al definitief afgewezen' };
    case VerzoekStatus.Afgekeurd:
      return {
        retourcode: '9355',
        regel: 'TR355',
        toelichting: 'dit verzoek is bij ontvangst afgekeurd (zie het retourbericht) en staat niet open',
      };
  }
}

/** What the toegang should look at before deciding: not a refusal on receipt, a hint with the reason it would fit. */
export interface VerzoekSignaal {
  signaal: 'stapeling' | 'geen-contract';
  regel: string;
  toelichting: string;
  /** The WJ759 reason a refusal on this ground would carry. */
  redenAfwijzing: '3' | '6';
}

export interface GevraagdePeriode {
  product?: { categorie: string; code?: string };
  begindatum: Kalenderdatum;
  einddatum: Kalenderdatum | null;
}

/** A contracted product of this aanbieder for this gemeente and domein, with the period its tariff holds. */
export interface GecontracteerdProduct {
  productcategorie: string;
  productcode: string;
  ingangsdatum: Kalenderdatum;
  einddatum: Kalenderdatum;
}

/**
 * Signals on a verzoek for the work queue: stapeling (OP259/OP307: the same product already assigned to this aanbieder
 * for (part of) the period; categories 11–14 exempt) and no contract (OP296: the aanbieder has no contracted product
 * of that code, or categorie, in the period). A generiek verzoek (no product) fits any contract.
 */
export function verzoekSignalen(
  gevraagd: readonly GevraagdePeriode[],
  actueel: readonly ActueleToewijzing[],
  gecontracteerd: readonly GecontracteerdProduct[],
): VerzoekSignaal[] {
  const uit: VerzoekSignaal[] = [];
  for (const g of gevraagd) {
    if (!g.product) continue;
    const { categorie, code } = g.product;
    const periode = { begindatum: g.begindatum, einddatum: g.einddatum };
    const naam = code ? `product ${code}` : `categorie ${categorie}`;
    const gestapeld = actueel.find(
      (t) =>
        t.productCategorie === categorie &&
        (t.productCode ?? undefined) === code &&
        !MAG_OVERLAPPEN.has(categorie) &&
        periodesOverlappen({ begindatum: t.ingangsdatum, einddatum: t.einddatum }, periode),
    );
    if (gestapeld) {
      uit.push({
        signaal: 'stapeling',
        regel: 'OP259',
        redenAfwijzing: '6',
        toelichting: `${naam} is al toegewezen met ToewijzingNummer ${gestapeld.toewijzingNummer} in (een deel van) deze periode`,
      });
    }
    const gedekt = gecontracteerd.some(
      (c) =>
        (code ? c.productcode === code : c.productcategorie === categorie) &&
        periodesOverlappen({ begindatum: c.ingangsdatum, einddatum: c.einddatum }, periode),
    );
    if (!gedekt) {
      uit.push({
        signaal: 'geen-contract',
        regel: 'OP296',
        redenAfwijzing: '3',
        toelichting: `de aanbieder heeft voor ${naam} in deze periode geen contract met de gemeente`,
      });
    }
  }
  return uit;
}
