/** COD467 StatusAanlevering (LDT_StatusAanlevering). Only 1 and 3 are allowed in iWmo/iJw (CS058, OP033x2). */
export enum StatusAanlevering {
  EersteAanlevering = '1',
  GewijzigdeAanlevering = '2',
  VerwijderenAanlevering = '3',
  NietVanToepassing = '9',
}

export const STATUS_AANLEVERING_OMSCHRIJVING: Record<StatusAanlevering, string> = {
  [StatusAanlevering.EersteAanlevering]: 'Eerste aanlevering',
  [StatusAanlevering.GewijzigdeAanlevering]: 'Gewijzigde aanlevering',
  [StatusAanlevering.VerwijderenAanlevering]: 'Verwijderen aanlevering',
  [StatusAanlevering.NietVanToepassing]: 'Niet van toepassing (ongewijzigd)',
};
