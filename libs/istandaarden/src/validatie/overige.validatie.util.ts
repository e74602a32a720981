import {
  DebetCredit,
  Eenheid,
  Frequentie,
  RedenWijziging,
  StatusAanlevering,
  TypeVerwijzer,
  VerzoekAntwoord,
  type Kalenderdatum,
} from '#keten/domain';
import type {
  Bericht301,
  Bericht305,
  Bericht307,
  Bericht315,
  Bericht317,
  Bericht319,
  Bericht325,
} from '../berichten/bericht.types.js';
import type { Product, ProductOmvang } from '../berichten/gemeenschappelijk.types.js';
import { bevinding, type Bevinding } from './bevinding.types.js';

// The condities (CD/CS) on the non-declaratie messages; all of them are technical (0001).

// Before 2021 the 3.0 rules on omvang did not apply (CD080, CS338/CS343: "einddatum > 31-12-2020 of leeg").
const NA_2020 = (einddatum?: Kalenderdatum): boolean => einddatum === undefined || einddatum > '2020-12-31';
const EENHEDEN_ZONDER_DAGFREQUENTIE = new Set<string>([
  Eenheid.Etmaal,
  Eenheid.Dagdeel,
  Eenheid.Euros,
  Eenheid.StuksInspanning,
]);

interface ProductMetOmvang {
  product?: Product;
  einddatum?: Kalenderdatum;
  omvang?: ProductOmvang;
  budget?: number;
}

function omvangEnBudget(p: ProductMetOmvang, pad: string, uit: Bevinding[]): void {
  if (p.omvang && p.budget !== undefined) {
    uit.push(bevinding('0001', 'CD077', `${pad}/Omvang`, 'Omvang en Budget mogen niet allebei gevuld zijn.'));
  }
  if (p.budget !== undefined && p.einddatum === undefined) {
    uit.push(bevinding('0001', 'CD075', `${pad}/Einddatum`, 'Einddatum is verplicht als Budget gevuld is.'));
  }
  if (p.omvang?.frequentie === Frequentie.PerWeek && p.einddatum === undefined) {
    uit.push(bevinding('0001', 'CD076', `${pad}/Einddatum`, 'Einddatum is verplicht bij frequentie per week.'));
  }
  if (p.product?.code !== undefined && !p.omvang && p.budget === undefined) {
    uit.push(bevinding('0001', 'CD041', `${pad}/Omvang`, 'Omvang is verplicht als een productcode is gevuld.'));
  }
  if (p.product && p.product.code === undefined && p.omvang && NA_2020(p.einddatum)) {
    uit.push(bevinding('0001', 'CD080', `${pad}/Omvang`, 'Omvang moet leeg zijn als de productcode leeg is.'));
  }
  if (
    p.omvang &&
    EENHEDEN_ZONDER_DAGFREQUENTIE.has(p.omvang.eenheid) &&
    p.omvang.frequentie === Frequentie.PerDag &&
    NA_2020(p.einddatum)
  ) {
    uit.push(
      bevinding(
        '0001',
        'CS338',
        `${pad}/Omvang/Frequentie`,
        `Bij eenheid ${p.omvang.eenheid} is frequentie per dag niet toegestaan (alleen 2, 4 of 6).`,
      ),
    );
  }
}

function periodeVolgorde(begin: Kalenderdatum, eind: Kalenderdatum | undefined, pad: string, uit: Bevinding[]): void {
  if (eind !== undefined && eind < begin)
    uit.push(bevinding('0001', 'PERIODE', pad, `Einddatum ${eind} ligt vóór de begindatum ${begin}.`));
}

export function valideer301(b: Bericht301): Bevinding[] {
  const uit: Bevinding[] = [];
  b.client.toegewezenProducten.forEach((tp, i) => {
    const pad = `/Bericht/Client/ToegewezenProducten/ToegewezenProduct[${i + 1}]`;
    omvangEnBudget(tp, pad, uit);
    if (!tp.product && tp.budget === undefined) {
      uit.push(bevinding('0001', 'CD079', `${pad}/Product`, 'Product is verplicht als Budget leeg is.'));
    }
    periodeVolgorde(tp.ingangsdatum, tp.einddatum, `${pad}/Einddatum`, uit);
    if (tp.redenWijziging === RedenWijziging.AdministratieveCorrectieVervallen) {
      uit.push(
        bevinding(
          '0001',
          'CS336',
          `${pad}/RedenWijziging`,
          'RedenWijziging 01 is vervallen; gebruik 13 (verwijderd) of 14 (administratieve correctie).',
        ),
      );
    }
    if (tp.redenWijziging === RedenWijziging.Verwijderd && tp.einddatum !== tp.ingangsdatum) {
      uit.push(
        bevinding(
          '0001',
          'CS335',
          `${pad}/RedenWijziging`,
          'RedenWijziging 13 (verwijderd) mag alleen als de einddatum gelijk is aan de ingangsdatum.',
        ),
      );
    }
  });
  return uit;
}

function statusAanlevering(status: StatusAanlevering, pad: string, uit: Bevinding[]): void {
  // CS058 / OP033x2: only 1 (eerste aanlevering) and 3 (verwijderen) are used.
  if (status !== StatusAanlevering.EersteAanlevering && status !== StatusAanlevering.VerwijderenAanlevering) {
    uit.push(
      bevinding(
        '0001',
        'CS058',
        pad,
        `StatusAanlevering ${status} is niet toegestaan; gebruik 1 (eerste aanlevering) of 3 (verwijderen).`,
      ),
    );
  }
}

export function valideer305(b: Bericht305): Bevinding[] {
  const uit: Bevinding[] = [];
  b.client.startProducten.forEach((sp, i) =>
    statusAanlevering(
      sp.statusAanlevering,
      `/Bericht/Client/StartProducten/StartProduct[${i + 1}]/StatusAanlevering`,
      uit,
    ),
  );
  return uit;
}

export function valideer307(b: Bericht307): Bevinding[] {
  const uit: Bevinding[] = [];
  b.client.stopProducten.forEach((sp, i) => {
    const pad = `/Bericht/Client/StopProducten/StopProduct[${i + 1}]`;
    statusAanlevering(sp.statusAanlevering, `${pad}/StatusAanlevering`, uit);
    periodeVolgorde(sp.begindatum, sp.einddatum, `${pad}/Einddatum`, uit);
  });
  return uit;
}

const VERWIJZER_MET_AGB = new Set<string>([
  TypeVerwijzer.Huisarts,
  TypeVerwijzer.Jeugdarts,
  TypeVerwijzer.MedischSpecialist,
]);

export function valideer315(b: Bericht315): Bevinding[] {
  const uit: Bevinding[] = [];
  b.client.aangevraagdeProducten.forEach((ap, i) => {
    const pad = `/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[${i + 1}]`;
    omvangEnBudget({ ...ap, einddatum: ap.toewijzingEinddatum }, pad, uit);
    periodeVolgorde(ap.toewijzingIngangsdatum, ap.toewijzingEinddatum, `${pad}/ToewijzingEinddatum`, uit);
    if (ap.beschikkingNummer !== undefined && ap.beschikkingIngangsdatum === undefined) {
      uit.push(
        bevinding(
          '0001',
          'CD043',
          `${pad}/BeschikkingIngangsdatum`,
          'BeschikkingIngangsdatum is verplicht als BeschikkingNummer gevuld is.',
        ),
      );
    }
    // CD066: a verwijzing by huisarts, jeugdarts or medisch specialist names the verwijzer's AGB code.
    if (VERWIJZER_MET_AGB.has(ap.verwijzer.type) && ap.verwijzer.zorgverlenerCode === undefined) {
      uit.push(
        bevinding(
          '0001',
          'CD066',
          `${pad}/Verwijzer/ZorgverlenerCode`,
          `ZorgverlenerCode is verplicht bij verwijzer type ${ap.verwijzer.type}.`,
        ),
      );
    }
  });
  return uit;
}

export function valideer317(b: Bericht317): Bevinding[] {
  const uit: Bevinding[] = [];
  const v = b.client.verzoek;
  const pad = '/Bericht/Client/Verzoek';
  // TR353: a VOW changes something: at least one TeWijzigenProduct or NieuwProduct.
  if (!v.teWijzigenProducten?.length && !v.nieuweProducten?.length) {
    uit.push(
      bevinding('0001', 'TR353', pad, 'Een verzoek om wijziging bevat ten minste één te wijzigen of nieuw product.'),
    );
  }
  v.teWijzigenProducten?.forEach((p, i) => {
    const pp = `${pad}/TeWijzigenProducten/TeWijzigenProduct[${i + 1}]`;
    if (p.omvang && p.budget !== undefined)
      uit.push(bevinding('0001', 'CD077', `${pp}/Omvang`, 'Omvang en Budget mogen niet allebei gevuld zijn.'));
    periodeVolgorde(p.gewensteIngangsdatum, p.einddatum, `${pp}/Einddatum`, uit);
  });
  v.nieuweProducten?.forEach((p, i) => {
    const pp = `${pad}/NieuweProducten/NieuwProduct[${i + 1}]`;
    omvangEnBudget(p, pp, uit);
    periodeVolgorde(p.gewensteIngangsdatum, p.einddatum, `${pp}/Einddatum`, uit);
  });
  return uit;
}

export function valideer319(b: Bericht319): Bevinding[] {
  const uit: Bevinding[] = [];
  const a = b.antwoord;
  const pad = '/Bericht/Antwoord/RedenAfwijzingVerzoek';
  if (a.verzoekAntwoord === VerzoekAntwoord.VerzoekAfgewezen && a.redenAfwijzingVerzoek === undefined) {
    uit.push(bevinding('0001', 'CD085', pad, 'Bij een afgewezen verzoek is de reden van afwijzing verplicht.'));
  }
  if (a.verzoekAntwoord === VerzoekAntwoord.AanvraagInOnderzoek && a.redenAfwijzingVerzoek !== undefined) {
    uit.push(bevinding('0001', 'CD086', pad, 'Bij "aanvraag in onderzoek" moet de reden van afwijzing leeg zijn.'));
  }
  return uit;
}

export function valideer325(b: Bericht325): Bevinding[] {
  const antwoord = b.declaratieAntwoord;
  if (!antwoord) return [];
  // TR342: Σ rejected IngediendBedrag = TotaalIngediendBedrag − TotaalToegekendBedrag (signed by DebetCredit).
  const teken = (bedrag: number, dc: DebetCredit): bigint =>
    dc === DebetCredit.Credit ? -BigInt(bedrag) : BigInt(bedrag);
  let afgewezen = 0n;
  for (const c of antwoord.clienten ?? [])
    for (const p of c.prestaties) afgewezen += teken(p.ingediendBedrag.bedrag, p.ingediendBedrag.debetCredit);
  const ingediend = teken(antwoord.totaalIngediendBedrag.totaalBedrag, antwoord.totaalIngediendBedrag.debetCredit);
  const toegekend = teken(antwoord.totaalToegekendBedrag.totaalBedrag, antwoord.totaalToegekendBedrag.debetCredit);
  if (afgewezen !== ingediend - toegekend) {
    return [
      bevinding(
        '0001',
        'TR342',
        '/Bericht/DeclaratieAntwoord/TotaalToegekendBedrag',
        'Het toegekende bedrag is niet het ingediende bedrag min de afgewezen prestaties.',
      ),
    ];
  }
  return [];
}
