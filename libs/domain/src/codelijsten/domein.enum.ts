/** Wettelijk domein: iWmo (Wmo 2015) or iJw (Jeugdwet). */
export enum Domein {
  Wmo = 'wmo',
  Jeugd = 'jeugd',
}
