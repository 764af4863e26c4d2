import type { Table } from 'dexie';
import type { MostradorDB } from '../../data/db';
import type { CustomerRow, ProductRow, SyncStateRow } from '../../data/mirror/rows';
import { mirrorSearch } from '../../data/mirror/search-index';
import { newestById, upsertNewer } from '../../data/mirror/upsert';
import { sleep } from '../../sleep';

/**
 * Storing the pages of a full pull: one page's rows (or a few pages' together) and the sync state
 * that follows them. The pull runs either in the window or in a dedicated worker (see
 * full-pull-relay.ts); the transactions are the same wherever they run.
 */

/** What a full pull stores at a time: rows of one table (customers or products) and the sync state that follows them. */
export interface PageWrite {
  entity: 'customers' | 'products';
  rows: ReadonlyArray<CustomerRow | ProductRow>;
  next: SyncStateRow;
  mode: StoreMode;
}

/**
 * 'keep-newer' reads the stored copies first so that an older page never undoes a newer write;
 * 'overwrite' is for a pull into a table that was empty, where the read (a third of the cost of
 * a first import in Chromium) protects nothing.
 */
export type StoreMode = 'keep-newer' | 'overwrite';

/** Does `seen` (read by the first-sync worker) show the same full pull as `pulling`? */
export function sameFullPull(seen: SyncStateRow | undefined, pulling: SyncStateRow): boolean {
  const a = seen?.fullPull;
  const b = pulling.fullPull;
  return !!a && !!b && a.startedAt === b.startedAt && a.nextPage === b.nextPage;
}

/**
 * While the cashier searches, a page is written in transactions of this many rows: a search
 * reads its page of rows after any write transaction already under way on the table, so long
 * transactions (a whole page) are what a search waits for during an import
 * (docs/decisions/0009-import-yields-to-searches.md).
 */
const ROWS_PER_TRANSACTION_WHILE_SEARCHING = 20;
/** How recent a search must be for the import to keep its transactions short. */
export const SEARCHING_WINDOW_MS = 3_000;
/**
 * While the cashier searches, the import also rests after each transaction this many times as
 * long as the transaction took: storing rows costs Chromium's storage process more CPU than the
 * renderer spends on them (LevelDB writes and compactions), and on a two-core counter PC that CPU
 * is taken from the search. Half the write rate for those seconds is invisible next to Siigo's
 * rate limit, which keeps a real first sync waiting on requests most of the time.
 */
const REST_PER_WRITE_WHILE_SEARCHING = 1;

/**
 * One write (see the full pull's invariants): in one transaction, or in a few short ones while
 * `searching()` says someone searches, the sync state in the last.
 */
export async function storePulledPage(db: MostradorDB, page: PageWrite, searching: () => boolean): Promise<void> {
  // Typed loosely: the rows are the entity's own (the pull fetched them for this table).
  const table = (page.entity === 'customers' ? db.customers : db.products) as Table<CustomerRow | ProductRow, string>;
  // Duplicates collapse over the whole page first, so no chunk can bring back an older copy.
  const unique = page.mode === 'overwrite' ? newestById(page.rows) : page.rows;
  const size = searching() ? ROWS_PER_TRANSACTION_WHILE_SEARCHING : Math.max(1, unique.length);
  for (let start = 0; start === 0 || start < unique.length; start += size) {
    const chunk = unique.slice(start, start + size);
    const last = start + size >= unique.length;
    const began = performance.now();
    await db.transaction('rw', table, db.syncState, async () => {
      if (page.mode === 'overwrite') await table.bulkPut(chunk);
      else await upsertNewer(table, chunk);
      if (last) await db.syncState.put(page.next);
    });
    if (searching()) await sleep((performance.now() - began) * REST_PER_WRITE_WHILE_SEARCHING);
  }
}

/** Whether someone searched in this window's indexes of `db` lately (see SEARCHING_WINDOW_MS). */
export function searchingIn(db: MostradorDB): () => boolean {
  const search = mirrorSearch(db);
  return () => search.queriedWithin(SEARCHING_WINDOW_MS);
}
