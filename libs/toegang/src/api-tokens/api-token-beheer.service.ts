import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService, hashToken, nietGevonden, nieuwToken, Rol, validatieFout, type Principal } from '#keten/platform';
import { plusDagen, vandaag } from '#keten/domain';
import { rollenVoorToken } from '../domain/rol-regels.util.js';
import { GebruikerService } from '../gebruikers/gebruiker.service.js';
import { ApiTokenDto, ApiTokenLijstQueryDto, MaakApiTokenDto, NieuwApiTokenDto } from './api-token.dto.js';

interface TokenRij {
  id: string;
  naam: string;
  rol: Rol;
  organisatie_id: string | null;
  gebruiker_id: string | null;
  created_at: Date;
  verloopt_op: Date | null;
  laatst_gebruikt_op: Date | null;
  ingetrokken_op: Date | null;
}

// A personal token takes its gebruiker's role and organisatie; a software token has its own.
const SELECT = `SELECT t.id, t.naam, COALESCE(t.rol, g.rol) AS rol, COALESCE(t.organisatie_id, g.organisatie_id) AS organisatie_id, t.gebruiker_id,
                       t.created_at, t.verloopt_op, t.laatst_gebruikt_op, t.ingetrokken_op
                  FROM keten.api_token t LEFT JOIN keten.gebruiker g ON g.id = t.gebruiker_id`;

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const naarDto = (r: TokenRij): ApiTokenDto => ({
  id: r.id,
  naam: r.naam,
  rol: r.rol,
  organisatieId: r.organisatie_id,
  gebruikerId: r.gebruiker_id,
  createdAt: r.created_at.toISOString(),
  verlooptOp: iso(r.verloopt_op),
  laatstGebruiktOp: iso(r.laatst_gebruikt_op),
  ingetrokkenOp: iso(r.ingetrokken_op),
});

const MAX_DAGEN = 2 * 366;

/** Tokens for an organisatie's own systems: created with a name, role and expiry, shown once, listed and revoked. */
@Injectable()
export class ApiTokenBeheerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly gebruikers: GebruikerService,
  ) {}

  async maak(principal: Principal, dto: MaakApiTokenDto): Promise<NieuwApiTokenDto> {
    const organisatieId = this.gebruikers.doelOrganisatie(principal, dto.organisatieId);
    if (!organisatieId)
      throw validatieFout('een token hoort bij een organisatie', [
        { veld: 'organisatieId', reden: 'verplicht voor de beheerder' },
      ]);
    const soort = await this.gebruikers.soortVan(organisatieId);
    if (!soort)
      throw validatieFout('de organisatie bestaat niet', [{ veld: 'organisatieId', reden: 'onbekende organisatie' }]);
    const rollen = rollenVoorToken(soort);
    if (!rollen.includes(dto.rol))
      throw validatieFout('deze rol past niet bij een token van deze organisatie', [
        { veld: 'rol', reden: `een ${soort} kent voor tokens de rollen: ${rollen.join(', ')}` },
      ]);
    const eerste = vandaag();
    const laatste = plusDagen(eerste, MAX_DAGEN);
    if (dto.verlooptOp < eerste || dto.verlooptOp > laatste) {
      throw validatieFout('de vervaldatum klopt niet', [
        { veld: 'verlooptOp', reden: `tussen ${eerste} en ${laatste} (ten hoogste twee jaar)` },
      ]);
    }
    const token = nieuwToken();
    const id = await this.dataSource.transaction(async (manager) => {
      // Valid through the whole last day (Europe/Amsterdam), as a person reads "verloopt op".
      const [{ id }] = (await manager.query(
        `INSERT INTO keten.api_token (organisatie_id, rol, naam, token_hash, aangemaakt_door, verloopt_op)
         VALUES ($1, $2, $3, $4, $5, (($6::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')) RETURNING id`,
        [organisatieId, dto.rol, dto.naam, hashToken(token), principal.actor, dto.verlooptOp],
      )) as { id: string }[];
      await this.audit.log(manager, principal, {
        actie: 'api-token.aangemaakt',
        entiteit: 'api_token',
        entiteitId: id,
        details: { naam: dto.naam, rol: dto.rol, organisatieId, verlooptOp: dto.verlooptOp },
      });
      return id;
    });
    return { ...(await this.haal(principal, id)), token };
  }

  async lijst(principal: Principal, query: ApiTokenLijstQueryDto): Promise<ApiTokenDto[]> {
    const organisatieId = principal.rol === Rol.Beheerder ? (query.organisatieId ?? null) : principal.organisatieId;
    const rijen = (await this.dataSource.query(
      `${SELECT} WHERE ($1::uuid IS NULL OR COALESCE(t.organisatie_id, g.organisatie_id) = $1) ORDER BY t.created_at DESC, t.id LIMIT $2 OFFSET $3`,
      [organisatieId, query.limiet, query.offset],
    )) as TokenRij[];
    return rijen.map(naarDto);
  }

  async trekIn(principal: Principal, id: string): Promise<ApiTokenDto> {
    await this.haal(principal, id);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE keten.api_token SET ingetrokken_op = COALESCE(ingetrokken_op, now()) WHERE id = $1`, [
        id,
      ]);
      await this.audit.log(manager, principal, {
        actie: 'api-token.ingetrokken',
        entiteit: 'api_token',
        entiteitId: id,
      });
    });
    return this.haal(principal, id);
  }

  private async haal(principal: Principal, id: string): Promise<ApiTokenDto> {
    const [rij] = (await this.dataSource.query(`${SELECT} WHERE t.id = $1`, [id])) as TokenRij[];
    const zichtbaar =
      rij &&
      (principal.rol === Rol.Beheerder ||
        (rij.organisatie_id !== null && rij.organisatie_id === principal.organisatieId));
    if (!zichtbaar) throw nietGevonden('token', id);
    return naarDto(rij);
  }
}
