import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The domain state after each action of an aanbesteding: the public OCDS release history is built from these
 * versions (one release per change, dated on the day of the change). Older events have none (NULL).
 */
export class AanbestedingGebeurtenisToestand1796200000000 implements MigrationInterface {
  name = 'AanbestedingGebeurtenisToestand1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "keten"."aanbesteding_gebeurtenis" ADD "toestand_na" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "keten"."aanbesteding_gebeurtenis" DROP COLUMN "toestand_na"`);
  }
}
