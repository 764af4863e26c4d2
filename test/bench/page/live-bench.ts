import Dexie from 'dexie';
import { bridge, transport } from '../../../src-renderer/bridge';
import { createMirrorSync } from '../../../src-renderer/sync/pull/mirror-sync';
import { workerFullPulls } from '../../../src-renderer/sync/pull/full-pull-relay';
import { freshDb } from './import-bench';
import { timeQueries, type BenchQuery, type Timed } from './search-bench';
import { monitorStalls } from './timing';

/**
 * The cashier searches while the first import writes: the first sync as the app runs it (the
 * bridge, main's client and limiter, the sandbox at its raised limit, where storing is the
 * bottleneck, not the requests) into a fresh database, and the query mix against that same
 * database, a query every `gapMs`, until the import ends. Run after the bench's own copies of
 * the rows are dropped, so the page's heap is the app's, as on a counter.
 *
 * `forMs`: stop searching (and the import, between pages) after that long: at Siigo's real limit
 * the whole import takes a quarter of an hour.
 */
export async function searchDuringImport(name: string, queries: readonly BenchQuery[], gapMs: number, forMs = Number.POSITIVE_INFINITY) {
  const db = await freshDb(name);
  const stalls = monitorStalls();
  const started = performance.now();
  const stop = new AbortController();
  let importing = true;
  const pull = createMirrorSync({ db, bridge, fullPulls: workerFullPulls(transport) })
    .pull({ only: ['customers', 'products'], signal: stop.signal })
    .catch((error: unknown) => {
      if (!stop.signal.aborted) throw error;
    })
    .finally(() => {
      importing = false;
    });
  const timed: Timed[] = [];
  let round = 0;
  while (importing && performance.now() - started < forMs) {
    const batch = queries.slice((round * 20) % queries.length, ((round * 20) % queries.length) + 20);
    // The same database object as the import, as in the app: its search index sees each page.
    timed.push(...(await timeQueries(name, batch, gapMs, db)));
    round += 1;
  }
  const importMs = performance.now() - started;
  const { longTasks, maxTimerLatenessMs, lateTimers } = stalls.stop();
  stop.abort();
  await pull;
  const rows = (await db.customers.count()) + (await db.products.count());
  db.close();
  await Dexie.delete(name); // scratch, like the import figure's
  return { timed, importMs, rows, longTasks, maxTimerLatenessMs, lateTimers };
}
