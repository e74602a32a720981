import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Inkoopbeleid } from '#keten/domain';
import type { OrganisatieEntity } from '#keten/organisaties';

/** An organisation's own inkoopbeleid (art. 1.4 Aw): below the EU threshold it sets the procedure per value. */
@Entity({ name: 'inkoopbeleid', schema: 'keten' })
export class InkoopbeleidEntity {
  @PrimaryColumn({ name: 'organisatie_id', type: 'uuid' })
  organisatieId: string;

  @OneToOne('OrganisatieEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisatie_id', foreignKeyConstraintName: 'inkoopbeleid_organisatie_fk' })
  organisatie?: OrganisatieEntity;

  @Column({ type: 'jsonb' })
  drempels: Inkoopbeleid['drempels'];

  @Column({ name: 'gewijzigd_door', type: 'varchar', length: 64 })
  gewijzigdDoor: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
