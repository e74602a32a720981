import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AanbestedingEntity } from './aanbesteding.entity.js';

export enum DocumentSoort {
  Aankondiging = 'aankondiging',
  Aanbestedingsleidraad = 'aanbestedingsleidraad',
  NotaVanInlichtingen = 'nota_van_inlichtingen',
  ProcesVerbaal = 'proces_verbaal',
  Gunningsbeslissing = 'gunningsbeslissing',
  Overig = 'overig',
}

/** A document of the procedure, recorded with its title, type, date and SHA-256 content hash; content bounded. */
@Entity({ name: 'aanbesteding_document', schema: 'keten' })
@Index('aanbesteding_document_uniek', ['aanbestedingId', 'inhoudHash'], { unique: true })
@Check('aanbesteding_document_hash_formaat', `"inhoud_hash" ~ '^[0-9a-f]{64}$'`)
@Check('aanbesteding_document_grootte', `"grootte" >= 0 AND "grootte" <= 5242880`)
export class AanbestedingDocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'aanbesteding_id', type: 'uuid' })
  aanbestedingId: string;

  @ManyToOne('AanbestedingEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'aanbesteding_id', foreignKeyConstraintName: 'aanbesteding_document_aanbesteding_fk' })
  aanbesteding?: AanbestedingEntity;

  @Column({ type: 'enum', enum: Object.values(DocumentSoort), enumName: 'aanbesteding_document_soort' })
  soort: DocumentSoort;

  @Column({ type: 'varchar', length: 200 })
  titel: string;

  @Column({ type: 'date' })
  datum: string;

  /** Visible to every aanbieder that sees the procedure (a nota van inlichtingen), or internal. */
  @Column({ type: 'boolean' })
  openbaar: boolean;

  @Column({ name: 'inhoud_hash', type: 'char', length: 64 })
  inhoudHash: string;

  @Column({ name: 'media_type', type: 'varchar', length: 100 })
  mediaType: string;

  @Column({ type: 'integer' })
  grootte: number;

  @Column({ type: 'bytea', select: false })
  inhoud?: Buffer;

  @Column({ name: 'geregistreerd_door', type: 'varchar', length: 64 })
  geregistreerdDoor: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
