import type { MostradorDB } from '../../data/db';
import { mirrorSearch } from '../../data/mirror/search-index';
import { newestById, upsertNewer } from '../../data/mirror/upsert';
import type { SyncStateRow } from '../../data/mirror/rows';
import type { MirroredEntity } from './mirrored-entities';
import { pagePrefetcher } from './page-prefetch';
import type { PullContext } from './pull-context';
import { readSyncState } from './sync-state';
import { sleep } from '../../sleep';

/**
 * The first download of an entity, page by page, resumable.
 *
 * Invariants:
 * - The next page number is written in the same transaction as the (last) rows of the pages
 *   before it (pages already downloaded go together, see `PAGES_PER_WRITE`), so after a crash
 *   the saved `fullPull.nextPage` is the first page whose rows are not all stored (rows written
 *   in several transactions, see `storePulledPage`, may be written again).
 * - Rows are only upserted, never cleared: a pull that fails halfway leaves every row that was
 *   there before (and the new ones it got).
 * - `startedAt` is saved before the first request and kept across resumes; on completion it
 *   becomes the checkpoint, so changes made to already-fetched pages while the pull ran (even
 *   across restarts) are picked up by the next incremental pull.
 */
export async function runFullPull<R extends { id: string; lastUpdated: string | null }>(
  ctx: PullContext,
  entity: MirroredEntity<R>,
): Promise<void> {
  const { db } = ctx;
  let state = await readSyncState(db, entity.name);
  let full: NonNullable<SyncStateRow['fullPull']> = state.fullPull ?? {
    nextPage: 1,
    totalResults: null,
    done: 0,
    startedAt: ctx.now().toISOString(),
    intoEmpty: (await entity.table(db).count()) === 0,
  };
  if (!state.fullPull) {
    state = { ...state, fullPull: full };
    await db.syncState.put(state);
  }

  // The next pages are already on their way while this one is written (see page-prefetch.ts).
  const pages = pagePrefetcher(entity.fetchPage, ctx.bridge, ctx.pageSize);
  for (;;) {
    ctx.signal?.throwIfAborted();
    const batch = [await pages.take(full.nextPage)];
    while (batch.length < PAGES_PER_WRITE && batch.at(-1)!.hasNext) {
      const arrived = pages.takeArrived(full.nextPage + batch.length);
      if (!arrived) break;
      batch.push(arrived);
    }
    ctx.signal?.throwIfAborted();
    const page = batch.at(-1)!;
    const rows = batch.flatMap((p) => p.rows);
    const done = full.done;
    full = {
      ...full,
      nextPage: full.nextPage + batch.length,
      totalResults: page.totalResults,
      done: done + rows.length,
    };
    const finished = !page.hasNext;
    const next: SyncStateRow = finished
      ? { ...state, checkpoint: full.startedAt, fullPull: null, lastSuccessAt: ctx.now().toISOString(), lastError: null }
      : { ...state, fullPull: full };
    await storePulledPage(db, entity, rows, next, full.intoEmpty === true ? 'overwrite' : 'keep-newer');
    state = next;
    let shown = done;
    for (const stored of batch) {
      shown += stored.rows.length;
      ctx.progress.emit({ entity: entity.name, phase: 'full', done: shown, total: Math.max(shown, stored.totalResults) });
    }
    if (finished) return;
  }
}

/**
 * Pages already downloaded when one is taken are written with it, up to this many in one
 * transaction: Chromium pays for every read-write transaction's commit whatever it holds, and
 * with a page per transaction the first sync of 150k rows took 1.98-2.05x its floor at the
 * bench's raised limit, 1.35-1.46x with up to four. At Siigo's own pace pages arrive one at a
 * time and go in alone, as before.
 */
export const PAGES_PER_WRITE = 4;

/**
 * While the cashier searches, a page is written in transactions of this many rows: a search
 * reads its page of rows after any write transaction already under way on the table, so long
 * transactions (a whole page, ~25 ms in Chromium) are what a search waits for during an import.
 */
const ROWS_PER_TRANSACTION_WHILE_SEARCHING = 20;
/** How recent a search must be for the import to keep its transactions short. */
const SEARCHING_WINDOW_MS = 3_000;
/**
 * While the cashier searches, the import also rests after each transaction this many times as
 * long as the transaction took: storing rows costs Chromium's storage process more CPU than the
 * renderer spends on them (LevelDB writes and compactions), and on a two-core counter PC that CPU
 * is taken from the search. Half the write rate for those seconds is invisible next to Siigo's
 * rate limit, which keeps a real first sync waiting on requests most of the time.
 */
const REST_PER_WRITE_WHILE_SEARCHING = 1;

/**
 * One page's rows and the sync state that follows them (see the invariants above): in one
 * transaction, or in a few short ones while someone searches, the state in the last.
 * 'keep-newer' reads the stored copies first so that an older page never undoes a newer write;
 * 'overwrite' is for a pull into a table that was empty, where the read (a third of the cost of
 * a first import in Chromium) protects nothing.
 */
export async function storePulledPage<R extends { id: string; lastUpdated: string | null }>(
  db: MostradorDB,
  entity: MirroredEntity<R>,
  rows: readonly R[],
  next: SyncStateRow,
  mode: 'keep-newer' | 'overwrite' = 'keep-newer',
): Promise<void> {
  const table = entity.table(db);
  const search = mirrorSearch(db);
  // Duplicates collapse over the whole page first, so no chunk can bring back an older copy.
  const unique = mode === 'overwrite' ? newestById(rows) : rows;
  const size = search.queriedWithin(SEARCHING_WINDOW_MS) ? ROWS_PER_TRANSACTION_WHILE_SEARCHING : Math.max(1, unique.length);
  for (let start = 0; start === 0 || start < unique.length; start += size) {
    const chunk = unique.slice(start, start + size);
    const last = start + size >= unique.length;
    const began = performance.now();
    await db.transaction('rw', table, db.syncState, async () => {
      if (mode === 'overwrite') await table.bulkPut(chunk);
      else await upsertNewer(table, chunk);
      if (last) await db.syncState.put(next);
    });
    if (search.queriedWithin(SEARCHING_WINDOW_MS)) await sleep((performance.now() - began) * REST_PER_WRITE_WHILE_SEARCHING);
  }
}
