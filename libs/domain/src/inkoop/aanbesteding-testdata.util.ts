// Test data factories for the inkoop and ocds specs (conventions.md 13); not exported from the barrel.
import { Domein } from '../codelijsten/domein.enum.js';
import { Eenheid } from '../codelijsten/eenheid.enum.js';
import { ProductcategorieJeugd, ProductcategorieWmo } from '../codelijsten/productcategorie.enum.js';
import { Uitvoeringsvariant } from '../codelijsten/uitvoeringsvariant.enum.js';
import type { Kalenderdatum } from '../datum/kalenderdatum.util.js';
import type {
  Aanbesteding,
  AanbestedingInvoer,
  Aanbieder,
  Actie,
  ActieContext,
  Inkoopbeleid,
  Inschrijving,
  Perceel,
  Product,
} from './aanbesteding.types.js';
import { nieuweAanbesteding, voerActieUit } from './aanbesteding.util.js';
import { ActieType, GunningMethode, Opdrachtsoort, ProcedureType, Publicatie } from './procedure-type.enum.js';

export const INKOOPBELEID: Inkoopbeleid = {
  drempels: {
    [Opdrachtsoort.Sas]: { meervoudigVanafCenten: 1_000_000, nationaalVanafCenten: 20_000_000 },
    [Opdrachtsoort.Diensten]: { meervoudigVanafCenten: 1_000_000, nationaalVanafCenten: 5_000_000 },
  },
};

export function ctx(datum: Kalenderdatum, gebruiker = 'inkoper-1'): ActieContext {
  return { datum, gebruiker, inkoopbeleid: INKOOPBELEID };
}

export function aanbieder(id: string, overrides: Partial<Aanbieder> = {}): Aanbieder {
  return {
    id,
    naam: `Zorg ${id} B.V.`,
    agbCode: '7300' + id.replace(/\D/g, '').padStart(4, '0'),
    kvkNummer: '6' + id.replace(/\D/g, '').padStart(7, '0'),
    natuurlijkPersoon: false,
    ...overrides,
  };
}

export function product(overrides: Partial<Product> = {}): Product {
  return {
    code: '02A01',
    categorie: ProductcategorieWmo.Begeleiding,
    omschrijving: 'Begeleiding individueel',
    eenheid: Eenheid.Uur,
    uitvoeringsvariant: Uitvoeringsvariant.Inspanningsgericht,
    prijs: { soort: 'bod', reelePrijsCenten: 6_000, maximumCenten: 9_000 },
    ...overrides,
  };
}

export function perceel(overrides: Partial<Perceel> = {}): Perceel {
  return {
    id: 'P1',
    naam: 'Begeleiding',
    producten: [product()],
    eisen: [
      { id: 'E1', soort: 'geschiktheidseis', omschrijving: 'HKZ-certificaat' },
      { id: 'U1', soort: 'uitsluitingsgrond', omschrijving: 'Geen onherroepelijke veroordeling' },
    ],
    gunningscriteria: [
      { id: 'K1', naam: 'Plan van aanpak', soort: 'kwaliteit', weging: 60, schaal: [0, 2, 4, 6, 8, 10] },
      { id: 'PR', naam: 'Prijs', soort: 'prijs', weging: 40 },
    ],
    gunning: { methode: GunningMethode.BesteN, aantal: 2 },
    geraamdeWaardeCenten: 90_000_000,
    maximumwaardeCenten: 100_000_000,
    ...overrides,
  };
}

export function invoer(overrides: Partial<AanbestedingInvoer> = {}): AanbestedingInvoer {
  return {
    id: 'AB-2026-001',
    naam: 'Begeleiding 2027',
    procedureType: ProcedureType.SasMetEmvi,
    domein: Domein.Wmo,
    opdrachtsoort: Opdrachtsoort.Sas,
    inkopendeOrganisatie: {
      id: 'GM0302',
      naam: 'Gemeente Nijkerk',
      kvkNummer: '01234567',
      contactpersoon: 'J. de Vries',
    },
    deelnemendeGemeenten: ['GM0302', 'GM0203'],
    publicatie: Publicatie.Eu,
    looptijd: { begindatum: '2027-01-01', einddatum: '2028-12-31', verlengingsopties: [12, 12] },
    percelen: [perceel()],
    inschrijfperiode: { begindatum: '2026-03-01', einddatum: '2026-04-15' },
    beoordelaars: ['beoordelaar-a', 'beoordelaar-b'],
    voorzitter: 'voorzitter',
    ...overrides,
  };
}

export function jeugdProduct(overrides: Partial<Product> = {}): Product {
  return product({
    code: '45A48',
    categorie: ProductcategorieJeugd.JeugdhulpAmbulant,
    omschrijving: 'Jeugdhulp ambulant',
    ...overrides,
  });
}

export function inschrijving(
  id: string,
  aanbiederId: string,
  overrides: Partial<Omit<Inschrijving, 'ingediendOp'>> = {},
): Omit<Inschrijving, 'ingediendOp'> {
  return {
    id,
    aanbieder: aanbieder(aanbiederId),
    perceelId: 'P1',
    tarieven: { '02A01': 7_000 },
    aanvaardtVoorwaarden: true,
    ...overrides,
  };
}

/** Applies actions in order and fails loudly on a refusal, so a walk shows where it broke. */
export function doorloop(start: Aanbesteding, stappen: [Actie, ActieContext][]): Aanbesteding {
  return stappen.reduce((a, [actie, context]) => {
    const r = voerActieUit(a, actie, context);
    if (!r.ok) throw new Error(`${actie.type} geweigerd: ${r.code} ${r.reden}`);
    return r.aanbesteding;
  }, start);
}

export function toetsAlles(
  ids: string[],
  datum: Kalenderdatum,
  uitkomst: Record<string, boolean> = { E1: true, U1: true },
): [Actie, ActieContext][] {
  return ids.map((id) => [
    { type: ActieType.RegistreerToetsing, inschrijvingId: id, resultaten: uitkomst },
    ctx(datum),
  ]);
}

/** Two beoordelaars score criterion K1, then the consensus is recorded. */
export function scoorKwaliteit(
  scores: Record<string, number>,
  datum: Kalenderdatum,
  criteriumId = 'K1',
): [Actie, ActieContext][] {
  return Object.entries(scores).flatMap(([inschrijvingId, score]): [Actie, ActieContext][] => [
    [{ type: ActieType.RegistreerScore, inschrijvingId, criteriumId, score }, ctx(datum, 'beoordelaar-a')],
    [{ type: ActieType.RegistreerScore, inschrijvingId, criteriumId, score }, ctx(datum, 'beoordelaar-b')],
    [
      {
        type: ActieType.RegistreerConsensus,
        inschrijvingId,
        criteriumId,
        score,
        motivering: 'Concreet plan, goed onderbouwd.',
      },
      ctx(datum, 'voorzitter'),
    ],
  ]);
}

/** A SAS met EMVI procedure walked up to the definitive award, with three bids (used by the OCDS spec). */
export function gegundeSasAanbesteding(): Aanbesteding {
  const start = nieuweAanbesteding(invoer());
  return doorloop(start, [
    [{ type: ActieType.Publiceer }, ctx('2026-03-01')],
    [
      { type: ActieType.DienIn, inschrijving: inschrijving('I1', 'A1', { tarieven: { '02A01': 7_000 } }) },
      ctx('2026-04-01'),
    ],
    [
      {
        type: ActieType.DienIn,
        inschrijving: inschrijving('I2', 'A2', {
          tarieven: { '02A01': 6_500 },
          aanbieder: aanbieder('A2', { naam: 'Jan Jansen', natuurlijkPersoon: true }),
        }),
      },
      ctx('2026-04-02'),
    ],
    [
      { type: ActieType.DienIn, inschrijving: inschrijving('I3', 'A3', { tarieven: { '02A01': 8_000 } }) },
      ctx('2026-04-03'),
    ],
    [{ type: ActieType.SluitInschrijving }, ctx('2026-04-16')],
    ...toetsAlles(['I1', 'I2', 'I3'], '2026-04-17'),
    ...scoorKwaliteit({ I1: 8, I2: 10, I3: 10 }, '2026-04-20'),
    [{ type: ActieType.OpenPrijzen }, ctx('2026-04-21')],
    [{ type: ActieType.VoorlopigeGunning }, ctx('2026-05-01')],
    [{ type: ActieType.DefinitieveGunning }, ctx('2026-05-22')],
  ]);
}
