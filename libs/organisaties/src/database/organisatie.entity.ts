import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum OrganisatieSoort {
  Gemeente = 'gemeente',
  Regio = 'regio',
  Aanbieder = 'aanbieder',
}

/** A gemeente (CBS code, LDT_Gemeente), a regio of gemeenten, or an aanbieder (AGB code, LDT_AgbCode). */
@Entity({ name: 'organisatie', schema: 'keten' })
@Check('organisatie_gemeente_heeft_cbs_code', `("soort" = 'gemeente') = ("cbs_code" IS NOT NULL)`)
@Check('organisatie_aanbieder_heeft_agb_code', `("soort" = 'aanbieder') = ("agb_code" IS NOT NULL)`)
@Check('organisatie_cbs_code_formaat', `"cbs_code" ~ '^[0-9]{4}$'`)
@Check('organisatie_agb_code_formaat', `"agb_code" ~ '^[0-9]{8}$'`)
@Check('organisatie_kvk_nummer_formaat', `"kvk_nummer" ~ '^[0-9]{8}$'`)
@Check('organisatie_iban_formaat', `"iban" ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$'`)
@Index('organisatie_cbs_code_uniek', ['cbsCode'], { unique: true })
@Index('organisatie_agb_code_uniek', ['agbCode'], { unique: true })
@Index('organisatie_regio_naam_uniek', ['naam'], { unique: true, where: `"soort" = 'regio'` })
export class OrganisatieEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: Object.values(OrganisatieSoort), enumName: 'organisatie_soort' })
  soort: OrganisatieSoort;

  @Column({ type: 'varchar', length: 200 })
  naam: string;

  @Column({ name: 'cbs_code', type: 'char', length: 4, nullable: true })
  cbsCode: string | null;

  @Column({ name: 'agb_code', type: 'char', length: 8, nullable: true })
  agbCode: string | null;

  @Column({ name: 'kvk_nummer', type: 'char', length: 8, nullable: true })
  kvkNummer: string | null;

  /** The account payments go to (aanbieder) or come from (inkopende organisatie): normalised, checked (ISO 13616). */
  @Column({ type: 'varchar', length: 34, nullable: true })
  iban: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
