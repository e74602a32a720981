import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';

/** Argon2id with OWASP's minimum (19 MiB, 2 passes, 1 lane): slow enough for a guesser, quick enough for sign-in. */
const OPTIES = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashWachtwoord = (wachtwoord: string) => argon2.hash(wachtwoord, OPTIES);

/** A password for a new account, shown once: 18 random bytes, 24 characters. */
export const nieuwWachtwoord = () => randomBytes(18).toString('base64url');

let nepHash: Promise<string> | undefined;

/**
 * Verifies a password against its hash. Without a hash (unknown e-mail address, or no built-in password) it checks
 * against a fixed hash anyway, so that the answer takes as long and does not tell which addresses exist.
 */
export async function klopt(wachtwoord: string, hash: string | null): Promise<boolean> {
  nepHash ??= hashWachtwoord(nieuwWachtwoord());
  const doel = hash ?? (await nepHash);
  try {
    return (await argon2.verify(doel, wachtwoord)) && hash !== null;
  } catch {
    return false;
  }
}
