import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The declaratie keeps the BerichtIdentificatie of its 323 (for the 325, TR337), so that the declaraties context no
 * longer reads keten.bericht; existing rows take it from their message.
 */
export class DeclaratieBerichtIdentificatie1796300100000 implements MigrationInterface {
  name = 'DeclaratieBerichtIdentificatie1796300100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "keten"."declaratie" ADD "bericht_identificatie" character varying(12)`);
    await queryRunner.query(`ALTER TABLE "keten"."declaratie" ADD "bericht_dagtekening" date`);
    await queryRunner.query(
      `UPDATE "keten"."declaratie" d SET "bericht_identificatie" = b."identificatie", "bericht_dagtekening" = b."dagtekening" FROM "keten"."bericht" b WHERE b."id" = d."bericht_id"`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "keten"."declaratie" DROP COLUMN "bericht_dagtekening"`);
    await queryRunner.query(`ALTER TABLE "keten"."declaratie" DROP COLUMN "bericht_identificatie"`);
  }
}
