import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Betaalbatches (libs/sturing): the batch (four eyes in a check), its regels per aanbieder and its posts, whose
 * unique indexes pay every prestatie and termijn at most once; an IBAN on organisaties; betaald_op on declaraties.
 */
export class Betaalbatches1796100100000 implements MigrationInterface {
  name = 'Betaalbatches1796100100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "keten"."betaalbatch" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "nummer" character varying(35) NOT NULL, "inkoper_id" uuid NOT NULL, "tot" date NOT NULL, "uitvoeringsdatum" date NOT NULL, "status" character varying(12) NOT NULL, "totaal_centen" bigint NOT NULL, "aangemaakt_door" character varying(60) NOT NULL, "goedgekeurd_door" character varying(60), "goedgekeurd_op" TIMESTAMP WITH TIME ZONE, "betaald_op" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "betaalbatch_status" CHECK ("status" IN ('concept', 'goedgekeurd', 'afgewezen', 'betaald')), CONSTRAINT "betaalbatch_betaald" CHECK (("status" = 'betaald') = ("betaald_op" IS NOT NULL)), CONSTRAINT "betaalbatch_goedgekeurd" CHECK (("status" IN ('goedgekeurd', 'betaald')) = ("goedgekeurd_door" IS NOT NULL)), CONSTRAINT "betaalbatch_vier_ogen" CHECK ("goedgekeurd_door" IS NULL OR "goedgekeurd_door" <> "aangemaakt_door"), CONSTRAINT "betaalbatch_pk" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "betaalbatch_inkoper" ON "keten"."betaalbatch"  ("inkoper_id", "created_at") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "betaalbatch_nummer_uniek" ON "keten"."betaalbatch"  ("nummer") `);
    await queryRunner.query(
      `CREATE TABLE "keten"."betaalbatch_regel" ("betaalbatch_id" uuid NOT NULL, "aanbieder_id" uuid NOT NULL, "naam" character varying(200) NOT NULL, "iban" character varying(34) NOT NULL, "bedrag_centen" bigint NOT NULL, "kenmerk" character varying(35) NOT NULL, "omschrijving" character varying(140) NOT NULL, CONSTRAINT "betaalbatch_regel_bedrag" CHECK ("bedrag_centen" > 0), CONSTRAINT "betaalbatch_regel_pk" PRIMARY KEY ("betaalbatch_id", "aanbieder_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."betaalbatch_post" ("id" BIGSERIAL NOT NULL, "betaalbatch_id" uuid NOT NULL, "aanbieder_id" uuid NOT NULL, "soort" character varying(10) NOT NULL, "declaratie_id" uuid, "volgnummer" integer, "termijn_id" uuid, "bedrag_centen" bigint NOT NULL, CONSTRAINT "betaalbatch_post_soort" CHECK (("soort" = 'prestatie' AND "declaratie_id" IS NOT NULL AND "volgnummer" IS NOT NULL AND "termijn_id" IS NULL) OR ("soort" = 'termijn' AND "termijn_id" IS NOT NULL AND "declaratie_id" IS NULL AND "volgnummer" IS NULL)), CONSTRAINT "betaalbatch_post_pk" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "betaalbatch_post_batch" ON "keten"."betaalbatch_post"  ("betaalbatch_id", "aanbieder_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "betaalbatch_post_termijn_uniek" ON "keten"."betaalbatch_post"  ("termijn_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "betaalbatch_post_prestatie_uniek" ON "keten"."betaalbatch_post"  ("declaratie_id", "volgnummer") `,
    );
    await queryRunner.query(`ALTER TABLE "keten"."organisatie" ADD "iban" character varying(34)`);
    await queryRunner.query(`ALTER TABLE "keten"."declaratie" ADD "betaald_op" date`);
    await queryRunner.query(
      `ALTER TABLE "keten"."organisatie" ADD CONSTRAINT "organisatie_iban_formaat" CHECK ("iban" ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$')`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."betaalbatch" ADD CONSTRAINT "betaalbatch_inkoper_fk" FOREIGN KEY ("inkoper_id") REFERENCES "keten"."organisatie"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."betaalbatch_regel" ADD CONSTRAINT "betaalbatch_regel_betaalbatch_fk" FOREIGN KEY ("betaalbatch_id") REFERENCES "keten"."betaalbatch"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."betaalbatch_post" ADD CONSTRAINT "betaalbatch_post_betaalbatch_fk" FOREIGN KEY ("betaalbatch_id") REFERENCES "keten"."betaalbatch"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."betaalbatch_post" ADD CONSTRAINT "betaalbatch_post_termijn_fk" FOREIGN KEY ("termijn_id") REFERENCES "keten"."termijn"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "keten"."betaalbatch_post" DROP CONSTRAINT "betaalbatch_post_termijn_fk"`);
    await queryRunner.query(`ALTER TABLE "keten"."betaalbatch_post" DROP CONSTRAINT "betaalbatch_post_betaalbatch_fk"`);
    await queryRunner.query(
      `ALTER TABLE "keten"."betaalbatch_regel" DROP CONSTRAINT "betaalbatch_regel_betaalbatch_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "keten"."betaalbatch" DROP CONSTRAINT "betaalbatch_inkoper_fk"`);
    await queryRunner.query(`ALTER TABLE "keten"."organisatie" DROP CONSTRAINT "organisatie_iban_formaat"`);
    await queryRunner.query(`ALTER TABLE "keten"."declaratie" DROP COLUMN "betaald_op"`);
    await queryRunner.query(`ALTER TABLE "keten"."organisatie" DROP COLUMN "iban"`);
    await queryRunner.query(`DROP TABLE "keten"."betaalbatch_post"`);
    await queryRunner.query(`DROP TABLE "keten"."betaalbatch_regel"`);
    await queryRunner.query(`DROP TABLE "keten"."betaalbatch"`);
  }
}
