import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Inkoop: aanbestedingen with their domain state, inschrijvingen (one per aanbieder per perceel), the append-only
 * history (a trigger refuses UPDATE and DELETE), documents, the links from a gunning to its raamovereenkomsten, and
 * the inkoopbeleid per organisation.
 */
export class InkoopAanbestedingen1795445561462 implements MigrationInterface {
  name = 'InkoopAanbestedingen1795445561462';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "keten"."procedure_type" AS ENUM('toelatingsprocedure', 'sas_met_emvi', 'sas_zonder_emvi', 'europees_openbaar', 'europees_niet_openbaar', 'meervoudig_onderhands', 'enkelvoudig_onderhands', 'bestuurlijk_aanbesteden', 'besloten_veiling', 'dynamisch_aankoopsysteem')`,
    );
    await queryRunner.query(
      `CREATE TYPE "keten"."aanbesteding_status" AS ENUM('concept', 'aanmelding', 'inschrijving', 'beoordeling', 'prijsbeoordeling', 'voorlopig_gegund', 'lopend', 'afgerond', 'ingetrokken')`,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."aanbesteding" ("id" uuid NOT NULL, "inkoper_id" uuid NOT NULL, "kenmerk" character varying(30) NOT NULL, "naam" character varying(200) NOT NULL, "procedure_type" "keten"."procedure_type" NOT NULL, "domein" "keten"."domein" NOT NULL, "status" "keten"."aanbesteding_status" NOT NULL, "publicatiedatum" date, "uitgenodigden" uuid array, "deelnemende_gemeenten" uuid array NOT NULL, "versie" integer NOT NULL, "toestand" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "aanbesteding_versie" CHECK ("versie" >= 1), CONSTRAINT "aanbesteding_kenmerk_formaat" CHECK ("kenmerk" ~ '^[A-Za-z0-9._/-]{1,30}$'), CONSTRAINT "PK_3785f851562b0b4ec5f567d7ea9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "aanbesteding_kenmerk_uniek" ON "keten"."aanbesteding"  ("inkoper_id", "kenmerk") `,
    );
    await queryRunner.query(
      `CREATE TYPE "keten"."inschrijving_soort" AS ENUM('inschrijving', 'verzoek_tot_deelneming')`,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."aanbesteding_inschrijving" ("id" uuid NOT NULL, "aanbesteding_id" uuid NOT NULL, "perceel_id" character varying(20) NOT NULL, "aanbieder_id" uuid NOT NULL, "soort" "keten"."inschrijving_soort" NOT NULL, "ingediend_op" date NOT NULL, "afgewezen_op" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cbe16088fba52268e604c8c2fa1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "aanbesteding_inschrijving_aanbieder" ON "keten"."aanbesteding_inschrijving"  ("aanbieder_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "aanbesteding_inschrijving_uniek" ON "keten"."aanbesteding_inschrijving"  ("aanbesteding_id", "perceel_id", "aanbieder_id", "soort") WHERE "afgewezen_op" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TYPE "keten"."aanbesteding_actie" AS ENUM('publiceer', 'dien_in', 'registreer_toetsing', 'selecteer_gegadigden', 'sluit_inschrijving', 'leg_onderhandelingsuitkomst_vast', 'registreer_score', 'registreer_consensus', 'open_prijzen', 'voorlopige_gunning', 'registreer_kort_geding', 'registreer_uitspraak', 'definitieve_gunning', 'laat_toe', 'wijs_af', 'houd_veiling', 'nadere_opdracht', 'beeindig', 'trek_in')`,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."aanbesteding_gebeurtenis" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "aanbesteding_id" uuid NOT NULL, "volgnummer" integer NOT NULL, "actie" "keten"."aanbesteding_actie", "datum" date NOT NULL, "actor" character varying(64) NOT NULL, "rol" character varying(20) NOT NULL, "status_voor" "keten"."aanbesteding_status", "status_na" "keten"."aanbesteding_status" NOT NULL, "details" jsonb NOT NULL, "moment" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_932709b03ec4fd6e8c2b9685f23" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "aanbesteding_gebeurtenis_volgnummer_uniek" ON "keten"."aanbesteding_gebeurtenis"  ("aanbesteding_id", "volgnummer") `,
    );
    await queryRunner.query(
      `CREATE TYPE "keten"."aanbesteding_document_soort" AS ENUM('aankondiging', 'aanbestedingsleidraad', 'nota_van_inlichtingen', 'proces_verbaal', 'gunningsbeslissing', 'overig')`,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."aanbesteding_document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "aanbesteding_id" uuid NOT NULL, "soort" "keten"."aanbesteding_document_soort" NOT NULL, "titel" character varying(200) NOT NULL, "datum" date NOT NULL, "openbaar" boolean NOT NULL, "inhoud_hash" character(64) NOT NULL, "media_type" character varying(100) NOT NULL, "grootte" integer NOT NULL, "inhoud" bytea NOT NULL, "geregistreerd_door" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "aanbesteding_document_grootte" CHECK ("grootte" >= 0 AND "grootte" <= 5242880), CONSTRAINT "aanbesteding_document_hash_formaat" CHECK ("inhoud_hash" ~ '^[0-9a-f]{64}$'), CONSTRAINT "PK_e19804d3dd0fd8475e1ee92a80a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "aanbesteding_document_uniek" ON "keten"."aanbesteding_document"  ("aanbesteding_id", "inhoud_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."gegunde_raamovereenkomst" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "aanbesteding_id" uuid NOT NULL, "voorstel_id" character varying(60) NOT NULL, "aanbieder_id" uuid NOT NULL, "nummer" character varying(40) NOT NULL, "raamovereenkomst_id" uuid, "fout" character varying(2000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_96ccb6a9538cbd8f3a0064f101c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "gegunde_raamovereenkomst_raamovereenkomst_uniek" ON "keten"."gegunde_raamovereenkomst"  ("raamovereenkomst_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "gegunde_raamovereenkomst_nummer_uniek" ON "keten"."gegunde_raamovereenkomst"  ("aanbesteding_id", "nummer") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "gegunde_raamovereenkomst_voorstel_uniek" ON "keten"."gegunde_raamovereenkomst"  ("aanbesteding_id", "voorstel_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."inkoopbeleid" ("organisatie_id" uuid NOT NULL, "drempels" jsonb NOT NULL, "gewijzigd_door" character varying(64) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6e4a56b85150a1502750e81aea7" PRIMARY KEY ("organisatie_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."aanbesteding" ADD CONSTRAINT "aanbesteding_inkoper_fk" FOREIGN KEY ("inkoper_id") REFERENCES "keten"."organisatie"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."aanbesteding_inschrijving" ADD CONSTRAINT "aanbesteding_inschrijving_aanbesteding_fk" FOREIGN KEY ("aanbesteding_id") REFERENCES "keten"."aanbesteding"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."aanbesteding_inschrijving" ADD CONSTRAINT "aanbesteding_inschrijving_aanbieder_fk" FOREIGN KEY ("aanbieder_id") REFERENCES "keten"."organisatie"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."aanbesteding_gebeurtenis" ADD CONSTRAINT "aanbesteding_gebeurtenis_aanbesteding_fk" FOREIGN KEY ("aanbesteding_id") REFERENCES "keten"."aanbesteding"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."aanbesteding_document" ADD CONSTRAINT "aanbesteding_document_aanbesteding_fk" FOREIGN KEY ("aanbesteding_id") REFERENCES "keten"."aanbesteding"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."gegunde_raamovereenkomst" ADD CONSTRAINT "gegunde_raamovereenkomst_aanbesteding_fk" FOREIGN KEY ("aanbesteding_id") REFERENCES "keten"."aanbesteding"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."gegunde_raamovereenkomst" ADD CONSTRAINT "gegunde_raamovereenkomst_aanbieder_fk" FOREIGN KEY ("aanbieder_id") REFERENCES "keten"."organisatie"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."gegunde_raamovereenkomst" ADD CONSTRAINT "gegunde_raamovereenkomst_raamovereenkomst_fk" FOREIGN KEY ("raamovereenkomst_id") REFERENCES "keten"."raamovereenkomst"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."inkoopbeleid" ADD CONSTRAINT "inkoopbeleid_organisatie_fk" FOREIGN KEY ("organisatie_id") REFERENCES "keten"."organisatie"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "keten"."aanbesteding_gebeurtenis_alleen_toevoegen"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'aanbesteding_gebeurtenis is append-only' USING ERRCODE = 'restrict_violation'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "aanbesteding_gebeurtenis_alleen_toevoegen" BEFORE UPDATE OR DELETE ON "keten"."aanbesteding_gebeurtenis" FOR EACH ROW EXECUTE FUNCTION "keten"."aanbesteding_gebeurtenis_alleen_toevoegen"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TRIGGER "aanbesteding_gebeurtenis_alleen_toevoegen" ON "keten"."aanbesteding_gebeurtenis"`,
    );
    await queryRunner.query(`DROP FUNCTION "keten"."aanbesteding_gebeurtenis_alleen_toevoegen"()`);
    await queryRunner.query(`DROP TABLE "keten"."inkoopbeleid" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."gegunde_raamovereenkomst" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."aanbesteding_document" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."aanbesteding_gebeurtenis" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."aanbesteding_inschrijving" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."aanbesteding" CASCADE`);
    await queryRunner.query(`DROP TYPE "keten"."aanbesteding_document_soort"`);
    await queryRunner.query(`DROP TYPE "keten"."aanbesteding_actie"`);
    await queryRunner.query(`DROP TYPE "keten"."inschrijving_soort"`);
    await queryRunner.query(`DROP TYPE "keten"."aanbesteding_status"`);
    await queryRunner.query(`DROP TYPE "keten"."procedure_type"`);
  }
}
