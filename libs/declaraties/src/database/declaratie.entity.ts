import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Domein } from '#keten/domain';
import { centenTransformer } from '#keten/platform';

export enum DeclaratieStatus {
  /** Stored, waiting for its beoordeling job. */
  Ontvangen = 'ontvangen',
  Beoordeeld = 'beoordeeld',
}

export enum DeclaratieBron {
  Xml = 'xml',
  Json = 'json',
  Excel = 'excel',
}

/**
 * A declaratie (323) of one aanbieder to one gemeente for one DeclaratiePeriode. DeclaratieNummer is unique per
 * aanbieder per domein (TR333/OP349): a repeat is stored as `nummer_dubbel` and rejected with 9333, never paid twice.
 */
@Entity({ name: 'declaratie', schema: 'keten' })
@Index('declaratie_nummer_uniek', ['aanbiederId', 'domein', 'declaratieNummer'], {
  unique: true,
  where: `NOT "nummer_dubbel"`,
})
@Index('declaratie_aanbieder_gemeente_periode', ['aanbiederId', 'gemeenteId', 'periodeBegin'])
@Index('declaratie_status', ['status', 'createdAt'])
export class DeclaratieEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'aanbieder_id', type: 'uuid' })
  aanbiederId: string;

  @ManyToOne('OrganisatieEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'aanbieder_id', foreignKeyConstraintName: 'declaratie_aanbieder_fk' })
  aanbieder?: unknown;

  @Column({ name: 'gemeente_id', type: 'uuid' })
  gemeenteId: string;

  @ManyToOne('OrganisatieEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'gemeente_id', foreignKeyConstraintName: 'declaratie_gemeente_fk' })
  gemeente?: unknown;

  @Column({ type: 'enum', enum: Object.values(Domein), enumName: 'domein' })
  domein: Domein;

  @Column({ name: 'declaratie_nummer', type: 'varchar', length: 12 })
  declaratieNummer: string;

  @Column({ name: 'nummer_dubbel', type: 'boolean' })
  nummerDubbel: boolean;

  @Column({ name: 'periode_begin', type: 'date' })
  periodeBegin: string;

  @Column({ name: 'periode_eind', type: 'date' })
  periodeEind: string;

  @Column({ type: 'date' })
  dagtekening: string;

  /** Signed cents (debet positive), as declared in TotaalIngediendBedrag. */
  @Column({ name: 'totaal_ingediend_centen', type: 'bigint', transformer: centenTransformer })
  totaalIngediendCenten: number;

  /** Signed cents approved (Σ approved debet − Σ approved credit); null until beoordeeld. */
  @Column({ name: 'totaal_toegekend_centen', type: 'bigint', nullable: true, transformer: centenTransformer })
  totaalToegekendCenten: number | null;

  @Column({ type: 'enum', enum: Object.values(DeclaratieStatus), enumName: 'declaratie_status' })
  status: DeclaratieStatus;

  @Column({ type: 'enum', enum: Object.values(DeclaratieBron), enumName: 'declaratie_bron' })
  bron: DeclaratieBron;

  /** The 323 message it came in, if it came as XML (the 325 refers to its BerichtIdentificatie). */
  @Column({ name: 'bericht_id', type: 'uuid', nullable: true })
  berichtId: string | null;

  /** BerichtIdentificatie of that 323 (identificatie + dagtekening): the 325 names it as DeclaratieIdentificatie (TR337). */
  @Column({ name: 'bericht_identificatie', type: 'varchar', length: 12, nullable: true })
  berichtIdentificatie: string | null;

  @Column({ name: 'bericht_dagtekening', type: 'date', nullable: true })
  berichtDagtekening: string | null;

  @Column({ name: 'aantal_prestaties', type: 'integer' })
  aantalPrestaties: number;

  /** Until the beoordeling: the prestaties as submitted (ingediende-prestaties.util.ts); then they are keten.prestatie rows. */
  @Column({ name: 'ingediende_prestaties', type: 'bytea', nullable: true, select: false })
  ingediendePrestaties: Buffer | null;

  /** From the beoordeling: its approved amounts per product by month of care, and its retourcodes (samenvatting.ts). */
  @Column({ name: 'goedgekeurde_bedragen', type: 'jsonb', nullable: true, select: false })
  goedgekeurdeBedragen: unknown;

  /** RetourCodes of the DeclaratieAntwoord class (8001, 0200, or the message-level findings). */
  @Column({ type: 'text', array: true, nullable: true })
  retourcodes: string[] | null;

  /** Message-level findings with their rule and toelichting. */
  @Column({ type: 'jsonb', nullable: true })
  bevindingen: unknown[] | null;

  /** Which rule set produced the result (history is kept: architecture.md 4). */
  @Column({ name: 'regelversie', type: 'varchar', length: 40, nullable: true })
  regelversie: string | null;

  @Column({ name: 'beoordeeld_op', type: 'timestamptz', nullable: true })
  beoordeeldOp: Date | null;

  /** Set when a betaalbatch that paid all its approved prestaties was marked betaald (sturing). */
  @Column({ name: 'betaald_op', type: 'date', nullable: true })
  betaaldOp: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
