// Test support only: factories for complete, valid messages of every type, per domein.
import {
  DebetCredit,
  Domein,
  Eenheid,
  Frequentie,
  StatusAanlevering,
  RedenVerzoek,
  VerzoekAntwoord,
  RedenAfwijzingVerzoek,
} from '#keten/domain';
import type {
  Bericht301,
  Bericht305,
  Bericht307,
  Bericht315,
  Bericht317,
  Bericht319,
  Bericht323,
} from '../berichten/bericht.types.js';
import type { Header } from '../berichten/gemeenschappelijk.types.js';
import type { Prestatie } from '../berichten/declaratie.types.js';
import { maakHeader } from '../bouw-bericht.util.js';
import { berichtsoort, type BerichtType } from '../standaard.constant.js';

export const GEMEENTE = '0384';
export const AGB = '65656055';
export const BSN = '999900006';

const categorie = (d: Domein): string => (d === Domein.Wmo ? '02' : '45');
const code = (d: Domein): string => (d === Domein.Wmo ? '02A01' : '45A03');

function basis<T extends BerichtType>(
  domein: Domein,
  type: T,
  vanGemeente: boolean,
): { domein: Domein; berichtType: T; berichtsoort: ReturnType<typeof berichtsoort>; header: Header } {
  const [afzender, ontvanger] = vanGemeente ? [GEMEENTE, AGB] : [AGB, GEMEENTE];
  return {
    domein,
    berichtType: type,
    berichtsoort: berichtsoort(domein, type),
    header: maakHeader({
      afzender,
      ontvanger,
      berichtIdentificatie: { identificatie: `B${type}-1`, dagtekening: '2026-05-06' },
    }),
  };
}

export function voorbeeld301(domein: Domein): Bericht301 {
  return {
    ...basis(domein, '301', true),
    client: {
      bsn: BSN,
      geboortedatum: { datum: '2012-03-04' },
      geslacht: '2',
      naam: {
        geslachtsnaam: { achternaam: 'Jansen & Zn <test>', voorvoegsel: 'de' },
        voorletters: 'AB',
        naamGebruik: '1',
      },
      commentaar: 'Let op: "quotes" & ampersand',
      relaties: [
        {
          nummer: 'R1',
          soort: '10',
          naam: { geslachtsnaam: { achternaam: 'Jansen' }, naamGebruik: '1' },
          contact: { soort: '01', telefoon: { telefoon01: { telefoonnummer: '0612345678', landnummer: '0031' } } },
        },
      ],
      contactgegevens: [
        {
          soort: '01',
          adres: {
            huis: { huisnummer: 12, huisletter: 'a' },
            postcode: '1234AB',
            straatnaam: 'Dorpsstraat',
            plaatsnaam: 'Ede',
            landCode: 'NL',
          },
          periode: { begindatum: '2020-01-01' },
        },
      ],
      toegewezenProducten: [
        {
          toewijzingNummer: 10072,
          product: { categorie: categorie(domein), code: code(domein) },
          toewijzingsdatum: '2026-03-20',
          toewijzingstijd: '10:15:00',
          ingangsdatum: '2026-04-01',
          einddatum: '2026-12-31',
          omvang: { volume: 4, eenheid: Eenheid.Uur, frequentie: Frequentie.PerWeek },
        },
        {
          toewijzingNummer: 10073,
          product: { categorie: categorie(domein) },
          toewijzingsdatum: '2026-03-20',
          toewijzingstijd: '10:15:00',
          ingangsdatum: '2026-04-01',
          einddatum: '2026-12-31',
          budget: 150000,
        },
      ],
    },
  };
}

const regieClient = {
  bsn: BSN,
  geboortedatum: { datum: '2012-03-04' },
  geslacht: '1',
  naam: { geslachtsnaam: { achternaam: 'Wit' } },
};

export function voorbeeld305(domein: Domein): Bericht305 {
  return {
    ...basis(domein, '305', false),
    client: {
      ...regieClient,
      startProducten: [
        {
          toewijzingNummer: 10072,
          product: { categorie: categorie(domein), code: code(domein) },
          toewijzingIngangsdatum: '2026-04-01',
          begindatum: '2026-04-03',
          statusAanlevering: StatusAanlevering.EersteAanlevering,
        },
        { toewijzingNummer: 10073, begindatum: '2026-04-03', statusAanlevering: StatusAanlevering.EersteAanlevering },
      ],
    },
  };
}

export function voorbeeld307(domein: Domein): Bericht307 {
  return {
    ...basis(domein, '307', false),
    client: {
      ...regieClient,
      stopProducten: [
        {
          toewijzingNummer: 10072,
          begindatum: '2026-04-03',
          redenBeeindiging: domein === Domein.Wmo ? '19' : '31',
          einddatum: '2026-06-30',
          statusAanlevering: StatusAanlevering.EersteAanlevering,
        },
      ],
    },
  };
}

export function voorbeeld315(domein: Domein): Bericht315 {
  return {
    ...basis(domein, '315', false),
    client: {
      ...regieClient,
      ...(domein === Domein.Jeugd ? { gezagsdragerBekend: '1' } : {}),
      aangevraagdeProducten: [
        {
          referentieAanbieder: 'REF-315-1',
          product: { categorie: categorie(domein), code: code(domein) },
          toewijzingIngangsdatum: '2026-05-01',
          toewijzingEinddatum: '2026-10-31',
          omvang: { volume: 2, eenheid: Eenheid.Dagdeel, frequentie: Frequentie.PerMaand },
          verwijzer: { type: '02', zorgverlenerCode: '01234567' },
        },
      ],
    },
  };
}

export function voorbeeld317(domein: Domein): Bericht317 {
  return {
    ...basis(domein, '317', false),
    client: {
      bsn: BSN,
      verzoek: {
        referentieAanbieder: 'REF-317-1',
        redenVerzoek: RedenVerzoek.WijzigingZorgplan,
        ongewijzigdeProducten: [{ toewijzingNummer: 10071 }],
        teWijzigenProducten: [
          {
            toewijzingNummer: 10072,
            gewensteIngangsdatum: '2026-06-01',
            einddatum: '2026-12-31',
            omvang: { volume: 6, eenheid: Eenheid.Uur, frequentie: Frequentie.PerWeek },
          },
        ],
        nieuweProducten: [
          {
            product: { categorie: categorie(domein), code: code(domein) },
            gewensteIngangsdatum: '2026-06-01',
            einddatum: '2026-12-31',
            omvang: { volume: 4, eenheid: Eenheid.Uur, frequentie: Frequentie.PerMaand },
          },
        ],
      },
    },
  };
}

export function voorbeeld319(domein: Domein): Bericht319 {
  return {
    ...basis(domein, '319', true),
    antwoord: {
      referentieAanbieder: 'REF-315-1',
      verzoekAntwoord: VerzoekAntwoord.VerzoekAfgewezen,
      redenAfwijzingVerzoek:
        domein === Domein.Jeugd ? RedenAfwijzingVerzoek.Woonplaatsbeginsel : RedenAfwijzingVerzoek.GeenContract,
      ...(domein === Domein.Jeugd ? { woonplaatsbeginsel: { gemeente: '0363' } } : {}),
    },
  };
}

export function voorbeeldPrestatie(
  domein: Domein,
  referentieNummer: string,
  overrides: Partial<Prestatie> = {},
): Prestatie {
  return {
    productReferentie: { referentieNummer },
    toewijzingNummer: 10072,
    productCategorie: categorie(domein),
    productCode: code(domein),
    productPeriode: { begindatum: '2026-04-01', einddatum: '2026-04-30' },
    geleverdVolume: 4,
    eenheid: Eenheid.Uur,
    productTarief: 1250,
    ingediendBedrag: { bedrag: 5000, debetCredit: DebetCredit.Debet },
    ...overrides,
  };
}

export function voorbeeld323(domein: Domein): Bericht323 {
  return {
    ...basis(domein, '323', false),
    declaratie: {
      declaratieNummer: 'DN001',
      declaratiePeriode: { begindatum: '2026-04-01', einddatum: '2026-04-30' },
      declaratieDagtekening: '2026-05-06',
      totaalIngediendBedrag: { totaalBedrag: 10000, debetCredit: DebetCredit.Debet },
      clienten: [
        {
          bsn: BSN,
          prestaties: [
            voorbeeldPrestatie(domein, 'RN001'),
            voorbeeldPrestatie(domein, 'RN002', { toewijzingNummer: 10073 }),
          ],
        },
      ],
    },
  };
}
