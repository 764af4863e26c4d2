import type { MostradorDB } from '../../data/db';
import { newestById, upsertNewer } from '../../data/mirror/upsert';
import type { SyncStateRow } from '../../data/mirror/rows';
import type { MirroredEntity } from './mirrored-entities';
import { pagePrefetcher } from './page-prefetch';
import type { PullContext } from './pull-context';
import { readSyncState } from './sync-state';

/**
 * The first download of an entity, page by page, resumable.
 *
 * Invariants:
 * - Each page's rows and the next page number are written in ONE transaction, so after a crash
 *   the saved `fullPull.nextPage` is exactly the first page whose rows are not stored.
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
    const page = await pages.take(full.nextPage);
    ctx.signal?.throwIfAborted();
    full = {
      ...full,
      nextPage: full.nextPage + 1,
      totalResults: page.totalResults,
      done: full.done + page.rows.length,
    };
    const finished = !page.hasNext;
    const next: SyncStateRow = finished
      ? { ...state, checkpoint: full.startedAt, fullPull: null, lastSuccessAt: ctx.now().toISOString(), lastError: null }
      : { ...state, fullPull: full };
    await storePulledPage(db, entity, page.rows, next, full.intoEmpty === true ? 'overwrite' : 'keep-newer');
    state = next;
    ctx.progress.emit({ entity: entity.name, phase: 'full', done: full.done, total: Math.max(full.done, page.totalResults) });
    if (finished) return;
  }
}

/**
 * One page's rows and the sync state that follows them, in ONE transaction (see the invariants
 * above). 'keep-newer' reads the stored copies first so that an older page never undoes a newer
 * write; 'overwrite' is for a pull into a table that was empty, where the read (a third of the
 * cost of a first import in Chromium) protects nothing.
 */
export async function storePulledPage<R extends { id: string; lastUpdated: string | null }>(
  db: MostradorDB,
  entity: MirroredEntity<R>,
  rows: readonly R[],
  next: SyncStateRow,
  mode: 'keep-newer' | 'overwrite' = 'keep-newer',
): Promise<void> {
  const table = entity.table(db);
  await db.transaction('rw', table, db.syncState, async () => {
    if (mode === 'overwrite') await table.bulkPut(newestById(rows));
    else await upsertNewer(table, rows);
    await db.syncState.put(next);
  });
}
