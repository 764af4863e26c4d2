/**
 * Keyset cursors for search results. A result list is the concatenation of ranked sources
 * (exact identifier, identifier prefix, name words…), each read in index order (index key, then
 * primary key). A cursor is the position of the last row returned: its source, index key and
 * primary key. The next page continues strictly after it, so pages never overlap and rows
 * inserted elsewhere cannot shift them (unlike offsets).
 */

export interface SearchPosition {
  /** Rank of the source the row came from (0 = best). */
  source: number;
  key: string;
  primaryKey: string;
}

/** Opaque to callers: pass back what a page returned as `next`. */
export type SearchCursor = string;

export function encodeCursor(position: SearchPosition): SearchCursor {
  return JSON.stringify([position.source, position.key, position.primaryKey]);
}

/** Undefined for anything that is not a cursor this module made (then search starts over). */
export function decodeCursor(cursor: SearchCursor | null | undefined): SearchPosition | undefined {
  if (!cursor) return undefined;
  try {
    const value: unknown = JSON.parse(cursor);
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      Number.isInteger(value[0]) &&
      typeof value[1] === 'string' &&
      typeof value[2] === 'string'
    ) {
      return { source: value[0] as number, key: value[1], primaryKey: value[2] };
    }
  } catch {
    // Not JSON: fall through.
  }
  return undefined;
}

/** Is position `a` strictly after `b` in (source, key, primaryKey) order? */
export function isAfter(a: SearchPosition, b: SearchPosition): boolean {
  if (a.source !== b.source) return a.source > b.source;
  if (a.key !== b.key) return a.key > b.key;
  return a.primaryKey > b.primaryKey;
}
