import type { ClientBase } from 'pg';
import { EntityManager, type DataSource } from 'typeorm';

/**
 * A query the hot path runs once per declaratie, as a named prepared statement: PostgreSQL then keeps its plan per
 * connection instead of planning it on every call (for the contract tariff lookup, planning took ten times as long
 * as running it). In a transaction it runs on the transaction's connection. `naam` names one SQL text, everywhere.
 */
export function voorbereideQuery<T>(
  bron: DataSource | EntityManager,
  naam: string,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  return rijenVan<T>(bron, { name: naam, text: sql, values: params });
}

/**
 * The same rows, planned anew on every call: for a statement on a table whose size swings (a queue table, many rows
 * inserted and deleted between VACUUMs), where a plan cached while it was small keeps scanning it whole. Unlike
 * DataSource.query it answers an UPDATE or DELETE with its RETURNING rows alone.
 */
export function versGeplandeQuery<T>(bron: DataSource | EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  return rijenVan<T>(bron, { text: sql, values: params });
}

async function rijenVan<T>(
  bron: DataSource | EntityManager,
  query: { name?: string; text: string; values: unknown[] },
): Promise<T[]> {
  const transactie = bron instanceof EntityManager ? bron.queryRunner : undefined;
  const runner = transactie ?? (bron instanceof EntityManager ? bron.connection : bron).createQueryRunner();
  try {
    const client = (await runner.connect()) as ClientBase;
    const resultaat = await client.query(query);
    return resultaat.rows as T[];
  } finally {
    if (!transactie) await runner.release();
  }
}
