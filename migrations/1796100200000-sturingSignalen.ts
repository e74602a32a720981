import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sturing's signals: approved amounts per toewijzing and month, beoordeling counts with retourcodes, and the ToewijzingNummer on the allocated cost. */
export class SturingSignalen1796100200000 implements MigrationInterface {
  name = 'SturingSignalen1796100200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "keten"."sturing_toewijzing_realisatie" ("gemeente_id" uuid NOT NULL, "domein" "keten"."domein" NOT NULL, "toewijzing_nummer" integer NOT NULL, "maand" date NOT NULL, "aanbieder_id" uuid NOT NULL, "bedrag_centen" bigint NOT NULL, "aantal_prestaties" integer NOT NULL, CONSTRAINT "sturing_toewijzing_realisatie_pk" PRIMARY KEY ("gemeente_id", "domein", "toewijzing_nummer", "maand"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "sturing_toewijzing_realisatie_aanbieder" ON "keten"."sturing_toewijzing_realisatie"  ("gemeente_id", "aanbieder_id", "maand") `,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."sturing_beoordeling_telling" ("gemeente_id" uuid NOT NULL, "aanbieder_id" uuid NOT NULL, "ontvangen_maand" date NOT NULL, "retourcode" character varying(4) NOT NULL, "aantal" integer NOT NULL, "afgekeurd" integer NOT NULL, CONSTRAINT "sturing_beoordeling_telling_pk" PRIMARY KEY ("gemeente_id", "aanbieder_id", "ontvangen_maand", "retourcode"))`,
    );
    await queryRunner.query(`ALTER TABLE "keten"."sturing_toegewezen" ADD "toewijzing_nummer" integer NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "keten"."sturing_toegewezen" DROP COLUMN "toewijzing_nummer"`);
    await queryRunner.query(`DROP TABLE "keten"."sturing_beoordeling_telling"`);
    await queryRunner.query(`DROP TABLE "keten"."sturing_toewijzing_realisatie"`);
  }
}
