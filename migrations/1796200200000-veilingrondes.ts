import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Timed rounds of a besloten veiling and the aanbieders' standing bids in them (issue 16, item 8). */
export class Veilingrondes1796200200000 implements MigrationInterface {
  name = 'Veilingrondes1796200200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "keten"."veilingronde" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "aanbesteding_id" uuid NOT NULL, "uitslag_id" character varying(40) NOT NULL, "perceel_id" character varying(20) NOT NULL, "productcode" character varying(5) NOT NULL, "client_referentie" character varying(100) NOT NULL, "geopend_om" TIMESTAMP WITH TIME ZONE NOT NULL, "sluit_om" TIMESTAMP WITH TIME ZONE NOT NULL, "gesloten_om" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "veilingronde_termijn" CHECK ("sluit_om" > "geopend_om"), CONSTRAINT "PK_da334ab33373acbb24bbd30186e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "veilingronde_uitslag_uniek" ON "keten"."veilingronde" ("aanbesteding_id", "uitslag_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."veilingbod" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ronde_id" uuid NOT NULL, "aanbieder_id" uuid NOT NULL, "tarief_centen" bigint NOT NULL, "ingediend_om" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "veilingbod_tarief" CHECK ("tarief_centen" > 0), CONSTRAINT "PK_83f607e8fd848ccfdbf36f3396b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "veilingbod_uniek" ON "keten"."veilingbod" ("ronde_id", "aanbieder_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."veilingronde" ADD CONSTRAINT "veilingronde_aanbesteding_fk" FOREIGN KEY ("aanbesteding_id") REFERENCES "keten"."aanbesteding"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."veilingbod" ADD CONSTRAINT "veilingbod_ronde_fk" FOREIGN KEY ("ronde_id") REFERENCES "keten"."veilingronde"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "keten"."veilingbod"`);
    await queryRunner.query(`DROP TABLE "keten"."veilingronde"`);
  }
}
