/** WMO757 Frequentie (LDT_Frequentie), used by iWmo and iJw. */
export enum Frequentie {
  PerDag = '1',
  PerWeek = '2',
  PerMaand = '4',
  TotaalBinnenGeldigheidsduur = '6',
}
