import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Uitvoeringsvariant } from '#keten/domain';
import type { RaamovereenkomstEntity } from './raamovereenkomst.entity.js';

/**
 * A segment of a contract funded its own way (IJsselland: midden-segment on fixed result tariffs, top-segment
 * P×Q): every product in the segment has the segment's uitvoeringsvariant.
 */
@Entity({ name: 'segment', schema: 'keten' })
@Index('segment_naam_uniek', ['raamovereenkomstId', 'naam'], { unique: true })
export class SegmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'raamovereenkomst_id', type: 'uuid' })
  raamovereenkomstId: string;

  @ManyToOne('RaamovereenkomstEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'raamovereenkomst_id', foreignKeyConstraintName: 'segment_raamovereenkomst_fk' })
  raamovereenkomst?: RaamovereenkomstEntity;

  @Column({ type: 'varchar', length: 100 })
  naam: string;

  @Column({ type: 'enum', enum: Object.values(Uitvoeringsvariant), enumName: 'uitvoeringsvariant' })
  uitvoeringsvariant: Uitvoeringsvariant;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
