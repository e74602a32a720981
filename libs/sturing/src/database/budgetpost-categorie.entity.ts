import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Domein } from '#keten/domain';

/** Which budgetpost a productcategorie's spend counts on: one per gemeente and domein (the primary key says so). */
@Entity({ name: 'sturing_budgetpost_categorie', schema: 'keten' })
export class BudgetpostCategorieEntity {
  @PrimaryColumn({ name: 'gemeente_id', type: 'uuid', primaryKeyConstraintName: 'sturing_budgetpost_categorie_pk' })
  gemeenteId: string;

  @PrimaryColumn({
    type: 'enum',
    enum: Object.values(Domein),
    enumName: 'domein',
    primaryKeyConstraintName: 'sturing_budgetpost_categorie_pk',
  })
  domein: Domein;

  @PrimaryColumn({ type: 'varchar', length: 2, primaryKeyConstraintName: 'sturing_budgetpost_categorie_pk' })
  productcategorie: string;

  @Column({ name: 'budgetpost_id', type: 'uuid' })
  budgetpostId: string;

  @ManyToOne('BudgetpostEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'budgetpost_id', foreignKeyConstraintName: 'sturing_budgetpost_categorie_budgetpost_fk' })
  budgetpost?: unknown;
}
