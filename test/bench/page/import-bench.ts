import Dexie from 'dexie';
import { MostradorDB } from '../../../src-renderer/data/db';
import { toCustomerRow } from '../../../src-renderer/data/mirror/customer-row';
import { toProductRow } from '../../../src-renderer/data/mirror/product-row';
import type { CustomerRow, ProductRow } from '../../../src-renderer/data/mirror/rows';
import { storePulledPage } from '../../../src-renderer/sync/pull/full-pull';
import { customersEntity, productsEntity } from '../../../src-renderer/sync/pull/mirrored-entities';
import { createMirrorSync } from '../../../src-renderer/sync/pull/mirror-sync';
import { benchData } from './data';
import { memoryBridge } from './memory-bridge';

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

/** Milliseconds per SEGMENT rows, for every segment of a write of customers then products. */
async function timeSegments(write: (table: 'customers' | 'products', chunk: Array<CustomerRow | ProductRow>, last: boolean) => Promise<void>) {
  const all = converted();
  const segments: number[] = [];
  let segmentStart = performance.now();
  let inSegment = 0;
  const started = performance.now();
  for (const table of ['customers', 'products'] as const) {
    const list: Array<CustomerRow | ProductRow> = all[table];
    for (let i = 0; i < list.length; i += PAGE) {
      const chunk = list.slice(i, i + PAGE);
      await write(table, chunk, i + PAGE >= list.length);
      inSegment += chunk.length;
      if (inSegment >= SEGMENT) {
        const now = performance.now();
        segments.push(((now - segmentStart) * SEGMENT) / inSegment);
        segmentStart = now;
        inSegment = 0;
      }
    }
  }
  const rowsWritten = all.customers.length + all.products.length;
  return { totalMs: performance.now() - started, rows: rowsWritten, segmentMs: segments };
}

/** The mirror's own page write (rows + sync state in one transaction, every index) into a fresh database. */
export async function importWritePath(name: string) {
  const db = await freshDb(name);
  const entities = { customers: customersEntity, products: productsEntity } as const;
  const done = { customers: 0, products: 0 };
  const result = await timeSegments(async (table, chunk, last) => {
    done[table] += chunk.length;
    const full = last ? null : { nextPage: done[table] / PAGE + 1, totalResults: null, done: done[table], startedAt: new Date().toISOString(), intoEmpty: true };
    // A first import writes into empty tables, as runFullPull does.
    await storePulledPage(db, entities[table] as never, chunk as never, {
      entity: table,
      checkpoint: last ? new Date().toISOString() : null,
      fullPull: full,
      lastSuccessAt: null,
      lastError: null,
    }, 'overwrite');
  });
  db.close();
  return result;
}

/** The same rows, same page-sized transactions, into stores with no index but the primary key. */
export async function rawWrite(name: string) {
  await Dexie.delete(name);
  const db = new Dexie(name);
  db.version(1).stores({ customers: 'id', products: 'id' });
  await db.open();
  const result = await timeSegments(async (table, chunk) => {
    await db.table(table).bulkPut(chunk);
  });
  db.close();
  return result;
}

/** The whole first pull (bridge parsing, row conversion, writes) from rows held in memory. */
export async function inMemoryPull(name: string) {
  const db = await freshDb(name);
  const started = performance.now();
  const sync = createMirrorSync({ db, bridge: memoryBridge(benchData()) });
  await sync.pull({ only: ['customers', 'products'] });
  const ms = performance.now() - started;
  const counts = { customers: await db.customers.count(), products: await db.products.count() };
  db.close();
  return { ms, ...counts };
}
