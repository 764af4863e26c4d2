import type { Table } from 'dexie';

interface Versioned {
  id: string;
  lastUpdated: string | null;
}

function changeTime(row: Versioned): number {
  const ms = row.lastUpdated === null ? Number.NaN : Date.parse(row.lastUpdated);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

/** One row per id: the newest copy (the last one on a tie), in first-seen order. */
export function newestById<R extends Versioned>(rows: readonly R[]): R[] {
  const incoming = new Map<string, R>();
  for (const row of rows) {
    const seen = incoming.get(row.id);
    if (!seen || changeTime(row) >= changeTime(seen)) incoming.set(row.id, row);
  }
  return [...incoming.values()];
}

/**
 * Writes rows fetched from Siigo: insert or replace by id, never delete. A stored row that Siigo
 * says changed later than the incoming copy is kept (an older page must not undo a newer write,
 * e.g. a customer the outbox created and stored while a pull was on its way). Duplicates within
 * `rows` (a record seen twice across page boundaries or in both the updated and created passes)
 * collapse to the newest copy. Call inside a read-write transaction on `table`.
 *
 * Returns how many rows were written.
 */
export async function upsertNewer<R extends Versioned>(table: Table<R, string>, rows: readonly R[]): Promise<number> {
  const incoming = new Map<string, R>(newestById(rows).map((row) => [row.id, row]));
  const ids = [...incoming.keys()];
  const stored = await table.bulkGet(ids);
  const toWrite: R[] = [];
  ids.forEach((id, i) => {
    const next = incoming.get(id);
    const previous = stored[i];
    if (next && (!previous || changeTime(next) >= changeTime(previous))) toWrite.push(next);
  });
  if (toWrite.length > 0) await table.bulkPut(toWrite);
  return toWrite.length;
}
