import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Domein } from '#keten/domain';
import type { ClientEntity } from './client.entity.js';
import type { ToewijzingEntity } from './toewijzing.entity.js';

export enum RegieberichtSoort {
  Start = 'start',
  Stop = 'stop',
}

export enum RegieberichtStatus {
  Geaccepteerd = 'geaccepteerd',
  Afgewezen = 'afgewezen',
}

/**
 * One StartProduct (305) or StopProduct (307) as received, with its outcome. The sleutel of a start is Bsn +
 * ToewijzingNummer + Begindatum (TR074/TR063; the 9413–9415 texts in the basisschema name the same triple); a stop
 * repeats the sleutel of its start (TR382) and is itself identified by that sleutel + Einddatum + RedenBeeindiging,
 * so that a definitive stop may follow a temporary one with the same Einddatum (TR414: ≥). A delete (StatusAanlevering
 * 3) is a row of its own that marks the row it deletes (verwijderdDoorId). "Current" = status 1, geaccepteerd, not
 * deleted; the partial unique indexes below keep that true in the database too.
 */
@Entity({ name: 'regiebericht', schema: 'keten' })
@Index('regiebericht_product_uniek', ['berichtId', 'volgnummer'], { unique: true })
@Index('regiebericht_actuele_start_uniek', ['toewijzingId', 'begindatum'], {
  unique: true,
  where: `"soort" = 'start' AND "status_aanlevering" = '1' AND "status" = 'geaccepteerd' AND "verwijderd_door_id" IS NULL`,
})
@Index('regiebericht_actuele_stop_uniek', ['toewijzingId', 'begindatum', 'einddatum', 'redenBeeindiging'], {
  unique: true,
  where: `"soort" = 'stop' AND "status_aanlevering" = '1' AND "status" = 'geaccepteerd' AND "verwijderd_door_id" IS NULL`,
})
@Index('regiebericht_toewijzing', ['toewijzingId', 'soort'])
@Check('regiebericht_status_aanlevering', `"status_aanlevering" IN ('1', '3')`)
@Check('regiebericht_stop_velden', `"soort" = 'start' OR ("einddatum" IS NOT NULL AND "reden_beeindiging" IS NOT NULL)`)
@Check('regiebericht_periode', `"einddatum" IS NULL OR "einddatum" >= "begindatum"`)
export class RegieberichtEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: Object.values(RegieberichtSoort), enumName: 'regiebericht_soort' })
  soort: RegieberichtSoort;

  /** The inbound 305/307 (keten.bericht) this product came in. */
  @Column({ name: 'bericht_id', type: 'uuid' })
  berichtId: string;

  /** 1-based position of the StartProduct/StopProduct in its message (the class the retour puts codes on). */
  @Column({ type: 'integer' })
  volgnummer: number;

  @Column({ name: 'gemeente_id', type: 'uuid' })
  gemeenteId: string;

  @ManyToOne('OrganisatieEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'gemeente_id', foreignKeyConstraintName: 'regiebericht_gemeente_fk' })
  gemeente?: unknown;

  @Column({ name: 'aanbieder_id', type: 'uuid' })
  aanbiederId: string;

  @ManyToOne('OrganisatieEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'aanbieder_id', foreignKeyConstraintName: 'regiebericht_aanbieder_fk' })
  aanbieder?: unknown;

  @Column({ type: 'enum', enum: Object.values(Domein), enumName: 'domein' })
  domein: Domein;

  /** Null when the toewijzing could not be found (9019). */
  @Column({ name: 'toewijzing_id', type: 'uuid', nullable: true })
  toewijzingId: string | null;

  @ManyToOne('ToewijzingEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'toewijzing_id', foreignKeyConstraintName: 'regiebericht_toewijzing_fk' })
  toewijzing?: ToewijzingEntity;

  /** Null when the BSN is not known to Keten (then 9019). */
  @Column({ name: 'client_id', type: 'uuid', nullable: true })
  clientId: string | null;

  @ManyToOne('ClientEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'regiebericht_client_fk' })
  client?: ClientEntity;

  /** As sent; optional in the XSD (taakgericht), required here to relate (TR019). */
  @Column({ name: 'toewijzing_nummer', type: 'integer', nullable: true })
  toewijzingNummer: number | null;

  @Column({ type: 'date' })
  begindatum: string;

  @Column({ type: 'date', nullable: true })
  einddatum: string | null;

  /** WMO588/JZ588 code (31 differs between the domains); 20 = tijdelijk beëindigd. */
  @Column({ name: 'reden_beeindiging', type: 'char', length: 2, nullable: true })
  redenBeeindiging: string | null;

  /** COD467: 1 = eerste aanlevering, 3 = verwijderen (CS058). */
  @Column({ name: 'status_aanlevering', type: 'char', length: 1 })
  statusAanlevering: string;

  @Column({ type: 'enum', enum: Object.values(RegieberichtStatus), enumName: 'regiebericht_status' })
  status: RegieberichtStatus;

  /** WJ001 codes for the retour (306/308); empty when geaccepteerd (then 0200 in the retour). */
  @Column({ type: 'text', array: true })
  retourcodes: string[];

  /** Why it was rejected, in plain Dutch; never a BSN. */
  @Column({ type: 'text', nullable: true })
  toelichting: string | null;

  /** The status-3 row that deleted this one. */
  @Column({ name: 'verwijderd_door_id', type: 'uuid', nullable: true })
  verwijderdDoorId: string | null;

  @ManyToOne('RegieberichtEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'verwijderd_door_id', foreignKeyConstraintName: 'regiebericht_verwijderd_door_fk' })
  verwijderdDoor?: RegieberichtEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
