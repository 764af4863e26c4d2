import Dexie from 'dexie';
import { MostradorDB } from '../../../src-renderer/data/db';
import { toCustomerRow } from '../../../src-renderer/data/mirror/customer-row';
import { toProductRow } from '../../../src-renderer/data/mirror/product-row';
import type { CustomerRow, ProductRow } from '../../../src-renderer/data/mirror/rows';
import { PAGES_PER_WRITE } from '../../../src-renderer/sync/pull/full-pull';
import { searchingIn, storePulledPage } from '../../../src-renderer/sync/pull/page-store';
import { emptySyncState } from '../../../src-renderer/sync/pull/sync-state';
import { benchData } from './data';

/** Rows per write: one Siigo page, what the first sync stores per transaction. */
export const PAGE = 100;
/** Rows per measured segment: the rate is reported per segment (median, p95). */
export const SEGMENT = 10_000;

let rows: { customers: CustomerRow[]; products: ProductRow[] } | null = null;

/** Forgets the converted copy (with `dropData`, so the heap figure measures only the app's state). */
export function dropConverted(): void {
  rows = null;
}

function converted() {
  const data = benchData();
  rows ??= { customers: data.customers.map(toCustomerRow), products: data.products.map(toProductRow) };
  return rows;
}

export async function freshDb(name: string): Promise<MostradorDB> {
  await Dexie.delete(name);
  const db = new MostradorDB(name);
  await db.open();
  return db;
}

type Writer = (table: 'customers' | 'products', chunk: Array<CustomerRow | ProductRow>, last: boolean) => Promise<void>;

interface WriteTiming {
  totalMs: number;
  rows: number;
  /** Milliseconds per SEGMENT rows, for every segment, in write order. */
  segmentMs: number[];
}

/**
 * The same pages written by both writers, alternating page by page (and which goes first), so
 * that whatever the browser's storage does meanwhile (LevelDB compactions, other processes)
 * falls on both alike: one writer after the other measured each at a different moment, and the
 * ratio swung from 0.69 to 0.94 between pairs of one run.
 */
async function timeInterleaved(first: Writer, second: Writer): Promise<[WriteTiming, WriteTiming]> {
  const all = converted();
  const timings: [WriteTiming, WriteTiming] = [
    { totalMs: 0, rows: 0, segmentMs: [] },
    { totalMs: 0, rows: 0, segmentMs: [] },
  ];
  const inSegment = [{ ms: 0, rows: 0 }, { ms: 0, rows: 0 }];
  let page = 0;
  for (const table of ['customers', 'products'] as const) {
    const list: Array<CustomerRow | ProductRow> = all[table];
    for (let i = 0; i < list.length; i += PAGE) {
      const chunk = list.slice(i, i + PAGE);
      const last = i + PAGE >= list.length;
      const order = page % 2 === 0 ? [0, 1] : [1, 0];
      for (const w of order) {
        const started = performance.now();
        await (w === 0 ? first : second)(table, chunk, last);
        const ms = performance.now() - started;
        const timing = timings[w]!;
        const segment = inSegment[w]!;
        timing.totalMs += ms;
        timing.rows += chunk.length;
        segment.ms += ms;
        segment.rows += chunk.length;
        if (segment.rows >= SEGMENT) {
          timing.segmentMs.push((segment.ms * SEGMENT) / segment.rows);
          segment.ms = 0;
          segment.rows = 0;
        }
      }
      page += 1;
    }
  }
  return timings;
}

/**
 * Rows of `table` stored as a first sync stores them: into an empty table ('overwrite', as
 * runFullPull does), with the sync state that follows the `done` rows stored so far.
 */
function storeAsFirstSync(db: MostradorDB, table: 'customers' | 'products', chunk: Array<CustomerRow | ProductRow>, done: number, last: boolean) {
  const full = last ? null : { nextPage: done / PAGE + 1, totalResults: null, done, startedAt: new Date().toISOString(), intoEmpty: true };
  const next = { ...emptySyncState(table), checkpoint: last ? new Date().toISOString() : null, fullPull: full };
  return storePulledPage(db, { entity: table, rows: chunk, next, mode: 'overwrite' }, searchingIn(db));
}

/**
 * The first sync's writes without its requests: the same rows, converted beforehand (not timed),
 * stored as the sync stores them but always in its largest batches (PAGES_PER_WRITE pages per
 * transaction, its cheapest writes), into a fresh database. With `fetchOnly` this splits the
 * first sync's CPU into what fetching costs and what storing costs, each alone.
 */
export async function storeOnly(name: string) {
  const all = converted();
  const db = await freshDb(name);
  const batch = PAGE * PAGES_PER_WRITE;
  const started = performance.now();
  for (const table of ['customers', 'products'] as const) {
    const list: Array<CustomerRow | ProductRow> = all[table];
    for (let i = 0; i < list.length; i += batch) {
      const chunk = list.slice(i, i + batch);
      await storeAsFirstSync(db, table, chunk, i + chunk.length, i + batch >= list.length);
    }
  }
  const ms = performance.now() - started;
  db.close();
  return { ms, rows: all.customers.length + all.products.length };
}

/**
 * The raw write (same rows, same page-sized transactions, stores with no index but the primary
 * key) and the mirror's own page write (rows + sync state in one transaction, every index, the
 * search segments) into a fresh database each, interleaved page by page.
 */
export async function rawAndImportWrites(rawName: string, importName: string): Promise<{ raw: WriteTiming; mirror: WriteTiming }> {
  await Dexie.delete(rawName);
  const raw = new Dexie(rawName);
  raw.version(1).stores({ customers: 'id', products: 'id' });
  await raw.open();
  const db = await freshDb(importName);
  const done = { customers: 0, products: 0 };
  const [rawTiming, mirrorTiming] = await timeInterleaved(
    async (table, chunk) => {
      await raw.table(table).bulkPut(chunk);
    },
    async (table, chunk, last) => {
      done[table] += chunk.length;
      await storeAsFirstSync(db, table, chunk, done[table], last);
    },
  );
  raw.close();
  db.close();
  // Scratch databases: gone, so the figures after this one do not share the origin's storage with them.
  await Dexie.delete(rawName);
  await Dexie.delete(importName);
  return { raw: rawTiming, mirror: mirrorTiming };
}
