/** WJ756 Eenheid (LDT_Eenheid), identical in iWmo and iJw. Note 82 = output, 84 = inspanning (OP305). */
export enum Eenheid {
  Minuut = '01',
  Uur = '04',
  Etmaal = '14',
  Dagdeel = '16',
  StuksOutput = '82',
  Euros = '83',
  StuksInspanning = '84',
}

export const EENHEID_OMSCHRIJVING: Record<Eenheid, string> = {
  [Eenheid.Minuut]: 'Minuut',
  [Eenheid.Uur]: 'Uur',
  [Eenheid.Etmaal]: 'Etmaal',
  [Eenheid.Dagdeel]: 'Dagdeel (4 uur)',
  [Eenheid.StuksOutput]: 'Stuks (output)',
  [Eenheid.Euros]: "Euro's",
  [Eenheid.StuksInspanning]: 'Stuks (inspanning)',
};
