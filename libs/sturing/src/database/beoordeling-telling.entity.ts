import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Prestaties judged and rejected per gemeente, aanbieder and month of beoordeling, and per retourcode (retourcode
 * '' is the row of totals): the rejection-rate signal with its top retourcodes.
 */
@Entity({ name: 'sturing_beoordeling_telling', schema: 'keten' })
export class BeoordelingTellingEntity {
  @PrimaryColumn({ name: 'gemeente_id', type: 'uuid', primaryKeyConstraintName: 'sturing_beoordeling_telling_pk' })
  gemeenteId: string;

  @PrimaryColumn({ name: 'aanbieder_id', type: 'uuid', primaryKeyConstraintName: 'sturing_beoordeling_telling_pk' })
  aanbiederId: string;

  @PrimaryColumn({ name: 'ontvangen_maand', type: 'date', primaryKeyConstraintName: 'sturing_beoordeling_telling_pk' })
  ontvangenMaand: string;

  @PrimaryColumn({ type: 'varchar', length: 4, primaryKeyConstraintName: 'sturing_beoordeling_telling_pk' })
  retourcode: string;

  /** For retourcode '': prestaties judged; otherwise rejected prestaties carrying this retourcode. */
  @Column({ type: 'integer' })
  aantal: number;

  /** For retourcode '': prestaties rejected; otherwise 0. */
  @Column({ type: 'integer' })
  afgekeurd: number;
}
