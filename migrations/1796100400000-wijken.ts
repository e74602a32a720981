import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Wijken: a gemeente's postcode-to-wijk table (PC4), and the client's four postcode digits on a toewijzing version and on sturing's allocated cost. */
export class Wijken1796100400000 implements MigrationInterface {
  name = 'Wijken1796100400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "keten"."sturing_wijk_postcode" ("gemeente_id" uuid NOT NULL, "postcode4" character(4) NOT NULL, "wijk" character varying(80) NOT NULL, CONSTRAINT "sturing_wijk_postcode_pk" PRIMARY KEY ("gemeente_id", "postcode4"))`,
    );
    await queryRunner.query(`ALTER TABLE "keten"."toewijzing_versie" ADD "postcode4" character(4)`);
    await queryRunner.query(
      `ALTER TABLE "keten"."sturing_toegewezen" ADD "postcode4" character varying(4) NOT NULL DEFAULT ''`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."sturing_wijk_postcode" ADD CONSTRAINT "sturing_wijk_postcode_gemeente_fk" FOREIGN KEY ("gemeente_id") REFERENCES "keten"."organisatie"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "keten"."sturing_wijk_postcode" DROP CONSTRAINT "sturing_wijk_postcode_gemeente_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "keten"."sturing_toegewezen" DROP COLUMN "postcode4"`);
    await queryRunner.query(`ALTER TABLE "keten"."toewijzing_versie" DROP COLUMN "postcode4"`);
    await queryRunner.query(`DROP TABLE "keten"."sturing_wijk_postcode"`);
  }
}
