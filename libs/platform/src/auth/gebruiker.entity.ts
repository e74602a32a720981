import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Rol } from './rol.enum.js';

/** A person or a system (back office, provider software) that acts in Keten with one role for one organisatie. */
@Entity({ name: 'gebruiker', schema: 'keten' })
@Index('gebruiker_email_uniek', ['email'], { unique: true })
export class GebruikerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  naam: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'enum', enum: Object.values(Rol), enumName: 'rol' })
  rol: Rol;

  /** The gemeente, regio or aanbieder this user works for; null only for beheerders. */
  @Column({ name: 'organisatie_id', type: 'uuid', nullable: true })
  organisatieId: string | null;

  // By name: the organisatie entity lives in libs/organisaties, which builds on this library.
  @ManyToOne('OrganisatieEntity', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'organisatie_id', foreignKeyConstraintName: 'gebruiker_organisatie_fk' })
  organisatie?: unknown;

  /** Argon2id hash (PHC string) of the built-in account's password; null for accounts without one (OIDC, demo tokens). */
  @Column({ name: 'wachtwoord_hash', type: 'varchar', length: 255, nullable: true, select: false })
  wachtwoordHash: string | null;

  /** TOTP secret of the optional second factor (RFC 6238), encrypted with the BSN key; null until set up. */
  @Column({ name: 'totp_geheim', type: 'bytea', nullable: true, select: false })
  totpGeheim: Buffer | null;

  /** The second factor is asked at sign-in once a first code confirmed the set-up. */
  @Column({ name: 'totp_actief', type: 'boolean', default: false })
  totpActief: boolean;

  /** A deactivated gebruiker's tokens and sessions are refused; the row stays for the audit trail. */
  @Column({ type: 'boolean', default: true })
  actief: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
