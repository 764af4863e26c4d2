import type { Dexie, Table } from 'dexie';
import { decodeCursor, encodeCursor, type SearchCursor, type SearchPosition } from '../../../src-shared/search';
import { scanIndex, type IndexPosition, type IndexRange } from './index-scan';

/**
 * One ranked source of search results: the rows of an index range that satisfy `matches`, read
 * in index order. Results are the sources concatenated by `rank` (best first).
 */
export interface RankedSource<R> {
  /** Position in the ranking; stable for a given query so cursors stay valid across pages. */
  rank: number;
  index: string;
  range: IndexRange;
  /** Membership, independent of where the cursor is: also used to skip rows a better source owns. */
  matches(row: R): boolean;
  /**
   * For multi-entry indexes a row sits under several keys of the range: accept it only at one
   * of them (default: every key, right for single-valued indexes).
   */
  atKey?(row: R, key: string): boolean;
  /**
   * Candidate ids already known (key-only index reads), ascending: rows are read in small
   * chunks in id order until the page is full. Positions of this source have key ''.
   */
  orderedIds?: readonly string[];
}

/** Rows read at a time from `orderedIds`: a page is usually filled by the first chunk. */
const ID_CHUNK = 32;

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

interface Found<R> {
  row: R;
  position: SearchPosition;
}

async function visitOrderedIds<R extends { id: string }>(
  table: Table<R, string>,
  ids: readonly string[],
  after: IndexPosition | undefined,
  visit: (row: R, position: IndexPosition) => boolean,
): Promise<void> {
  let start = 0;
  if (after) while (start < ids.length && (ids[start] ?? '') <= after.primaryKey) start += 1;
  for (let i = start; i < ids.length; i += ID_CHUNK) {
    const rows = await table.bulkGet(ids.slice(i, i + ID_CHUNK));
    for (const row of rows) {
      if (row && visit(row, { key: '', primaryKey: row.id })) return;
    }
  }
}

/**
 * Runs the sources in rank order from the cursor, collecting one row more than the page size
 * to know whether a next page exists. A row is returned by the best-ranked source it matches
 * only, so no row appears twice, and each source resumes strictly after the cursor, so pages
 * have no gaps and no duplicates.
 */
export async function runRankedSearch<R extends { id: string; active: boolean }>(
  db: Dexie,
  store: string,
  sources: ReadonlyArray<RankedSource<R>>,
  options: SearchOptions = {},
): Promise<SearchPage<R>> {
  const limit = Math.max(1, Math.floor(options.limit ?? DEFAULT_SEARCH_LIMIT));
  const want = limit + 1;
  const cursor = decodeCursor(options.cursor);
  const ordered = [...sources].sort((a, b) => a.rank - b.rank);
  const found: Found<R>[] = [];

  for (const [i, source] of ordered.entries()) {
    if (found.length >= want) break;
    if (cursor && source.rank < cursor.source) continue;
    const better = ordered.slice(0, i);
    const after = cursor && cursor.source === source.rank ? { key: cursor.key, primaryKey: cursor.primaryKey } : undefined;
    const visit = (row: R, position: IndexPosition): boolean => {
      if (!options.includeInactive && !row.active) return false;
      if (source.atKey && !source.atKey(row, position.key)) return false;
      if (!source.matches(row) || better.some((b) => b.matches(row))) return false;
      found.push({ row, position: { source: source.rank, ...position } });
      return found.length >= want;
    };
    if (source.orderedIds) await visitOrderedIds(db.table<R, string>(store), source.orderedIds, after, visit);
    else await scanIndex<R>(db, store, source.index, source.range, after, visit);
  }

  const page = found.slice(0, limit);
  const last = page.at(-1);
  return {
    results: page.map((f) => f.row),
    next: found.length > limit && last ? encodeCursor(last.position) : null,
  };
}
