import { Secret, TOTP } from 'otpauth';

/** RFC 6238 as every authenticator app reads it: SHA-1, 6 digits, 30 seconds. */
const totp = (geheim: string, label = 'Keten') =>
  new TOTP({ issuer: 'Keten', label, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(geheim) });

/** A new 160-bit secret, base32 (RFC 4226 recommends 160 bits). */
export const nieuwTotpGeheim = () => new Secret({ size: 20 }).base32;

export const totpUri = (geheim: string, email: string) => totp(geheim, email).toString();

/** The code now, or one step before or after (a phone's clock drifts). */
export function totpKlopt(geheim: string, code: string | undefined): boolean {
  if (!code || !/^[0-9]{6}$/.test(code)) return false;
  return totp(geheim).validate({ token: code, window: 1 }) !== null;
}

/** For tests and tools: the code of this moment. */
export const totpCode = (geheim: string, moment = Date.now()) => totp(geheim).generate({ timestamp: moment });
