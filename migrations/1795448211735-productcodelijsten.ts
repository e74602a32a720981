import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Versioned productcodelijsten per raamovereenkomst (TR381); every existing contract gets version 1 with its products. */
export class Productcodelijsten1795448211735 implements MigrationInterface {
  name = 'Productcodelijsten1795448211735';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "keten"."productcodelijst" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "raamovereenkomst_id" uuid NOT NULL, "versie" integer NOT NULL, "ingangsdatum" date NOT NULL, "omschrijving" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2cc660faa339348f064332fa69f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "productcodelijst_ingangsdatum_uniek" ON "keten"."productcodelijst"  ("raamovereenkomst_id", "ingangsdatum") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "productcodelijst_versie_uniek" ON "keten"."productcodelijst"  ("raamovereenkomst_id", "versie") `,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."productcodelijst_code" ("productcodelijst_id" uuid NOT NULL, "contract_product_id" uuid NOT NULL, CONSTRAINT "PK_93c5c5fe424e8e50371bd3a5249" PRIMARY KEY ("productcodelijst_id", "contract_product_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ec5dacea28551e441c958a2f83" ON "keten"."productcodelijst_code"  ("productcodelijst_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c4b531f16c17082ef16610efde" ON "keten"."productcodelijst_code"  ("contract_product_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."productcodelijst" ADD CONSTRAINT "productcodelijst_raamovereenkomst_fk" FOREIGN KEY ("raamovereenkomst_id") REFERENCES "keten"."raamovereenkomst"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."productcodelijst_code" ADD CONSTRAINT "productcodelijst_code_lijst_fk" FOREIGN KEY ("productcodelijst_id") REFERENCES "keten"."productcodelijst"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."productcodelijst_code" ADD CONSTRAINT "productcodelijst_code_product_fk" FOREIGN KEY ("contract_product_id") REFERENCES "keten"."contract_product"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `INSERT INTO "keten"."productcodelijst" ("raamovereenkomst_id", "versie", "ingangsdatum", "omschrijving") SELECT "id", 1, "ingangsdatum", 'Productcodelijst bij registratie' FROM "keten"."raamovereenkomst"`,
    );
    await queryRunner.query(
      `INSERT INTO "keten"."productcodelijst_code" ("productcodelijst_id", "contract_product_id") SELECT l."id", p."id" FROM "keten"."productcodelijst" l JOIN "keten"."contract_product" p ON p."raamovereenkomst_id" = l."raamovereenkomst_id"`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "keten"."productcodelijst_code" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."productcodelijst" CASCADE`);
  }
}
