import { lowerBound, SortedTerms } from './sorted-terms';
import { StringKeyedMap } from './string-keyed-map';

/**
 * Sorted distinct terms (tokens, identifiers), each with the ordinals of the rows filed under it.
 *
 * Invariants: every postings list is strictly ascending; `sorted` holds every term that was ever
 * added, in code-unit order, once `settle()` has run (terms emptied by removals stay: an empty
 * list costs nothing and keeps positions stable). New terms wait in `fresh` and are filed before
 * the next range query (see SortedTerms for why that stays cheap on a large index).
 *
 * A term with one row (every code, barcode and identification; most rare words) keeps that
 * ordinal as a bare number rather than a one-element array: 200k fewer arrays on a full mirror.
 */
export class TermIndex {
  private readonly sorted = new SortedTerms();
  private fresh: string[] = [];
  private readonly postings = new StringKeyedMap<number | number[]>();

  /**
   * Files `ordinal` under `term`. Returns the string the term was first filed as, so entries can
   * share one copy of each word instead of keeping their own.
   */
  add(term: string, ordinal: number): string {
    const held = this.postings.get(term);
    if (held === undefined) {
      this.postings.set(term, ordinal);
      this.fresh.push(term);
      return term;
    }
    if (typeof held === 'number') {
      if (held !== ordinal) this.postings.set(term, held < ordinal ? [held, ordinal] : [ordinal, held]);
    } else {
      const last = held.length === 0 ? -1 : (held[held.length - 1] as number);
      if (ordinal > last) held.push(ordinal);
      else {
        const at = lowerBound(held, ordinal);
        if (held[at] !== ordinal) held.splice(at, 0, ordinal);
      }
    }
    return this.postings.filedKey(term) ?? term;
  }

  remove(term: string, ordinal: number): void {
    const held = this.postings.get(term);
    if (held === undefined) return;
    if (typeof held === 'number') {
      if (held === ordinal) this.postings.set(term, []);
      return;
    }
    const at = lowerBound(held, ordinal);
    if (held[at] === ordinal) held.splice(at, 1);
  }

  /** Ordinals under exactly `term`, ascending (do not modify). */
  list(term: string): readonly number[] {
    const held = this.postings.get(term);
    if (held === undefined) return EMPTY;
    return typeof held === 'number' ? [held] : held;
  }

  /** How many rows are filed under exactly `term`. */
  count(term: string): number {
    const held = this.postings.get(term);
    if (held === undefined) return 0;
    return typeof held === 'number' ? 1 : held.length;
  }

  /** Every term, in order. */
  *terms(): IterableIterator<string> {
    this.settle();
    yield* this.sorted;
  }

  /** Positions [from, to) of the terms that start with `prefix`. */
  prefixRange(prefix: string): [number, number] {
    this.settle();
    return [this.sorted.lowerBound(prefix), this.sorted.lowerBound(`${prefix}\uffff`)];
  }

  /** Position of the first term ≥ `term`. */
  positionOf(term: string): number {
    this.settle();
    return this.sorted.lowerBound(term);
  }

  /** The terms at positions [from, to), in order. */
  range(from: number, to: number): IterableIterator<string> {
    this.settle();
    return this.sorted.range(from, to);
  }

  /** How many row entries the terms of [from, to) hold: the cost of reading that range. */
  size(from: number, to: number): number {
    let total = 0;
    for (const term of this.sorted.range(from, to)) total += this.count(term);
    return total;
  }

  /** Files the terms added since the last call into the sorted list. */
  settle(): void {
    if (this.fresh.length === 0) return;
    const fresh = this.fresh.sort();
    this.fresh = [];
    this.sorted.insert(fresh);
  }
}

const EMPTY: readonly number[] = [];
