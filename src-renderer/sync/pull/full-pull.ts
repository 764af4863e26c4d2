import type { CustomerRow, ProductRow, SyncStateRow } from '../../data/mirror/rows';
import type { MirroredEntity } from './mirrored-entities';
import { pagePrefetcher } from './page-prefetch';
import { searchingIn, storePulledPage } from './page-store';
import type { PullContext } from './pull-context';
import { readSyncState } from './sync-state';

/**
 * The first download of an entity, page by page, resumable.
 *
 * Invariants:
 * - The next page number is written in the same transaction as the (last) rows of the pages
 *   before it (pages already downloaded go together, see `PAGES_PER_WRITE`), so after a crash
 *   the saved `fullPull.nextPage` is the first page whose rows are not all stored (rows written
 *   in several transactions, see `storePulledPage` in page-store.ts, may be written again).
 * - Rows are only upserted, never cleared: a pull that fails halfway leaves every row that was
 *   there before (and the new ones it got).
 * - When it returns or throws, none of its page requests is still out (see `settled`).
 * - Pages are stored one write at a time, each awaited before the next page is taken. In the
 *   app the whole pull runs in a worker (see full-pull-relay.ts), the same code on the same
 *   database.
 * - `startedAt` is saved before the first request and kept across resumes; on completion it
 *   becomes the checkpoint, so changes made to already-fetched pages while the pull ran (even
 *   across restarts) are picked up by the next incremental pull.
 */
export async function runFullPull<R extends CustomerRow | ProductRow>(
  ctx: PullContext,
  entity: MirroredEntity<R>,
): Promise<void> {
  const { db } = ctx;
  const begun = await beginFullPull(ctx, entity);
  let state: SyncStateRow = begun;
  let full = begun.fullPull;
  const searching = ctx.searching ?? searchingIn(db);

  // The next pages are already on their way while this one is written (see page-prefetch.ts).
  const pages = pagePrefetcher(entity.fetchPage, ctx.bridge, ctx.pageSize);
  try {
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
      const mode = full.intoEmpty === true ? 'overwrite' : 'keep-newer';
      await storePulledPage(db, { entity: entity.name, rows, next, mode }, searching);
      state = next;
      let shown = done;
      for (const stored of batch) {
        shown += stored.rows.length;
        ctx.progress.emit({ entity: entity.name, phase: 'full', done: shown, total: Math.max(shown, stored.totalResults) });
      }
      if (finished) return;
    }
  } finally {
    await pages.settled(); // none of this pull's requests outlives it
  }
}

/** A sync state with a full pull under way. */
export type PullingState = SyncStateRow & { fullPull: NonNullable<SyncStateRow['fullPull']> };

/**
 * The entity's sync state with its full pull under way: the one saved (a pull to resume), or a
 * new one stored now, before any request.
 */
export async function beginFullPull<R extends CustomerRow | ProductRow>(ctx: PullContext, entity: MirroredEntity<R>): Promise<PullingState> {
  const state = await readSyncState(ctx.db, entity.name);
  if (state.fullPull) return { ...state, fullPull: state.fullPull };
  const started: PullingState = {
    ...state,
    fullPull: {
      nextPage: 1,
      totalResults: null,
      done: 0,
      startedAt: ctx.now().toISOString(),
      intoEmpty: (await entity.table(ctx.db).count()) === 0,
    },
  };
  await ctx.db.syncState.put(started);
  return started;
}

/**
 * Pages already downloaded when one is taken are written with it, up to this many in one
 * transaction: Chromium pays for every read-write transaction's commit whatever it holds, and a
 * page per transaction made the first sync far slower than its floor
 * (docs/decisions/0008-first-sync-batched-page-writes.md). At Siigo's own pace pages arrive one
 * at a time and go in alone.
 */
export const PAGES_PER_WRITE = 4;

/** Runs a full pull: `runFullPull` itself, or the same elsewhere (see full-pull-relay.ts). */
export type FullPullRunner = <R extends CustomerRow | ProductRow>(ctx: PullContext, entity: MirroredEntity<R>) => Promise<void>;
