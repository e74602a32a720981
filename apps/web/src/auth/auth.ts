// Sign-in, isolated here so that it can move to the cookie session of the access-management issue: today an API
// token (the demo tokens printed at start) kept in sessionStorage and sent as a bearer token. Switching means:
// inloggen() posts to /api/v1/toegang/inloggen, authKoppen() returns the X-CSRF-Token for unsafe methods, and
// uitloggen() posts to /api/v1/toegang/uitloggen; nothing else in the app knows how the caller is authenticated.
const SLEUTEL = 'keten.token';

let luisteraars: (() => void)[] = [];

export function huidigToken(): string | null {
  return sessionStorage.getItem(SLEUTEL);
}

/** Headers every API request carries. */
export function authKoppen(_methode: string): Record<string, string> {
  const token = huidigToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

export function bewaarToken(token: string): void {
  sessionStorage.setItem(SLEUTEL, token.trim());
  meld();
}

export function uitloggen(): void {
  sessionStorage.removeItem(SLEUTEL);
  meld();
}

/** A 401 from the API: the token is unknown, expired or revoked; back to the sign-in page. */
export function bijNietGeauthenticeerd(): void {
  if (huidigToken()) uitloggen();
}

export function opAuthWijziging(f: () => void): () => void {
  luisteraars.push(f);
  return () => {
    luisteraars = luisteraars.filter((l) => l !== f);
  };
}

function meld() {
  for (const l of luisteraars) l();
}
