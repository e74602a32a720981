import { MigrationInterface, QueryRunner } from 'typeorm';

/** The optional second factor of built-in accounts (issue 15): a TOTP secret, encrypted, and whether it is in use. */
export class Totp1796000100000 implements MigrationInterface {
  name = 'Totp1796000100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "keten"."gebruiker" ADD "totp_geheim" bytea`);
    await queryRunner.query(`ALTER TABLE "keten"."gebruiker" ADD "totp_actief" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "keten"."gebruiker" DROP COLUMN "totp_actief"`);
    await queryRunner.query(`ALTER TABLE "keten"."gebruiker" DROP COLUMN "totp_geheim"`);
  }
}
