import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A client (cliënt) by BSN. The BSN is stored encrypted and found by its keyed hash (BsnKluis); the latest client
 * data of a 301 (name, contact, relations: needed for the 301 to the aanbieder) is kept encrypted as well.
 */
@Entity({ name: 'client', schema: 'keten' })
// Unique on bsn_hash, with the id included so the intake's lookup by hash reads the index alone (migration
// 1796720000000). TypeORM cannot declare INCLUDE, hence synchronize: false.
@Index('client_bsn_hash_uniek', { synchronize: false })
export class ClientEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'bsn_hash', type: 'char', length: 64 })
  bsnHash: string;

  @Column({ name: 'bsn_versleuteld', type: 'bytea' })
  bsnVersleuteld: Buffer;

  @Column({ name: 'gegevens_versleuteld', type: 'bytea', nullable: true })
  gegevensVersleuteld: Buffer | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
