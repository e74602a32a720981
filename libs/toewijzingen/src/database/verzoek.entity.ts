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
import { Domein, VerzoekSoort, VerzoekStatus } from '#keten/domain';
import type { ClientEntity } from './client.entity.js';

/**
 * A verzoek om toewijzing (one AangevraagdProduct of a 315) or om wijziging (a 317), as received, with where it stands
 * in the gemeente's work queue and its decision. ReferentieAanbieder is unique per aanbieder per domein (TR347) among
 * verzoeken not refused on receipt: a refused one counts as not sent (OP286), so its referentie may be used again.
 */
@Entity({ name: 'verzoek', schema: 'keten' })
@Index('verzoek_product_uniek', ['berichtId', 'volgnummer'], { unique: true })
@Index('verzoek_referentie_uniek', ['aanbiederId', 'domein', 'referentieAanbieder'], {
  unique: true,
  where: `"status" <> 'afgekeurd'`,
})
@Index('verzoek_werkvoorraad', ['gemeenteId', 'status', 'termijn'])
@Index('verzoek_client', ['clientId', 'aanbiederId'])
@Check('verzoek_reden_afwijzing', `"status" <> 'afgewezen' OR "reden_afwijzing" IS NOT NULL`)
export class VerzoekEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: Object.values(VerzoekSoort), enumName: 'verzoek_soort' })
  soort: VerzoekSoort;

  /** The inbound 315/317 (keten.bericht). */
  @Column({ name: 'bericht_id', type: 'uuid' })
  berichtId: string;

  /** 1-based position of the AangevraagdProduct in its 315 (1 for a 317): the class its retour codes go on. */
  @Column({ type: 'integer' })
  volgnummer: number;

  @Column({ name: 'gemeente_id', type: 'uuid' })
  gemeenteId: string;

  @ManyToOne('OrganisatieEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'gemeente_id', foreignKeyConstraintName: 'verzoek_gemeente_fk' })
  gemeente?: unknown;

  @Column({ name: 'aanbieder_id', type: 'uuid' })
  aanbiederId: string;

  @ManyToOne('OrganisatieEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'aanbieder_id', foreignKeyConstraintName: 'verzoek_aanbieder_fk' })
  aanbieder?: unknown;

  @Column({ type: 'enum', enum: Object.values(Domein), enumName: 'domein' })
  domein: Domein;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @ManyToOne('ClientEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'verzoek_client_fk' })
  client?: ClientEntity;

  @Column({ name: 'referentie_aanbieder', type: 'varchar', length: 36 })
  referentieAanbieder: string;

  /** What was asked: the AangevraagdProduct (315) or the Verzoek class (317) as received; never a BSN. */
  @Column({ type: 'jsonb' })
  inhoud: Record<string, unknown>;

  /** Dagtekening of the verzoek: the answer deadlines run from it (OP274/OP346). */
  @Column({ type: 'date' })
  dagtekening: string;

  @Column({ type: 'enum', enum: Object.values(VerzoekStatus), enumName: 'verzoek_status' })
  status: VerzoekStatus;

  /** The date by which the gemeente answers; moves to 8 weken after the dagtekening when in onderzoek. */
  @Column({ type: 'date' })
  termijn: string;

  /** WJ001 codes of the retour (316/318); empty when taken into the work queue. */
  @Column({ type: 'text', array: true })
  retourcodes: string[];

  /** The findings behind those codes, with the class each belongs on (for the retour) and a reason in plain Dutch. */
  @Column({ type: 'jsonb' })
  bevindingen: { retourcode: string; regel: string; pad: string; toelichting: string }[];

  /** WJ759 when refused. */
  @Column({ name: 'reden_afwijzing', type: 'char', length: 1, nullable: true })
  redenAfwijzing: string | null;

  @Column({ name: 'besloten_door', type: 'varchar', length: 64, nullable: true })
  beslotenDoor: string | null;

  @Column({ name: 'besloten_op', type: 'timestamptz', nullable: true })
  beslotenOp: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * An antwoordbericht (319) the gemeente sent on a verzoek: "in onderzoek" or a refusal. Its identificatie is unique per
 * gemeente per berichtsoort (TR056); the aanbieder's technical retour on it (320) is recorded on the row.
 */
@Entity({ name: 'verzoek_antwoord', schema: 'keten' })
@Index('verzoek_antwoord_volgnummer_uniek', ['verzoekId', 'volgnummer'], { unique: true })
@Index('verzoek_antwoord_identificatie_uniek', ['gemeenteId', 'domein', 'identificatie'], { unique: true })
@Check('verzoek_antwoord_reden', `("verzoek_antwoord" = '1') = ("reden_afwijzing" IS NOT NULL)`)
export class VerzoekAntwoordEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'verzoek_id', type: 'uuid' })
  verzoekId: string;

  @ManyToOne('VerzoekEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'verzoek_id', foreignKeyConstraintName: 'verzoek_antwoord_verzoek_fk' })
  verzoek?: VerzoekEntity;

  @Column({ type: 'integer' })
  volgnummer: number;

  @Column({ name: 'gemeente_id', type: 'uuid' })
  gemeenteId: string;

  @ManyToOne('OrganisatieEntity', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'gemeente_id', foreignKeyConstraintName: 'verzoek_antwoord_gemeente_fk' })
  gemeente?: unknown;

  @Column({ type: 'enum', enum: Object.values(Domein), enumName: 'domein' })
  domein: Domein;

  /** WJ760: 1 = verzoek afgewezen, 2 = aanvraag in onderzoek. */
  @Column({ name: 'verzoek_antwoord', type: 'char', length: 1 })
  verzoekAntwoord: string;

  /** WJ759; required when afgewezen (CD085), empty when in onderzoek (CD086). */
  @Column({ name: 'reden_afwijzing', type: 'char', length: 1, nullable: true })
  redenAfwijzing: string | null;

  /** iJw, reden 8: the gemeente responsible under the woonplaatsbeginsel (TR377/TR409). */
  @Column({ name: 'woonplaats_gemeente', type: 'char', length: 4, nullable: true })
  woonplaatsGemeente: string | null;

  @Column({ type: 'varchar', length: 12 })
  identificatie: string;

  @Column({ type: 'date' })
  dagtekening: string;

  /** The aanbieder's 320 on this 319 (keten.bericht), with its codes (0200 = accepted). */
  @Column({ name: 'retour_bericht_id', type: 'uuid', nullable: true })
  retourBerichtId: string | null;

  @Column({ name: 'retour_codes', type: 'text', array: true, nullable: true })
  retourCodes: string[] | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
