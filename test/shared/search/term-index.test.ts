import { describe, expect, it } from 'vitest';
import { TermIndex } from '../../../src-shared/search/term-index';
import { seeded } from '../../support/prng';

describe('search: term index postings', () => {
  it('keeps every term’s rows ascending and exact through adds, repeats, out-of-order adds and removals', () => {
    const random = seeded(5);
    const index = new TermIndex();
    const reference = new Map<string, Set<number>>();
    const pick = (n: number) => Math.floor(random() * n);
    // Few terms, so most go from one row to several and back (removals) many times.
    for (let step = 0; step < 20_000; step += 1) {
      const term = `t${pick(300)}`;
      const ordinal = pick(50);
      const rows = reference.get(term) ?? new Set<number>();
      reference.set(term, rows);
      if (random() < 0.35) {
        index.remove(term, ordinal);
        rows.delete(ordinal);
      } else {
        index.add(term, ordinal);
        rows.add(ordinal);
      }
    }
    for (const [term, rows] of reference) {
      const expected = [...rows].sort((a, b) => a - b);
      expect(index.list(term)).toEqual(expected);
      expect(index.count(term)).toBe(expected.length);
    }
    expect(index.list('absent')).toEqual([]);
    // Emptied terms stay listed (positions stay stable); size() sums the rows of a range.
    expect([...index.terms()]).toEqual([...reference.keys()].sort());
    const all = [...reference.values()].reduce((sum, rows) => sum + rows.size, 0);
    expect(index.size(0, reference.size)).toBe(all);
  });

  it('files a term with one row as that row, and a second row beside it in order', () => {
    const index = new TermIndex();
    index.add('7701234567890', 9);
    expect(index.list('7701234567890')).toEqual([9]);
    index.add('7701234567890', 9);
    expect(index.list('7701234567890')).toEqual([9]);
    index.add('7701234567890', 4);
    expect(index.list('7701234567890')).toEqual([4, 9]);
    index.remove('7701234567890', 9);
    index.remove('7701234567890', 4);
    expect(index.count('7701234567890')).toBe(0);
    index.add('7701234567890', 2);
    expect(index.list('7701234567890')).toEqual([2]);
  });
});
