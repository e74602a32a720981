import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Domein } from '#keten/domain';

/**
 * A line of a gemeente's begroting (sturing-en-schaal.md 1): a named set of productcategorieën in one domein, or the
 * algemene voorzieningen (subsidies). A productcategorie belongs to at most one budgetpost (budgetpost_categorie).
 */
@Entity({ name: 'sturing_budgetpost', schema: 'keten' })
@Index('sturing_budgetpost_code_uniek', ['gemeenteId', 'domein', 'code'], { unique: true })
export class BudgetpostEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'sturing_budgetpost_pk' })
  id: string;

  @Column({ name: 'gemeente_id', type: 'uuid' })
  gemeenteId: string;

  @ManyToOne('OrganisatieEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'gemeente_id', foreignKeyConstraintName: 'sturing_budgetpost_gemeente_fk' })
  gemeente?: unknown;

  @Column({ type: 'enum', enum: Object.values(Domein), enumName: 'domein' })
  domein: Domein;

  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  naam: string;

  /** Subsidies for algemene voorzieningen (no productcategorie). */
  @Column({ name: 'algemene_voorzieningen', type: 'boolean', default: false })
  algemeneVoorzieningen: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
