import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Drops prestatie → client: its per-row check locked the client row for every prestatie written (prestatie.entity.ts). */
export class PrestatieZonderClientSleutel1795449200000 implements MigrationInterface {
  name = 'PrestatieZonderClientSleutel1795449200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "keten"."prestatie" DROP CONSTRAINT "prestatie_client_fk"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "keten"."prestatie" ADD CONSTRAINT "prestatie_client_fk" FOREIGN KEY ("client_id") REFERENCES "keten"."client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }
}
