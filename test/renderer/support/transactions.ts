import type Dexie from 'dexie';

type Open = (...args: unknown[]) => Promise<unknown>;

/**
 * Counts the read-write transactions `db` opens from now on (those that include table `only`,
 * if given): how many commits Chromium would pay for.
 */
export function countWriteTransactions(db: Dexie, only?: string): () => number {
  let count = 0;
  const open = db.transaction.bind(db) as Open;
  (db as unknown as { transaction: Open }).transaction = (...args: unknown[]) => {
    const included = only === undefined || args.some((a) => (a as { name?: string } | null)?.name === only);
    if (args[0] === 'rw' && included) count += 1;
    return open(...args);
  };
  return () => count;
}
