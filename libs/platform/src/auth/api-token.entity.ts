import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { GebruikerEntity } from './gebruiker.entity.js';

/**
 * An API token of a gebruiker. Only the SHA-256 of the token is stored: tokens are 256-bit random values, so a
 * fast hash is enough (unlike passwords) and a database leak does not reveal usable tokens.
 */
@Entity({ name: 'api_token', schema: 'keten' })
@Index('api_token_hash_uniek', ['tokenHash'], { unique: true })
@Index('api_token_gebruiker', ['gebruikerId'])
export class ApiTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'gebruiker_id', type: 'uuid' })
  gebruikerId: string;

  @ManyToOne(() => GebruikerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gebruiker_id', foreignKeyConstraintName: 'api_token_gebruiker_fk' })
  gebruiker?: GebruikerEntity;

  @Column({ type: 'varchar', length: 100 })
  naam: string;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'verloopt_op', type: 'timestamptz', nullable: true })
  verlooptOp: Date | null;

  @Column({ name: 'ingetrokken_op', type: 'timestamptz', nullable: true })
  ingetrokkenOp: Date | null;
}
