/**
 * A map from strings whose keys the JavaScript engine does not internalize.
 *
 * Chromium's V8 internalizes every string used as a `Map` or `Set` key (as values they are
 * not). Every major collection walks that table while the thread is paused, so the search
 * indexes' hundreds of thousands of identifiers and terms made the window's worst pauses grow
 * with the mirror (docs/decisions/0003-hashed-map-keys.md). Here a key is filed under a 30-bit
 * hash (a small integer, never a string) with the key itself kept as a value to check against;
 * the few keys whose hash another key already holds go to an ordinary Map.
 *
 * Only what the indexes need: no deletion, no iteration.
 */
export class StringKeyedMap<V> {
  /** The key filed under each hash (the first key that had it). */
  private readonly keys = new Map<number, string>();
  private readonly values = new Map<number, V>();
  /** Keys whose hash was taken by another key (~10 expected among 150,000). */
  private readonly collided = new Map<string, V>();

  get(key: string): V | undefined {
    const hash = hashOf(key);
    const filed = this.keys.get(hash);
    if (filed === key) return this.values.get(hash);
    return filed === undefined ? undefined : this.collided.get(key);
  }

  /**
   * The string `key` was first filed as, to be shared instead of kept again; undefined when it
   * is not filed (or is one of the few filed apart after a collision).
   */
  filedKey(key: string): string | undefined {
    const filed = this.keys.get(hashOf(key));
    return filed === key ? filed : undefined;
  }

  set(key: string, value: V): void {
    const hash = hashOf(key);
    const filed = this.keys.get(hash);
    if (filed === undefined || filed === key) {
      this.keys.set(hash, key);
      this.values.set(hash, value);
    } else {
      this.collided.set(key, value);
    }
  }
}

/** FNV-1a over the UTF-16 code units, cut to 30 bits so V8 keeps it a small integer. */
export function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 2;
}
