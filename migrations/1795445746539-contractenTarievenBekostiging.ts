import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contracten, tarieven en bekostiging (issue 6): deelovereenkomsten with their own tariffs, onderaannemers,
 * verlengingsopties, segments, prijsnormen (reële/vaste prijs), cost build-up and lineage on tariffs, lumpsum
 * budgets and subsidies with payable termijnen, and indexations with their preview rows.
 */
export class ContractenTarievenBekostiging1795445746539 implements MigrationInterface {
  name = 'ContractenTarievenBekostiging1795445746539';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "keten"."tarief_bron" AS ENUM('registratie', 'wijziging', 'tariefblad', 'indexatie', 'toetreding')`,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."deelovereenkomst" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "raamovereenkomst_id" uuid NOT NULL, "naam" character varying(200) NOT NULL, "doelgroep" character varying(200), "ingangsdatum" date NOT NULL, "einddatum" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "deelovereenkomst_periode" CHECK ("einddatum" >= "ingangsdatum"), CONSTRAINT "PK_c7db7989668881fc1e2efd3c093" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "deelovereenkomst_naam_uniek" ON "keten"."deelovereenkomst"  ("raamovereenkomst_id", "naam") `,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."onderaannemer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "raamovereenkomst_id" uuid NOT NULL, "aanbieder_id" uuid NOT NULL, "ingangsdatum" date NOT NULL, "einddatum" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "onderaannemer_periode" CHECK ("einddatum" IS NULL OR "einddatum" >= "ingangsdatum"), CONSTRAINT "onderaannemer_geen_overlap" EXCLUDE USING gist ("raamovereenkomst_id" WITH =, "aanbieder_id" WITH =, daterange("ingangsdatum", "einddatum", '[]') WITH &&), CONSTRAINT "PK_ac93ec52dd27f3c23816a3a526f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "keten"."verlengingsoptie_status" AS ENUM('open', 'gelicht', 'vervallen')`);
    await queryRunner.query(
      `CREATE TABLE "keten"."verlengingsoptie" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "raamovereenkomst_id" uuid NOT NULL, "volgnummer" integer NOT NULL, "duur_maanden" integer NOT NULL, "status" "keten"."verlengingsoptie_status" NOT NULL DEFAULT 'open', "nieuwe_einddatum" date, "gelicht_door" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "verlengingsoptie_volgnummer" CHECK ("volgnummer" >= 1), CONSTRAINT "verlengingsoptie_duur" CHECK ("duur_maanden" BETWEEN 1 AND 120), CONSTRAINT "PK_4af816cec7aa69366efb0819bb3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "verlengingsoptie_volgnummer_uniek" ON "keten"."verlengingsoptie"  ("raamovereenkomst_id", "volgnummer") `,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."segment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "raamovereenkomst_id" uuid NOT NULL, "naam" character varying(100) NOT NULL, "uitvoeringsvariant" "keten"."uitvoeringsvariant" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d648ac58d8e0532689dfb8ad7ef" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "segment_naam_uniek" ON "keten"."segment"  ("raamovereenkomst_id", "naam") `,
    );
    await queryRunner.query(`CREATE TYPE "keten"."prijsnorm_soort" AS ENUM('reelePrijs', 'vastePrijs')`);
    await queryRunner.query(
      `CREATE TABLE "keten"."prijsnorm" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contract_product_id" uuid NOT NULL, "eenheid" "keten"."eenheid" NOT NULL, "soort" "keten"."prijsnorm_soort" NOT NULL, "bedrag_centen" bigint NOT NULL, "kostenopbouw" jsonb, "ingangsdatum" date NOT NULL, "einddatum" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "prijsnorm_bedrag" CHECK ("bedrag_centen" >= 0), CONSTRAINT "prijsnorm_periode" CHECK ("einddatum" IS NULL OR "einddatum" >= "ingangsdatum"), CONSTRAINT "prijsnorm_geen_overlap" EXCLUDE USING gist ("contract_product_id" WITH =, "eenheid" WITH =, daterange("ingangsdatum", "einddatum", '[]') WITH &&), CONSTRAINT "PK_9689b3ae7de8a80ff6c0f2c5981" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "keten"."budget_soort" AS ENUM('taakgericht', 'subsidie')`);
    await queryRunner.query(
      `CREATE TABLE "keten"."budget" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reeks_id" uuid NOT NULL, "raamovereenkomst_id" uuid NOT NULL, "contract_product_id" uuid, "soort" "keten"."budget_soort" NOT NULL, "omschrijving" character varying(200) NOT NULL, "opdracht" jsonb, "voorwaarden" jsonb NOT NULL DEFAULT '[]', "jaarbedrag_centen" bigint NOT NULL, "ingangsdatum" date NOT NULL, "einddatum" date NOT NULL, "betaalafspraak" jsonb NOT NULL, "verantwoording" jsonb NOT NULL, "vorige_versie_id" uuid, "bron" "keten"."tarief_bron" NOT NULL DEFAULT 'registratie', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "budget_product_bij_taakgericht" CHECK (("soort" = 'taakgericht') = ("contract_product_id" IS NOT NULL)), CONSTRAINT "budget_bedrag" CHECK ("jaarbedrag_centen" > 0), CONSTRAINT "budget_periode" CHECK ("einddatum" >= "ingangsdatum"), CONSTRAINT "budget_geen_overlap" EXCLUDE USING gist ("reeks_id" WITH =, daterange("ingangsdatum", "einddatum", '[]') WITH &&), CONSTRAINT "PK_9af87bcfd2de21bd9630dddaa0e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "budget_raamovereenkomst" ON "keten"."budget"  ("raamovereenkomst_id") `);
    await queryRunner.query(`CREATE TYPE "keten"."termijn_status" AS ENUM('gepland', 'betaalbaar', 'betaald')`);
    await queryRunner.query(
      `CREATE TABLE "keten"."termijn" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "budget_id" uuid NOT NULL, "raamovereenkomst_id" uuid NOT NULL, "volgnummer" integer NOT NULL, "periode_begindatum" date NOT NULL, "periode_einddatum" date NOT NULL, "vervaldatum" date NOT NULL, "bedrag_centen" bigint NOT NULL, "status" "keten"."termijn_status" NOT NULL DEFAULT 'gepland', "betaald_op" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "termijn_betaald" CHECK (("status" = 'betaald') = ("betaald_op" IS NOT NULL)), CONSTRAINT "termijn_bedrag" CHECK ("bedrag_centen" >= 0), CONSTRAINT "termijn_periode" CHECK ("periode_einddatum" >= "periode_begindatum"), CONSTRAINT "PK_bfa75490beecc1deae3aba0ffce" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "termijn_raamovereenkomst" ON "keten"."termijn"  ("raamovereenkomst_id") `);
    await queryRunner.query(`CREATE INDEX "termijn_te_betalen" ON "keten"."termijn"  ("status", "vervaldatum") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "termijn_periode_uniek" ON "keten"."termijn"  ("budget_id", "periode_begindatum") `,
    );
    await queryRunner.query(
      `CREATE TYPE "keten"."indexatie_status" AS ENUM('berekenen', 'preview', 'toepassen', 'toegepast', 'mislukt')`,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."indexatie" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "raamovereenkomst_id" uuid NOT NULL, "jaar" integer NOT NULL, "parameters" jsonb NOT NULL, "percentage" character varying(60), "status" "keten"."indexatie_status" NOT NULL DEFAULT 'berekenen', "fout" text, "aangevraagd_door" character varying(64) NOT NULL, "toegepast_door" character varying(64), "toegepast_op" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5876bad399aebfb9303f9da9c97" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "indexatie_raamovereenkomst" ON "keten"."indexatie"  ("raamovereenkomst_id", "jaar") `,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."indexatie_regel" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "indexatie_id" uuid NOT NULL, "tarief_id" uuid, "budget_id" uuid, "omschrijving" character varying(300) NOT NULL, "oud_centen" bigint NOT NULL, "nieuw_centen" bigint NOT NULL, "ingangsdatum" date NOT NULL, "nieuwe_versie_id" uuid, CONSTRAINT "indexatie_regel_een_bron" CHECK (("tarief_id" IS NULL) <> ("budget_id" IS NULL)), CONSTRAINT "PK_e7a33ab4683dee4fc1dcf14feb4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "indexatie_regel_budget_uniek" ON "keten"."indexatie_regel"  ("indexatie_id", "budget_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "indexatie_regel_tarief_uniek" ON "keten"."indexatie_regel"  ("indexatie_id", "tarief_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "keten"."deelovereenkomst_gemeente" ("deelovereenkomst_id" uuid NOT NULL, "gemeente_id" uuid NOT NULL, CONSTRAINT "PK_7768b15fae3627e934912935b3e" PRIMARY KEY ("deelovereenkomst_id", "gemeente_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_94bb5a0a3b7517a98e1d54abe7" ON "keten"."deelovereenkomst_gemeente"  ("deelovereenkomst_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ddfee33e4a0adca01f7b962aff" ON "keten"."deelovereenkomst_gemeente"  ("gemeente_id") `,
    );
    await queryRunner.query(`ALTER TABLE "keten"."raamovereenkomst" ADD "oorspronkelijke_waarde_centen" bigint`);
    await queryRunner.query(
      `UPDATE "keten"."raamovereenkomst" SET "oorspronkelijke_waarde_centen" = "maximale_waarde_centen"`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."raamovereenkomst" ALTER COLUMN "oorspronkelijke_waarde_centen" SET NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "keten"."raamovereenkomst" ADD "oorspronkelijke_einddatum" date`);
    await queryRunner.query(`UPDATE "keten"."raamovereenkomst" SET "oorspronkelijke_einddatum" = "einddatum"`);
    await queryRunner.query(
      `ALTER TABLE "keten"."raamovereenkomst" ALTER COLUMN "oorspronkelijke_einddatum" SET NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "keten"."raamovereenkomst" ADD "motivering_lange_looptijd" text`);
    await queryRunner.query(
      `ALTER TABLE "keten"."raamovereenkomst" ADD "tussentijdse_toetreding" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "keten"."raamovereenkomst" ADD "toegetreden_tot_id" uuid`);
    await queryRunner.query(`ALTER TABLE "keten"."raamovereenkomst" ADD "indexatiemethode" jsonb`);
    await queryRunner.query(`ALTER TABLE "keten"."contract_product" ADD "segment_id" uuid`);
    await queryRunner.query(`ALTER TABLE "keten"."tarief" ADD "deelovereenkomst_id" uuid`);
    await queryRunner.query(`ALTER TABLE "keten"."tarief" ADD "vervangen_op" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "keten"."tarief" DROP CONSTRAINT "tarief_geen_overlap"`);
    await queryRunner.query(
      `ALTER TABLE "keten"."tarief" ADD CONSTRAINT "tarief_geen_overlap" EXCLUDE USING gist ("contract_product_id" WITH =, "eenheid" WITH =, COALESCE("deelovereenkomst_id", '00000000-0000-0000-0000-000000000000'::uuid) WITH =, daterange("ingangsdatum", "einddatum", '[]') WITH &&) WHERE ("vervangen_op" IS NULL)`,
    );
    await queryRunner.query(`ALTER TABLE "keten"."tarief" ADD "kostenopbouw" jsonb`);
    await queryRunner.query(`ALTER TABLE "keten"."tarief" ADD "reele_prijs_centen" bigint`);
    await queryRunner.query(`ALTER TABLE "keten"."tarief" ADD "vorige_versie_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "keten"."tarief" ADD "bron" "keten"."tarief_bron" NOT NULL DEFAULT 'registratie'`,
    );
    await queryRunner.query(`CREATE INDEX "tarief_deelovereenkomst" ON "keten"."tarief"  ("deelovereenkomst_id") `);
    await queryRunner.query(
      `ALTER TABLE "keten"."tarief" ADD CONSTRAINT "tarief_reele_prijs" CHECK ("reele_prijs_centen" IS NULL OR "kostenopbouw" IS NOT NULL)`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."raamovereenkomst" ADD CONSTRAINT "raamovereenkomst_toegetreden_tot_fk" FOREIGN KEY ("toegetreden_tot_id") REFERENCES "keten"."raamovereenkomst"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."contract_product" ADD CONSTRAINT "contract_product_segment_fk" FOREIGN KEY ("segment_id") REFERENCES "keten"."segment"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."tarief" ADD CONSTRAINT "tarief_deelovereenkomst_fk" FOREIGN KEY ("deelovereenkomst_id") REFERENCES "keten"."deelovereenkomst"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."tarief" ADD CONSTRAINT "tarief_vorige_versie_fk" FOREIGN KEY ("vorige_versie_id") REFERENCES "keten"."tarief"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."deelovereenkomst" ADD CONSTRAINT "deelovereenkomst_raamovereenkomst_fk" FOREIGN KEY ("raamovereenkomst_id") REFERENCES "keten"."raamovereenkomst"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."onderaannemer" ADD CONSTRAINT "onderaannemer_raamovereenkomst_fk" FOREIGN KEY ("raamovereenkomst_id") REFERENCES "keten"."raamovereenkomst"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."onderaannemer" ADD CONSTRAINT "onderaannemer_aanbieder_fk" FOREIGN KEY ("aanbieder_id") REFERENCES "keten"."organisatie"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."verlengingsoptie" ADD CONSTRAINT "verlengingsoptie_raamovereenkomst_fk" FOREIGN KEY ("raamovereenkomst_id") REFERENCES "keten"."raamovereenkomst"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."segment" ADD CONSTRAINT "segment_raamovereenkomst_fk" FOREIGN KEY ("raamovereenkomst_id") REFERENCES "keten"."raamovereenkomst"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."prijsnorm" ADD CONSTRAINT "prijsnorm_contract_product_fk" FOREIGN KEY ("contract_product_id") REFERENCES "keten"."contract_product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."budget" ADD CONSTRAINT "budget_raamovereenkomst_fk" FOREIGN KEY ("raamovereenkomst_id") REFERENCES "keten"."raamovereenkomst"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."budget" ADD CONSTRAINT "budget_contract_product_fk" FOREIGN KEY ("contract_product_id") REFERENCES "keten"."contract_product"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."budget" ADD CONSTRAINT "budget_vorige_versie_fk" FOREIGN KEY ("vorige_versie_id") REFERENCES "keten"."budget"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."termijn" ADD CONSTRAINT "termijn_budget_fk" FOREIGN KEY ("budget_id") REFERENCES "keten"."budget"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."indexatie" ADD CONSTRAINT "indexatie_raamovereenkomst_fk" FOREIGN KEY ("raamovereenkomst_id") REFERENCES "keten"."raamovereenkomst"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."indexatie_regel" ADD CONSTRAINT "indexatie_regel_indexatie_fk" FOREIGN KEY ("indexatie_id") REFERENCES "keten"."indexatie"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."indexatie_regel" ADD CONSTRAINT "indexatie_regel_tarief_fk" FOREIGN KEY ("tarief_id") REFERENCES "keten"."tarief"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."indexatie_regel" ADD CONSTRAINT "indexatie_regel_budget_fk" FOREIGN KEY ("budget_id") REFERENCES "keten"."budget"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."deelovereenkomst_gemeente" ADD CONSTRAINT "deelovereenkomst_gemeente_deelovereenkomst_fk" FOREIGN KEY ("deelovereenkomst_id") REFERENCES "keten"."deelovereenkomst"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."deelovereenkomst_gemeente" ADD CONSTRAINT "deelovereenkomst_gemeente_gemeente_fk" FOREIGN KEY ("gemeente_id") REFERENCES "keten"."organisatie"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "keten"."tarief" DROP CONSTRAINT "tarief_vorige_versie_fk"`);
    await queryRunner.query(`ALTER TABLE "keten"."tarief" DROP CONSTRAINT "tarief_deelovereenkomst_fk"`);
    await queryRunner.query(`ALTER TABLE "keten"."contract_product" DROP CONSTRAINT "contract_product_segment_fk"`);
    await queryRunner.query(
      `ALTER TABLE "keten"."raamovereenkomst" DROP CONSTRAINT "raamovereenkomst_toegetreden_tot_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "keten"."tarief" DROP CONSTRAINT "tarief_reele_prijs"`);
    await queryRunner.query(`DROP INDEX "keten"."tarief_deelovereenkomst"`);
    await queryRunner.query(`ALTER TABLE "keten"."tarief" DROP COLUMN "bron"`);
    await queryRunner.query(`ALTER TABLE "keten"."tarief" DROP COLUMN "vorige_versie_id"`);
    await queryRunner.query(`ALTER TABLE "keten"."tarief" DROP COLUMN "reele_prijs_centen"`);
    await queryRunner.query(`ALTER TABLE "keten"."tarief" DROP COLUMN "kostenopbouw"`);
    await queryRunner.query(`ALTER TABLE "keten"."tarief" DROP CONSTRAINT "tarief_geen_overlap"`);
    // Superseded versions and deelovereenkomst tariffs cannot survive the old constraint: they would overlap.
    await queryRunner.query(
      `DELETE FROM "keten"."tarief" WHERE "deelovereenkomst_id" IS NOT NULL OR "vervangen_op" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "keten"."tarief" ADD CONSTRAINT "tarief_geen_overlap" EXCLUDE USING gist ("contract_product_id" WITH =, "eenheid" WITH =, daterange("ingangsdatum", "einddatum", '[]') WITH &&)`,
    );
    await queryRunner.query(`ALTER TABLE "keten"."tarief" DROP COLUMN "vervangen_op"`);
    await queryRunner.query(`ALTER TABLE "keten"."tarief" DROP COLUMN "deelovereenkomst_id"`);
    await queryRunner.query(`ALTER TABLE "keten"."contract_product" DROP COLUMN "segment_id"`);
    await queryRunner.query(`ALTER TABLE "keten"."raamovereenkomst" DROP COLUMN "indexatiemethode"`);
    await queryRunner.query(`ALTER TABLE "keten"."raamovereenkomst" DROP COLUMN "toegetreden_tot_id"`);
    await queryRunner.query(`ALTER TABLE "keten"."raamovereenkomst" DROP COLUMN "tussentijdse_toetreding"`);
    await queryRunner.query(`ALTER TABLE "keten"."raamovereenkomst" DROP COLUMN "motivering_lange_looptijd"`);
    await queryRunner.query(`ALTER TABLE "keten"."raamovereenkomst" DROP COLUMN "oorspronkelijke_einddatum"`);
    await queryRunner.query(`ALTER TABLE "keten"."raamovereenkomst" DROP COLUMN "oorspronkelijke_waarde_centen"`);
    await queryRunner.query(`DROP TABLE "keten"."deelovereenkomst_gemeente" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."indexatie_regel" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."indexatie" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."termijn" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."budget" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."prijsnorm" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."segment" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."verlengingsoptie" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."onderaannemer" CASCADE`);
    await queryRunner.query(`DROP TABLE "keten"."deelovereenkomst" CASCADE`);
    await queryRunner.query(`DROP TYPE "keten"."indexatie_status"`);
    await queryRunner.query(`DROP TYPE "keten"."termijn_status"`);
    await queryRunner.query(`DROP TYPE "keten"."budget_soort"`);
    await queryRunner.query(`DROP TYPE "keten"."prijsnorm_soort"`);
    await queryRunner.query(`DROP TYPE "keten"."verlengingsoptie_status"`);
    await queryRunner.query(`DROP TYPE "keten"."tarief_bron"`);
  }
}
