import type { MigrationInterface, QueryRunner } from 'typeorm';

/** sturing_toegewezen summed per gemeente, month, aanbieder, contract and product (issue 13: national scale). */
export class SturingToegewezenTotaal1796700100000 implements MigrationInterface {
  name = 'SturingToegewezenTotaal1796700100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "keten"."sturing_toegewezen_totaal" ("gemeente_id" uuid NOT NULL, "domein" "keten"."domein" NOT NULL, "maand" date NOT NULL, "aanbieder_id" uuid NOT NULL, "raamovereenkomst_id" uuid NOT NULL, "productcategorie" character varying(2) NOT NULL, "productcode" character varying(5) NOT NULL, "bedrag_centen" bigint NOT NULL, "aantal" integer NOT NULL, CONSTRAINT "sturing_toegewezen_totaal_pk" PRIMARY KEY ("gemeente_id", "domein", "maand", "aanbieder_id", "raamovereenkomst_id", "productcategorie", "productcode"))`,
    );
    await queryRunner.query(
      `INSERT INTO "keten"."sturing_toegewezen_totaal" SELECT gemeente_id, domein, maand, aanbieder_id, raamovereenkomst_id, productcategorie, productcode, sum(bedrag_centen), count(*)
         FROM "keten"."sturing_toegewezen" GROUP BY 1, 2, 3, 4, 5, 6, 7`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "keten"."sturing_toegewezen_totaal"`);
  }
}
