import type Dexie from 'dexie';

/**
 * Ordered reads of one index range, resumable strictly after a position (index key + primary
 * key). Dexie's collections cannot resume inside a run of equal index keys without re-reading
 * them, so this drops to the IndexedDB of the Dexie instance for `IDBCursor.continuePrimaryKey`,
 * which jumps straight to the position. Reads only; writes always go through Dexie.
 *
 * Every scan starts from an index range and stops as soon as the visitor says so: no search
 * ever walks a whole table. Keys are strings (normalized tokens, identifiers; string ids).
 */

/** Both bounds inclusive. */
export interface IndexRange {
  lower: string;
  upper: string;
}

export interface IndexPosition {
  key: string;
  primaryKey: string;
}

/** Keys equal to `key`. */
export const equalRange = (key: string): IndexRange => ({ lower: key, upper: key });

/** Keys that start with `prefix` (the same bound Dexie's `startsWith` uses). */
export const prefixRange = (prefix: string): IndexRange => ({ lower: prefix, upper: `${prefix}\uffff` });

type KeyRangeFactory = Pick<typeof IDBKeyRange, 'bound'>;

async function backend(db: Dexie): Promise<{ idb: IDBDatabase; keyRange: KeyRangeFactory }> {
  if (!db.isOpen()) await db.open();
  // Tests give Dexie fake-indexeddb's IDBKeyRange; the window uses the browser's.
  const keyRange = (db._options.IDBKeyRange as KeyRangeFactory | undefined) ?? IDBKeyRange;
  return { idb: db.backendDB(), keyRange };
}

/** `true` from the visitor stops the scan. */
export type IndexVisitor<T> = (value: T, position: IndexPosition) => boolean;

export async function scanIndex<T>(
  db: Dexie,
  store: string,
  index: string,
  range: IndexRange,
  after: IndexPosition | undefined,
  visit: IndexVisitor<T>,
): Promise<void> {
  if (after && after.key > range.upper) return;
  const lower = after && after.key > range.lower ? after.key : range.lower;
  if (lower > range.upper) return;
  const { idb, keyRange } = await backend(db);
  return new Promise<void>((resolve, reject) => {
    const tx = idb.transaction(store, 'readonly');
    const request = tx.objectStore(store).index(index).openCursor(keyRange.bound(lower, range.upper));
    let positioned = after === undefined;
    let settled = false;
    const finish = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      if (error === undefined) resolve();
      else reject(error instanceof Error ? error : new Error(String(error)));
    };
    request.onerror = () => finish(request.error ?? new Error('index scan failed'));
    tx.onabort = () => finish(tx.error ?? new Error('index scan aborted'));
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor || settled) return finish();
      const position: IndexPosition = { key: String(cursor.key), primaryKey: String(cursor.primaryKey) };
      try {
        if (!positioned && after) {
          // Still at or before `after`: jump past it (continuePrimaryKey may land on it exactly).
          if (position.key === after.key && position.primaryKey <= after.primaryKey) {
            if (position.primaryKey === after.primaryKey) cursor.continue();
            else cursor.continuePrimaryKey(after.key, after.primaryKey);
            return;
          }
          positioned = true;
        }
        if (visit(cursor.value as T, position)) return finish();
        cursor.continue();
      } catch (error) {
        finish(error);
      }
    };
  });
}

/**
 * Primary keys of the index range, in index order, at most `cap` of them (one `getAllKeys`
 * call: no values read, no per-entry callbacks). A row appears once per index entry, so a
 * multi-entry index may repeat it.
 */
export async function indexPrimaryKeys(db: Dexie, store: string, index: string, range: IndexRange, cap: number): Promise<string[]> {
  const { idb, keyRange } = await backend(db);
  return new Promise<string[]>((resolve, reject) => {
    const tx = idb.transaction(store, 'readonly');
    const request = tx.objectStore(store).index(index).getAllKeys(keyRange.bound(range.lower, range.upper), cap);
    request.onerror = () => reject(request.error ?? new Error('index read failed'));
    request.onsuccess = () => resolve(request.result.map(String));
  });
}
