import { KetenConfig, SESSIE_COOKIE } from '#keten/platform';

export interface CookieOpties {
  httpOnly: boolean;
  secure: boolean;
  sameSite: 'strict' | 'lax';
  path: string;
  maxAge?: number;
}

/** The part of Express's response the sign-in controllers use (no @types/express in this project). */
export interface CookieAntwoord {
  cookie(naam: string, waarde: string, opties: CookieOpties): void;
  clearCookie(naam: string, opties: CookieOpties): void;
  redirect(status: number, url: string): void;
}

/** The session cookie: httpOnly (no script reads it), SameSite=Strict (no other site sends it), Secure by default. */
export function zetSessieCookie(res: CookieAntwoord, sessieToken: string, config: KetenConfig): void {
  res.cookie(SESSIE_COOKIE, sessieToken, {
    ...sessieCookieOpties(config),
    maxAge: config.KETEN_SESSIE_MAX_UREN * 3600 * 1000,
  });
}

export const sessieCookieOpties = (config: KetenConfig): CookieOpties => ({
  httpOnly: true,
  secure: config.KETEN_COOKIE_SECURE,
  sameSite: 'strict',
  path: '/',
});
