import {
  AanduidingWoonadres,
  AdresSoort,
  Communicatievorm,
  DatumGebruik,
  DebetCredit,
  Domein,
  Eenheid,
  Frequentie,
  Geslacht,
  JaNee,
  JuridischeStatus,
  NaamGebruik,
  REDENEN_BEEINDIGING,
  PRODUCTCATEGORIEEN,
  RETOURCODES,
  RedenAfwijzingVerzoek,
  RedenVerzoek,
  RedenWijziging,
  SOORTEN_RELATIE,
  StatusAanlevering,
  TypeVerwijzer,
  VerzoekAntwoord,
  WettelijkeVertegenwoordiging,
} from '#keten/domain';
import { LANDCODES } from './landcode.constant.js';
import type { Complex, Enkelvoudig, Lijst, Veld, VeldType } from './schema.types.js';

// The LDT_ simple types of basisschema.xsd 3.2 (facets copied from the XSD).
const NIET_LEEG = /^.*[^\s].*$/u;

const tekst = (ldt: string, min: number, max?: number, patroon?: RegExp): Enkelvoudig => ({
  soort: 'tekst',
  ldt,
  min,
  max,
  patroon,
});
const geheel = (ldt: string, max: number): Enkelvoudig => ({ soort: 'geheel', ldt, min: 0, max });
const code = (ldt: string, waarden: Iterable<string>): Enkelvoudig => ({
  soort: 'code',
  ldt,
  waarden: new Set(waarden),
});

export const LDT = {
  Datum: { soort: 'datum', ldt: 'LDT_Datum' } as Enkelvoudig,
  Tijd: { soort: 'tijd', ldt: 'LDT_Tijd' } as Enkelvoudig,
  Nummer: geheel('LDT_Nummer', 999_999_999),
  Bedrag: geheel('LDT_Bedrag', 99_999_999),
  Budget: geheel('LDT_Budget', 99_999_999),
  TotaalBedrag: geheel('LDT_TotaalBedrag', 999_999_999_999),
  Volume: geheel('LDT_Volume', 99_999_999),
  Huisnummer: geheel('LDT_Huisnummer', 99_999),
  RelatieVolgorde: geheel('LDT_RelatieVolgorde', 99),
  BurgerServicenummer: tekst('LDT_BurgerServicenummer', 1, 9, /^[0-9]{9}$/),
  AgbCode: tekst('LDT_AgbCode', 1, 8, /^[0-9]{8}$/),
  Gemeente: tekst('LDT_Gemeente', 1, undefined, /^[0-9]{4}$/),
  IdentificatieBericht: tekst('LDT_IdentificatieBericht', 1, 12, NIET_LEEG),
  IdentificatieDeclaratie: tekst('LDT_IdentificatieDeclaratie', 1, 12),
  // 323 restricts DeclaratieNummer further to ([a-zA-Z0-9])+.
  DeclaratieNummer323: tekst('LDT_IdentificatieDeclaratie', 1, 12, /^[a-zA-Z0-9]+$/),
  Referentie: tekst('LDT_Referentie', 1, 36, NIET_LEEG),
  ReferentieNummer: tekst('LDT_ReferentieNummer', 1, 20),
  ProductCode: tekst('LDT_ProductCode', 1, 5, NIET_LEEG),
  // ([.\s]*\S+[.\s]*)+ accepts exactly the strings with a non-space character; /\S/ says the same without the
  // catastrophic backtracking of the nested quantifiers.
  Commentaar: tekst('LDT_Commentaar', 1, undefined, /\S/u),
  Naam: tekst('LDT_Naam', 1, 200, NIET_LEEG),
  Voorvoegsel: tekst('LDT_Voorvoegsel', 1, 10, NIET_LEEG),
  Voorletters: tekst('LDT_Voorletters', 1, 6, /^[a-zA-ZÀ-ỳ]+$/u),
  Postcode: tekst('LDT_Postcode', 1, 8, NIET_LEEG),
  Straatnaam: tekst('LDT_Straatnaam', 1, 24, NIET_LEEG),
  Plaatsnaam: tekst('LDT_Plaatsnaam', 1, 80, NIET_LEEG),
  Emailadres: tekst('LDT_Emailadres', 1, 80, NIET_LEEG),
  Organisatienaam: tekst('LDT_Organisatienaam', 1, 35, NIET_LEEG),
  Persoonsid: tekst('LDT_Persoonsid', 1, 20, NIET_LEEG),
  Taal: tekst('LDT_Taal', 1, 25, NIET_LEEG),
  Telefoonnummer: tekst('LDT_Telefoonnummer', 1, 15, /^[0-9]*$/),
  Landnummer: tekst('LDT_Landnummer', 1, 4, NIET_LEEG),
  Huisletter: tekst('LDT_Huisletter', 1, 1, NIET_LEEG),
  HuisnummerToevoeging: tekst('LDT_HuisnummerToevoeging', 1, 4, NIET_LEEG),
  NaamVerwijzer: tekst('LDT_NaamVerwijzer', 1, 64, NIET_LEEG),
  Versie: tekst('LDT_Versie', 1, undefined, /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/),
  Eenheid: code('LDT_Eenheid', Object.values(Eenheid)),
  Frequentie: code('LDT_Frequentie', Object.values(Frequentie)),
  DebetCredit: code('LDT_DebetCredit', Object.values(DebetCredit)),
  RedenWijziging: code('LDT_RedenWijziging', Object.values(RedenWijziging)),
  StatusAanlevering: code('LDT_StatusAanlevering', Object.values(StatusAanlevering)),
  RedenVerzoek: code('LDT_RedenVerzoek', Object.values(RedenVerzoek)),
  RedenAfwijzingVerzoek: code('LDT_RedenAfwijzingVerzoek', Object.values(RedenAfwijzingVerzoek)),
  VerzoekAntwoord: code('LDT_VerzoekAntwoord', Object.values(VerzoekAntwoord)),
  TypeVerwijzer: code('LDT_TypeVerwijzer', Object.values(TypeVerwijzer)),
  JuridischeStatus: code('LDT_JuridischeStatus', Object.values(JuridischeStatus)),
  WettelijkeVertegenwoordiging: code('LDT_WettelijkeVertegenwoordiging', Object.values(WettelijkeVertegenwoordiging)),
  Geslacht: code('LDT_Geslacht', Object.values(Geslacht)),
  JaNee: code('LDT_JaNee', Object.values(JaNee)),
  AdresSoort: code('LDT_AdresSoort', Object.values(AdresSoort)),
  NaamGebruik: code('LDT_NaamGebruik', Object.values(NaamGebruik)),
  DatumGebruik: code('LDT_DatumGebruik', Object.values(DatumGebruik)),
  Communicatievorm: code('LDT_Communicatievorm', Object.values(Communicatievorm)),
  AanduidingWoonadres: code('LDT_AanduidingWoonadres', Object.values(AanduidingWoonadres)),
  SoortRelatie: code('LDT_SoortRelatie', SOORTEN_RELATIE),
  LandCode: code('LDT_LandCode', LANDCODES),
  RetourCode: code('LDT_RetourCode', RETOURCODES),
} as const;

// The two lists whose codes differ per wettelijk domein.
export const productCategorieType = (domein: Domein): Enkelvoudig =>
  code('LDT_ProductCategorie', PRODUCTCATEGORIEEN[domein]);
export const redenBeeindigingType = (domein: Domein): Enkelvoudig =>
  code('LDT_RedenBeeindiging', REDENEN_BEEINDIGING[domein]);

export const vast = (ldt: string, waarde: string): Enkelvoudig => ({ soort: 'vast', ldt, waarde });

function sleutel(element: string): string {
  return element.charAt(0).toLowerCase() + element.slice(1);
}

export const veld = (element: string, type: VeldType, verplicht = true): Veld => ({
  element,
  sleutel: sleutel(element),
  verplicht,
  type,
});
export const optioneel = (element: string, type: VeldType): Veld => veld(element, type, false);
export const lijst = (element: string, item: string, type: Enkelvoudig | Complex, verplicht = true): Veld =>
  veld(element, { soort: 'lijst', item, type } satisfies Lijst, verplicht);
export const bericht = (...velden: Veld[]): Complex => ({ soort: 'complex', basis: false, velden });
const cdt = (...velden: Veld[]): Complex => ({ soort: 'complex', basis: true, velden });

// The CDT_ composite types of the basisschema.
export const CDT = {
  BerichtIdentificatie: cdt(veld('Identificatie', LDT.IdentificatieBericht), veld('Dagtekening', LDT.Datum)),
  XsdVersie: cdt(veld('BasisschemaXsdVersie', LDT.Versie), veld('BerichtXsdVersie', LDT.Versie)),
  GeslotenPeriode: cdt(veld('Begindatum', LDT.Datum), veld('Einddatum', LDT.Datum)),
  OpenPeriode: cdt(optioneel('Begindatum', LDT.Datum), optioneel('Einddatum', LDT.Datum)),
  Omvang: cdt(veld('Volume', LDT.Volume), veld('Eenheid', LDT.Eenheid), veld('Frequentie', LDT.Frequentie)),
  Referentie: cdt(
    veld('ReferentieNummer', LDT.ReferentieNummer),
    optioneel('VorigReferentieNummer', LDT.ReferentieNummer),
  ),
  BedragMetDC: cdt(veld('Bedrag', LDT.Bedrag), veld('DebetCredit', LDT.DebetCredit)),
  TotaalBedragMetDC: cdt(veld('TotaalBedrag', LDT.TotaalBedrag), veld('DebetCredit', LDT.DebetCredit)),
  Geboortedatum: cdt(veld('Datum', LDT.Datum), optioneel('DatumGebruik', LDT.DatumGebruik)),
  Communicatie: cdt(veld('Vorm', LDT.Communicatievorm), optioneel('Taal', LDT.Taal)),
  Telefoonnummers: cdt(
    veld('Telefoon01', cdt(veld('Telefoonnummer', LDT.Telefoonnummer), veld('Landnummer', LDT.Landnummer))),
    optioneel('Telefoon02', cdt(veld('Telefoonnummer', LDT.Telefoonnummer), veld('Landnummer', LDT.Landnummer))),
  ),
  Adres: cdt(
    optioneel(
      'Huis',
      cdt(
        veld('Huisnummer', LDT.Huisnummer),
        optioneel('Huisletter', LDT.Huisletter),
        optioneel('HuisnummerToevoeging', LDT.HuisnummerToevoeging),
        optioneel('AanduidingWoonadres', LDT.AanduidingWoonadres),
      ),
    ),
    optioneel('Postcode', LDT.Postcode),
    optioneel('Straatnaam', LDT.Straatnaam),
    optioneel('Plaatsnaam', LDT.Plaatsnaam),
    optioneel('LandCode', LDT.LandCode),
  ),
  Verwijzer: cdt(
    veld('Type', LDT.TypeVerwijzer),
    optioneel('Naam', LDT.NaamVerwijzer),
    optioneel('ZorgverlenerCode', LDT.AgbCode),
  ),
} as const;

const achternaam = cdt(veld('Achternaam', LDT.Naam), optioneel('Voorvoegsel', LDT.Voorvoegsel));

export const NAAM = {
  Verkort: cdt(
    veld('Geslachtsnaam', achternaam),
    optioneel('Voornamen', LDT.Naam),
    optioneel('Voorletters', LDT.Voorletters),
  ),
  Volledig: cdt(
    veld('Geslachtsnaam', achternaam),
    optioneel('Partnernaam', achternaam),
    optioneel('Voornamen', LDT.Naam),
    optioneel('Voorletters', LDT.Voorletters),
    veld('NaamGebruik', LDT.NaamGebruik),
  ),
} as const;

export const productType = (domein: Domein): Complex =>
  cdt(veld('Categorie', productCategorieType(domein)), optioneel('Code', LDT.ProductCode));
