import type { Ik, Rol } from '../auth/ik';

/** The roles a functioneel-beheerder may give within its organisation (the API refuses others; beheerder never). */
export function rollenVoorOrganisatie(ik: Ik | null | undefined, voorToken = false): Rol[] {
  const soort = ik?.organisatie?.soort;
  const rollen: Rol[] =
    soort === 'aanbieder'
      ? ['aanbieder', 'functioneel-beheerder']
      : soort
        ? ['inkoopadviseur', 'controller', 'toegang', 'functioneel-beheerder']
        : ['inkoopadviseur', 'controller', 'toegang', 'aanbieder', 'functioneel-beheerder'];
  return voorToken ? rollen.filter((r) => r !== 'functioneel-beheerder') : rollen;
}
