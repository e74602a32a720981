import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox relay claims rows with a lease instead of holding `FOR UPDATE` across the publish to Redis (issue 18):
 * a claim is one short statement, the publish runs outside any transaction, and a relay that dies mid-publish leaves
 * rows whose lease simply runs out. A re-publish is a no-op (deterministic job ids).
 */
export class OutboxClaim1796400000000 implements MigrationInterface {
  name = 'OutboxClaim1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "keten"."job_outbox" ADD "geclaimd_tot" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "keten"."job_outbox" DROP COLUMN "geclaimd_tot"`);
  }
}
