import type { Socket } from 'node:net';
import type { ClientBase } from 'pg';
import { EntityManager, type DataSource } from 'typeorm';

/** Connections whose writes are held until the statements issued together are all written (see below). */
const opgehouden = new WeakSet<Socket>();

/**
 * Statements issued together on one connection (Promise.all, pipeline mode) leave in one write instead of one each:
 * the socket is corked until the microtasks already queued, the other statements' sends among them, have run.
 */
function schrijfSamen(client: ClientBase): void {
  const stream = (client as unknown as { connection?: { stream?: Socket } }).connection?.stream;
  if (!stream || opgehouden.has(stream)) return;
  opgehouden.add(stream);
  stream.cork();
  queueMicrotask(() => {
    opgehouden.delete(stream);
    stream.uncork();
  });
}

/**
 * A query the hot path runs once per declaratie, as a named prepared statement: PostgreSQL then keeps its plan per
 * connection instead of planning it on every call (for the contract tariff lookup, planning took ten times as long
 * as running it). In a transaction it runs on the transaction's connection. `naam` names one SQL text, everywhere.
 */
export async function voorbereideQuery<T>(
  bron: DataSource | EntityManager,
  naam: string,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  const transactie = bron instanceof EntityManager ? bron.queryRunner : undefined;
  const runner = transactie ?? (bron instanceof EntityManager ? bron.connection : bron).createQueryRunner();
  try {
    const client = (await runner.connect()) as ClientBase;
    schrijfSamen(client);
    const resultaat = await client.query({ name: naam, text: sql, values: params });
    return resultaat.rows as T[];
  } finally {
    if (!transactie) await runner.release();
  }
}
