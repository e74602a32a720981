import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every beoordelde declaratie without its summary gets it from its prestaties (what vatBedragenSamen computes in the
 * beoordeling). Also the sturing benchmark's, over prestaties it generates in bulk.
 */
export const GOEDGEKEURDE_BEDRAGEN_UIT_PRESTATIES = `
      WITH p AS (
        SELECT declaratie_id, productcategorie, productcode, toewijzing_nummer, status, retourcodes,
               to_char(date_trunc('month', begindatum), 'YYYY-MM-DD') AS maand,
               CASE WHEN debet_credit = 'C' THEN -ingediend_bedrag_centen ELSE ingediend_bedrag_centen END AS bedrag
          FROM keten.prestatie
         WHERE declaratie_id IN (SELECT id FROM keten.declaratie WHERE status = 'beoordeeld' AND goedgekeurde_bedragen IS NULL)),
      product AS (
        SELECT declaratie_id, jsonb_build_object(
                 'productcategorie', jsonb_agg(productcategorie ORDER BY productcategorie, productcode, maand),
                 'productcode', jsonb_agg(productcode ORDER BY productcategorie, productcode, maand),
                 'maand', jsonb_agg(maand ORDER BY productcategorie, productcode, maand),
                 'bedragCenten', jsonb_agg(bedrag ORDER BY productcategorie, productcode, maand),
                 'aantalPrestaties', jsonb_agg(n ORDER BY productcategorie, productcode, maand)) AS regels
          FROM (SELECT declaratie_id, productcategorie, productcode, maand, sum(bedrag) AS bedrag, count(*) AS n
                  FROM p WHERE status = 'goedgekeurd' GROUP BY 1, 2, 3, 4) x
         GROUP BY declaratie_id),
      toewijzing AS (
        SELECT declaratie_id, jsonb_build_object(
                 'toewijzingNummer', jsonb_agg(toewijzing_nummer ORDER BY toewijzing_nummer, maand),
                 'maand', jsonb_agg(maand ORDER BY toewijzing_nummer, maand),
                 'bedragCenten', jsonb_agg(bedrag ORDER BY toewijzing_nummer, maand),
                 'aantalPrestaties', jsonb_agg(n ORDER BY toewijzing_nummer, maand)) AS per_toewijzing
          FROM (SELECT declaratie_id, toewijzing_nummer, maand, sum(bedrag) AS bedrag, count(*) AS n
                  FROM p WHERE status = 'goedgekeurd' GROUP BY 1, 2, 3) x
         GROUP BY declaratie_id),
      telling AS (
        SELECT declaratie_id, count(*) AS beoordeeld, count(*) FILTER (WHERE status = 'afgekeurd') AS afgekeurd FROM p GROUP BY 1),
      codes AS (
        SELECT declaratie_id, jsonb_build_object('retourcode', jsonb_agg(code ORDER BY code), 'aantal', jsonb_agg(n ORDER BY code)) AS retourcodes
          FROM (SELECT declaratie_id, code, count(*) AS n FROM p, unnest(p.retourcodes) AS code WHERE status = 'afgekeurd' GROUP BY 1, 2) x
         GROUP BY declaratie_id)
      UPDATE keten.declaratie d
         SET goedgekeurde_bedragen = jsonb_build_object(
               'regels', coalesce(product.regels, '{"productcategorie":[],"productcode":[],"maand":[],"bedragCenten":[],"aantalPrestaties":[]}'),
               'perToewijzing', coalesce(toewijzing.per_toewijzing, '{"toewijzingNummer":[],"maand":[],"bedragCenten":[],"aantalPrestaties":[]}'),
               'beoordeeld', coalesce(telling.beoordeeld, 0),
               'afgekeurd', coalesce(telling.afgekeurd, 0),
               'retourcodes', coalesce(codes.retourcodes, '{"retourcode":[],"aantal":[]}'))
        FROM keten.declaratie x
        LEFT JOIN product ON product.declaratie_id = x.id
        LEFT JOIN toewijzing ON toewijzing.declaratie_id = x.id
        LEFT JOIN telling ON telling.declaratie_id = x.id
        LEFT JOIN codes ON codes.declaratie_id = x.id
       WHERE x.id = d.id AND d.status = 'beoordeeld' AND d.goedgekeurde_bedragen IS NULL`;

/**
 * The beoordeling stores its approved amounts per product and per toewijzing by month of care with the declaratie
 * (issue 13), so sturing's realisatie job no longer reads the prestaties again. Declaraties beoordeeld before this
 * migration get the same summary from their prestaties here, once.
 */
export class GoedgekeurdeBedragen1796700000000 implements MigrationInterface {
  name = 'GoedgekeurdeBedragen1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "keten"."declaratie" ADD "goedgekeurde_bedragen" jsonb`);
    await queryRunner.query(GOEDGEKEURDE_BEDRAGEN_UIT_PRESTATIES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "keten"."declaratie" DROP COLUMN "goedgekeurde_bedragen"`);
  }
}
