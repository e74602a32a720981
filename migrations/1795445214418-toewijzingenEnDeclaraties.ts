import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Toewijzingen (clients, versions), inbound berichten, declaraties and prestaties with their beoordeling. */
export class ToewijzingenEnDeclaraties1795445214418 implements MigrationInterface {
  name = 'ToewijzingenEnDeclaraties1795445214418';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "keten"."client" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bsn_hash" character(64) NOT NULL, "bsn_versleuteld" bytea NOT NULL, "gegevens_versleuteld" bytea, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_96da49381769303a6515a8785c7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "client_bsn_hash_uniek" ON "keten"."client"  ("bsn_hash")`);
    await queryRunner.query(
      `CREATE TABLE "keten"."toewijzing" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "gemeente_id" uuid NOT NULL, "domein" "keten"."domein" NOT NULL, "toewijzing_nummer" integer NOT NULL, "aanbieder_id" uuid NOT NULL, "client_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ad6adf5f9bac68d1f4666f268d0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "toewijzing_aanbieder_client" ON "keten"."toewijzing"  ("aanbieder_id", "client_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "toewijzing_nummer_uniek" ON "keten"."toewijzing"  ("gemeente_id", "domein", "toewijzing_nummer")`,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."toewijzing_versie" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "toewijzing_id" uuid NOT NULL, "toewijzingsdatum" date NOT NULL, "toewijzingstijd" TIME NOT NULL, "productcategorie" character(2), "productcode" character varying(5), "ingangsdatum" date NOT NULL, "einddatum" date, "volume" integer, "eenheid" "keten"."eenheid", "frequentie" character(1), "budget_centen" bigint, "reden_wijziging" character(2), "referentie_aanbieder" character varying(36), "commentaar" character varying(1000), "bericht_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "toewijzing_versie_omvang_of_budget" CHECK ("volume" IS NULL OR "budget_centen" IS NULL), CONSTRAINT "toewijzing_versie_periode" CHECK ("einddatum" IS NULL OR "einddatum" >= "ingangsdatum"), CONSTRAINT "PK_b362a03bd89e6e9be308ad11ce5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "toewijzing_versie_moment_uniek" ON "keten"."toewijzing_versie"  ("toewijzing_id", "toewijzingsdatum", "toewijzingstijd")`,
    );
    await queryRunner.query(`CREATE TYPE "keten"."bericht_status" AS ENUM('ontvangen', 'verwerkt', 'afgekeurd')`);
    await queryRunner.query(
      `CREATE TABLE "keten"."bericht" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "berichtsoort" character varying(8), "domein" "keten"."domein", "afzender" character varying(8), "ontvanger" character varying(8), "identificatie" character varying(12), "dagtekening" date, "dubbel" boolean NOT NULL DEFAULT false, "status" "keten"."bericht_status" NOT NULL, "retourcodes" text array NOT NULL, "reden" text, "inhoud_versleuteld" bytea NOT NULL, "grootte" integer NOT NULL, "ontvangen_van" character varying(64) NOT NULL, "resultaat" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f7c4ba9b6512e614f1e47f40bee" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "bericht_afzender" ON "keten"."bericht"  ("afzender", "created_at")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "bericht_identificatie_uniek" ON "keten"."bericht"  ("berichtsoort", "afzender", "identificatie") WHERE NOT "dubbel" AND "identificatie" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE TYPE "keten"."declaratie_status" AS ENUM('ontvangen', 'beoordeeld')`);
    await queryRunner.query(`CREATE TYPE "keten"."declaratie_bron" AS ENUM('xml', 'json', 'excel')`);
    await queryRunner.query(
      `CREATE TABLE "keten"."declaratie" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "aanbieder_id" uuid NOT NULL, "gemeente_id" uuid NOT NULL, "domein" "keten"."domein" NOT NULL, "declaratie_nummer" character varying(12) NOT NULL, "nummer_dubbel" boolean NOT NULL, "periode_begin" date NOT NULL, "periode_eind" date NOT NULL, "dagtekening" date NOT NULL, "totaal_ingediend_centen" bigint NOT NULL, "totaal_toegekend_centen" bigint, "status" "keten"."declaratie_status" NOT NULL, "bron" "keten"."declaratie_bron" NOT NULL, "bericht_id" uuid, "retourcodes" text array, "bevindingen" jsonb, "regelversie" character varying(40), "beoordeeld_op" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_652b07a47e1d115d38472b0e3ca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "declaratie_status" ON "keten"."declaratie"  ("status", "created_at")`);
    await queryRunner.query(
      `CREATE INDEX "declaratie_aanbieder_gemeente_periode" ON "keten"."declaratie"  ("aanbieder_id", "gemeente_id", "periode_begin")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "declaratie_nummer_uniek" ON "keten"."declaratie"  ("aanbieder_id", "domein", "declaratie_nummer") WHERE NOT "nummer_dubbel"`,
    );
    await queryRunner.query(`CREATE TYPE "keten"."prestatie_status" AS ENUM('ontvangen', 'goedgekeurd', 'afgekeurd')`);
    await queryRunner.query(
      `CREATE TABLE "keten"."prestatie" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "declaratie_id" uuid NOT NULL, "volgnummer" integer NOT NULL, "aanbieder_id" uuid NOT NULL, "gemeente_id" uuid NOT NULL, "domein" "keten"."domein" NOT NULL, "client_id" uuid NOT NULL, "referentie_nummer" character varying(20) NOT NULL, "vorig_referentie_nummer" character varying(20), "toewijzing_nummer" integer NOT NULL, "productcategorie" character(2) NOT NULL, "productcode" character varying(5) NOT NULL, "begindatum" date NOT NULL, "einddatum" date NOT NULL, "geleverd_volume" integer NOT NULL, "eenheid" "keten"."eenheid" NOT NULL, "product_tarief_centen" bigint, "ingediend_bedrag_centen" bigint NOT NULL, "debet_credit" character(1) NOT NULL, "status" "keten"."prestatie_status" NOT NULL, "retourcodes" text array, "bevindingen" jsonb, CONSTRAINT "PK_44fc1c2528da0bca5104373f2e9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "prestatie_toewijzing" ON "keten"."prestatie"  ("gemeente_id", "domein", "toewijzing_nummer")`,
    );
    await queryRunner.query(
      `CREATE INDEX "prestatie_referentie" ON "keten"."prestatie"  ("aanbieder_id", "domein", "referentie_nummer")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "prestatie_goedgekeurd_referentie_uniek" ON "keten"."prestatie"  ("aanbieder_id", "domein", "referentie_nummer") WHERE "status" = 'goedgekeurd'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "prestatie_volgnummer_uniek" ON "keten"."prestatie"  ("declaratie_id", "volgnummer")`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."toewijzing" ADD CONSTRAINT "toewijzing_gemeente_fk" FOREIGN KEY ("gemeente_id") REFERENCES "keten"."organisatie"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."toewijzing" ADD CONSTRAINT "toewijzing_aanbieder_fk" FOREIGN KEY ("aanbieder_id") REFERENCES "keten"."organisatie"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."toewijzing" ADD CONSTRAINT "toewijzing_client_fk" FOREIGN KEY ("client_id") REFERENCES "keten"."client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."toewijzing_versie" ADD CONSTRAINT "toewijzing_versie_toewijzing_fk" FOREIGN KEY ("toewijzing_id") REFERENCES "keten"."toewijzing"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."declaratie" ADD CONSTRAINT "declaratie_aanbieder_fk" FOREIGN KEY ("aanbieder_id") REFERENCES "keten"."organisatie"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."declaratie" ADD CONSTRAINT "declaratie_gemeente_fk" FOREIGN KEY ("gemeente_id") REFERENCES "keten"."organisatie"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."prestatie" ADD CONSTRAINT "prestatie_declaratie_fk" FOREIGN KEY ("declaratie_id") REFERENCES "keten"."declaratie"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."prestatie" ADD CONSTRAINT "prestatie_client_fk" FOREIGN KEY ("client_id") REFERENCES "keten"."client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "keten"."prestatie" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."declaratie" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."bericht" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."toewijzing_versie" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."toewijzing" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."client" CASCADE`);
    await queryRunner.query(`DROP TYPE "keten"."prestatie_status"`);
    await queryRunner.query(`DROP TYPE "keten"."declaratie_bron"`);
    await queryRunner.query(`DROP TYPE "keten"."declaratie_status"`);
    await queryRunner.query(`DROP TYPE "keten"."bericht_status"`);
  }
}
