import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Domein } from '#keten/domain';

export enum BerichtStatus {
  Ontvangen = 'ontvangen',
  Verwerkt = 'verwerkt',
  Afgekeurd = 'afgekeurd',
}

/**
 * Every inbound iWmo/iJw message, durable before Keten answers. The raw XML is kept encrypted (it holds BSNs).
 * BerichtIdentificatie is unique per berichtsoort per afzender (TR056); a repeat is stored as `dubbel` and answered
 * with 9056, never processed twice.
 */
@Entity({ name: 'bericht', schema: 'keten' })
@Index('bericht_identificatie_uniek', ['berichtsoort', 'afzender', 'identificatie'], {
  unique: true,
  where: `NOT "dubbel" AND "identificatie" IS NOT NULL`,
})
@Index('bericht_afzender', ['afzender', 'createdAt'])
export class BerichtEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** e.g. WMO323, JW301; null when the message could not be read at all. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  berichtsoort: string | null;

  @Column({ type: 'enum', enum: Object.values(Domein), enumName: 'domein', nullable: true })
  domein: Domein | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  afzender: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  ontvanger: string | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  identificatie: string | null;

  @Column({ type: 'date', nullable: true })
  dagtekening: string | null;

  @Column({ type: 'boolean', default: false })
  dubbel: boolean;

  @Column({ type: 'enum', enum: Object.values(BerichtStatus), enumName: 'bericht_status' })
  status: BerichtStatus;

  @Column({ type: 'text', array: true })
  retourcodes: string[];

  /** Why it was rejected, in plain Dutch; never containing a BSN. */
  @Column({ type: 'text', nullable: true })
  reden: string | null;

  @Column({ name: 'inhoud_versleuteld', type: 'bytea' })
  inhoudVersleuteld: Buffer;

  @Column({ type: 'integer' })
  grootte: number;

  /** gebruiker id of the sender's token. */
  @Column({ name: 'ontvangen_van', type: 'varchar', length: 64 })
  ontvangenVan: string;

  /** What the message produced (e.g. declaratie id), for GET /berichten/{id}. */
  @Column({ type: 'jsonb', nullable: true })
  resultaat: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
