import type { Table } from 'dexie';
import { decodeCursor, encodeCursor, type SearchCursor, type TextIndex } from '../../../src-shared/search';
import type { MostradorDB } from '../db';
import type { CustomerRow, ProductRow } from './rows';
import type { SearchedTable } from './search-entries';
import { mirrorSearch } from './search-index';

/**
 * Search as the cashier types, answered by the table's in-memory index (see search-index.ts and
 * TextIndex for the ranking and the paging rules); only the rows of the page are read from
 * IndexedDB, by primary key. No query ever scans a table.
 */

export interface SearchOptions {
  /** Page size, default 20. */
  limit?: number;
  /** `next` of the previous page; absent for the first page. */
  cursor?: SearchCursor | null;
  /** Inactive customers/products are left out unless this is true. */
  includeInactive?: boolean;
}

export interface SearchPage<R> {
  results: R[];
  /** Cursor for the following page; null when this page is the last. */
  next: SearchCursor | null;
}

export const DEFAULT_SEARCH_LIMIT = 20;

/** The table's in-memory index; asking for it counts as searching (writers keep their transactions short). */
export function searchIndexOf(db: MostradorDB, table: SearchedTable): Promise<TextIndex> {
  const search = mirrorSearch(db);
  search.noteQuery();
  return search.index(table);
}

/** The rows with these ids that exist, in the ids' order. */
export async function rowsByIds<R>(rows: Table<R, string>, ids: readonly string[]): Promise<R[]> {
  if (ids.length === 0) return [];
  return (await rows.bulkGet([...ids])).filter((row): row is R => row !== undefined);
}

async function search<R>(db: MostradorDB, table: SearchedTable, rows: Table<R, string>, text: string, options: SearchOptions): Promise<SearchPage<R>> {
  const index = await searchIndexOf(db, table);
  const page = index.search(text, {
    limit: Math.max(1, Math.floor(options.limit ?? DEFAULT_SEARCH_LIMIT)),
    after: decodeCursor(options.cursor),
    includeInactive: options.includeInactive,
    barcodes: table === 'products',
  });
  return { results: await rowsByIds(rows, page.ids), next: page.next ? encodeCursor(page.next) : null };
}

/** Customers by identification (exact, then prefix) and by words of the name or commercial name. */
export function searchCustomers(db: MostradorDB, text: string, options: SearchOptions = {}): Promise<SearchPage<CustomerRow>> {
  return search(db, 'customers', db.customers, text, options);
}

/** Products by exact code or barcode, then code prefix, then words of name, brand or reference. */
export function searchProducts(db: MostradorDB, text: string, options: SearchOptions = {}): Promise<SearchPage<ProductRow>> {
  return search(db, 'products', db.products, text, options);
}

/** Products in code order, with no query (the Productos list): the first `limit`, and whether more follow. */
export async function productsInCodeOrder(
  db: MostradorDB,
  options: { limit: number; includeInactive: boolean },
): Promise<{ items: ProductRow[]; more: boolean }> {
  const index = await searchIndexOf(db, 'products');
  const rows = await rowsByIds(db.products, index.firstByKey(options.limit + 1, options.includeInactive));
  return { items: rows.slice(0, options.limit), more: rows.length > options.limit };
}
