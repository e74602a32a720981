import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Data model v1: organisaties, regio's, gebruikers and API tokens, audit log, job outbox, raamovereenkomsten with products and tariffs. */
export class DatamodelV11763900000000 implements MigrationInterface {
  name = 'DatamodelV11763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS keten`);
    await queryRunner.query(
      `CREATE TABLE "keten"."job_outbox" ("id" BIGSERIAL NOT NULL, "queue" character varying(60) NOT NULL, "job_naam" character varying(80) NOT NULL, "job_id" character varying(200) NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c3ba45dab51e3016acef18d0433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "job_outbox_job_uniek" ON "keten"."job_outbox"  ("queue", "job_id")`);
    await queryRunner.query(
      `CREATE TYPE "keten"."rol" AS ENUM('beheerder', 'inkoopadviseur', 'controller', 'toegang', 'aanbieder')`,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."gebruiker" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "naam" character varying(200) NOT NULL, "email" character varying(254) NOT NULL, "rol" "keten"."rol" NOT NULL, "organisatie_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_845e84d6156c1f1964c5450b844" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "gebruiker_email_uniek" ON "keten"."gebruiker"  ("email")`);
    await queryRunner.query(
      `CREATE TABLE "keten"."api_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "gebruiker_id" uuid NOT NULL, "naam" character varying(100) NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "verloopt_op" TIMESTAMP WITH TIME ZONE, "ingetrokken_op" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "api_token_gebruiker" ON "keten"."api_token"  ("gebruiker_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "api_token_hash_uniek" ON "keten"."api_token"  ("token_hash")`);
    await queryRunner.query(
      `CREATE TABLE "keten"."audit_log" ("id" BIGSERIAL NOT NULL, "moment" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor" character varying(64) NOT NULL, "rol" character varying(20) NOT NULL, "actie" character varying(80) NOT NULL, "entiteit" character varying(80) NOT NULL, "entiteit_id" character varying(64) NOT NULL, "details" jsonb NOT NULL, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "audit_log_entiteit" ON "keten"."audit_log"  ("entiteit", "entiteit_id")`);
    await queryRunner.query(`CREATE TYPE "keten"."organisatie_soort" AS ENUM('gemeente', 'regio', 'aanbieder')`);
    await queryRunner.query(
      `CREATE TABLE "keten"."organisatie" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "soort" "keten"."organisatie_soort" NOT NULL, "naam" character varying(200) NOT NULL, "cbs_code" character(4), "agb_code" character(8), "kvk_nummer" character(8), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "organisatie_kvk_nummer_formaat" CHECK ("kvk_nummer" ~ '^[0-9]{8}$'), CONSTRAINT "organisatie_agb_code_formaat" CHECK ("agb_code" ~ '^[0-9]{8}$'), CONSTRAINT "organisatie_cbs_code_formaat" CHECK ("cbs_code" ~ '^[0-9]{4}$'), CONSTRAINT "organisatie_aanbieder_heeft_agb_code" CHECK (("soort" = 'aanbieder') = ("agb_code" IS NOT NULL)), CONSTRAINT "organisatie_gemeente_heeft_cbs_code" CHECK (("soort" = 'gemeente') = ("cbs_code" IS NOT NULL)), CONSTRAINT "PK_60c57ca522c1cb548407df565b6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "organisatie_regio_naam_uniek" ON "keten"."organisatie"  ("naam") WHERE "soort" = 'regio'`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "organisatie_agb_code_uniek" ON "keten"."organisatie"  ("agb_code")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "organisatie_cbs_code_uniek" ON "keten"."organisatie"  ("cbs_code")`);
    await queryRunner.query(`CREATE TYPE "keten"."domein" AS ENUM('wmo', 'jeugd')`);
    await queryRunner.query(
      `CREATE TABLE "keten"."regio_deelname" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "regio_id" uuid NOT NULL, "gemeente_id" uuid NOT NULL, "domein" "keten"."domein" NOT NULL, "ingangsdatum" date NOT NULL, "einddatum" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "regio_deelname_periode" CHECK ("einddatum" IS NULL OR "einddatum" >= "ingangsdatum"), CONSTRAINT "regio_deelname_geen_overlap" EXCLUDE USING gist ("regio_id" WITH =, "gemeente_id" WITH =, "domein" WITH =, daterange("ingangsdatum", "einddatum", '[]') WITH &&), CONSTRAINT "PK_d1ccbe4697043e0e0599f42669c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "regio_deelname_gemeente" ON "keten"."regio_deelname"  ("gemeente_id")`);
    await queryRunner.query(
      `CREATE TABLE "keten"."raamovereenkomst" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "nummer" character varying(40) NOT NULL, "naam" character varying(200) NOT NULL, "inkoper_id" uuid NOT NULL, "aanbieder_id" uuid NOT NULL, "domein" "keten"."domein" NOT NULL, "ingangsdatum" date NOT NULL, "einddatum" date NOT NULL, "maximale_waarde_centen" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "raamovereenkomst_maximale_waarde" CHECK ("maximale_waarde_centen" > 0), CONSTRAINT "raamovereenkomst_periode" CHECK ("einddatum" >= "ingangsdatum"), CONSTRAINT "PK_89ceefad34572416163612e8250" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "raamovereenkomst_aanbieder" ON "keten"."raamovereenkomst"  ("aanbieder_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "raamovereenkomst_nummer_uniek" ON "keten"."raamovereenkomst"  ("inkoper_id", "nummer")`,
    );
    await queryRunner.query(
      `CREATE TYPE "keten"."uitvoeringsvariant" AS ENUM('inspanningsgericht', 'outputgericht', 'taakgericht')`,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."contract_product" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "raamovereenkomst_id" uuid NOT NULL, "productcategorie" character(2) NOT NULL, "productcode" character varying(5) NOT NULL, "uitvoeringsvariant" "keten"."uitvoeringsvariant" NOT NULL, "omschrijving" character varying(200) NOT NULL, CONSTRAINT "contract_product_categorie_formaat" CHECK ("productcategorie" ~ '^[0-9]{2}$'), CONSTRAINT "contract_product_code_formaat" CHECK ("productcode" ~ '^[A-Za-z0-9]{1,5}$'), CONSTRAINT "PK_e1add3c6809fa475189c15b4c99" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "contract_product_code_uniek" ON "keten"."contract_product"  ("raamovereenkomst_id", "productcode")`,
    );
    await queryRunner.query(`CREATE TYPE "keten"."eenheid" AS ENUM('01', '04', '14', '16', '82', '83', '84')`);
    await queryRunner.query(
      `CREATE TABLE "keten"."tarief" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contract_product_id" uuid NOT NULL, "eenheid" "keten"."eenheid" NOT NULL, "bedrag_centen" bigint NOT NULL, "ingangsdatum" date NOT NULL, "einddatum" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "tarief_bedrag" CHECK ("bedrag_centen" >= 0), CONSTRAINT "tarief_periode" CHECK ("einddatum" IS NULL OR "einddatum" >= "ingangsdatum"), CONSTRAINT "tarief_geen_overlap" EXCLUDE USING gist ("contract_product_id" WITH =, "eenheid" WITH =, daterange("ingangsdatum", "einddatum", '[]') WITH &&), CONSTRAINT "PK_ca074c0ba70f8b6cc971b07d485" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."raamovereenkomst_gemeente" ("raamovereenkomst_id" uuid NOT NULL, "gemeente_id" uuid NOT NULL, CONSTRAINT "PK_75f4bfa75038880456ba78d18d5" PRIMARY KEY ("raamovereenkomst_id", "gemeente_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_aa86eb953a9f12dffd85b37869" ON "keten"."raamovereenkomst_gemeente"  ("raamovereenkomst_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b47b42ffc1d44a67fd999d814c" ON "keten"."raamovereenkomst_gemeente"  ("gemeente_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."gebruiker" ADD CONSTRAINT "gebruiker_organisatie_fk" FOREIGN KEY ("organisatie_id") REFERENCES "keten"."organisatie"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."api_token" ADD CONSTRAINT "api_token_gebruiker_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "keten"."gebruiker"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."regio_deelname" ADD CONSTRAINT "regio_deelname_regio_fk" FOREIGN KEY ("regio_id") REFERENCES "keten"."organisatie"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."regio_deelname" ADD CONSTRAINT "regio_deelname_gemeente_fk" FOREIGN KEY ("gemeente_id") REFERENCES "keten"."organisatie"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."raamovereenkomst" ADD CONSTRAINT "raamovereenkomst_inkoper_fk" FOREIGN KEY ("inkoper_id") REFERENCES "keten"."organisatie"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."raamovereenkomst" ADD CONSTRAINT "raamovereenkomst_aanbieder_fk" FOREIGN KEY ("aanbieder_id") REFERENCES "keten"."organisatie"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."contract_product" ADD CONSTRAINT "contract_product_raamovereenkomst_fk" FOREIGN KEY ("raamovereenkomst_id") REFERENCES "keten"."raamovereenkomst"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."tarief" ADD CONSTRAINT "tarief_contract_product_fk" FOREIGN KEY ("contract_product_id") REFERENCES "keten"."contract_product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."raamovereenkomst_gemeente" ADD CONSTRAINT "raamovereenkomst_gemeente_raamovereenkomst_fk" FOREIGN KEY ("raamovereenkomst_id") REFERENCES "keten"."raamovereenkomst"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."raamovereenkomst_gemeente" ADD CONSTRAINT "raamovereenkomst_gemeente_gemeente_fk" FOREIGN KEY ("gemeente_id") REFERENCES "keten"."organisatie"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "keten"."raamovereenkomst_gemeente" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."tarief" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."contract_product" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."raamovereenkomst" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."regio_deelname" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."organisatie" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."audit_log" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."api_token" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."gebruiker" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."job_outbox" CASCADE`);
    await queryRunner.query(`DROP TYPE "keten"."eenheid"`);
    await queryRunner.query(`DROP TYPE "keten"."uitvoeringsvariant"`);
    await queryRunner.query(`DROP TYPE "keten"."domein"`);
    await queryRunner.query(`DROP TYPE "keten"."organisatie_soort"`);
    await queryRunner.query(`DROP TYPE "keten"."rol"`);
  }
}
