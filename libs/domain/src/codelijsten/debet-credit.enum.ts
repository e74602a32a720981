/** COD043 DebetCredit. */
export enum DebetCredit {
  Debet = 'D',
  Credit = 'C',
}
