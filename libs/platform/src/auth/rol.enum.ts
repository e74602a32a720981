/** Roles (architecture.md 5). An aanbieder is always scoped to its own AGB code. */
export enum Rol {
  Beheerder = 'beheerder',
  Inkoopadviseur = 'inkoopadviseur',
  Controller = 'controller',
  Toegang = 'toegang',
  Aanbieder = 'aanbieder',
}
