import { Domein } from './domein.enum.js';

/** WMO020 Productcategorie iWmo. */
export enum ProductcategorieWmo {
  HulpBijHetHuishouden = '01',
  Begeleiding = '02',
  PersoonlijkeVerzorging = '03',
  KortdurendVerblijf = '04',
  Woondiensten = '05',
  OverigeOndersteuningIndividu = '06',
  Dagbesteding = '07',
  Vervoerdiensten = '08',
  OverigeGroepsgerichteOndersteuning = '09',
  OverigeMaatwerkArrangementen = '10',
  Rolstoelen = '11',
  Vervoervoorzieningen = '12',
  Woonvoorzieningen = '13',
  OverigeHulpmiddelen = '14',
  BeschermdWonen = '15',
  Opvang = '16',
  Spoedopvang = '17',
  OverigeBeschermdWonenEnOpvang = '18',
}

/** JZ020 Productcategorie iJw. */
export enum ProductcategorieJeugd {
  WijkOfBuurtteam2015 = '31',
  AmbulantOpLocatie2015 = '32',
  DaghulpOpLocatie2015 = '33',
  InHetNetwerk2015 = '34',
  Pleegzorg2015 = '35',
  Gezinsgericht2015 = '36',
  GeslotenPlaatsing2015 = '37',
  OverigResidentieel2015 = '38',
  PersoonlijkeVerzorging = '40',
  Dagbehandeling = '41',
  Vervoerdiensten = '42',
  VerblijfInclBehandeling = '43',
  VerblijfExclBehandeling = '44',
  JeugdhulpAmbulant = '45',
  JeugdhulpCrisis = '46',
  Jeugdreclassering = '47',
  Jeugdbescherming = '48',
  PreventiefJustitieelKader = '49',
  MaatwerkarrangementenJeugd = '50',
  GeneralistischeBasisGgz = '51',
  SpecialistischeGgz = '52',
  Kindergeneeskunde = '53',
  JeugdGgz = '54',
  LandelijkIngekochteZorg = '55',
}

export type Productcategorie = ProductcategorieWmo | ProductcategorieJeugd;

export const PRODUCTCATEGORIEEN: Record<Domein, readonly string[]> = {
  [Domein.Wmo]: Object.values(ProductcategorieWmo),
  [Domein.Jeugd]: Object.values(ProductcategorieJeugd),
};

export function isProductcategorie(domein: Domein, code: string): boolean {
  return PRODUCTCATEGORIEEN[domein].includes(code);
}

export const PRODUCTCATEGORIE_WMO_OMSCHRIJVING: Record<ProductcategorieWmo, string> = {
  [ProductcategorieWmo.HulpBijHetHuishouden]: 'Hulp bij het huishouden',
  [ProductcategorieWmo.Begeleiding]: 'Begeleiding',
  [ProductcategorieWmo.PersoonlijkeVerzorging]: 'Persoonlijke verzorging',
  [ProductcategorieWmo.KortdurendVerblijf]: 'Kortdurend verblijf',
  [ProductcategorieWmo.Woondiensten]: 'Woondiensten',
  [ProductcategorieWmo.OverigeOndersteuningIndividu]:
    'Overige ondersteuning gericht op het individu of huishouden/gezin',
  [ProductcategorieWmo.Dagbesteding]: 'Dagbesteding',
  [ProductcategorieWmo.Vervoerdiensten]: 'Vervoerdiensten',
  [ProductcategorieWmo.OverigeGroepsgerichteOndersteuning]: 'Overige groepsgerichte ondersteuning',
  [ProductcategorieWmo.OverigeMaatwerkArrangementen]: 'Overige maatwerk arrangementen',
  [ProductcategorieWmo.Rolstoelen]: 'Rolstoelen',
  [ProductcategorieWmo.Vervoervoorzieningen]: 'Vervoervoorzieningen',
  [ProductcategorieWmo.Woonvoorzieningen]: 'Woonvoorzieningen',
  [ProductcategorieWmo.OverigeHulpmiddelen]: 'Overige hulpmiddelen',
  [ProductcategorieWmo.BeschermdWonen]: 'Beschermd wonen',
  [ProductcategorieWmo.Opvang]: 'Opvang',
  [ProductcategorieWmo.Spoedopvang]: 'Spoedopvang',
  [ProductcategorieWmo.OverigeBeschermdWonenEnOpvang]: 'Overige beschermd wonen en opvang',
};

export const PRODUCTCATEGORIE_JEUGD_OMSCHRIJVING: Record<ProductcategorieJeugd, string> = {
  [ProductcategorieJeugd.WijkOfBuurtteam2015]: '(2015) Zonder verblijf: uitgevoerd door wijk- of buurtteam',
  [ProductcategorieJeugd.AmbulantOpLocatie2015]:
    '(2015) Zonder verblijf: ambulante jeugdhulp op locatie van de aanbieder',
  [ProductcategorieJeugd.DaghulpOpLocatie2015]: '(2015) Zonder verblijf: daghulp op locatie van de aanbieder',
  [ProductcategorieJeugd.InHetNetwerk2015]: '(2015) Zonder verblijf: jeugdhulp in het netwerk van de jeugdige',
  [ProductcategorieJeugd.Pleegzorg2015]: '(2015) Met verblijf: pleegzorg',
  [ProductcategorieJeugd.Gezinsgericht2015]: '(2015) Met verblijf: gezinsgericht',
  [ProductcategorieJeugd.GeslotenPlaatsing2015]: '(2015) Met verblijf: gesloten plaatsing',
  [ProductcategorieJeugd.OverigResidentieel2015]: '(2015) Met verblijf: overig residentieel',
  [ProductcategorieJeugd.PersoonlijkeVerzorging]: 'Persoonlijke verzorging',
  [ProductcategorieJeugd.Dagbehandeling]: 'Dagbehandeling',
  [ProductcategorieJeugd.Vervoerdiensten]: 'Vervoerdiensten',
  [ProductcategorieJeugd.VerblijfInclBehandeling]: 'Jeugdhulp verblijf (incl. behandeling)',
  [ProductcategorieJeugd.VerblijfExclBehandeling]: 'Jeugdhulp verblijf (excl. behandeling)',
  [ProductcategorieJeugd.JeugdhulpAmbulant]: 'Jeugdhulp ambulant',
  [ProductcategorieJeugd.JeugdhulpCrisis]: 'Jeugdhulp crisis',
  [ProductcategorieJeugd.Jeugdreclassering]: 'Jeugdreclassering',
  [ProductcategorieJeugd.Jeugdbescherming]: 'Jeugdbescherming',
  [ProductcategorieJeugd.PreventiefJustitieelKader]: 'Activiteiten in het preventief justitieel kader',
  [ProductcategorieJeugd.MaatwerkarrangementenJeugd]: 'Maatwerkarrangementen jeugd',
  [ProductcategorieJeugd.GeneralistischeBasisGgz]: 'Generalistische basis-ggz',
  [ProductcategorieJeugd.SpecialistischeGgz]: 'Specialistische ggz',
  [ProductcategorieJeugd.Kindergeneeskunde]: 'Kindergeneeskunde',
  [ProductcategorieJeugd.JeugdGgz]: 'Jeugd-ggz',
  [ProductcategorieJeugd.LandelijkIngekochteZorg]: 'Landelijk ingekochte zorg',
};

export function omschrijvingProductcategorie(domein: Domein, code: string): string | undefined {
  return domein === Domein.Wmo
    ? PRODUCTCATEGORIE_WMO_OMSCHRIJVING[code as ProductcategorieWmo]
    : PRODUCTCATEGORIE_JEUGD_OMSCHRIJVING[code as ProductcategorieJeugd];
}
