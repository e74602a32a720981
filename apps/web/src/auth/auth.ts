// How the browser is authenticated, isolated here: a person signs in with e-mail and password
// (POST /api/v1/toegang/inloggen); the API sets the httpOnly session cookie `keten_sessie`, which the browser sends by
// itself on same-origin requests, and answers a CSRF token that every unsafe request must carry in X-CSRF-Token.
// The CSRF token lives in memory only; after a reload GET /api/v1/toegang/ik gives it again (useIk).
let csrfToken: string | null = null;
let aangemeld = false;

let luisteraars: (() => void)[] = [];

const VEILIG = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Headers every API request carries beyond the cookie: X-CSRF-Token on POST, PUT, PATCH and DELETE. */
export function authKoppen(methode: string): Record<string, string> {
  return csrfToken && !VEILIG.has(methode.toUpperCase()) ? { 'X-CSRF-Token': csrfToken } : {};
}

/** After sign-in, or when GET /toegang/ik tells the session's token again. */
export function bewaarCsrf(token: string | null | undefined): void {
  csrfToken = token ?? null;
  aangemeld = true;
}

/** The session has ended (signed out, expired, or the user was deactivated): forget it and tell the layout. */
export function sessieBeeindigd(): void {
  csrfToken = null;
  aangemeld = false;
  for (const l of luisteraars) l();
}

/** A 401 from the API while signed in (the session expired or was ended elsewhere): back to the sign-in page. */
export function bijNietGeauthenticeerd(): void {
  if (aangemeld) sessieBeeindigd();
}

export function opAuthWijziging(f: () => void): () => void {
  luisteraars.push(f);
  return () => {
    luisteraars = luisteraars.filter((l) => l !== f);
  };
}
