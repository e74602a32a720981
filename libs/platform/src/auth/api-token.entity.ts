import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { GebruikerEntity } from './gebruiker.entity.js';
import { Rol } from './rol.enum.js';

/**
 * An API token, of a gebruiker or, for software (a provider's declaratie software, a gemeente's back office), of an
 * organisatie with a role of its own, so that it outlives the person who made it. Only the SHA-256 of the token is
 * stored: tokens are 256-bit random values, so a fast hash is enough (unlike passwords) and a database leak does
 * not reveal usable tokens.
 */
@Entity({ name: 'api_token', schema: 'keten' })
@Index('api_token_hash_uniek', ['tokenHash'], { unique: true })
@Index('api_token_gebruiker', ['gebruikerId'])
@Index('api_token_organisatie', ['organisatieId'])
@Check('api_token_eigenaar', `"gebruiker_id" IS NOT NULL OR ("organisatie_id" IS NOT NULL AND "rol" IS NOT NULL)`)
export class ApiTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'gebruiker_id', type: 'uuid', nullable: true })
  gebruikerId: string | null;

  @ManyToOne(() => GebruikerEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'gebruiker_id', foreignKeyConstraintName: 'api_token_gebruiker_fk' })
  gebruiker?: GebruikerEntity;

  /** Set for a software token: the organisatie it acts for. */
  @Column({ name: 'organisatie_id', type: 'uuid', nullable: true })
  organisatieId: string | null;

  // By name: the organisatie entity lives in libs/organisaties, which builds on this library.
  @ManyToOne('OrganisatieEntity', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'organisatie_id', foreignKeyConstraintName: 'api_token_organisatie_fk' })
  organisatie?: unknown;

  /** Set for a software token: the role it acts with. */
  @Column({ type: 'enum', enum: Object.values(Rol), enumName: 'rol', nullable: true })
  rol: Rol | null;

  @Column({ type: 'varchar', length: 100 })
  naam: string;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  /** gebruiker id (or 'bootstrap') of whoever created it. */
  @Column({ name: 'aangemaakt_door', type: 'varchar', length: 64, nullable: true })
  aangemaaktDoor: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'verloopt_op', type: 'timestamptz', nullable: true })
  verlooptOp: Date | null;

  @Column({ name: 'ingetrokken_op', type: 'timestamptz', nullable: true })
  ingetrokkenOp: Date | null;

  @Column({ name: 'laatst_gebruikt_op', type: 'timestamptz', nullable: true })
  laatstGebruiktOp: Date | null;
}
