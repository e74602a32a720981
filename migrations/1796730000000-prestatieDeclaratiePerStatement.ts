import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A prestatie's declaratie, checked once per statement instead of once per row (issue 19). The foreign key checked
 * each prestatie on its own: at the national size 8% of PostgreSQL's CPU, for the beoordeling's one statement that
 * writes a declaratie's hundred prestaties, all naming the same declaratie. These triggers keep the same guarantee,
 * with the same error (SQLSTATE 23503, constraint prestatie_declaratie_fk) and the same lock: every declaratie a
 * statement's prestaties name exists and is held FOR KEY SHARE until the transaction ends, so it cannot be deleted
 * meanwhile; a deleted declaratie takes its prestaties with it, as ON DELETE CASCADE did. Keten never deletes a
 * declaratie nor moves a prestatie to another; the triggers guard what other writers could do.
 */
export class PrestatieDeclaratiePerStatement1796730000000 implements MigrationInterface {
  name = 'PrestatieDeclaratiePerStatement1796730000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "keten"."prestatie" DROP CONSTRAINT "prestatie_declaratie_fk"`);
    await queryRunner.query(`
      CREATE FUNCTION keten.prestatie_declaratie_bestaat() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        v_declaratie uuid;
      BEGIN
        -- One index probe per declaratie named (a join with the transition table, which has no statistics, was
        -- planned as a scan of every declaratie).
        FOR v_declaratie IN SELECT DISTINCT declaratie_id FROM nieuw LOOP
          PERFORM 1 FROM keten.declaratie d WHERE d.id = v_declaratie FOR KEY SHARE;
          IF NOT FOUND THEN
            RAISE EXCEPTION 'insert or update on table "prestatie" violates foreign key constraint "prestatie_declaratie_fk"'
              USING ERRCODE = 'foreign_key_violation', SCHEMA = 'keten', TABLE = 'prestatie', CONSTRAINT = 'prestatie_declaratie_fk',
                    DETAIL = format('Key (declaratie_id)=(%s) is not present in table "declaratie".', v_declaratie);
          END IF;
        END LOOP;
        RETURN NULL;
      END $$`);
    for (const gebeurtenis of ['INSERT', 'UPDATE'])
      await queryRunner.query(
        `CREATE TRIGGER prestatie_declaratie_bestaat_${gebeurtenis.toLowerCase()} AFTER ${gebeurtenis} ON keten.prestatie
           REFERENCING NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION keten.prestatie_declaratie_bestaat()`,
      );
    await queryRunner.query(`
      CREATE FUNCTION keten.declaratie_prestaties_mee() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        v_declaratie uuid;
      BEGIN
        FOR v_declaratie IN SELECT id FROM oud LOOP
          DELETE FROM keten.prestatie WHERE declaratie_id = v_declaratie;
        END LOOP;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER declaratie_prestaties_mee AFTER DELETE ON keten.declaratie
         REFERENCING OLD TABLE AS oud FOR EACH STATEMENT EXECUTE FUNCTION keten.declaratie_prestaties_mee()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER declaratie_prestaties_mee ON keten.declaratie`);
    await queryRunner.query(`DROP FUNCTION keten.declaratie_prestaties_mee()`);
    for (const gebeurtenis of ['insert', 'update'])
      await queryRunner.query(`DROP TRIGGER prestatie_declaratie_bestaat_${gebeurtenis} ON keten.prestatie`);
    await queryRunner.query(`DROP FUNCTION keten.prestatie_declaratie_bestaat()`);
    await queryRunner.query(
      `ALTER TABLE "keten"."prestatie" ADD CONSTRAINT "prestatie_declaratie_fk" FOREIGN KEY ("declaratie_id") REFERENCES "keten"."declaratie"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }
}
