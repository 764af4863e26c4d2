import type Dexie from 'dexie';
import {
  firstTokenWithPrefix,
  identifierKey,
  intersectIds,
  matchesAllWords,
  orderingWord,
  queryWords,
} from '../../../src-shared/search';
import type { MostradorDB } from '../db';
import { equalRange, indexPrimaryKeys, prefixRange } from './index-scan';
import { runRankedSearch, type RankedSource, type SearchOptions, type SearchPage } from './ranked-search';
import type { CustomerRow, ProductRow } from './rows';

export type { SearchOptions, SearchPage } from './ranked-search';

/**
 * Search as the cashier types. Every query reads index ranges only and stops once a page is
 * full: exact identifier first, then identifier prefix, then rows whose tokens cover every typed
 * word (see `wordSource` for how several words use the one multi-entry index).
 */

/**
 * Key-only reads per typed word stop at this many index entries. A word whose range is smaller
 * is "bounded": its ids are intersected with the other bounded words' before any row is read.
 */
const BOUNDED_WORD_ENTRIES = 4000;

/**
 * The token source: rows whose tokens cover every typed word.
 *
 * One word: scan its prefix range in (token, id) order, stopping when the page is full (every
 * candidate matches, so this reads about one page of rows).
 * Several words: read each word's primary keys (key-only, capped); the candidates are the
 * intersection of the bounded words' keys, often empty or tiny, found without reading a row.
 * They are returned in id order, read a chunk at a time, with any unbounded (very common) word
 * checked in memory. Only if every word is unbounded (say "ma jo" over 100,000 customers) does
 * it scan the ordering word's range, where matches are dense because all the words are common.
 */
async function wordSource<R extends { id: string; tokens: string[] }>(
  db: Dexie,
  store: string,
  rank: number,
  text: string,
): Promise<RankedSource<R> | undefined> {
  const words = queryWords(text);
  const driver = orderingWord(words);
  if (driver === undefined) return undefined;
  const matches = (row: R) => matchesAllWords(row.tokens, words);
  // Ranks: multi-word by ids = rank, index scans = rank + 1 (different orders, different cursors).
  const scan: RankedSource<R> = {
    rank: rank + 1,
    index: 'tokens',
    range: prefixRange(driver),
    matches,
    atKey: (row, key) => firstTokenWithPrefix(row.tokens, driver) === key,
  };
  if (words.length === 1) return scan;

  const keyLists = await Promise.all(words.map((w) => indexPrimaryKeys(db, store, 'tokens', prefixRange(w), BOUNDED_WORD_ENTRIES + 1)));
  if (keyLists.some((keys) => keys.length === 0)) return undefined;
  const bounded = keyLists.filter((keys) => keys.length <= BOUNDED_WORD_ENTRIES);
  if (bounded.length === 0) return scan;
  const ids = intersectIds(bounded).sort();
  if (ids.length === 0) return undefined;
  return { rank, index: 'tokens', range: prefixRange(driver), matches, orderedIds: ids };
}

/** Customers by identification (exact, then prefix) and by words of the name or commercial name. */
export async function searchCustomers(db: MostradorDB, text: string, options: SearchOptions = {}): Promise<SearchPage<CustomerRow>> {
  const sources: RankedSource<CustomerRow>[] = [];
  const key = identifierKey(text);
  if (key !== '') {
    sources.push(
      { rank: 0, index: 'identificationKey', range: equalRange(key), matches: (r) => r.identificationKey === key },
      { rank: 1, index: 'identificationKey', range: prefixRange(key), matches: (r) => r.identificationKey.startsWith(key) },
    );
  }
  const words = await wordSource<CustomerRow>(db, 'customers', 2, text);
  if (words) sources.push(words);
  if (sources.length === 0) return { results: [], next: null };
  return runRankedSearch(db, 'customers', sources, options);
}

/** Products by exact code or barcode, then code prefix, then words of name, brand or reference. */
export async function searchProducts(db: MostradorDB, text: string, options: SearchOptions = {}): Promise<SearchPage<ProductRow>> {
  const sources: RankedSource<ProductRow>[] = [];
  const key = identifierKey(text);
  if (key !== '') {
    sources.push(
      { rank: 0, index: 'codeKey', range: equalRange(key), matches: (r) => r.codeKey === key },
      { rank: 1, index: 'barcode', range: equalRange(key), matches: (r) => r.barcode === key },
      { rank: 2, index: 'codeKey', range: prefixRange(key), matches: (r) => r.codeKey.startsWith(key) },
    );
  }
  const words = await wordSource<ProductRow>(db, 'products', 3, text);
  if (words) sources.push(words);
  if (sources.length === 0) return { results: [], next: null };
  return runRankedSearch(db, 'products', sources, options);
}
