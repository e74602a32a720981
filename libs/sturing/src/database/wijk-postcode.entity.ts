import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** A gemeente's postcode-to-wijk table (PC4), uploaded by the gemeente; sturing reports by wijk through it. */
@Entity({ name: 'sturing_wijk_postcode', schema: 'keten' })
export class WijkPostcodeEntity {
  @PrimaryColumn({ name: 'gemeente_id', type: 'uuid', primaryKeyConstraintName: 'sturing_wijk_postcode_pk' })
  gemeenteId: string;

  @ManyToOne('OrganisatieEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gemeente_id', foreignKeyConstraintName: 'sturing_wijk_postcode_gemeente_fk' })
  gemeente?: unknown;

  @PrimaryColumn({ type: 'char', length: 4, primaryKeyConstraintName: 'sturing_wijk_postcode_pk' })
  postcode4: string;

  @Column({ type: 'varchar', length: 80 })
  wijk: string;
}
