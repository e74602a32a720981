import { Rol } from '#keten/platform';

export type OrganisatieSoortNaam = 'gemeente' | 'regio' | 'aanbieder';

/**
 * Which roles a person may have in an organisatie of this kind (architecture.md 5): an aanbieder's staff are
 * aanbieders (scoped to its AGB code); a gemeente's and a regio's staff buy, control and (gemeente) issue
 * toewijzingen. Every organisatie may have its own functioneel-beheerder; beheerder belongs to no organisatie.
 */
export function rollenVoorOrganisatie(soort: OrganisatieSoortNaam): Rol[] {
  switch (soort) {
    case 'aanbieder':
      return [Rol.FunctioneelBeheerder, Rol.Aanbieder];
    case 'gemeente':
      return [Rol.FunctioneelBeheerder, Rol.Inkoopadviseur, Rol.Controller, Rol.Toegang];
    case 'regio':
      return [Rol.FunctioneelBeheerder, Rol.Inkoopadviseur, Rol.Controller];
  }
}

/** Software tokens act in the domain, never administer users or tokens. */
export function rollenVoorToken(soort: OrganisatieSoortNaam): Rol[] {
  return rollenVoorOrganisatie(soort).filter((r) => r !== Rol.FunctioneelBeheerder);
}
