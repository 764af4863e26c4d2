import { upsertNewer } from '../../data/mirror/upsert';
import type { MirroredEntity, PageQuery } from './mirrored-entities';
import { siigoFilterTime, type PullContext } from './pull-context';
import { readSyncState } from './sync-state';

/**
 * Changes since the checkpoint. Two passes, because Siigo's `updated_start` only matches
 * records whose `metadata.last_updated` is set, and a record never edited has it null: one
 * pass with `updated_start` (edited records, stock moves) and one with `created_start` (new
 * records). Both start `overlapMs` before the checkpoint, to cover clock skew between this
 * machine and Siigo and records committed while the previous pull was reading.
 *
 * Invariants:
 * - The new checkpoint is the time this pull STARTED, saved only after both passes complete:
 *   anything changed while it ran (possibly on pages it had already read) has a change time
 *   after that start, so the next pull asks for it again. A failed pull keeps the old checkpoint.
 * - Rows are upserted by id (a record in both passes, or shifted across a page boundary by a
 *   concurrent change, is simply written twice); nothing is deleted.
 * - One transaction per page: a crash loses at most the page being written, and the next pull
 *   repeats from the old checkpoint anyway.
 */
export async function runIncrementalPull<R extends { id: string; lastUpdated: string | null }>(
  ctx: PullContext,
  entity: MirroredEntity<R>,
): Promise<void> {
  const { db } = ctx;
  const table = entity.table(db);
  const before = await readSyncState(db, entity.name);
  if (before.checkpoint === null) throw new Error(`${entity.name}: incremental pull before a complete full pull`);
  const startedAt = ctx.now();
  const since = siigoFilterTime(new Date(Date.parse(before.checkpoint) - ctx.overlapMs));
  const filters: Array<Pick<PageQuery, 'updated_start' | 'created_start'>> = [{ updated_start: since }, { created_start: since }];

  let done = 0;
  let totalOfFinishedPasses = 0;
  for (const filter of filters) {
    let pageNumber = 1;
    for (;;) {
      ctx.signal?.throwIfAborted();
      const page = await entity.fetchPage(ctx.bridge, { ...filter, page: pageNumber, page_size: ctx.pageSize });
      ctx.signal?.throwIfAborted();
      await db.transaction('rw', table, async () => {
        await upsertNewer(table, page.rows);
      });
      done += page.rows.length;
      const total = totalOfFinishedPasses + page.totalResults;
      ctx.progress.emit({ entity: entity.name, phase: 'incremental', done, total: Math.max(done, total) });
      if (!page.hasNext) {
        totalOfFinishedPasses += page.totalResults;
        break;
      }
      pageNumber += 1;
    }
  }

  await db.transaction('rw', db.syncState, async () => {
    const state = await readSyncState(db, entity.name);
    await db.syncState.put({
      ...state,
      checkpoint: startedAt.toISOString(),
      lastSuccessAt: ctx.now().toISOString(),
      lastError: null,
    });
  });
}
