import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Nadere opdrachten in a DAS reuse the timed round of the besloten veiling, told apart by soort. */
export class NadereOpdrachten1796500000000 implements MigrationInterface {
  name = 'NadereOpdrachten1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "keten"."veilingronde" ADD "soort" character varying(20) NOT NULL DEFAULT 'veiling'`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."veilingronde" ADD CONSTRAINT "veilingronde_soort" CHECK ("soort" IN ('veiling', 'nadere_opdracht'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "keten"."veilingronde" DROP CONSTRAINT "veilingronde_soort"`);
    await queryRunner.query(`ALTER TABLE "keten"."veilingronde" DROP COLUMN "soort"`);
  }
}
