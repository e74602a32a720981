// The menu per role: only what the API allows that role (its @Rollen), so nothing offered would be refused.
import type { Rol } from '../auth/ik';

export interface MenuItem {
  pad: string;
  tekst: string;
  rollen: Rol[];
}

export const MENU: MenuItem[] = [
  { pad: '/aanbieder/toewijzingen', tekst: 'Toewijzingen', rollen: ['aanbieder', 'toegang', 'beheerder'] },
  { pad: '/aanbieder/declaraties', tekst: 'Declaraties', rollen: ['aanbieder', 'toegang', 'controller', 'beheerder'] },
  { pad: '/aanbieder/declaraties/indienen', tekst: 'Declaratie indienen', rollen: ['aanbieder'] },
  { pad: '/aanbieder/berichten', tekst: 'Berichten versturen', rollen: ['aanbieder'] },
  { pad: '/inkoop/aanbestedingen', tekst: 'Aanbestedingen', rollen: ['inkoopadviseur', 'controller', 'beheerder'] },
  {
    pad: '/inkoop/raamovereenkomsten',
    tekst: 'Raamovereenkomsten',
    rollen: ['inkoopadviseur', 'controller', 'aanbieder', 'beheerder'],
  },
  { pad: '/sturing/dashboard', tekst: 'Dashboard', rollen: ['controller', 'inkoopadviseur', 'beheerder'] },
  { pad: '/sturing/signalen', tekst: 'Signalen', rollen: ['controller', 'inkoopadviseur', 'beheerder'] },
  { pad: '/sturing/betaalbatches', tekst: 'Betaalbatches', rollen: ['controller', 'inkoopadviseur', 'beheerder'] },
  { pad: '/beheer/gebruikers', tekst: 'Gebruikers', rollen: ['functioneel-beheerder', 'beheerder'] },
  { pad: '/beheer/tokens', tekst: 'API-tokens', rollen: ['functioneel-beheerder', 'beheerder'] },
];

export function menuVoor(rol: Rol): MenuItem[] {
  return MENU.filter((m) => m.rollen.includes(rol));
}

/** Where a role starts after signing in. */
export function startpaginaVoor(rol: Rol): string {
  if (rol === 'controller') return '/sturing/dashboard';
  return menuVoor(rol)[0]?.pad ?? '/';
}
