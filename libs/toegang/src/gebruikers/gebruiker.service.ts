import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService, conflict, geenToegang, nietGevonden, Rol, validatieFout, type Principal } from '#keten/platform';
import { OrganisatieCodesService } from '#keten/organisaties';
import { rollenVoorOrganisatie, type OrganisatieSoortNaam } from '../domain/rol-regels.util.js';
import { hashWachtwoord, nieuwWachtwoord } from '../domain/wachtwoord.util.js';
import {
  GebruikerDto,
  GebruikerLijstQueryDto,
  MaakGebruikerDto,
  NieuweGebruikerDto,
  WijzigGebruikerDto,
} from './gebruiker.dto.js';

interface GebruikerRij {
  id: string;
  naam: string;
  email: string;
  rol: Rol;
  organisatie_id: string | null;
  actief: boolean;
  heeft_wachtwoord: boolean;
  totp_actief: boolean;
  created_at: Date;
}

const KOLOMMEN = `id, naam, email, rol, organisatie_id, actief, wachtwoord_hash IS NOT NULL AS heeft_wachtwoord, totp_actief, created_at`;

const naarDto = (r: GebruikerRij): GebruikerDto => ({
  id: r.id,
  naam: r.naam,
  email: r.email,
  rol: r.rol,
  organisatieId: r.organisatie_id,
  actief: r.actief,
  heeftWachtwoord: r.heeft_wachtwoord,
  tweedeFactor: r.totp_actief,
  createdAt: r.created_at.toISOString(),
});

/**
 * Users of an organisatie (architecture.md 5): the beheerder creates organisaties and their first
 * functioneel-beheerder; that functioneel-beheerder manages its own organisatie's users, never more, never a beheerder.
 */
@Injectable()
export class GebruikerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly organisaties: OrganisatieCodesService,
  ) {}

  async maak(principal: Principal, dto: MaakGebruikerDto): Promise<NieuweGebruikerDto> {
    const organisatieId = this.doelOrganisatie(principal, dto.organisatieId);
    this.magRolGeven(principal, dto.rol);
    await this.controleerRol(dto.rol, organisatieId, 'rol');
    const tijdelijk = dto.wachtwoord ? undefined : nieuwWachtwoord();
    const hash = await hashWachtwoord(dto.wachtwoord ?? tijdelijk!);
    const id = await this.dataSource.transaction(async (manager) => {
      const bestaand = (await manager.query(`SELECT 1 FROM keten.gebruiker WHERE lower(email) = lower($1)`, [
        dto.email,
      ])) as unknown[];
      if (bestaand.length)
        throw conflict('dit e-mailadres heeft al een account', [{ veld: 'email', reden: 'bestaat al' }]);
      const [{ id }] = (await manager.query(
        `INSERT INTO keten.gebruiker (naam, email, rol, organisatie_id, wachtwoord_hash) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [dto.naam, dto.email.toLowerCase(), dto.rol, organisatieId, hash],
      )) as { id: string }[];
      await this.audit.log(manager, principal, {
        actie: 'gebruiker.aangemaakt',
        entiteit: 'gebruiker',
        entiteitId: id,
        details: { rol: dto.rol, organisatieId },
      });
      return id;
    });
    return { ...(await this.haal(principal, id)), ...(tijdelijk ? { tijdelijkWachtwoord: tijdelijk } : {}) };
  }

  async lijst(principal: Principal, query: GebruikerLijstQueryDto): Promise<GebruikerDto[]> {
    const organisatieId = principal.rol === Rol.Beheerder ? (query.organisatieId ?? null) : principal.organisatieId;
    const rijen = (await this.dataSource.query(
      `SELECT ${KOLOMMEN} FROM keten.gebruiker WHERE ($1::uuid IS NULL OR organisatie_id = $1) ORDER BY naam, id LIMIT $2 OFFSET $3`,
      [organisatieId, query.limiet, query.offset],
    )) as GebruikerRij[];
    return rijen.map(naarDto);
  }

  async haal(principal: Principal, id: string): Promise<GebruikerDto> {
    const [rij] = (await this.dataSource.query(`SELECT ${KOLOMMEN} FROM keten.gebruiker WHERE id = $1`, [
      id,
    ])) as GebruikerRij[];
    if (!rij || !this.beheert(principal, rij)) throw nietGevonden('gebruiker', id);
    return naarDto(rij);
  }

  async wijzig(principal: Principal, id: string, dto: WijzigGebruikerDto): Promise<GebruikerDto> {
    const huidig = await this.haal(principal, id);
    if (dto.rol !== undefined) {
      this.magRolGeven(principal, dto.rol);
      await this.controleerRol(dto.rol, huidig.organisatieId, 'rol');
    }
    if (id === principal.actor && (dto.actief === false || (dto.rol !== undefined && dto.rol !== huidig.rol))) {
      throw conflict('u kunt uw eigen account niet deactiveren of uw eigen rol wijzigen; vraag een andere beheerder');
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE keten.gebruiker SET naam = COALESCE($2, naam), rol = COALESCE($3, rol), actief = COALESCE($4, actief), updated_at = now() WHERE id = $1`,
        [id, dto.naam ?? null, dto.rol ?? null, dto.actief ?? null],
      );
      // A deactivated person is signed out at once; its tokens are refused by the token check itself.
      if (dto.tweedeFactorUit)
        await manager.query(`UPDATE keten.gebruiker SET totp_actief = false, totp_geheim = NULL WHERE id = $1`, [id]);
      if (dto.actief === false)
        await manager.query(
          `UPDATE keten.sessie SET beeindigd_op = now() WHERE gebruiker_id = $1 AND beeindigd_op IS NULL`,
          [id],
        );
      await this.audit.log(manager, principal, {
        actie: 'gebruiker.gewijzigd',
        entiteit: 'gebruiker',
        entiteitId: id,
        details: { ...dto },
      });
    });
    return this.haal(principal, id);
  }

  /** The organisatie a new user or token joins: a functioneel-beheerder's own; the beheerder's choice. */
  doelOrganisatie(principal: Principal, gevraagd: string | undefined): string | null {
    if (principal.rol === Rol.Beheerder) return gevraagd ?? null;
    if (gevraagd && gevraagd !== principal.organisatieId)
      throw geenToegang('u beheert alleen de gebruikers en tokens van uw eigen organisatie');
    if (!principal.organisatieId) throw geenToegang('u hoort bij geen organisatie');
    return principal.organisatieId;
  }

  private magRolGeven(principal: Principal, rol: Rol): void {
    if (rol === Rol.Beheerder && principal.rol !== Rol.Beheerder)
      throw geenToegang('alleen een beheerder maakt beheerders');
  }

  private async controleerRol(rol: Rol, organisatieId: string | null, veld: string): Promise<void> {
    if (rol === Rol.Beheerder) {
      if (organisatieId)
        throw validatieFout('een beheerder hoort bij geen organisatie', [
          { veld, reden: 'beheerder kan niet binnen een organisatie' },
        ]);
      return;
    }
    if (!organisatieId)
      throw validatieFout('deze rol hoort bij een organisatie', [
        { veld: 'organisatieId', reden: 'verplicht voor elke rol behalve beheerder' },
      ]);
    const soort = await this.soortVan(organisatieId);
    if (!soort)
      throw validatieFout('de organisatie bestaat niet', [{ veld: 'organisatieId', reden: 'onbekende organisatie' }]);
    const toegestaan = rollenVoorOrganisatie(soort);
    if (!toegestaan.includes(rol))
      throw validatieFout('deze rol past niet bij de organisatie', [
        { veld, reden: `een ${soort} kent de rollen: ${toegestaan.join(', ')}` },
      ]);
  }

  async soortVan(organisatieId: string): Promise<OrganisatieSoortNaam | null> {
    const [organisatie] = await this.organisaties.organisatiesVan(this.dataSource.manager, [organisatieId]);
    return (organisatie?.soort as OrganisatieSoortNaam | undefined) ?? null;
  }

  /** A beheerder manages everyone; a functioneel-beheerder its own organisatie's users, never a beheerder. */
  private beheert(principal: Principal, rij: { rol: Rol; organisatie_id: string | null }): boolean {
    if (principal.rol === Rol.Beheerder) return true;
    return rij.rol !== Rol.Beheerder && rij.organisatie_id !== null && rij.organisatie_id === principal.organisatieId;
  }
}
