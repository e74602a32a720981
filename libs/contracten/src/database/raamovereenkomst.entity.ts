import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Domein, type Indexcomponent } from '#keten/domain';
import { centenTransformer } from '#keten/platform';
import type { OrganisatieEntity } from '#keten/organisaties';
import type { ContractProductEntity } from './contract-product.entity.js';

/** A raamovereenkomst between an inkopende organisatie (gemeente or regio) and one aanbieder. */
@Entity({ name: 'raamovereenkomst', schema: 'keten' })
@Check('raamovereenkomst_periode', `"einddatum" >= "ingangsdatum"`)
@Check('raamovereenkomst_maximale_waarde', `"maximale_waarde_centen" > 0`)
@Index('raamovereenkomst_nummer_uniek', ['inkoperId', 'nummer'], { unique: true })
@Index('raamovereenkomst_aanbieder', ['aanbiederId'])
export class RaamovereenkomstEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  nummer: string;

  @Column({ type: 'varchar', length: 200 })
  naam: string;

  @Column({ name: 'inkoper_id', type: 'uuid' })
  inkoperId: string;

  @ManyToOne('OrganisatieEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'inkoper_id', foreignKeyConstraintName: 'raamovereenkomst_inkoper_fk' })
  inkoper?: OrganisatieEntity;

  @Column({ name: 'aanbieder_id', type: 'uuid' })
  aanbiederId: string;

  @ManyToOne('OrganisatieEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'aanbieder_id', foreignKeyConstraintName: 'raamovereenkomst_aanbieder_fk' })
  aanbieder?: OrganisatieEntity;

  @Column({ type: 'enum', enum: Object.values(Domein), enumName: 'domein' })
  domein: Domein;

  @Column({ type: 'date' })
  ingangsdatum: string;

  @Column({ type: 'date' })
  einddatum: string;

  /** Required for a raamovereenkomst (Aanbestedingswet; inkoop-en-contracten.md 2). */
  @Column({ name: 'maximale_waarde_centen', type: 'bigint', transformer: centenTransformer })
  maximaleWaardeCenten: number;

  /** The value at award: the base for the cumulative 50% guard (Aanbestedingswet 2012 art. 2.163b–2.163f). */
  @Column({ name: 'oorspronkelijke_waarde_centen', type: 'bigint', transformer: centenTransformer })
  oorspronkelijkeWaardeCenten: number;

  /** The einddatum at award, before any verlengingsoptie was exercised. */
  @Column({ name: 'oorspronkelijke_einddatum', type: 'date' })
  oorspronkelijkeEinddatum: string;

  /** Why a term over 48 months is justified (inkoop-en-contracten.md 4). */
  @Column({ name: 'motivering_lange_looptijd', type: 'text', nullable: true })
  motiveringLangeLooptijd: string | null;

  /** Whether aanbieders may join during the term (toelatingsprocedure / open house). */
  @Column({ name: 'tussentijdse_toetreding', type: 'boolean', default: false })
  tussentijdseToetreding: boolean;

  /** The contract an aanbieder joined (tussentijdse toetreding): products and tariffs came from it. */
  @Column({ name: 'toegetreden_tot_id', type: 'uuid', nullable: true })
  toegetredenTotId: string | null;

  @ManyToOne('RaamovereenkomstEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'toegetreden_tot_id', foreignKeyConstraintName: 'raamovereenkomst_toegetreden_tot_fk' })
  toegetredenTot?: RaamovereenkomstEntity;

  /** The agreed indexation method: components and weights without figures (e.g. OVA 90, PCC 10). */
  @Column({ type: 'jsonb', nullable: true })
  indexatiemethode: Pick<Indexcomponent, 'naam' | 'gewicht'>[] | null;

  @ManyToMany('OrganisatieEntity')
  @JoinTable({
    name: 'raamovereenkomst_gemeente',
    schema: 'keten',
    joinColumn: {
      name: 'raamovereenkomst_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'raamovereenkomst_gemeente_raamovereenkomst_fk',
    },
    inverseJoinColumn: {
      name: 'gemeente_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'raamovereenkomst_gemeente_gemeente_fk',
    },
  })
  gemeenten?: OrganisatieEntity[];

  @OneToMany('ContractProductEntity', 'raamovereenkomst', { cascade: ['insert'] })
  producten?: ContractProductEntity[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
