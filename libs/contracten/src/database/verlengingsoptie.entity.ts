import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { RaamovereenkomstEntity } from './raamovereenkomst.entity.js';

export enum VerlengingsoptieStatus {
  Open = 'open',
  Gelicht = 'gelicht',
  Vervallen = 'vervallen',
}

/** An extension option agreed at award (e.g. 4 + 2 years: two options of 12 months), exercised in order. */
@Entity({ name: 'verlengingsoptie', schema: 'keten' })
@Check('verlengingsoptie_duur', `"duur_maanden" BETWEEN 1 AND 120`)
@Check('verlengingsoptie_volgnummer', `"volgnummer" >= 1`)
@Index('verlengingsoptie_volgnummer_uniek', ['raamovereenkomstId', 'volgnummer'], { unique: true })
export class VerlengingsoptieEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'raamovereenkomst_id', type: 'uuid' })
  raamovereenkomstId: string;

  @ManyToOne('RaamovereenkomstEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'raamovereenkomst_id', foreignKeyConstraintName: 'verlengingsoptie_raamovereenkomst_fk' })
  raamovereenkomst?: RaamovereenkomstEntity;

  @Column({ type: 'int' })
  volgnummer: number;

  @Column({ name: 'duur_maanden', type: 'int' })
  duurMaanden: number;

  @Column({
    type: 'enum',
    enum: Object.values(VerlengingsoptieStatus),
    enumName: 'verlengingsoptie_status',
    default: VerlengingsoptieStatus.Open,
  })
  status: VerlengingsoptieStatus;

  /** The contract's einddatum after exercising this option. */
  @Column({ name: 'nieuwe_einddatum', type: 'date', nullable: true })
  nieuweEinddatum: string | null;

  @Column({ name: 'gelicht_door', type: 'varchar', length: 64, nullable: true })
  gelichtDoor: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
