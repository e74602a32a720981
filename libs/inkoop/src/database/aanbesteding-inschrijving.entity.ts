import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { OrganisatieEntity } from '#keten/organisaties';
import type { AanbestedingEntity } from './aanbesteding.entity.js';

export enum InschrijvingSoort {
  /** A bid or an application for admission. */
  Inschrijving = 'inschrijving',
  /** Verzoek tot deelneming in a selectiefase (niet-openbaar): no prices. */
  VerzoekTotDeelneming = 'verzoek_tot_deelneming',
}

/**
 * One inschrijving or aanmelding per aanbieder per perceel (the natural key, while not rejected); its content lives
 * in the aanbesteding's domain state, this row is the key and the access handle (an aanbieder sees only its own).
 */
@Entity({ name: 'aanbesteding_inschrijving', schema: 'keten' })
@Index('aanbesteding_inschrijving_uniek', ['aanbestedingId', 'perceelId', 'aanbiederId', 'soort'], {
  unique: true,
  where: `"afgewezen_op" IS NULL`,
})
@Index('aanbesteding_inschrijving_aanbieder', ['aanbiederId'])
export class AanbestedingInschrijvingEntity {
  /** Also the domain Inschrijving.id. */
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'aanbesteding_id', type: 'uuid' })
  aanbestedingId: string;

  @ManyToOne('AanbestedingEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'aanbesteding_id', foreignKeyConstraintName: 'aanbesteding_inschrijving_aanbesteding_fk' })
  aanbesteding?: AanbestedingEntity;

  @Column({ name: 'perceel_id', type: 'varchar', length: 20 })
  perceelId: string;

  @Column({ name: 'aanbieder_id', type: 'uuid' })
  aanbiederId: string;

  @ManyToOne('OrganisatieEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'aanbieder_id', foreignKeyConstraintName: 'aanbesteding_inschrijving_aanbieder_fk' })
  aanbieder?: OrganisatieEntity;

  @Column({ type: 'enum', enum: Object.values(InschrijvingSoort), enumName: 'inschrijving_soort' })
  soort: InschrijvingSoort;

  @Column({ name: 'ingediend_op', type: 'date' })
  ingediendOp: string;

  /** Set by a WijsAf (toelating): the aanbieder may apply again in a later window. */
  @Column({ name: 'afgewezen_op', type: 'date', nullable: true })
  afgewezenOp: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
