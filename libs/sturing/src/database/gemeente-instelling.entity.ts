import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A gemeente's sturing settings: the sociaal team a toewijzing counts on when its intake named none. */
@Entity({ name: 'sturing_gemeente_instelling', schema: 'keten' })
export class GemeenteInstellingEntity {
  @PrimaryColumn({ name: 'gemeente_id', type: 'uuid', primaryKeyConstraintName: 'sturing_gemeente_instelling_pk' })
  gemeenteId: string;

  @ManyToOne('OrganisatieEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gemeente_id', foreignKeyConstraintName: 'sturing_gemeente_instelling_gemeente_fk' })
  gemeente?: unknown;

  @Column({ name: 'standaard_sociaal_team', type: 'varchar', length: 60, nullable: true })
  standaardSociaalTeam: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
