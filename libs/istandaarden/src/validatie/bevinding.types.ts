import type { Retourcode } from '#keten/domain';

// One finding of the message validation: the WJ001 code, the rule (CD/CS/TR ID) and the path of the offending
// element, e.g. /Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]/ProductTarief.
export interface Bevinding {
  retourcode: Retourcode;
  regel: string;
  pad: string;
  toelichting: string;
}

export function bevinding(retourcode: Retourcode, regel: string, pad: string, toelichting: string): Bevinding {
  return { retourcode, regel, pad, toelichting };
}
