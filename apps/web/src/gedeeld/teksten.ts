// Words the API returns as codes, in plain Dutch for people (shared by the journeys).
// The code list itself comes from libs/domain (pure, no server code), so the browser never keeps its own copy.
import { EENHEID_OMSCHRIJVING } from '../../../../libs/domain/src/codelijsten/eenheid.enum';

export const EENHEID: Record<string, string> = EENHEID_OMSCHRIJVING;

export const DECLARATIE_STATUS: Record<string, string> = {
  ontvangen: 'Ontvangen, wordt beoordeeld',
  beoordeeld: 'Beoordeeld',
};

export const PRESTATIE_STATUS: Record<string, string> = {
  goedgekeurd: 'Goedgekeurd',
  afgekeurd: 'Afgekeurd',
  ontvangen: 'Wordt beoordeeld',
};

export const ROL: Record<string, string> = {
  beheerder: 'Beheerder',
  inkoopadviseur: 'Inkoopadviseur',
  controller: 'Controller',
  toegang: 'Toegang (gemeente)',
  aanbieder: 'Zorgaanbieder',
  'functioneel-beheerder': 'Functioneel beheerder',
};

export const DOMEIN: Record<string, string> = { wmo: 'Wmo', jeugd: 'Jeugd' };
