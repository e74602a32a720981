import type { MigrationInterface, QueryRunner } from 'typeorm';

const VERSIE_KOLOMMEN = `"productcategorie", "productcode", "ingangsdatum", "einddatum", "volume", "eenheid", "frequentie", "budget_centen", "reden_wijziging"`;

/**
 * The beoordeling's lookups at national scale (issue 19): a declaratie is one aanbieder's in one gemeente, so what it
 * reads and writes per toewijzing is indexed with the aanbieder right after the gemeente. Its toewijzingen then sit
 * side by side in one or two index pages instead of one page each, spread over the gemeente's; and the lookups are
 * answered from the index alone (INCLUDE), without a visit to a table page per toewijzing and per client:
 * - prestatie_toewijzing (approved prestaties per toewijzing, the cumulative checks): the aanbieder added to the key;
 * - toewijzing_aanbieder_nummer: a toewijzing by gemeente, aanbieder and number, with its id and client;
 * - toewijzing_versie_moment_uniek: the version's fields the beoordeling reads, included;
 * - client_bsn_hash_uniek: the client's id included (the intake's lookup by BSN hash).
 */
export class BeoordelingOpSchaal1796720000000 implements MigrationInterface {
  name = 'BeoordelingOpSchaal1796720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "keten"."prestatie_toewijzing"`);
    await queryRunner.query(
      `CREATE INDEX "prestatie_toewijzing" ON "keten"."prestatie" ("gemeente_id", "domein", "aanbieder_id", "toewijzing_nummer") WHERE "status" = 'goedgekeurd'`,
    );
    await queryRunner.query(
      `CREATE INDEX "toewijzing_aanbieder_nummer" ON "keten"."toewijzing" ("gemeente_id", "domein", "aanbieder_id", "toewijzing_nummer") INCLUDE ("id", "client_id")`,
    );
    await queryRunner.query(`DROP INDEX "keten"."toewijzing_versie_moment_uniek"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "toewijzing_versie_moment_uniek" ON "keten"."toewijzing_versie" ("toewijzing_id", "toewijzingsdatum", "toewijzingstijd") INCLUDE (${VERSIE_KOLOMMEN})`,
    );
    await queryRunner.query(`DROP INDEX "keten"."client_bsn_hash_uniek"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "client_bsn_hash_uniek" ON "keten"."client" ("bsn_hash") INCLUDE ("id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "keten"."client_bsn_hash_uniek"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "client_bsn_hash_uniek" ON "keten"."client" ("bsn_hash")`);
    await queryRunner.query(`DROP INDEX "keten"."toewijzing_versie_moment_uniek"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "toewijzing_versie_moment_uniek" ON "keten"."toewijzing_versie" ("toewijzing_id", "toewijzingsdatum", "toewijzingstijd")`,
    );
    await queryRunner.query(`DROP INDEX "keten"."toewijzing_aanbieder_nummer"`);
    await queryRunner.query(`DROP INDEX "keten"."prestatie_toewijzing"`);
    await queryRunner.query(
      `CREATE INDEX "prestatie_toewijzing" ON "keten"."prestatie" ("gemeente_id", "domein", "toewijzing_nummer") WHERE "status" = 'goedgekeurd'`,
    );
  }
}
