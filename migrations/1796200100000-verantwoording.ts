import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Verantwoording of taakgerichte budgets and subsidies (inkoop-en-contracten.md 4–5): the aanbieder's outcome
 * indicators per period, accepted or sent back by the inkoopadviseur; a termijn can be held until the verantwoording
 * over a period is accepted.
 */
export class Verantwoording1796200100000 implements MigrationInterface {
  name = 'Verantwoording1796200100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "keten"."verantwoording_status" AS ENUM('ingediend', 'aanvulling_gevraagd', 'geaccepteerd')`,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."verantwoording" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "budget_id" uuid NOT NULL, "raamovereenkomst_id" uuid NOT NULL, "periode_begindatum" date NOT NULL, "periode_einddatum" date NOT NULL, "indicatoren" jsonb NOT NULL, "toelichting" text, "status" "keten"."verantwoording_status" NOT NULL DEFAULT 'ingediend', "ingediend_op" date NOT NULL, "ingediend_door" character varying(64) NOT NULL, "beoordeeld_op" date, "beoordeeld_door" character varying(64), "beoordeling_toelichting" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_057d1d477659132d2490c4d9734" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "verantwoording_raamovereenkomst" ON "keten"."verantwoording" ("raamovereenkomst_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "verantwoording_periode_uniek" ON "keten"."verantwoording" ("budget_id", "periode_begindatum")`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."verantwoording" ADD CONSTRAINT "verantwoording_budget_fk" FOREIGN KEY ("budget_id") REFERENCES "keten"."budget"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "keten"."termijn" ADD "wacht_op_verantwoording" date`);
    await queryRunner.query(`ALTER TABLE "keten"."termijn" ADD "vasthoudreden" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "keten"."termijn" DROP COLUMN "vasthoudreden"`);
    await queryRunner.query(`ALTER TABLE "keten"."termijn" DROP COLUMN "wacht_op_verantwoording"`);
    await queryRunner.query(`DROP TABLE "keten"."verantwoording"`);
    await queryRunner.query(`DROP TYPE "keten"."verantwoording_status"`);
  }
}
