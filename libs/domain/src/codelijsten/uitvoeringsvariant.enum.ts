/** The three uitvoeringsvarianten; recorded per product (OP261). */
export enum Uitvoeringsvariant {
  Inspanningsgericht = 'inspanningsgericht',
  Outputgericht = 'outputgericht',
  Taakgericht = 'taakgericht',
}
