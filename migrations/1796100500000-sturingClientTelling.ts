import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The client's pseudonymous id on sturing's allocated cost: counts clients for the privacy threshold below gemeente level. */
export class SturingClientTelling1796100500000 implements MigrationInterface {
  name = 'SturingClientTelling1796100500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "keten"."sturing_toegewezen" ADD "client_id" uuid`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "keten"."sturing_toegewezen" DROP COLUMN "client_id"`);
  }
}
