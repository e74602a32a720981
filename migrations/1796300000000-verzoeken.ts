import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Verzoeken om toewijzing (315) and wijziging (317), the gemeente's answers (319), and the toewijzing versions that honour them. */
export class Verzoeken1796300000000 implements MigrationInterface {
  name = 'Verzoeken1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "keten"."verzoek_soort" AS ENUM('toewijzing', 'wijziging')`);
    await queryRunner.query(
      `CREATE TYPE "keten"."verzoek_status" AS ENUM('afgekeurd', 'open', 'in_onderzoek', 'toegekend', 'afgewezen')`,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."verzoek" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "soort" "keten"."verzoek_soort" NOT NULL, "bericht_id" uuid NOT NULL, "volgnummer" integer NOT NULL, "gemeente_id" uuid NOT NULL, "aanbieder_id" uuid NOT NULL, "domein" "keten"."domein" NOT NULL, "client_id" uuid NOT NULL, "referentie_aanbieder" character varying(36) NOT NULL, "inhoud" jsonb NOT NULL, "dagtekening" date NOT NULL, "status" "keten"."verzoek_status" NOT NULL, "termijn" date NOT NULL, "retourcodes" text array NOT NULL, "bevindingen" jsonb NOT NULL, "reden_afwijzing" character(1), "besloten_door" character varying(64), "besloten_op" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "verzoek_reden_afwijzing" CHECK ("status" <> 'afgewezen' OR "reden_afwijzing" IS NOT NULL), CONSTRAINT "PK_7108f4dfcac0a34c490fca7fc61" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "verzoek_client" ON "keten"."verzoek" ("client_id", "aanbieder_id")`);
    await queryRunner.query(
      `CREATE INDEX "verzoek_werkvoorraad" ON "keten"."verzoek" ("gemeente_id", "status", "termijn")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "verzoek_referentie_uniek" ON "keten"."verzoek" ("aanbieder_id", "domein", "referentie_aanbieder") WHERE "status" <> 'afgekeurd'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "verzoek_product_uniek" ON "keten"."verzoek" ("bericht_id", "volgnummer")`,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."verzoek_antwoord" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "verzoek_id" uuid NOT NULL, "volgnummer" integer NOT NULL, "gemeente_id" uuid NOT NULL, "domein" "keten"."domein" NOT NULL, "verzoek_antwoord" character(1) NOT NULL, "reden_afwijzing" character(1), "woonplaats_gemeente" character(4), "identificatie" character varying(12) NOT NULL, "dagtekening" date NOT NULL, "retour_bericht_id" uuid, "retour_codes" text array, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "verzoek_antwoord_reden" CHECK (("verzoek_antwoord" = '1') = ("reden_afwijzing" IS NOT NULL)), CONSTRAINT "PK_0f0ea6d3b98a72753d25a9ade84" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "verzoek_antwoord_identificatie_uniek" ON "keten"."verzoek_antwoord" ("gemeente_id", "domein", "identificatie")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "verzoek_antwoord_volgnummer_uniek" ON "keten"."verzoek_antwoord" ("verzoek_id", "volgnummer")`,
    );
    await queryRunner.query(`ALTER TABLE "keten"."toewijzing_versie" ADD "verzoek_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "keten"."toewijzing_versie" ADD CONSTRAINT "toewijzing_versie_verzoek_fk" FOREIGN KEY ("verzoek_id") REFERENCES "keten"."verzoek"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."verzoek" ADD CONSTRAINT "verzoek_gemeente_fk" FOREIGN KEY ("gemeente_id") REFERENCES "keten"."organisatie"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."verzoek" ADD CONSTRAINT "verzoek_aanbieder_fk" FOREIGN KEY ("aanbieder_id") REFERENCES "keten"."organisatie"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."verzoek" ADD CONSTRAINT "verzoek_client_fk" FOREIGN KEY ("client_id") REFERENCES "keten"."client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."verzoek_antwoord" ADD CONSTRAINT "verzoek_antwoord_verzoek_fk" FOREIGN KEY ("verzoek_id") REFERENCES "keten"."verzoek"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."verzoek_antwoord" ADD CONSTRAINT "verzoek_antwoord_gemeente_fk" FOREIGN KEY ("gemeente_id") REFERENCES "keten"."organisatie"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "keten"."toewijzing_versie" DROP CONSTRAINT "toewijzing_versie_verzoek_fk"`);
    await queryRunner.query(`ALTER TABLE "keten"."toewijzing_versie" DROP COLUMN "verzoek_id"`);
    await queryRunner.query(`DROP TABLE "keten"."verzoek_antwoord"`);
    await queryRunner.query(`DROP TABLE "keten"."verzoek"`);
    await queryRunner.query(`DROP TYPE "keten"."verzoek_status"`);
    await queryRunner.query(`DROP TYPE "keten"."verzoek_soort"`);
  }
}
