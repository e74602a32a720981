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
