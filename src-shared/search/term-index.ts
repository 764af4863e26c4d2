/**
 * Sorted distinct terms (tokens, identifiers), each with the ordinals of the rows filed under it.
 *
 * Invariants: every postings list is strictly ascending; `sorted` holds every term that was ever
 * added, in code-unit order, once `settle()` has run (terms emptied by removals stay: an empty
 * list costs nothing and keeps positions stable). New terms wait in `fresh` and are merged in
 * one pass before the next range query, so a page of 100 rows costs one small sort and one merge.
 */
export class TermIndex {
  private sorted: string[] = [];
  private fresh: string[] = [];
  private readonly postings = new Map<string, number[]>();

  add(term: string, ordinal: number): void {
    let list = this.postings.get(term);
    if (!list) {
      list = [];
      this.postings.set(term, list);
      this.fresh.push(term);
    }
    const last = list.length === 0 ? -1 : (list[list.length - 1] as number);
    if (ordinal > last) list.push(ordinal);
    else {
      const at = lowerBound(list, ordinal);
      if (list[at] !== ordinal) list.splice(at, 0, ordinal);
    }
  }

  remove(term: string, ordinal: number): void {
    const list = this.postings.get(term);
    if (!list) return;
    const at = lowerBound(list, ordinal);
    if (list[at] === ordinal) list.splice(at, 1);
  }

  /** Ordinals under exactly `term`, ascending (do not modify). */
  list(term: string): readonly number[] {
    return this.postings.get(term) ?? EMPTY;
  }

  /** Every term, in order. */
  *terms(): IterableIterator<string> {
    this.settle();
    yield* this.sorted;
  }

  /** Positions [from, to) of the terms that start with `prefix`. */
  prefixRange(prefix: string): [number, number] {
    this.settle();
    return [lowerBound(this.sorted, prefix), lowerBound(this.sorted, `${prefix}\uffff`)];
  }

  /** Position of the first term ≥ `term`. */
  positionOf(term: string): number {
    this.settle();
    return lowerBound(this.sorted, term);
  }

  termAt(position: number): string {
    return this.sorted[position] as string;
  }

  /** How many row entries the terms of [from, to) hold: the cost of reading that range. */
  size(from: number, to: number): number {
    let total = 0;
    for (let i = from; i < to; i += 1) total += this.list(this.sorted[i] as string).length;
    return total;
  }

  /** Merges the terms added since the last call into the sorted list. */
  settle(): void {
    if (this.fresh.length === 0) return;
    const fresh = this.fresh.sort();
    this.fresh = [];
    // Terms that all sort after the last one (a load of segments written in key order) append.
    if (this.sorted.length === 0 || (fresh[0] as string) > (this.sorted[this.sorted.length - 1] as string)) {
      for (const term of fresh) this.sorted.push(term);
      return;
    }
    const merged = new Array<string>(this.sorted.length + fresh.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < this.sorted.length && j < fresh.length) {
      const a = this.sorted[i] as string;
      const b = fresh[j] as string;
      if (a < b) {
        merged[k++] = a;
        i += 1;
      } else {
        merged[k++] = b;
        j += 1;
      }
    }
    while (i < this.sorted.length) merged[k++] = this.sorted[i++] as string;
    while (j < fresh.length) merged[k++] = fresh[j++] as string;
    this.sorted = merged;
  }
}

const EMPTY: readonly number[] = [];

/** First position whose value is ≥ `value` in an ascending array. */
export function lowerBound<T extends string | number>(list: readonly T[], value: T): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as T) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
