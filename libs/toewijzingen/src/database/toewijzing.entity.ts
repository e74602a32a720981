import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Domein } from '#keten/domain';
import type { ClientEntity } from './client.entity.js';

/**
 * A ToegewezenProduct's identity: its ToewijzingNummer is unique per gemeente per wettelijk domein (TR332/OP275) and
 * stays the same on later changes (IV066); its content lives in versions (toewijzing_versie).
 */
@Entity({ name: 'toewijzing', schema: 'keten' })
@Index('toewijzing_nummer_uniek', ['gemeenteId', 'domein', 'toewijzingNummer'], { unique: true })
@Index('toewijzing_aanbieder_client', ['aanbiederId', 'clientId'])
// The beoordeling's lookup (one aanbieder's toewijzingen in one gemeente: side by side), answered from the index
// alone with the id and client included (migration 1796720000000). TypeORM cannot declare INCLUDE.
@Index('toewijzing_aanbieder_nummer', { synchronize: false })
export class ToewijzingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'gemeente_id', type: 'uuid' })
  gemeenteId: string;

  @ManyToOne('OrganisatieEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'gemeente_id', foreignKeyConstraintName: 'toewijzing_gemeente_fk' })
  gemeente?: unknown;

  @Column({ type: 'enum', enum: Object.values(Domein), enumName: 'domein' })
  domein: Domein;

  @Column({ name: 'toewijzing_nummer', type: 'integer' })
  toewijzingNummer: number;

  @Column({ name: 'aanbieder_id', type: 'uuid' })
  aanbiederId: string;

  @ManyToOne('OrganisatieEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'aanbieder_id', foreignKeyConstraintName: 'toewijzing_aanbieder_fk' })
  aanbieder?: unknown;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @ManyToOne('ClientEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'toewijzing_client_fk' })
  client?: ClientEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
