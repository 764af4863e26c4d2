import Dexie from 'dexie';
import { bridge } from '../../../src-renderer/bridge';
import { createMirrorSync } from '../../../src-renderer/sync/pull/mirror-sync';
import { freshDb } from './import-bench';
import { timeQueries, type BenchQuery, type Timed } from './search-bench';
import { monitorStalls } from './timing';

/**
 * The cashier searches while the first import writes: the first sync as the app runs it (the
 * bridge, main's client and limiter, the sandbox at its raised limit, where storing is the
 * bottleneck, not the requests) into a fresh database, and the query mix against that same
 * database, a query every `gapMs`, until the import ends. Run after the bench's own copies of
 * the rows are dropped, so the page's heap is the app's, as on a counter.
 */
export async function searchDuringImport(name: string, queries: readonly BenchQuery[], gapMs: number) {
  const db = await freshDb(name);
  const stalls = monitorStalls();
  const started = performance.now();
  let importing = true;
  const pull = createMirrorSync({ db, bridge })
    .pull({ only: ['customers', 'products'] })
    .finally(() => {
      importing = false;
    });
  const timed: Timed[] = [];
  let round = 0;
  while (importing) {
    const batch = queries.slice((round * 20) % queries.length, ((round * 20) % queries.length) + 20);
    // The same database object as the import, as in the app: its search index sees each page.
    timed.push(...(await timeQueries(name, batch, gapMs, db)));
    round += 1;
  }
  await pull;
  const importMs = performance.now() - started;
  const { longTasks, maxTimerLatenessMs } = stalls.stop();
  db.close();
  await Dexie.delete(name); // scratch, like the import figure's
  return { timed, importMs, longTasks, maxTimerLatenessMs };
}
