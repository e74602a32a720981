import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { arrayLiteraal, BsnKluis, voorbereideQuery } from '#keten/platform';

/** Finds or creates clients by BSN in bulk: one statement for any number of BSNs, never one per prestatie. */
@Injectable()
export class ClientService {
  constructor(private readonly kluis: BsnKluis) {}

  /**
   * Client ids by BSN, registering BSNs not seen before (encrypted, with their keyed hash). One lookup and at most one
   * insert for any number of BSNs: a month's 323 names known clients almost only.
   */
  async clientIds(
    manager: EntityManager,
    bsns: Iterable<string>,
    /** What bestaandeClientIds answered for these BSNs earlier in the same transaction, if it was asked. */
    bekend?: Map<string, string>,
  ): Promise<Map<string, string>> {
    const ids = bekend ? new Map(bekend) : await this.bestaandeClientIds(manager, bsns);
    const nieuw = [...new Set(bsns)].filter((b) => !ids.has(b));
    if (nieuw.length === 0) return ids;
    const hashes = nieuw.map((b) => this.kluis.hash(b));
    await manager.query(
      `INSERT INTO keten.client (bsn_hash, bsn_versleuteld)
       SELECT h, v FROM unnest($1::char(64)[], $2::bytea[]) AS t(h, v)
       ON CONFLICT (bsn_hash) DO NOTHING`,
      [hashes, nieuw.map((b) => this.kluis.versleutel(b))],
    );
    for (const [bsn, id] of await this.bestaandeClientIds(manager, nieuw)) ids.set(bsn, id);
    return ids;
  }

  /** Client ids of the BSNs Keten knows, without registering the others: one keyed hash per distinct BSN, one lookup. */
  async bestaandeClientIds(manager: EntityManager, bsns: Iterable<string>): Promise<Map<string, string>> {
    const uniek = [...new Set(bsns)];
    if (uniek.length === 0) return new Map();
    const hashes = uniek.map((b) => this.kluis.hash(b));
    // Prepared (planned once per connection, not per declaratie), and one index probe per hash whatever the table's
    // size when it was prepared: a generic plan comparing a list with the table may scan it.
    const rijen = await voorbereideQuery<{ id: string; bsn_hash: string }>(
      manager,
      'client-ids-op-hash',
      `SELECT c.id, c.bsn_hash FROM unnest($1::char(64)[]) AS h(hash)
        CROSS JOIN LATERAL (SELECT x.id, x.bsn_hash FROM keten.client x WHERE x.bsn_hash = h.hash) c`,
      [arrayLiteraal(hashes)],
    );
    const idPerHash = new Map(rijen.map((r) => [r.bsn_hash, r.id]));
    const ids = new Map<string, string>();
    uniek.forEach((bsn, i) => {
      const id = idPerHash.get(hashes[i]);
      if (id) ids.set(bsn, id);
    });
    return ids;
  }

  /** Keeps the latest client data of a 301 (name, contact: what the aanbieder needs), encrypted. */
  async bewaarGegevens(manager: EntityManager, clientId: string, gegevens: unknown): Promise<void> {
    await manager.query(`UPDATE keten.client SET gegevens_versleuteld = $2, updated_at = now() WHERE id = $1`, [
      clientId,
      this.kluis.versleutel(JSON.stringify(gegevens)),
    ]);
  }

  async bsnVan(manager: EntityManager, clientIds: string[]): Promise<Map<string, string>> {
    if (clientIds.length === 0) return new Map();
    const rijen: { id: string; bsn_versleuteld: Buffer }[] = await manager.query(
      `SELECT id, bsn_versleuteld FROM keten.client WHERE id = ANY($1::uuid[])`,
      [clientIds],
    );
    return new Map(rijen.map((r) => [r.id, this.kluis.ontsleutel(r.bsn_versleuteld)]));
  }

  /** Looks clients up by BSN without creating them (a regiebericht for an unknown BSN relates to nothing, TR019). */
  async bestaandeClientId(manager: EntityManager, bsn: string): Promise<string | null> {
    const [rij] = (await manager.query(`SELECT id FROM keten.client WHERE bsn_hash = $1`, [this.kluis.hash(bsn)])) as {
      id: string;
    }[];
    return rij?.id ?? null;
  }

  /** The client block of the latest 301 (without products), decrypted; null when it never came with a 301. */
  async gegevensVan(manager: EntityManager, clientId: string): Promise<unknown> {
    const [rij] = (await manager.query(`SELECT gegevens_versleuteld FROM keten.client WHERE id = $1`, [clientId])) as {
      gegevens_versleuteld: Buffer | null;
    }[];
    return rij?.gegevens_versleuteld ? (JSON.parse(this.kluis.ontsleutel(rij.gegevens_versleuteld)) as unknown) : null;
  }
}
