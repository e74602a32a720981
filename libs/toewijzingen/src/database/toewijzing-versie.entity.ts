import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Eenheid } from '#keten/domain';
import { centenTransformer } from '#keten/platform';
import type { ToewijzingEntity } from './toewijzing.entity.js';

/**
 * One version of a toewijzing as decided at Toewijzingsdatum + Toewijzingstijd; the current one is the latest by that
 * moment (IV013), and re-sending the same decision adds nothing (same moment = same version).
 */
@Entity({ name: 'toewijzing_versie', schema: 'keten' })
// Unique on (toewijzing_id, toewijzingsdatum, toewijzingstijd), with the fields the beoordeling reads included, so the
// current version is read from the index alone (migration 1796720000000). TypeORM cannot declare INCLUDE.
@Index('toewijzing_versie_moment_uniek', { synchronize: false })
@Check('toewijzing_versie_periode', `"einddatum" IS NULL OR "einddatum" >= "ingangsdatum"`)
@Check('toewijzing_versie_omvang_of_budget', `"volume" IS NULL OR "budget_centen" IS NULL`)
export class ToewijzingVersieEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'toewijzing_id', type: 'uuid' })
  toewijzingId: string;

  @ManyToOne('ToewijzingEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'toewijzing_id', foreignKeyConstraintName: 'toewijzing_versie_toewijzing_fk' })
  toewijzing?: ToewijzingEntity;

  @Column({ type: 'date' })
  toewijzingsdatum: string;

  @Column({ type: 'time' })
  toewijzingstijd: string;

  /** Empty = generieke toewijzing. */
  @Column({ type: 'char', length: 2, nullable: true })
  productcategorie: string | null;

  /** Empty = aspecifieke (or generieke) toewijzing. */
  @Column({ type: 'varchar', length: 5, nullable: true })
  productcode: string | null;

  @Column({ type: 'date' })
  ingangsdatum: string;

  @Column({ type: 'date', nullable: true })
  einddatum: string | null;

  @Column({ type: 'integer', nullable: true })
  volume: number | null;

  @Column({ type: 'enum', enum: Object.values(Eenheid), enumName: 'eenheid', nullable: true })
  eenheid: Eenheid | null;

  /** WMO757 code. */
  @Column({ type: 'char', length: 1, nullable: true })
  frequentie: string | null;

  @Column({ name: 'budget_centen', type: 'bigint', nullable: true, transformer: centenTransformer })
  budgetCenten: number | null;

  /** WMO002/JZ002 code; 13 = Verwijderd. */
  @Column({ name: 'reden_wijziging', type: 'char', length: 2, nullable: true })
  redenWijziging: string | null;

  @Column({ name: 'referentie_aanbieder', type: 'varchar', length: 36, nullable: true })
  referentieAanbieder: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  commentaar: string | null;

  /** The sociaal (wijk)team that issued this decision (JSON intake); null: the gemeente's default (sturing). */
  @Column({ name: 'sociaal_team', type: 'varchar', length: 60, nullable: true })
  sociaalTeam: string | null;

  /** The four digits of the client's postcode (JSON intake), for the wijk; never the full address. */
  @Column({ type: 'char', length: 4, nullable: true })
  postcode4: string | null;

  /** The 301 that brought this version, when it came as a message. */
  @Column({ name: 'bericht_id', type: 'uuid', nullable: true })
  berichtId: string | null;

  /** The verzoek (315/317) this version honours (OP348), when it came from the work queue. */
  @Column({ name: 'verzoek_id', type: 'uuid', nullable: true })
  verzoekId: string | null;

  @ManyToOne('VerzoekEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'verzoek_id', foreignKeyConstraintName: 'toewijzing_versie_verzoek_fk' })
  verzoek?: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
