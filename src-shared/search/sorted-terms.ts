/**
 * Distinct strings in code-unit order, addressable by position, kept in blocks so that filing a
 * few new terms costs a block's worth of work, not the whole list's: during a first import the
 * cashier's every search files the terms of the rows written since the last one, and merging
 * into one flat array of all identifiers cost every search (docs/decisions/0002-in-memory-search-indexes.md).
 *
 * Invariants: every block is non-empty and ascending, every term of a block sorts before every
 * term of the next, and `starts[b]` is the number of terms in the blocks before `b`.
 */
export class SortedTerms {
  private blocks: string[][] = [];
  private starts: number[] = [];
  private count = 0;

  get length(): number {
    return this.count;
  }

  /** Files `terms` (ascending, none of them present yet). */
  insert(terms: readonly string[]): void {
    if (terms.length === 0) return;
    for (const term of terms) {
      const lastBlock = this.blocks[this.blocks.length - 1];
      // A load in key order appends: fill the last block, then start another.
      if (!lastBlock || term > (lastBlock[lastBlock.length - 1] as string)) {
        if (!lastBlock || lastBlock.length >= BLOCK) this.blocks.push([term]);
        else lastBlock.push(term);
        continue;
      }
      const b = this.blockFor(term);
      const block = this.blocks[b] as string[];
      block.splice(lowerBound(block, term), 0, term);
      if (block.length >= 2 * BLOCK) this.blocks.splice(b, 1, block.slice(0, BLOCK), block.slice(BLOCK));
    }
    this.count += terms.length;
    this.starts = new Array<number>(this.blocks.length);
    let before = 0;
    for (let b = 0; b < this.blocks.length; b += 1) {
      this.starts[b] = before;
      before += (this.blocks[b] as string[]).length;
    }
  }

  /** The terms at positions [from, to), in order, read block by block. */
  *range(from: number, to: number): IterableIterator<string> {
    const end = Math.min(to, this.count);
    if (from >= end) return;
    let b = this.blockAt(from);
    let i = from - (this.starts[b] as number);
    for (let position = from; position < end; position += 1) {
      const block = this.blocks[b] as string[];
      yield block[i] as string;
      i += 1;
      if (i === block.length) {
        b += 1;
        i = 0;
      }
    }
  }

  /** Position of the first term ≥ `value` (length when there is none). */
  lowerBound(value: string): number {
    const b = this.blockFor(value);
    const block = this.blocks[b];
    if (!block || (block[block.length - 1] as string) < value) return this.count;
    return (this.starts[b] as number) + lowerBound(block, value);
  }

  *[Symbol.iterator](): IterableIterator<string> {
    for (const block of this.blocks) yield* block;
  }

  /** The block holding `position`. */
  private blockAt(position: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((this.starts[mid] as number) <= position) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The first block whose last term is ≥ `value`, else the last block. */
  private blockFor(value: string): number {
    let lo = 0;
    let hi = Math.max(0, this.blocks.length - 1);
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const block = this.blocks[mid] as string[];
      if ((block[block.length - 1] as string) < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Terms per block: a split leaves two of this size, appends fill blocks to it. */
const BLOCK = 512;

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
