import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Prestatie indexes by what the beoordeling asks (prestatie.entity.ts):
 * - one unique index for ReferentieNummers: it serves the lookups of any status and refuses a second approval (TR314),
 *   where two indexes on the same columns did, each maintained for every prestatie;
 * - the cumulative checks (TR322, TR369) read approved prestaties only, so only those are indexed per toewijzing;
 * - approved credits by the debet they name (TR390): the check ran through all of an aanbieder's prestaties before.
 */
export class PrestatieReferentieIndexen1795449300000 implements MigrationInterface {
  name = 'PrestatieReferentieIndexen1795449300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "keten"."prestatie_goedgekeurd_referentie_uniek"`);
    await queryRunner.query(`DROP INDEX "keten"."prestatie_referentie"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "prestatie_referentie" ON "keten"."prestatie" ("aanbieder_id", "domein", "referentie_nummer", (CASE WHEN "status" = 'goedgekeurd' THEN true END))`,
    );
    await queryRunner.query(`DROP INDEX "keten"."prestatie_toewijzing"`);
    await queryRunner.query(
      `CREATE INDEX "prestatie_toewijzing" ON "keten"."prestatie" ("gemeente_id", "domein", "toewijzing_nummer") WHERE "status" = 'goedgekeurd'`,
    );
    await queryRunner.query(
      `CREATE INDEX "prestatie_credit" ON "keten"."prestatie" ("aanbieder_id", "domein", "vorig_referentie_nummer") WHERE "status" = 'goedgekeurd' AND "debet_credit" = 'C'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "keten"."prestatie_credit"`);
    await queryRunner.query(`DROP INDEX "keten"."prestatie_toewijzing"`);
    await queryRunner.query(
      `CREATE INDEX "prestatie_toewijzing" ON "keten"."prestatie" ("gemeente_id", "domein", "toewijzing_nummer")`,
    );
    await queryRunner.query(`DROP INDEX "keten"."prestatie_referentie"`);
    await queryRunner.query(
      `CREATE INDEX "prestatie_referentie" ON "keten"."prestatie" ("aanbieder_id", "domein", "referentie_nummer")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "prestatie_goedgekeurd_referentie_uniek" ON "keten"."prestatie" ("aanbieder_id", "domein", "referentie_nummer") WHERE "status" = 'goedgekeurd'`,
    );
  }
}
