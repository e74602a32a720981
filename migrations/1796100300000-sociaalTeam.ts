import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The sociaal team: on a toewijzing version (JSON intake), as a gemeente's default, and on sturing's allocated cost. */
export class SociaalTeam1796100300000 implements MigrationInterface {
  name = 'SociaalTeam1796100300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "keten"."sturing_gemeente_instelling" ("gemeente_id" uuid NOT NULL, "standaard_sociaal_team" character varying(60), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "sturing_gemeente_instelling_pk" PRIMARY KEY ("gemeente_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "keten"."toewijzing_versie" ADD "sociaal_team" character varying(60)`);
    await queryRunner.query(
      `ALTER TABLE "keten"."sturing_toegewezen" ADD "sociaal_team" character varying(60) NOT NULL DEFAULT ''`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."sturing_gemeente_instelling" ADD CONSTRAINT "sturing_gemeente_instelling_gemeente_fk" FOREIGN KEY ("gemeente_id") REFERENCES "keten"."organisatie"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "keten"."sturing_gemeente_instelling" DROP CONSTRAINT "sturing_gemeente_instelling_gemeente_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "keten"."sturing_toegewezen" DROP COLUMN "sociaal_team"`);
    await queryRunner.query(`ALTER TABLE "keten"."toewijzing_versie" DROP COLUMN "sociaal_team"`);
    await queryRunner.query(`DROP TABLE "keten"."sturing_gemeente_instelling"`);
  }
}
