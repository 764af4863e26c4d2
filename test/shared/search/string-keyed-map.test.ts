import { describe, expect, it } from 'vitest';
import { hashOf, StringKeyedMap } from '../../../src-shared/search/string-keyed-map';

/** Two distinct keys with the same hash, found among generated ones (30 bits: a few in 100k). */
function collidingPair(): [string, string] {
  const seen = new Map<number, string>();
  for (let i = 0; ; i += 1) {
    const key = `900${i}`;
    const other = seen.get(hashOf(key));
    if (other !== undefined) return [other, key];
    seen.set(hashOf(key), key);
  }
}

describe('StringKeyedMap', () => {
  it('answers as a Map would, overwrites included', () => {
    const map = new StringKeyedMap<number>();
    expect(map.get('ana')).toBeUndefined();
    map.set('ana', 1);
    map.set('Ana', 2);
    map.set('', 3);
    map.set('ana', 4);
    expect([map.get('ana'), map.get('Ana'), map.get(''), map.get('an'), map.get('anaa')]).toEqual([4, 2, 3, undefined, undefined]);
    // Equal text, another string object: still the same key.
    expect(map.get(['a', 'n', 'a'].join(''))).toBe(4);
    expect([map.filedKey('ana'), map.filedKey('anaa')]).toEqual(['ana', undefined]);
  });

  it('keeps apart keys whose hashes collide', () => {
    const [first, second] = collidingPair();
    expect(first).not.toBe(second);
    expect(hashOf(first)).toBe(hashOf(second));
    const map = new StringKeyedMap<string>();
    expect(map.get(second)).toBeUndefined(); // nothing filed yet
    map.set(first, 'uno');
    expect(map.get(second)).toBeUndefined(); // the hash is taken, the key is not
    map.set(second, 'dos');
    map.set(first, 'uno bis');
    map.set(second, 'dos bis');
    expect([map.get(first), map.get(second)]).toEqual(['uno bis', 'dos bis']);
    // Only the key that holds the hash has a filed string to share.
    expect([map.filedKey(first), map.filedKey(second)]).toEqual([first, undefined]);
  });

  it('hashes to small non-negative integers', () => {
    for (const key of ['', 'a', 'ñandú', '7701234567890', 'x'.repeat(1000)]) {
      const hash = hashOf(key);
      expect(Number.isInteger(hash)).toBe(true);
      expect(hash).toBeGreaterThanOrEqual(0);
      expect(hash).toBeLessThan(2 ** 30);
    }
  });
});
