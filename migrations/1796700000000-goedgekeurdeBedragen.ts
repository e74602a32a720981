import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every beoordelde declaratie without its summary gets it from its prestaties (what vatBedragenSamen computes in the
 * beoordeling). Also the sturing benchmark's, over prestaties it generates in bulk. Per declaratie by its prestaties'
 * key (linear, whatever the statistics say: joined aggregates were planned as nested loops on stale ones, and a
 * status filter next to the key as a BitmapAnd with the whole partial index of approved prestaties; OFFSET 0 keeps
 * the filter above the key's index scan).
 */
export const GOEDGEKEURDE_BEDRAGEN_UIT_PRESTATIES = `
  UPDATE keten.declaratie d SET goedgekeurde_bedragen = jsonb_build_object(
    'regels', (
      SELECT jsonb_build_object(
               'productcategorie', coalesce(jsonb_agg(productcategorie ORDER BY productcategorie, productcode, maand), '[]'),
               'productcode', coalesce(jsonb_agg(productcode ORDER BY productcategorie, productcode, maand), '[]'),
               'maand', coalesce(jsonb_agg(maand ORDER BY productcategorie, productcode, maand), '[]'),
               'bedragCenten', coalesce(jsonb_agg(bedrag ORDER BY productcategorie, productcode, maand), '[]'),
               'aantalPrestaties', coalesce(jsonb_agg(n ORDER BY productcategorie, productcode, maand), '[]'))
        FROM (SELECT productcategorie, productcode, to_char(date_trunc('month', begindatum), 'YYYY-MM-DD') AS maand,
                     sum(CASE WHEN debet_credit = 'C' THEN -ingediend_bedrag_centen ELSE ingediend_bedrag_centen END) AS bedrag, count(*) AS n
                FROM (SELECT * FROM keten.prestatie WHERE declaratie_id = d.id OFFSET 0) p WHERE status = 'goedgekeurd' GROUP BY 1, 2, 3) x),
    'beoordeeld', (SELECT count(*) FROM keten.prestatie WHERE declaratie_id = d.id),
    'afgekeurd', (SELECT count(*) FILTER (WHERE status = 'afgekeurd') FROM keten.prestatie WHERE declaratie_id = d.id),
    'retourcodes', (
      SELECT jsonb_build_object('retourcode', coalesce(jsonb_agg(code ORDER BY code), '[]'), 'aantal', coalesce(jsonb_agg(n ORDER BY code), '[]'))
        FROM (SELECT code, count(*) AS n FROM (SELECT * FROM keten.prestatie WHERE declaratie_id = d.id OFFSET 0) p, unnest(p.retourcodes) AS code
               WHERE p.status = 'afgekeurd' GROUP BY 1) x))
   WHERE d.status = 'beoordeeld' AND d.goedgekeurde_bedragen IS NULL`;

/**
 * The beoordeling stores its approved amounts per product by month of care with the declaratie
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
