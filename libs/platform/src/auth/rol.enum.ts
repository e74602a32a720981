/**
 * Roles (architecture.md 5). An aanbieder is always scoped to its own AGB code; a functioneel-beheerder administers
 * the users and tokens of its own organisatie and is allowed only where a handler names it explicitly.
 */
export enum Rol {
  Beheerder = 'beheerder',
  FunctioneelBeheerder = 'functioneel-beheerder',
  Inkoopadviseur = 'inkoopadviseur',
  Controller = 'controller',
  Toegang = 'toegang',
  Aanbieder = 'aanbieder',
}
