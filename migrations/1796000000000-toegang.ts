import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Toegang (issue 15): the functioneel-beheerder role, built-in passwords and deactivation of gebruikers, software
 * tokens owned by an organisatie with their own role and last use, sign-in sessions, and the organisatie of each
 * audit row (so an organisatie's administrator can read its own trail).
 */
export class Toegang1796000000000 implements MigrationInterface {
  name = 'Toegang1796000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "keten"."rol" ADD VALUE IF NOT EXISTS 'functioneel-beheerder'`);
    await queryRunner.query(
      `CREATE TABLE "keten"."sessie" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "gebruiker_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "laatst_actief_op" TIMESTAMP WITH TIME ZONE NOT NULL, "verloopt_op" TIMESTAMP WITH TIME ZONE NOT NULL, "beeindigd_op" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_59c2f5268c2dc32c46f81459d23" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "sessie_gebruiker" ON "keten"."sessie" ("gebruiker_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "sessie_token_hash_uniek" ON "keten"."sessie" ("token_hash")`);
    await queryRunner.query(
      `ALTER TABLE "keten"."sessie" ADD CONSTRAINT "sessie_gebruiker_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "keten"."gebruiker"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "keten"."gebruiker" ADD "wachtwoord_hash" character varying(255)`);
    await queryRunner.query(`ALTER TABLE "keten"."gebruiker" ADD "actief" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "keten"."api_token" ADD "organisatie_id" uuid`);
    await queryRunner.query(`ALTER TABLE "keten"."api_token" ADD "rol" "keten"."rol"`);
    await queryRunner.query(`ALTER TABLE "keten"."api_token" ADD "aangemaakt_door" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "keten"."api_token" ADD "laatst_gebruikt_op" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "keten"."api_token" ALTER COLUMN "gebruiker_id" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "keten"."api_token" ADD CONSTRAINT "api_token_eigenaar" CHECK ("gebruiker_id" IS NOT NULL OR ("organisatie_id" IS NOT NULL AND "rol" IS NOT NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."api_token" ADD CONSTRAINT "api_token_organisatie_fk" FOREIGN KEY ("organisatie_id") REFERENCES "keten"."organisatie"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE INDEX "api_token_organisatie" ON "keten"."api_token" ("organisatie_id")`);
    // 'functioneel-beheerder' is 21 characters: the audit's role column was 20.
    await queryRunner.query(`ALTER TABLE "keten"."audit_log" ALTER COLUMN "rol" TYPE character varying(40)`);
    await queryRunner.query(`ALTER TABLE "keten"."audit_log" ADD "organisatie_id" uuid`);
    await queryRunner.query(`CREATE INDEX "audit_log_moment" ON "keten"."audit_log" ("moment")`);
    await queryRunner.query(
      `CREATE INDEX "audit_log_organisatie_moment" ON "keten"."audit_log" ("organisatie_id", "moment")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "keten"."audit_log_organisatie_moment"`);
    await queryRunner.query(`DROP INDEX "keten"."audit_log_moment"`);
    await queryRunner.query(`ALTER TABLE "keten"."audit_log" DROP COLUMN "organisatie_id"`);
    await queryRunner.query(
      `ALTER TABLE "keten"."audit_log" ALTER COLUMN "rol" TYPE character varying(20) USING left("rol", 20)`,
    );
    await queryRunner.query(`DELETE FROM "keten"."api_token" WHERE "gebruiker_id" IS NULL`);
    await queryRunner.query(`DROP INDEX "keten"."api_token_organisatie"`);
    await queryRunner.query(`ALTER TABLE "keten"."api_token" DROP CONSTRAINT "api_token_organisatie_fk"`);
    await queryRunner.query(`ALTER TABLE "keten"."api_token" DROP CONSTRAINT "api_token_eigenaar"`);
    await queryRunner.query(`ALTER TABLE "keten"."api_token" ALTER COLUMN "gebruiker_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "keten"."api_token" DROP COLUMN "laatst_gebruikt_op"`);
    await queryRunner.query(`ALTER TABLE "keten"."api_token" DROP COLUMN "aangemaakt_door"`);
    await queryRunner.query(`ALTER TABLE "keten"."api_token" DROP COLUMN "rol"`);
    await queryRunner.query(`ALTER TABLE "keten"."api_token" DROP COLUMN "organisatie_id"`);
    await queryRunner.query(`ALTER TABLE "keten"."gebruiker" DROP COLUMN "actief"`);
    await queryRunner.query(`ALTER TABLE "keten"."gebruiker" DROP COLUMN "wachtwoord_hash"`);
    await queryRunner.query(`DROP TABLE "keten"."sessie"`);
    // PostgreSQL cannot drop an enum value: the type is rebuilt without it (its users deleted first).
    await queryRunner.query(`DELETE FROM "keten"."gebruiker" WHERE "rol" = 'functioneel-beheerder'`);
    await queryRunner.query(`ALTER TYPE "keten"."rol" RENAME TO "rol_oud"`);
    await queryRunner.query(
      `CREATE TYPE "keten"."rol" AS ENUM('beheerder', 'inkoopadviseur', 'controller', 'toegang', 'aanbieder')`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."gebruiker" ALTER COLUMN "rol" TYPE "keten"."rol" USING "rol"::text::"keten"."rol"`,
    );
    await queryRunner.query(`DROP TYPE "keten"."rol_oud"`);
  }
}
