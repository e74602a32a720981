import { Rol } from './rol.enum.js';

/** Who is calling: resolved from the bearer token on every request. */
export interface Principal {
  /** gebruiker id, or 'bootstrap' for KETEN_BOOTSTRAP_TOKEN. */
  actor: string;
  rol: Rol;
  organisatieId: string | null;
  /** Set for role aanbieder: the only AGB code whose data this caller may see. */
  agbCode: string | null;
}

export const isBeheerder = (p: Principal) => p.rol === Rol.Beheerder;
