import { describe, expect, it } from 'vitest';
import { SortedTerms } from '../../../src-shared/search/sorted-terms';
import { seeded } from '../../support/prng';

const word = (random: () => number) => Math.floor(random() * 36 ** 5).toString(36);

/** Checks ranges across blocks, every term's position and a few absent values against a flat sorted copy. */
function expectSameAs(terms: SortedTerms, flat: string[], random: () => number) {
  expect(terms.length).toBe(flat.length);
  expect([...terms]).toEqual(flat);
  expect([...terms.range(0, flat.length + 5)]).toEqual(flat);
  for (let n = 0; n < 100; n += 1) {
    const from = Math.floor(random() * (flat.length + 1));
    const to = from + Math.floor(random() * 1_200);
    expect([...terms.range(from, to)]).toEqual(flat.slice(from, to));
  }
  for (const probe of [...flat.slice(0, 50), ...Array.from({ length: 200 }, () => word(random)), '', '\uffff']) {
    const expected = flat.findIndex((t) => t >= probe);
    expect(terms.lowerBound(probe)).toBe(expected === -1 ? flat.length : expected);
  }
}

describe('search: sorted terms in blocks', () => {
  it('files batches anywhere in the order, block splits included, and answers positions like one sorted array', () => {
    const random = seeded(11);
    const terms = new SortedTerms();
    const flat: string[] = [];
    const present = new Set<string>();
    // Small batches between queries, as during an import, then one large batch (past several block sizes).
    for (const size of [1, 3, 20, 20, 100, 7, 2_500, 1, 40]) {
      const batch = new Set<string>();
      while (batch.size < size) {
        const term = word(random);
        if (!present.has(term)) batch.add(term);
      }
      const sortedBatch = [...batch].sort();
      terms.insert(sortedBatch);
      for (const term of sortedBatch) present.add(term);
      flat.push(...sortedBatch);
      flat.sort();
      expectSameAs(terms, flat, random);
    }
  });

  it('a load in order appends (blocks filled one after another) and later terms still land in place', () => {
    const random = seeded(12);
    const loaded = Array.from({ length: 3_000 }, (_, i) => `k${String(i).padStart(6, '0')}`);
    const terms = new SortedTerms();
    for (let i = 0; i < loaded.length; i += 1_000) terms.insert(loaded.slice(i, i + 1_000));
    const later = ['a', 'k000500x', 'k002999x', 'z'];
    terms.insert(later);
    expectSameAs(terms, [...loaded, ...later].sort(), random);
  });

  it('empty: no terms, every lower bound is 0', () => {
    const terms = new SortedTerms();
    terms.insert([]);
    expect(terms.length).toBe(0);
    expect(terms.lowerBound('a')).toBe(0);
    expect([...terms]).toEqual([]);
  });
});
