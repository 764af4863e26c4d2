import { createMirrorSync } from '../../../src-renderer/sync/pull/mirror-sync';
import { benchData } from './data';
import { freshDb } from './import-bench';
import { memoryBridge } from './memory-bridge';
import { timeQueries, type BenchQuery, type Timed } from './search-bench';
import { monitorStalls } from './timing';

/**
 * The cashier searches while the first import writes: the in-memory pull (no rate limit, so
 * far denser writes than a real first sync) into a fresh database, and the query mix against
 * that same database, a query every `gapMs`, until the import ends.
 */
export async function searchDuringImport(name: string, queries: readonly BenchQuery[], gapMs: number) {
  const db = await freshDb(name);
  const stalls = monitorStalls();
  const started = performance.now();
  let importing = true;
  const pull = createMirrorSync({ db, bridge: memoryBridge(benchData()) })
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
  return { timed, importMs, longTasks, maxTimerLatenessMs };
}
