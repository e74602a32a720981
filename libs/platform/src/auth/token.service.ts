import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { KetenConfig } from '../config/keten-config.js';
import { voorbereideQuery } from '../database/voorbereide-query.util.js';
import { AgbCodeService } from './agb-code.service.js';
import { Principal } from './principal.js';
import { Rol } from './rol.enum.js';

export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** A new API token: 32 random bytes, prefixed so that a leaked token is recognisable in scanners. */
export const nieuwToken = () => `keten_${randomBytes(32).toString('base64url')}`;

/** A new session secret (the cookie's value); only its hash is stored, like a token's. */
export const nieuwSessieToken = () => randomBytes(32).toString('base64url');

/**
 * The CSRF token of a session, derived from its secret: the web app sends it in X-CSRF-Token on every state change
 * (double submit). A cross-site page can make the browser send the cookie, but cannot read or compute this value.
 */
export const csrfVoor = (sessieToken: string) =>
  createHash('sha256').update(`keten-csrf:${sessieToken}`, 'utf8').digest('base64url');

export const SESSIE_COOKIE = 'keten_sessie';
export const CSRF_HEADER = 'x-csrf-token';

interface PrincipalRij {
  actor: string;
  rol: Rol;
  organisatie_id: string | null;
  sessie_id?: string;
}

@Injectable()
export class TokenService {
  private readonly bootstrapHash: Buffer | null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: KetenConfig,
    private readonly agbCodes: AgbCodeService,
  ) {
    this.bootstrapHash = config.KETEN_BOOTSTRAP_TOKEN
      ? Buffer.from(hashToken(config.KETEN_BOOTSTRAP_TOKEN), 'hex')
      : null;
  }

  /**
   * The caller behind an API token, and its last use recorded in the same statement. A token belongs either to a
   * gebruiker (who must be active) or, for software, to an organisatie with its own role. Revoked or expired: null.
   */
  async principalVoor(token: string): Promise<Principal | null> {
    const hash = hashToken(token);
    if (this.bootstrapHash && timingSafeEqual(this.bootstrapHash, Buffer.from(hash, 'hex'))) {
      return { actor: 'bootstrap', rol: Rol.Beheerder, organisatieId: null, agbCode: null, via: 'bootstrap' };
    }
    const rijen = await voorbereideQuery<PrincipalRij>(
      this.dataSource.manager,
      'principal-voor-token-v2',
      `WITH t AS (
         UPDATE keten.api_token SET laatst_gebruikt_op = now()
          WHERE token_hash = $1 AND ingetrokken_op IS NULL AND (verloopt_op IS NULL OR verloopt_op > now())
          RETURNING id, gebruiker_id, organisatie_id, rol)
       SELECT COALESCE(g.id::text, 'token:' || t.id::text) AS actor, COALESCE(t.rol, g.rol) AS rol,
              COALESCE(t.organisatie_id, g.organisatie_id) AS organisatie_id
         FROM t
         LEFT JOIN keten.gebruiker g ON g.id = t.gebruiker_id
        WHERE t.gebruiker_id IS NULL OR g.actief`,
      [hash],
    );
    return rijen[0] ? this.naarPrincipal(rijen[0], 'token') : null;
  }

  /** The person behind a session cookie: the session must be open, within both time limits, its gebruiker active. */
  async principalVoorSessie(sessieToken: string): Promise<Principal | null> {
    const rijen = await voorbereideQuery<PrincipalRij>(
      this.dataSource.manager,
      'principal-voor-sessie-v2',
      `UPDATE keten.sessie s SET laatst_actief_op = now()
         FROM keten.gebruiker g
        WHERE s.token_hash = $1 AND g.id = s.gebruiker_id AND g.actief AND s.beeindigd_op IS NULL
          AND s.verloopt_op > now() AND s.laatst_actief_op > now() - make_interval(mins => $2)
        RETURNING g.id::text AS actor, g.rol, g.organisatie_id, s.id::text AS sessie_id`,
      [hashToken(sessieToken), this.config.KETEN_SESSIE_MINUTEN],
    );
    return rijen[0] ? this.naarPrincipal(rijen[0], 'sessie') : null;
  }

  /** An aanbieder's AGB code comes from the organisaties context (cached there: codes never change). */
  private async naarPrincipal(rij: PrincipalRij, via: 'token' | 'sessie'): Promise<Principal> {
    const agbCode =
      rij.rol === Rol.Aanbieder && rij.organisatie_id ? await this.agbCodes.agbCodeVan(rij.organisatie_id) : null;
    return {
      actor: rij.actor,
      rol: rij.rol,
      organisatieId: rij.organisatie_id,
      agbCode,
      via,
      ...(rij.sessie_id ? { sessieId: rij.sessie_id } : {}),
    };
  }

  /** Issues a token for a gebruiker; returns the plain token once (only its hash is kept). */
  async geefToken(gebruikerId: string, naam: string): Promise<string> {
    const token = nieuwToken();
    await this.dataSource.query(`INSERT INTO keten.api_token (gebruiker_id, naam, token_hash) VALUES ($1, $2, $3)`, [
      gebruikerId,
      naam,
      hashToken(token),
    ]);
    return token;
  }
}
