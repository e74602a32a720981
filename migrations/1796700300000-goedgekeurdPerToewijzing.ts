import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sturing's copy of the approved amounts per toewijzing and month (one row per prestatie, in effect) gives way to a
 * view the declaraties context publishes over its own prestaties (issue 13: keeping the copy current cost a third of
 * the beoordeling). Only reports that are stored per versie of the gemeente's figures read it.
 */
export class GoedgekeurdPerToewijzing1796700300000 implements MigrationInterface {
  name = 'GoedgekeurdPerToewijzing1796700300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "keten"."sturing_toewijzing_realisatie"`);
    await queryRunner.query(GOEDGEKEURD_PER_TOEWIJZING_VIEW);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "keten"."goedgekeurd_per_toewijzing"`);
    await queryRunner.query(
      `CREATE TABLE "keten"."sturing_toewijzing_realisatie" ("gemeente_id" uuid NOT NULL, "domein" "keten"."domein" NOT NULL, "toewijzing_nummer" integer NOT NULL, "maand" date NOT NULL, "aanbieder_id" uuid NOT NULL, "bedrag_centen" bigint NOT NULL, "aantal_prestaties" integer NOT NULL, CONSTRAINT "sturing_toewijzing_realisatie_pk" PRIMARY KEY ("gemeente_id", "domein", "toewijzing_nummer", "maand"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "sturing_toewijzing_realisatie_aanbieder" ON "keten"."sturing_toewijzing_realisatie"  ("gemeente_id", "aanbieder_id", "maand") `,
    );
    await queryRunner.query(
      `INSERT INTO "keten"."sturing_toewijzing_realisatie" SELECT gemeente_id, domein, toewijzing_nummer, date_trunc('month', begindatum)::date, aanbieder_id,
              sum(CASE WHEN debet_credit = 'C' THEN -ingediend_bedrag_centen ELSE ingediend_bedrag_centen END), count(*)
         FROM "keten"."prestatie" WHERE status = 'goedgekeurd' GROUP BY 1, 2, 3, 4, 5`,
    );
  }
}

/** The view as this migration made it (published by the declaraties context: goedgekeurde-bedragen.service.ts). */
const GOEDGEKEURD_PER_TOEWIJZING_VIEW = `
  CREATE VIEW "keten"."goedgekeurd_per_toewijzing" AS
  SELECT gemeente_id, domein, toewijzing_nummer, aanbieder_id, date_trunc('month', begindatum)::date AS maand,
         sum(CASE WHEN debet_credit = 'C' THEN -ingediend_bedrag_centen ELSE ingediend_bedrag_centen END) AS bedrag_centen,
         count(*)::int AS aantal_prestaties
    FROM "keten"."prestatie" WHERE status = 'goedgekeurd'
   GROUP BY gemeente_id, domein, toewijzing_nummer, aanbieder_id, date_trunc('month', begindatum)`;
