/** COD043 DebetCredit. */
export enum DebetCredit {
  Debet = 'D',
  Credit = 'C',
}

export const DEBET_CREDIT_OMSCHRIJVING: Record<DebetCredit, string> = {
  [DebetCredit.Debet]: 'Debet',
  [DebetCredit.Credit]: 'Credit',
};
