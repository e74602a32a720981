import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { KetenConfig } from '../config/keten-config.js';
import { Principal } from './principal.js';
import { Rol } from './rol.enum.js';

export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** A new API token: 32 random bytes, prefixed so that a leaked token is recognisable in scanners. */
export const nieuwToken = () => `keten_${randomBytes(32).toString('base64url')}`;

@Injectable()
export class TokenService {
  private readonly bootstrapHash: Buffer | null;

  constructor(
    private readonly dataSource: DataSource,
    config: KetenConfig,
  ) {
    this.bootstrapHash = config.KETEN_BOOTSTRAP_TOKEN ? Buffer.from(hashToken(config.KETEN_BOOTSTRAP_TOKEN), 'hex') : null;
  }

  async principalVoor(token: string): Promise<Principal | null> {
    const hash = hashToken(token);
    if (this.bootstrapHash && timingSafeEqual(this.bootstrapHash, Buffer.from(hash, 'hex'))) {
      return { actor: 'bootstrap', rol: Rol.Beheerder, organisatieId: null, agbCode: null };
    }
    const rijen: { gebruiker_id: string; rol: Rol; organisatie_id: string | null; agb_code: string | null }[] = await this.dataSource.query(
      `SELECT g.id AS gebruiker_id, g.rol, g.organisatie_id, o.agb_code
         FROM keten.api_token t
         JOIN keten.gebruiker g ON g.id = t.gebruiker_id
         LEFT JOIN keten.organisatie o ON o.id = g.organisatie_id
        WHERE t.token_hash = $1 AND t.ingetrokken_op IS NULL AND (t.verloopt_op IS NULL OR t.verloopt_op > now())`,
      [hash],
    );
    const rij = rijen[0];
    if (!rij) return null;
    return { actor: rij.gebruiker_id, rol: rij.rol, organisatieId: rij.organisatie_id, agbCode: rij.rol === Rol.Aanbieder ? rij.agb_code : null };
  }

  /** Issues a token for a gebruiker; returns the plain token once (only its hash is kept). */
  async geefToken(gebruikerId: string, naam: string): Promise<string> {
    const token = nieuwToken();
    await this.dataSource.query(`INSERT INTO keten.api_token (gebruiker_id, naam, token_hash) VALUES ($1, $2, $3)`, [gebruikerId, naam, hashToken(token)]);
    return token;
  }
}
