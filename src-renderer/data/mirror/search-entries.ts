import type { SearchEntry } from '../../../src-shared/search';
import type { CustomerRow, ProductRow } from './rows';
import { encodeSaleItem, saleItemOf } from './sale-item';

/** The mirrored tables that have an in-memory search index, and what each row contributes to it. */
export const SEARCHED_TABLES = {
  customers: (row: CustomerRow): SearchEntry => ({
    id: row.id,
    key: row.identificationKey,
    barcode: null,
    tokens: row.tokens,
    active: row.active,
    payload: null,
  }),
  products: (row: ProductRow): SearchEntry => ({
    id: row.id,
    key: row.codeKey,
    barcode: row.barcode,
    tokens: row.tokens,
    active: row.active,
    payload: encodeSaleItem(saleItemOf(row)),
  }),
} as const;

export type SearchedTable = keyof typeof SEARCHED_TABLES;

export const isSearchedTable = (name: string): name is SearchedTable => name in SEARCHED_TABLES;

/** The search entry of a stored row of `table`. */
export function searchEntryOf(table: SearchedTable, row: unknown): SearchEntry {
  return (SEARCHED_TABLES[table] as (stored: unknown) => SearchEntry)(row);
}

/** Store of the entries, written in the same transaction as the rows they come from. */
export const SEGMENTS_STORE = 'searchSegments';

/**
 * Entries per segment written in bulk (compaction, schema upgrade): small enough that reading,
 * decoding and filing one segment is a few milliseconds, so a load never holds the window (a
 * cashier may be scanning meanwhile).
 */
export const SEGMENT_LINES = 1_000;

export interface SearchSegmentRow {
  seq?: number;
  table: SearchedTable;
  /** `encodeSegment` text. */
  data: string;
  lines: number;
}
