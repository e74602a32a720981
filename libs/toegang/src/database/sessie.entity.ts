import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { GebruikerEntity } from '#keten/platform';

/**
 * A person's sign-in session for the web app. The cookie carries a 256-bit random secret; only its SHA-256 is kept.
 * A session ends at verlooptOp, after KETEN_SESSIE_MINUTEN without use, or at sign-out (beeindigdOp).
 */
@Entity({ name: 'sessie', schema: 'keten' })
@Index('sessie_token_hash_uniek', ['tokenHash'], { unique: true })
@Index('sessie_gebruiker', ['gebruikerId'])
export class SessieEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'gebruiker_id', type: 'uuid' })
  gebruikerId: string;

  @ManyToOne(() => GebruikerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gebruiker_id', foreignKeyConstraintName: 'sessie_gebruiker_fk' })
  gebruiker?: GebruikerEntity;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'laatst_actief_op', type: 'timestamptz' })
  laatstActiefOp: Date;

  @Column({ name: 'verloopt_op', type: 'timestamptz' })
  verlooptOp: Date;

  @Column({ name: 'beeindigd_op', type: 'timestamptz', nullable: true })
  beeindigdOp: Date | null;
}
