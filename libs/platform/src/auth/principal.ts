import { Rol } from './rol.enum.js';

/** Who is calling: resolved from the bearer token or the session cookie on every request. */
export interface Principal {
  /** gebruiker id, `token:<id>` for an organisatie's software token, or 'bootstrap' for KETEN_BOOTSTRAP_TOKEN. */
  actor: string;
  rol: Rol;
  organisatieId: string | null;
  /** Set for role aanbieder: the only AGB code whose data this caller may see. */
  agbCode: string | null;
  /** How the caller signed in: a session (a person in the web app) must send the CSRF token on state changes. */
  via?: 'token' | 'sessie' | 'bootstrap';
  /** The session's id, when via is 'sessie' (to end it on sign-out). */
  sessieId?: string;
}

export const isBeheerder = (p: Principal) => p.rol === Rol.Beheerder;
