import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * keten.bericht.inhoud_versleuteld holds gzip-then-encrypted bytes (bericht-inhoud.util.ts): ciphertext does not
 * compress, so PostgreSQL's own TOAST compression would only burn CPU trying. EXTERNAL stores it out of line as is.
 */
export class BerichtInhoudExtern1795449000000 implements MigrationInterface {
  name = 'BerichtInhoudExtern1795449000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "keten"."bericht" ALTER COLUMN "inhoud_versleuteld" SET STORAGE EXTERNAL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "keten"."bericht" ALTER COLUMN "inhoud_versleuteld" SET STORAGE EXTENDED`);
  }
}
