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
