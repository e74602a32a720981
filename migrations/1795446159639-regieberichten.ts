import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Start/stop regieberichten (305/307) per product, with their outcome and retourcodes (istandaarden.md 3.5). */
export class Regieberichten1795446159639 implements MigrationInterface {
  name = 'Regieberichten1795446159639';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "keten"."regiebericht_soort" AS ENUM('start', 'stop')`);
    await queryRunner.query(`CREATE TYPE "keten"."regiebericht_status" AS ENUM('geaccepteerd', 'afgewezen')`);
    await queryRunner.query(
      `CREATE TABLE "keten"."regiebericht" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "soort" "keten"."regiebericht_soort" NOT NULL, "bericht_id" uuid NOT NULL, "volgnummer" integer NOT NULL, "gemeente_id" uuid NOT NULL, "aanbieder_id" uuid NOT NULL, "domein" "keten"."domein" NOT NULL, "toewijzing_id" uuid, "client_id" uuid, "toewijzing_nummer" integer, "begindatum" date NOT NULL, "einddatum" date, "reden_beeindiging" character(2), "status_aanlevering" character(1) NOT NULL, "status" "keten"."regiebericht_status" NOT NULL, "retourcodes" text array NOT NULL, "toelichting" text, "verwijderd_door_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "regiebericht_periode" CHECK ("einddatum" IS NULL OR "einddatum" >= "begindatum"), CONSTRAINT "regiebericht_stop_velden" CHECK ("soort" = 'start' OR ("einddatum" IS NOT NULL AND "reden_beeindiging" IS NOT NULL)), CONSTRAINT "regiebericht_status_aanlevering" CHECK ("status_aanlevering" IN ('1', '3')), CONSTRAINT "PK_51354a0d5e00f697b76d0c5c096" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "regiebericht_toewijzing" ON "keten"."regiebericht"  ("toewijzing_id", "soort") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "regiebericht_actuele_stop_uniek" ON "keten"."regiebericht"  ("toewijzing_id", "begindatum", "einddatum", "reden_beeindiging") WHERE "soort" = 'stop' AND "status_aanlevering" = '1' AND "status" = 'geaccepteerd' AND "verwijderd_door_id" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "regiebericht_actuele_start_uniek" ON "keten"."regiebericht"  ("toewijzing_id", "begindatum") WHERE "soort" = 'start' AND "status_aanlevering" = '1' AND "status" = 'geaccepteerd' AND "verwijderd_door_id" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "regiebericht_product_uniek" ON "keten"."regiebericht"  ("bericht_id", "volgnummer") `,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."regiebericht" ADD CONSTRAINT "regiebericht_gemeente_fk" FOREIGN KEY ("gemeente_id") REFERENCES "keten"."organisatie"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."regiebericht" ADD CONSTRAINT "regiebericht_aanbieder_fk" FOREIGN KEY ("aanbieder_id") REFERENCES "keten"."organisatie"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."regiebericht" ADD CONSTRAINT "regiebericht_toewijzing_fk" FOREIGN KEY ("toewijzing_id") REFERENCES "keten"."toewijzing"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."regiebericht" ADD CONSTRAINT "regiebericht_client_fk" FOREIGN KEY ("client_id") REFERENCES "keten"."client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."regiebericht" ADD CONSTRAINT "regiebericht_verwijderd_door_fk" FOREIGN KEY ("verwijderd_door_id") REFERENCES "keten"."regiebericht"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "keten"."regiebericht" CASCADE`);
    await queryRunner.query(`DROP TYPE "keten"."regiebericht_status"`);
    await queryRunner.query(`DROP TYPE "keten"."regiebericht_soort"`);
  }
}
