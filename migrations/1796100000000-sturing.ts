import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sturing (libs/sturing): budgetposten and begroting versions, and the aggregates kept by jobs so that the
 * controller's reports never scan prestaties or toewijzingen: realisatie per month of care (and month of arrival),
 * allocated cost per toewijzing per month, termijnen per month and gemeente, and the declaraties already counted.
 */
export class Sturing1796100000000 implements MigrationInterface {
  name = 'Sturing1796100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "keten"."sturing_budgetpost" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "gemeente_id" uuid NOT NULL, "domein" "keten"."domein" NOT NULL, "code" character varying(40) NOT NULL, "naam" character varying(200) NOT NULL, "algemene_voorzieningen" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "sturing_budgetpost_pk" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "sturing_budgetpost_code_uniek" ON "keten"."sturing_budgetpost"  ("gemeente_id", "domein", "code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."sturing_budgetpost_categorie" ("gemeente_id" uuid NOT NULL, "domein" "keten"."domein" NOT NULL, "productcategorie" character varying(2) NOT NULL, "budgetpost_id" uuid NOT NULL, CONSTRAINT "sturing_budgetpost_categorie_pk" PRIMARY KEY ("gemeente_id", "domein", "productcategorie"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."sturing_begroting_versie" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "budgetpost_id" uuid NOT NULL, "jaar" integer NOT NULL, "versie" integer NOT NULL, "bedrag_centen" bigint NOT NULL, "toelichting" character varying(500), "bron" character varying(10) NOT NULL, "ingevoerd_door" character varying(60) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "sturing_begroting_jaar" CHECK ("jaar" BETWEEN 2000 AND 2100), CONSTRAINT "sturing_begroting_bedrag" CHECK ("bedrag_centen" >= 0), CONSTRAINT "sturing_begroting_versie_pk" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "sturing_begroting_versie_uniek" ON "keten"."sturing_begroting_versie"  ("budgetpost_id", "jaar", "versie") `,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."sturing_realisatie" ("gemeente_id" uuid NOT NULL, "domein" "keten"."domein" NOT NULL, "aanbieder_id" uuid NOT NULL, "raamovereenkomst_id" uuid NOT NULL, "productcategorie" character varying(2) NOT NULL, "productcode" character varying(5) NOT NULL, "maand" date NOT NULL, "ontvangen_maand" date NOT NULL, "bedrag_centen" bigint NOT NULL, "aantal_prestaties" integer NOT NULL, CONSTRAINT "sturing_realisatie_pk" PRIMARY KEY ("gemeente_id", "domein", "aanbieder_id", "raamovereenkomst_id", "productcategorie", "productcode", "maand", "ontvangen_maand"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "sturing_realisatie_gemeente_maand" ON "keten"."sturing_realisatie"  ("gemeente_id", "maand") `,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."sturing_verwerkte_declaratie" ("declaratie_id" uuid NOT NULL, "verwerkt_op" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "sturing_verwerkte_declaratie_pk" PRIMARY KEY ("declaratie_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."sturing_toegewezen" ("toewijzing_id" uuid NOT NULL, "maand" date NOT NULL, "gemeente_id" uuid NOT NULL, "domein" "keten"."domein" NOT NULL, "aanbieder_id" uuid NOT NULL, "raamovereenkomst_id" uuid NOT NULL, "productcategorie" character varying(2) NOT NULL, "productcode" character varying(5) NOT NULL, "bedrag_centen" bigint NOT NULL, "dagen_zonder_tarief" integer NOT NULL, CONSTRAINT "sturing_toegewezen_pk" PRIMARY KEY ("toewijzing_id", "maand"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "sturing_toegewezen_gemeente_maand" ON "keten"."sturing_toegewezen"  ("gemeente_id", "maand") `,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."sturing_termijn" ("termijn_id" uuid NOT NULL, "gemeente_id" uuid NOT NULL, "maand" date NOT NULL, "domein" "keten"."domein" NOT NULL, "aanbieder_id" uuid NOT NULL, "raamovereenkomst_id" uuid NOT NULL, "productcategorie" character varying(2) NOT NULL, "productcode" character varying(5) NOT NULL, "bedrag_centen" bigint NOT NULL, "betaald" boolean NOT NULL, CONSTRAINT "sturing_termijn_pk" PRIMARY KEY ("termijn_id", "gemeente_id", "maand"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "sturing_termijn_raamovereenkomst" ON "keten"."sturing_termijn"  ("raamovereenkomst_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "sturing_termijn_gemeente_maand" ON "keten"."sturing_termijn"  ("gemeente_id", "maand") `,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."sturing_budgetpost" ADD CONSTRAINT "sturing_budgetpost_gemeente_fk" FOREIGN KEY ("gemeente_id") REFERENCES "keten"."organisatie"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."sturing_budgetpost_categorie" ADD CONSTRAINT "sturing_budgetpost_categorie_budgetpost_fk" FOREIGN KEY ("budgetpost_id") REFERENCES "keten"."sturing_budgetpost"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."sturing_begroting_versie" ADD CONSTRAINT "sturing_begroting_versie_budgetpost_fk" FOREIGN KEY ("budgetpost_id") REFERENCES "keten"."sturing_budgetpost"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "keten"."sturing_begroting_versie" DROP CONSTRAINT "sturing_begroting_versie_budgetpost_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."sturing_budgetpost_categorie" DROP CONSTRAINT "sturing_budgetpost_categorie_budgetpost_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."sturing_budgetpost" DROP CONSTRAINT "sturing_budgetpost_gemeente_fk"`,
    );
    await queryRunner.query(`DROP TABLE "keten"."sturing_termijn"`);
    await queryRunner.query(`DROP TABLE "keten"."sturing_toegewezen"`);
    await queryRunner.query(`DROP TABLE "keten"."sturing_verwerkte_declaratie"`);
    await queryRunner.query(`DROP TABLE "keten"."sturing_realisatie"`);
    await queryRunner.query(`DROP TABLE "keten"."sturing_begroting_versie"`);
    await queryRunner.query(`DROP TABLE "keten"."sturing_budgetpost_categorie"`);
    await queryRunner.query(`DROP TABLE "keten"."sturing_budgetpost"`);
  }
}
