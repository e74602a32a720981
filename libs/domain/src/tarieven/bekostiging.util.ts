import type { Centen } from '../geld/bedrag.util.js';
import { isKalenderdatum, plusDagen, type Kalenderdatum } from '../datum/kalenderdatum.util.js';
import { Eenheid, EENHEID_OMSCHRIJVING } from '../codelijsten/eenheid.enum.js';
import { Frequentie } from '../codelijsten/frequentie.enum.js';
import { Uitvoeringsvariant } from '../codelijsten/uitvoeringsvariant.enum.js';
import type { Tariefbevinding } from './tarief.types.js';
import {
  termijnperiodes,
  termijnschema,
  type BegrensdePeriode,
  type Betaaldag,
  type Termijn,
  type Termijnfrequentie,
  type Termijnverdeling,
} from './termijnschema.util.js';

// Which WJ756 eenheden fit which uitvoeringsvariant.
// Inspanningsgericht: time units 01/04/14/16, or stuks as 84 (OP262; OP305: "op inspanningsbasis in stuks
// gecontracteerd … eenheid 84"). Outputgericht: stuks 82 or euro's 83 over a fixed period (OP263).
// Taakgericht: no client-level eenheid at all: a budget per period, no verantwoording per cliënt.
export const EENHEDEN_PER_VARIANT: Record<Uitvoeringsvariant, readonly Eenheid[]> = {
  [Uitvoeringsvariant.Inspanningsgericht]: [
    Eenheid.Minuut,
    Eenheid.Uur,
    Eenheid.Etmaal,
    Eenheid.Dagdeel,
    Eenheid.StuksInspanning,
  ],
  [Uitvoeringsvariant.Outputgericht]: [Eenheid.StuksOutput, Eenheid.Euros],
  [Uitvoeringsvariant.Taakgericht]: [],
};

function eenheidTekst(e: Eenheid): string {
  return `${e} (${EENHEID_OMSCHRIJVING[e]})`;
}

export function valideerEenheidBijVariant(variant: Uitvoeringsvariant, eenheid: Eenheid | null): Tariefbevinding[] {
  if (variant === Uitvoeringsvariant.Taakgericht) {
    return eenheid === null
      ? []
      : [
          {
            code: 'EENHEID_BIJ_TAAKGERICHT',
            melding: `Een taakgericht product heeft geen eenheid (budget per periode, geen declaratie per cliënt); gevonden: ${eenheidTekst(eenheid)}.`,
          },
        ];
  }
  if (eenheid === null) {
    return [
      { code: 'EENHEID_ONTBREEKT', melding: `Een ${variant} product moet een eenheid hebben (OP261/OP262/OP263).` },
    ];
  }
  if (EENHEDEN_PER_VARIANT[variant].includes(eenheid)) return [];
  if (variant === Uitvoeringsvariant.Inspanningsgericht && eenheid === Eenheid.StuksOutput) {
    return [
      {
        code: 'EENHEID_PAST_NIET_BIJ_VARIANT',
        melding:
          'Eenheid 82 (Stuks (output)) hoort bij outputgericht; een product dat op inspanningsbasis in stuks is gecontracteerd gebruikt eenheid 84 (Stuks (inspanning)) (OP305).',
      },
    ];
  }
  if (variant === Uitvoeringsvariant.Outputgericht && eenheid === Eenheid.StuksInspanning) {
    return [
      {
        code: 'EENHEID_PAST_NIET_BIJ_VARIANT',
        melding:
          "Eenheid 84 (Stuks (inspanning)) hoort bij inspanningsgericht; outputgericht gebruikt 82 (Stuks (output)) of 83 (Euro's) (OP263).",
      },
    ];
  }
  const toegestaan = EENHEDEN_PER_VARIANT[variant].map(eenheidTekst).join(', ');
  const regel = variant === Uitvoeringsvariant.Inspanningsgericht ? 'OP262' : 'OP263';
  return [
    {
      code: 'EENHEID_PAST_NIET_BIJ_VARIANT',
      melding: `Eenheid ${eenheidTekst(eenheid)} past niet bij ${variant}; toegestaan: ${toegestaan} (${regel}).`,
    },
  ];
}

/** An agreed outcome indicator a taakgericht budget or subsidy is steered on (e.g. cliënttevredenheid). */
export interface Resultaatindicator {
  code: string;
  omschrijving: string;
  streefwaarde?: string;
}

export interface Verantwoordingsafspraak {
  frequentie: Termijnfrequentie;
  /** Days after each verantwoordingsperiode ends by which the report is due. */
  dagenNaPeriode: number;
  indicatoren: Resultaatindicator[];
}

export interface Betaalafspraak {
  frequentie: Termijnfrequentie;
  betaaldag: Betaaldag;
  verdeling?: Termijnverdeling;
}

export interface InspanningsgerichteBekostiging {
  model: 'inspanningsgericht';
  eenheid: Eenheid;
  /** WMO757; required for 14/16/84 per CS338/CS343 when set on a toewijzing, optional on the contract. */
  frequentie?: Frequentie;
}

/** Tariff per stuk per period (82) or a trajectprijs in euro's (83). OP263/OP264: output, vaststelling and declaratiemoment agreed. */
export interface OutputgerichteBekostiging {
  model: 'outputgericht';
  eenheid: Eenheid;
  frequentie: Frequentie;
  outputdefinitie: string;
  vaststelling: string;
  declaratiemoment: string;
}

export interface TaakgerichteBekostiging {
  model: 'taakgericht';
  budget: Centen;
  periode: BegrensdePeriode;
  opdracht: { soort: 'taak' | 'gebied' | 'populatie'; omschrijving: string };
  termijnen: Betaalafspraak;
  verantwoording: Verantwoordingsafspraak;
}

/** Grant for an algemene voorziening under the Awb: budget, conditions, instalments, verantwoording. */
export interface Subsidie {
  model: 'subsidie';
  budget: Centen;
  periode: BegrensdePeriode;
  voorwaarden: string[];
  termijnen: Betaalafspraak;
  verantwoording: Verantwoordingsafspraak;
}

export type Bekostiging =
  InspanningsgerichteBekostiging | OutputgerichteBekostiging | TaakgerichteBekostiging | Subsidie;

const VARIANT_VAN_MODEL = {
  inspanningsgericht: Uitvoeringsvariant.Inspanningsgericht,
  outputgericht: Uitvoeringsvariant.Outputgericht,
  taakgericht: Uitvoeringsvariant.Taakgericht,
} as const;

// CS338/CS343: with eenheid 14, 16, 83 or 84 the frequentie must be per week, per maand or TBGT.
const EENHEDEN_ZONDER_DAGFREQUENTIE: readonly Eenheid[] = [
  Eenheid.Etmaal,
  Eenheid.Dagdeel,
  Eenheid.Euros,
  Eenheid.StuksInspanning,
];

function valideerFrequentie(eenheid: Eenheid, frequentie: Frequentie | undefined): Tariefbevinding[] {
  if (frequentie === undefined || !EENHEDEN_ZONDER_DAGFREQUENTIE.includes(eenheid) || frequentie !== Frequentie.PerDag)
    return [];
  return [
    {
      code: 'FREQUENTIE_PAST_NIET_BIJ_EENHEID',
      melding: `Bij eenheid ${eenheidTekst(eenheid)} moet de frequentie per week, per maand of totaal binnen geldigheidsduur zijn, niet per dag (CS338/CS343).`,
    },
  ];
}

function valideerPeriodeEnBudget(
  budget: Centen,
  periode: BegrensdePeriode,
  betaal: Betaalafspraak,
  v: Verantwoordingsafspraak,
): Tariefbevinding[] {
  const b: Tariefbevinding[] = [];
  if (!Number.isSafeInteger(budget) || budget <= 0)
    b.push({
      code: 'BUDGET_ONGELDIG',
      melding: `Het budget moet een positief geheel aantal centen zijn; gevonden: ${budget}.`,
    });
  if (
    !isKalenderdatum(periode.begindatum) ||
    !isKalenderdatum(periode.einddatum) ||
    periode.einddatum < periode.begindatum
  ) {
    b.push({
      code: 'PERIODE_ONGELDIG',
      melding: `De budgetperiode ${periode.begindatum} t/m ${periode.einddatum} is ongeldig.`,
    });
  }
  if (
    betaal.betaaldag.dag !== 'laatste' &&
    !(Number.isInteger(betaal.betaaldag.dag) && betaal.betaaldag.dag >= 1 && betaal.betaaldag.dag <= 31)
  ) {
    b.push({
      code: 'BETAALDAG_ONGELDIG',
      melding: `De betaaldag moet 1 t/m 31 of 'laatste' zijn; gevonden: ${betaal.betaaldag.dag}.`,
    });
  }
  if (!Number.isInteger(v.dagenNaPeriode) || v.dagenNaPeriode < 0) {
    b.push({
      code: 'VERANTWOORDINGSTERMIJN_ONGELDIG',
      melding: `Het aantal dagen voor verantwoording moet een geheel getal ≥ 0 zijn; gevonden: ${v.dagenNaPeriode}.`,
    });
  }
  return b;
}

export function valideerBekostiging(b: Bekostiging): Tariefbevinding[] {
  switch (b.model) {
    case 'inspanningsgericht':
      return [
        ...valideerEenheidBijVariant(VARIANT_VAN_MODEL[b.model], b.eenheid),
        ...valideerFrequentie(b.eenheid, b.frequentie),
      ];
    case 'outputgericht': {
      const r = [
        ...valideerEenheidBijVariant(VARIANT_VAN_MODEL[b.model], b.eenheid),
        ...valideerFrequentie(b.eenheid, b.frequentie),
      ];
      if (
        b.eenheid === Eenheid.Euros &&
        b.frequentie !== Frequentie.TotaalBinnenGeldigheidsduur &&
        b.frequentie !== Frequentie.PerMaand &&
        b.frequentie !== Frequentie.PerWeek
      ) {
        r.push({
          code: 'FREQUENTIE_PAST_NIET_BIJ_EENHEID',
          melding: "Een trajectprijs in euro's (83) geldt per week, per maand of voor het hele traject (frequentie 6).",
        });
      }
      for (const [veld, waarde] of [
        ['outputdefinitie', b.outputdefinitie],
        ['vaststelling', b.vaststelling],
        ['declaratiemoment', b.declaratiemoment],
      ] as const) {
        if (!waarde?.trim())
          r.push({
            code: 'OUTPUTAFSPRAAK_ONTBREEKT',
            melding: `Bij outputgericht moeten partijen de ${veld} afspreken (OP263/OP264).`,
          });
      }
      return r;
    }
    case 'taakgericht': {
      const r = valideerPeriodeEnBudget(b.budget, b.periode, b.termijnen, b.verantwoording);
      if (!b.opdracht.omschrijving.trim())
        r.push({
          code: 'OPDRACHT_ONTBREEKT',
          melding: 'Een taakgericht budget hoort bij een omschreven taak, gebied of populatie.',
        });
      if (b.verantwoording.indicatoren.length === 0)
        r.push({
          code: 'INDICATOREN_ONTBREKEN',
          melding: 'Een taakgericht budget wordt gestuurd op afgesproken resultaatindicatoren; er is er geen.',
        });
      return r;
    }
    case 'subsidie': {
      const r = valideerPeriodeEnBudget(b.budget, b.periode, b.termijnen, b.verantwoording);
      if (b.voorwaarden.filter((v) => v.trim()).length === 0)
        r.push({ code: 'VOORWAARDEN_ONTBREKEN', melding: 'Een subsidie heeft ten minste één subsidievoorwaarde.' });
      return r;
    }
  }
}

/** The payable instalments of a lumpsum budget or subsidy (amounts add up exactly to the budget). */
export function betaalschema(b: TaakgerichteBekostiging | Subsidie): Termijn[] {
  return termijnschema(
    b.budget,
    b.periode,
    b.termijnen.frequentie,
    b.termijnen.betaaldag,
    b.termijnen.verdeling ?? 'gelijk',
  );
}

export interface Verantwoordingsmoment {
  volgnummer: number;
  periode: BegrensdePeriode;
  uiterlijk: Kalenderdatum;
  indicatoren: Resultaatindicator[];
}

/** When the periodic verantwoording over the agreed indicators is due: per calendar block, N days after it ends. */
export function verantwoordingsschema(b: TaakgerichteBekostiging | Subsidie): Verantwoordingsmoment[] {
  return termijnperiodes(b.periode, b.verantwoording.frequentie).map((p, i) => ({
    volgnummer: i + 1,
    periode: p,
    uiterlijk: plusDagen(p.einddatum, b.verantwoording.dagenNaPeriode),
    indicatoren: b.verantwoording.indicatoren,
  }));
}
