/** WMO757 Frequentie (LDT_Frequentie), used by iWmo and iJw. */
export enum Frequentie {
  PerDag = '1',
  PerWeek = '2',
  PerMaand = '4',
  TotaalBinnenGeldigheidsduur = '6',
}

export const FREQUENTIE_OMSCHRIJVING: Record<Frequentie, string> = {
  [Frequentie.PerDag]: 'Per dag',
  [Frequentie.PerWeek]: 'Per week',
  [Frequentie.PerMaand]: 'Per maand',
  [Frequentie.TotaalBinnenGeldigheidsduur]: 'Totaal binnen geldigheidsduur toewijzing',
};
