import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { centenTransformer } from '#keten/platform';
import type { AanbestedingEntity } from './aanbesteding.entity.js';

/**
 * A timed mini-competition under a raamovereenkomst: a round of a besloten veiling for one client (admitted
 * aanbieders underbid each other under the maximumtarief until sluitOm; closing runs HoudVeiling), or a nadere
 * opdracht in a DAS (sealed bids until sluitOm; the award runs NadereOpdracht on BPKV).
 */
@Entity({ name: 'veilingronde', schema: 'keten' })
@Check('veilingronde_termijn', `"sluit_om" > "geopend_om"`)
@Check('veilingronde_soort', `"soort" IN ('veiling', 'nadere_opdracht')`)
@Index('veilingronde_uitslag_uniek', ['aanbestedingId', 'uitslagId'], { unique: true })
export class VeilingrondeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'aanbesteding_id', type: 'uuid' })
  aanbestedingId: string;

  @ManyToOne('AanbestedingEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'aanbesteding_id', foreignKeyConstraintName: 'veilingronde_aanbesteding_fk' })
  aanbesteding?: AanbestedingEntity;

  /** The id of the mini-competitie uitslag in the domain state once closed (also its key there). */
  @Column({ type: 'varchar', length: 20, default: 'veiling' })
  soort: 'veiling' | 'nadere_opdracht';

  @Column({ name: 'uitslag_id', type: 'varchar', length: 40 })
  uitslagId: string;

  @Column({ name: 'perceel_id', type: 'varchar', length: 20 })
  perceelId: string;

  @Column({ type: 'varchar', length: 5 })
  productcode: string;

  /** The client's toewijzing or request: shown to the admitted participants only, never published. */
  @Column({ name: 'client_referentie', type: 'varchar', length: 100 })
  clientReferentie: string;

  @Column({ name: 'geopend_om', type: 'timestamptz' })
  geopendOm: Date;

  @Column({ name: 'sluit_om', type: 'timestamptz' })
  sluitOm: Date;

  @Column({ name: 'gesloten_om', type: 'timestamptz', nullable: true })
  geslotenOm: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** An aanbieder's standing bid in a round: one per aanbieder, only ever lowered. */
@Entity({ name: 'veilingbod', schema: 'keten' })
@Check('veilingbod_tarief', `"tarief_centen" > 0`)
@Index('veilingbod_uniek', ['rondeId', 'aanbiederId'], { unique: true })
export class VeilingbodEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'ronde_id', type: 'uuid' })
  rondeId: string;

  @ManyToOne('VeilingrondeEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ronde_id', foreignKeyConstraintName: 'veilingbod_ronde_fk' })
  ronde?: VeilingrondeEntity;

  @Column({ name: 'aanbieder_id', type: 'uuid' })
  aanbiederId: string;

  @Column({ name: 'tarief_centen', type: 'bigint', transformer: centenTransformer })
  tariefCenten: number;

  @Column({ name: 'ingediend_om', type: 'timestamptz' })
  ingediendOm: Date;
}
