import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { arrayLiteraal } from '#keten/platform';

/**
 * Reports that read every toewijzing of a gemeente (75,000 of them at national scale: signalen, realisatie and
 * verplichtingen per wijk or sociaal team) are computed once per versie of the gemeente's sturing figures and served
 * from the stored answer after that (issue 13: under 500 ms). Every change to those figures raises the versie in its
 * own transaction (`verhoog`), so a stored answer is never older than the figures it was computed from.
 */
@Injectable()
export class OpgeslagenAntwoordenService {
  constructor(private readonly dataSource: DataSource) {}

  /** Called in the transaction that changes a gemeente's figures; in id order, so two jobs never deadlock on it. */
  async verhoog(manager: EntityManager, gemeenteIds: Iterable<string>): Promise<void> {
    const ids = [...new Set(gemeenteIds)].sort();
    if (ids.length === 0) return;
    await manager.query(
      `INSERT INTO keten.sturing_gemeente_versie AS v (gemeente_id, versie) SELECT g, 1 FROM unnest($1::uuid[]) AS g ORDER BY g
       ON CONFLICT ON CONSTRAINT sturing_gemeente_versie_pk DO UPDATE SET versie = v.versie + 1, gewijzigd_op = now()`,
      [arrayLiteraal(ids)],
    );
  }

  /**
   * Gemeenten whose figures have not changed for `rustSeconden` and that hold no answer under `sleutel` at their
   * current versie: the ones worth preparing that answer for ahead of the first reader.
   */
  async teVoorbereiden(sleutel: string, rustSeconden: number, max: number): Promise<string[]> {
    const rijen = (await this.dataSource.query(
      `SELECT v.gemeente_id FROM keten.sturing_gemeente_versie v
         LEFT JOIN keten.sturing_opgeslagen_antwoord a ON a.gemeente_id = v.gemeente_id AND a.sleutel = $1 AND a.versie = v.versie
        WHERE a.gemeente_id IS NULL AND v.gewijzigd_op < now() - make_interval(secs => $2)
        ORDER BY v.gewijzigd_op LIMIT $3`,
      [sleutel, rustSeconden, max],
    )) as { gemeente_id: string }[];
    return rijen.map((r) => r.gemeente_id);
  }

  /**
   * The stored answer when the gemeente's versie still stands, else `bereken()`, stored. The versie is read before
   * computing: the figures the computation sees are at least that new, and any later change raises it again.
   */
  async onthouden<T>(gemeenteId: string, sleutel: string, bereken: () => Promise<T>): Promise<T> {
    const [rij] = (await this.dataSource.query(
      `SELECT v.versie, a.versie AS opgeslagen, a.antwoord
         FROM (SELECT COALESCE((SELECT versie FROM keten.sturing_gemeente_versie WHERE gemeente_id = $1), 0)::text AS versie) v
         LEFT JOIN keten.sturing_opgeslagen_antwoord a ON a.gemeente_id = $1 AND a.sleutel = $2`,
      [gemeenteId, sleutel],
    )) as { versie: string; opgeslagen: string | null; antwoord: T | null }[];
    if (rij.opgeslagen === rij.versie && rij.antwoord !== null) return rij.antwoord;
    const antwoord = await bereken();
    // Answers of an older versie of this gemeente are of no use any more: cleared as the new one is stored.
    await this.dataSource.query(
      `WITH oud AS (DELETE FROM keten.sturing_opgeslagen_antwoord WHERE gemeente_id = $1 AND versie < $3 AND sleutel <> $2)
       INSERT INTO keten.sturing_opgeslagen_antwoord AS a (gemeente_id, sleutel, versie, antwoord) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT sturing_opgeslagen_antwoord_pk DO UPDATE
          SET versie = EXCLUDED.versie, antwoord = EXCLUDED.antwoord, berekend_op = now() WHERE a.versie <= EXCLUDED.versie`,
      [gemeenteId, sleutel, rij.versie, JSON.stringify(antwoord)],
    );
    return antwoord;
  }
}
