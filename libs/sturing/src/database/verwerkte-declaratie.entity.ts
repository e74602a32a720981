import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A beoordeelde declaratie whose approved prestaties are in sturing_realisatie: a redelivered job adds nothing twice. */
@Entity({ name: 'sturing_verwerkte_declaratie', schema: 'keten' })
export class VerwerkteDeclaratieEntity {
  @PrimaryColumn({ name: 'declaratie_id', type: 'uuid', primaryKeyConstraintName: 'sturing_verwerkte_declaratie_pk' })
  declaratieId: string;

  @CreateDateColumn({ name: 'verwerkt_op', type: 'timestamptz' })
  verwerktOp: Date;
}
