import { MostradorDB } from '../../../src-renderer/data/db';
import { customerByIdentification, productByBarcodeOrCode } from '../../../src-renderer/data/mirror/lookups';
import { searchCustomers, searchProducts } from '../../../src-renderer/data/mirror/search';
import { mirrorSearch } from '../../../src-renderer/data/mirror/search-index';
import { monitorStalls, sleep } from './timing';

/** One query of the mix, built by the runner from the seeded data. */
export interface BenchQuery {
  /** What is searched: a search box (customers/products) or an exact look-up. */
  kind: 'customers' | 'products' | 'by-code' | 'by-barcode' | 'by-identification';
  text: string;
  /** For the breakdown: "id-prefix-3", "words-2", "accented"… */
  group: string;
}

export interface Timed {
  group: string;
  ms: number;
  results: number;
}

let open: MostradorDB | null = null;

export function database(name: string): MostradorDB {
  if (open?.name !== name) {
    open?.close();
    open = new MostradorDB(name);
  }
  return open;
}

export function closeDatabase(): void {
  open?.close();
  open = null;
}

async function runQuery(db: MostradorDB, query: BenchQuery): Promise<number> {
  switch (query.kind) {
    case 'customers':
      return (await searchCustomers(db, query.text)).results.length;
    case 'products':
      return (await searchProducts(db, query.text)).results.length;
    case 'by-code':
    case 'by-barcode':
      return (await productByBarcodeOrCode(db, query.text)) ? 1 : 0;
    case 'by-identification':
      return (await customerByIdentification(db, query.text)) ? 1 : 0;
  }
}

/** Each query on its own, one after another, as a cashier's keystrokes arrive. */
export async function timeQueries(name: string, queries: readonly BenchQuery[], gapMs = 0, db = database(name)): Promise<Timed[]> {
  await db.open();
  const timed: Timed[] = [];
  for (const query of queries) {
    const started = performance.now();
    const results = await runQuery(db, query);
    timed.push({ group: query.group, ms: performance.now() - started, results });
    if (gapMs > 0) await sleep(gapMs);
  }
  return timed;
}

/**
 * What a start pays before the first search: the database opened afresh and both in-memory
 * indexes loaded from their segments, with the main-thread stalls meanwhile.
 */
export async function timeIndexLoad(name: string) {
  closeDatabase();
  const db = database(name);
  await db.open();
  const stalls = monitorStalls();
  const started = performance.now();
  const search = mirrorSearch(db);
  const sizes = { products: (await search.index('products')).size, customers: (await search.index('customers')).size };
  const ms = performance.now() - started;
  return { ms, sizes, segments: await db.searchSegments.count(), ...stalls.stop() };
}

/** Searches the mix round and round for `durationMs` (the heap soak); returns how many ran. */
export async function searchFor(name: string, queries: readonly BenchQuery[], durationMs: number): Promise<number> {
  const db = database(name);
  await db.open();
  const until = performance.now() + durationMs;
  let count = 0;
  while (performance.now() < until) {
    const query = queries[count % queries.length];
    if (query) await runQuery(db, query);
    count += 1;
    // A cashier's pace is far slower; yielding keeps the page responsive to the runner.
    if (count % 50 === 0) await sleep(0);
  }
  return count;
}
