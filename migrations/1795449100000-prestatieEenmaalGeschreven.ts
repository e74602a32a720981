import type { MigrationInterface, QueryRunner } from 'typeorm';

const KOLOMMEN = [
  'client_id',
  'referentie_nummer',
  'vorig_referentie_nummer',
  'toewijzing_nummer',
  'productcategorie',
  'productcode',
  'begindatum',
  'einddatum',
  'geleverd_volume',
  'eenheid',
  'product_tarief_centen',
  'ingediend_bedrag_centen',
  'debet_credit',
];

/**
 * A prestatie is written once, with its beoordeling (ingediende-prestaties.util.ts): until then a declaratie keeps its
 * prestaties as one document. Prestaties still waiting (status ontvangen) move into that document, as plain JSON.
 * keten.prestatie is keyed by (declaratie_id, volgnummer) instead of a surrogate id.
 */
export class PrestatieEenmaalGeschreven1795449100000 implements MigrationInterface {
  name = 'PrestatieEenmaalGeschreven1795449100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "keten"."declaratie" ADD "aantal_prestaties" integer NOT NULL DEFAULT 0`);
    await queryRunner.query(
      `UPDATE "keten"."declaratie" d SET "aantal_prestaties" = (SELECT count(*) FROM "keten"."prestatie" p WHERE p."declaratie_id" = d."id")`,
    );
    await queryRunner.query(`ALTER TABLE "keten"."declaratie" ALTER COLUMN "aantal_prestaties" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "keten"."declaratie" ADD "ingediende_prestaties" bytea`);
    // Already gzip-compressed by Keten: TOAST compression would only spend CPU.
    await queryRunner.query(
      `ALTER TABLE "keten"."declaratie" ALTER COLUMN "ingediende_prestaties" SET STORAGE EXTERNAL`,
    );
    await queryRunner.query(
      `UPDATE "keten"."declaratie" d SET "ingediende_prestaties" = x.doc
         FROM (SELECT "declaratie_id", convert_to(json_build_object(${KOLOMMEN.map((k) => `'${k}', json_agg(${k === 'productcategorie' ? 'rtrim(productcategorie)' : k} ORDER BY "volgnummer")`).join(', ')})::text, 'UTF8') AS doc
                 FROM "keten"."prestatie" WHERE "status" = 'ontvangen' GROUP BY "declaratie_id") x
        WHERE d."id" = x."declaratie_id"`,
    );
    await queryRunner.query(`DELETE FROM "keten"."prestatie" WHERE "status" = 'ontvangen'`);
    await queryRunner.query(`DROP INDEX "keten"."prestatie_volgnummer_uniek"`);
    await queryRunner.query(`ALTER TABLE "keten"."prestatie" DROP CONSTRAINT "PK_44fc1c2528da0bca5104373f2e9"`);
    await queryRunner.query(`ALTER TABLE "keten"."prestatie" DROP COLUMN "id"`);
    await queryRunner.query(
      `ALTER TABLE "keten"."prestatie" ADD CONSTRAINT "PK_a031d50fdbe42a9de910a878f0b" PRIMARY KEY ("declaratie_id", "volgnummer")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Documents written by Keten are gzip: SQL cannot read them back into rows, so refuse rather than lose them.
    const [{ n }] = (await queryRunner.query(
      `SELECT count(*)::int AS n FROM "keten"."declaratie" WHERE "ingediende_prestaties" IS NOT NULL AND get_byte("ingediende_prestaties", 0) <> 123`,
    )) as { n: number }[];
    if (n > 0)
      throw new Error(
        `${n} declaraties wait for their beoordeling with prestaties this version stores compressed; let the worker judge them before migrating down`,
      );
    await queryRunner.query(`ALTER TABLE "keten"."prestatie" DROP CONSTRAINT "PK_a031d50fdbe42a9de910a878f0b"`);
    await queryRunner.query(`ALTER TABLE "keten"."prestatie" ADD "id" uuid NOT NULL DEFAULT gen_random_uuid()`);
    await queryRunner.query(
      `ALTER TABLE "keten"."prestatie" ADD CONSTRAINT "PK_44fc1c2528da0bca5104373f2e9" PRIMARY KEY ("id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "prestatie_volgnummer_uniek" ON "keten"."prestatie"  ("declaratie_id", "volgnummer") `,
    );
    await queryRunner.query(
      `INSERT INTO "keten"."prestatie" ("declaratie_id", "volgnummer", "aanbieder_id", "gemeente_id", "domein", ${KOLOMMEN.map((k) => `"${k}"`).join(', ')}, "status")
       SELECT d."id", r."volgnummer" - 1, d."aanbieder_id", d."gemeente_id", d."domein", r."client_id"::uuid, r."referentie_nummer", r."vorig_referentie_nummer",
              r."toewijzing_nummer"::int, r."productcategorie", r."productcode", r."begindatum"::date, r."einddatum"::date, r."geleverd_volume"::int,
              r."eenheid"::"keten"."eenheid", r."product_tarief_centen"::bigint, r."ingediend_bedrag_centen"::bigint, r."debet_credit", 'ontvangen'
         FROM "keten"."declaratie" d, LATERAL (SELECT convert_from(d."ingediende_prestaties", 'UTF8')::json AS doc) j,
              LATERAL ROWS FROM (${KOLOMMEN.map((k) => `json_array_elements_text(j.doc->'${k}')`).join(', ')}) WITH ORDINALITY
                AS r(${KOLOMMEN.map((k) => `"${k}"`).join(', ')}, "volgnummer")
        WHERE d."ingediende_prestaties" IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "keten"."declaratie" DROP COLUMN "ingediende_prestaties"`);
    await queryRunner.query(`ALTER TABLE "keten"."declaratie" DROP COLUMN "aantal_prestaties"`);
  }
}
