import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AuditService,
  BsnKluis,
  FoutCode,
  hashToken,
  KetenConfig,
  KetenFout,
  nieuwSessieToken,
  type Principal,
  Rol,
  validatieFout,
} from '#keten/platform';
import { OrganisatieCodesService } from '#keten/organisaties';
import { hashWachtwoord, klopt } from '../domain/wachtwoord.util.js';
import { nieuwTotpGeheim, totpKlopt, totpUri } from '../totp/totp.util.js';
import { IkDto, InloggenDto, TotpInstellingDto, WijzigWachtwoordDto } from './inloggen.dto.js';

export interface NieuweSessie {
  sessieToken: string;
  principal: Principal;
  verlooptOp: Date;
}

const ONJUIST = 'het e-mailadres of het wachtwoord klopt niet';

/** Sign-in with a built-in account (Argon2id) into a session for the web app, and sign-out. */
@Injectable()
export class SessieService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly config: KetenConfig,
    private readonly kluis: BsnKluis,
    private readonly organisaties: OrganisatieCodesService,
  ) {}

  async inloggen(dto: InloggenDto): Promise<NieuweSessie> {
    const [rij] = (await this.dataSource.query(
      `SELECT g.id, g.rol, g.organisatie_id, g.wachtwoord_hash, g.actief, g.totp_actief, g.totp_geheim
         FROM keten.gebruiker g
        WHERE lower(g.email) = lower($1)`,
      [dto.email],
    )) as {
      id: string;
      rol: Rol;
      organisatie_id: string | null;
      wachtwoord_hash: string | null;
      actief: boolean;
      totp_actief: boolean;
      totp_geheim: Buffer | null;
    }[];
    // Same answer, same work, for an unknown address, a wrong password and a deactivated account.
    const goed = await klopt(dto.wachtwoord, rij?.wachtwoord_hash ?? null);
    if (!rij || !goed || !rij.actief) throw new KetenFout(FoutCode.NietGeauthenticeerd, ONJUIST);
    // The second factor, asked once the password is right (as authenticator apps are used everywhere).
    if (rij.totp_actief && !totpKlopt(this.kluis.ontsleutel(rij.totp_geheim!), dto.code)) {
      throw new KetenFout(
        FoutCode.NietGeauthenticeerd,
        'de code van de authenticator-app ontbreekt of klopt niet (veld code)',
      );
    }
    return this.open(rij, 'sessie.aangemeld');
  }

  /** A session for a gebruiker Keten already identified (built-in password, or an OIDC provider's claim). */
  async open(rij: { id: string; rol: Rol; organisatie_id: string | null }, actie: string): Promise<NieuweSessie> {
    const sessieToken = nieuwSessieToken();
    // An aanbieder's AGB code is the organisaties context's (its published query).
    const agbCode =
      rij.rol === Rol.Aanbieder && rij.organisatie_id
        ? ((await this.organisaties.codesVan(this.dataSource.manager, [rij.organisatie_id])).get(rij.organisatie_id)
            ?.agbCode ?? null)
        : null;
    const principal: Principal = {
      actor: rij.id,
      rol: rij.rol,
      organisatieId: rij.organisatie_id,
      agbCode,
      via: 'sessie',
    };
    const verlooptOp = await this.dataSource.transaction(async (manager) => {
      const [sessie] = (await manager.query(
        `INSERT INTO keten.sessie (gebruiker_id, token_hash, laatst_actief_op, verloopt_op) VALUES ($1, $2, now(), now() + make_interval(hours => $3)) RETURNING id, verloopt_op`,
        [rij.id, hashToken(sessieToken), this.config.KETEN_SESSIE_MAX_UREN],
      )) as { id: string; verloopt_op: Date }[];
      principal.sessieId = sessie.id;
      await this.audit.log(manager, principal, { actie, entiteit: 'gebruiker', entiteitId: rij.id });
      return sessie.verloopt_op;
    });
    return { sessieToken, principal, verlooptOp };
  }

  async uitloggen(principal: Principal): Promise<void> {
    if (!principal.sessieId) return;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE keten.sessie SET beeindigd_op = now() WHERE id = $1 AND beeindigd_op IS NULL`, [
        principal.sessieId,
      ]);
      await this.audit.log(manager, principal, {
        actie: 'sessie.afgemeld',
        entiteit: 'gebruiker',
        entiteitId: principal.actor,
      });
    });
  }

  async ik(principal: Principal): Promise<IkDto> {
    const [gebruiker] = (await this.dataSource.query(`SELECT naam, email FROM keten.gebruiker WHERE id::text = $1`, [
      principal.actor,
    ])) as {
      naam: string;
      email: string;
    }[];
    const [organisatie] = principal.organisatieId
      ? await this.organisaties.organisatiesVan(this.dataSource.manager, [principal.organisatieId])
      : [];
    return {
      gebruiker: { id: principal.actor, naam: gebruiker?.naam ?? null, email: gebruiker?.email ?? null },
      rol: principal.rol,
      organisatie: organisatie
        ? {
            id: organisatie.id,
            naam: organisatie.naam,
            soort: organisatie.soort,
            cbsCode: organisatie.cbsCode,
            agbCode: organisatie.agbCode,
          }
        : null,
      via: principal.via ?? 'token',
    };
  }

  /** A person changes its own password; its other sessions end. */
  async wijzigWachtwoord(principal: Principal, dto: WijzigWachtwoordDto): Promise<void> {
    const [rij] = (await this.dataSource.query(`SELECT wachtwoord_hash FROM keten.gebruiker WHERE id::text = $1`, [
      principal.actor,
    ])) as { wachtwoord_hash: string | null }[];
    if (!rij || !(await klopt(dto.huidig, rij.wachtwoord_hash)))
      throw validatieFout('het huidige wachtwoord klopt niet', [{ veld: 'huidig', reden: 'klopt niet' }]);
    const hash = await hashWachtwoord(dto.nieuw);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE keten.gebruiker SET wachtwoord_hash = $2, updated_at = now() WHERE id::text = $1`, [
        principal.actor,
        hash,
      ]);
      await manager.query(
        `UPDATE keten.sessie SET beeindigd_op = now() WHERE gebruiker_id::text = $1 AND beeindigd_op IS NULL AND id::text IS DISTINCT FROM $2`,
        [principal.actor, principal.sessieId ?? null],
      );
      await this.audit.log(manager, principal, {
        actie: 'gebruiker.wachtwoord-gewijzigd',
        entiteit: 'gebruiker',
        entiteitId: principal.actor,
      });
    });
  }

  /** Step 1 of the second factor: a new secret for one's own built-in account, not yet asked at sign-in. */
  async begin2fa(principal: Principal): Promise<TotpInstellingDto> {
    const [rij] = (await this.dataSource.query(
      `SELECT email, wachtwoord_hash IS NOT NULL AS ingebouwd FROM keten.gebruiker WHERE id::text = $1`,
      [principal.actor],
    )) as {
      email: string;
      ingebouwd: boolean;
    }[];
    if (!rij?.ingebouwd)
      throw validatieFout(
        'alleen een account met een wachtwoord in Keten krijgt hier een tweede factor (bij OIDC regelt de identiteitsprovider dat)',
      );
    const geheim = nieuwTotpGeheim();
    await this.dataSource.query(
      `UPDATE keten.gebruiker SET totp_geheim = $2, totp_actief = false, updated_at = now() WHERE id::text = $1`,
      [principal.actor, this.kluis.versleutel(geheim)],
    );
    return { geheim, otpauthUri: totpUri(geheim, rij.email) };
  }

  /** Step 2: a code from the app proves the secret arrived; from now on sign-in asks for one. */
  async bevestig2fa(principal: Principal, code: string): Promise<void> {
    const [rij] = (await this.dataSource.query(`SELECT totp_geheim FROM keten.gebruiker WHERE id::text = $1`, [
      principal.actor,
    ])) as { totp_geheim: Buffer | null }[];
    if (!rij?.totp_geheim) throw validatieFout('begin eerst met POST /api/v1/toegang/ik/totp');
    if (!totpKlopt(this.kluis.ontsleutel(rij.totp_geheim), code))
      throw validatieFout('de code klopt niet', [{ veld: 'code', reden: 'niet de code van dit moment' }]);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE keten.gebruiker SET totp_actief = true, updated_at = now() WHERE id::text = $1`, [
        principal.actor,
      ]);
      await this.audit.log(manager, principal, {
        actie: 'gebruiker.tweede-factor-aan',
        entiteit: 'gebruiker',
        entiteitId: principal.actor,
      });
    });
  }
}
