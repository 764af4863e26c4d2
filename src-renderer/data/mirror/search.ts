import type { Table } from 'dexie';
import { decodeCursor, encodeCursor, type SearchCursor } from '../../../src-shared/search';
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

async function search<R>(db: MostradorDB, table: SearchedTable, rows: Table<R, string>, text: string, options: SearchOptions): Promise<SearchPage<R>> {
  const search = mirrorSearch(db);
  search.noteQuery();
  const index = await search.index(table);
  const page = index.search(text, {
    limit: Math.max(1, Math.floor(options.limit ?? DEFAULT_SEARCH_LIMIT)),
    after: decodeCursor(options.cursor),
    includeInactive: options.includeInactive,
    barcodes: table === 'products',
  });
  if (page.ids.length === 0) return { results: [], next: null };
  const found = await rows.bulkGet(page.ids);
  return { results: found.filter((row): row is R => row !== undefined), next: page.next ? encodeCursor(page.next) : null };
}

/** Customers by identification (exact, then prefix) and by words of the name or commercial name. */
export function searchCustomers(db: MostradorDB, text: string, options: SearchOptions = {}): Promise<SearchPage<CustomerRow>> {
  return search(db, 'customers', db.customers, text, options);
}

/** Products by exact code or barcode, then code prefix, then words of name, brand or reference. */
export function searchProducts(db: MostradorDB, text: string, options: SearchOptions = {}): Promise<SearchPage<ProductRow>> {
  return search(db, 'products', db.products, text, options);
}
