import type { ClientBase } from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * A transaction as `dataSource.transaction` runs one, except that its BEGIN goes out together with its first
 * statements (pipeline mode, data-source-opties.ts) instead of as a round trip of its own: for the hot paths that run
 * one short transaction per declaratie, where each round trip costs more CPU than a small statement (issue 19).
 *
 * TypeORM's startTransaction waits for its START TRANSACTION, so the BEGIN is sent here and TypeORM is told the
 * transaction is open. Its commit and rollback, and so their subscribers (the outbox publishes after commit), and
 * nested transactions as savepoints, work as in any TypeORM transaction.
 */
export async function transactie<T>(dataSource: DataSource, werk: (manager: EntityManager) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  try {
    const client = (await runner.connect()) as ClientBase;
    const begin = client.query('BEGIN');
    begin.catch(() => undefined); // awaited below; werk's first statement fails too if it failed
    Object.assign(runner as QueryRunner & { transactionDepth: number }, {
      isTransactionActive: true,
      transactionDepth: 1,
    });
    try {
      const uitkomst = await werk(runner.manager);
      await begin;
      await runner.commitTransaction();
      return uitkomst;
    } catch (e) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw e;
    }
  } finally {
    await runner.release();
  }
}
