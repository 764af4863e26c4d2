// The bench page: the renderer's real data and sync code, driven by test/bench/run.ts through
// Playwright. Served next to the built app (same origin, so the same IndexedDB).
import { loadData, dropData as dropSource } from './data';
import { fetchOnly } from './fetch-bench';
import { dropConverted, rawAndImportWrites, storeOnly } from './import-bench';
import { searchDuringImport } from './live-bench';
import { closeDatabase, searchFor, timeIndexLoad, timeQueries } from './search-bench';
import { exportSnapshot, seedFromSnapshot } from './snapshot-bench';
import { firstSync, replayInvoices } from './sync-bench';
import { timeTotals } from './totals-bench';

/** Drops every copy of the seed rows the bench holds. */
function dropData(): void {
  dropSource();
  dropConverted();
}

const api = { loadData, dropData, rawAndImportWrites, searchDuringImport, timeIndexLoad, timeQueries, searchFor, closeDatabase, fetchOnly, firstSync, replayInvoices, timeTotals, storeOnly, exportSnapshot, seedFromSnapshot };

export type BenchApi = typeof api;

(window as unknown as { bench: BenchApi }).bench = api;
document.body.dataset['ready'] = 'true';
