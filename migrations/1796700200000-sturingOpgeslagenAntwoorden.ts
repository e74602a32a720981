import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sturing's reports over every toewijzing of a gemeente, kept per gemeente versie (issue 13: national scale). */
export class SturingOpgeslagenAntwoorden1796700200000 implements MigrationInterface {
  name = 'SturingOpgeslagenAntwoorden1796700200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "keten"."sturing_gemeente_versie" ("gemeente_id" uuid NOT NULL, "versie" bigint NOT NULL, "gewijzigd_op" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "sturing_gemeente_versie_pk" PRIMARY KEY ("gemeente_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."sturing_opgeslagen_antwoord" ("gemeente_id" uuid NOT NULL, "sleutel" character varying(200) NOT NULL, "versie" bigint NOT NULL, "antwoord" jsonb NOT NULL, "berekend_op" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "sturing_opgeslagen_antwoord_pk" PRIMARY KEY ("gemeente_id", "sleutel"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "keten"."sturing_opgeslagen_antwoord"`);
    await queryRunner.query(`DROP TABLE "keten"."sturing_gemeente_versie"`);
  }
}
