import type { ClientBase } from 'pg';
import { EntityManager, type DataSource } from 'typeorm';

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
    const resultaat = await client.query({ name: naam, text: sql, values: params });
    return resultaat.rows as T[];
  } finally {
    if (!transactie) await runner.release();
  }
}
