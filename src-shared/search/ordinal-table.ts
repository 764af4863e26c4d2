import type { EntryColumns } from './entry-columns';

/**
 * Id → ordinal, as an open-addressing hash table of ordinals in one Int32Array: the ids
 * themselves stay in the columns (packed), so the table costs a few bytes per row where a Map
 * cost a Map entry and a string (see EntryColumns). Each ordinal's hash is kept, so growing
 * never rebuilds an id and most probes end without comparing one.
 *
 * Invariant: the table is never more than half full, so every probe sequence ends at an empty
 * slot; slots hold ordinal + 1 (0 is empty); ordinals are never removed.
 */
export class OrdinalTable {
  private slots = new Int32Array(2048);
  private hashes = new Int32Array(1024);
  private filled = 0;

  constructor(private readonly columns: EntryColumns) {}

  /** `words` and `hash`: the id's `uuidWords` and `idHash`. */
  get(id: string, words: Uint32Array | null, hash: number): number | undefined {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot] as number;
      if (held === 0) return undefined;
      if (this.hashes[held - 1] === hash && this.columns.hasId(held - 1, id, words)) return held - 1;
    }
  }

  /** Files a new ordinal under its id's hash (the id must not be filed yet). */
  set(ordinal: number, hash: number): void {
    if ((this.filled + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    if (ordinal >= this.hashes.length) {
      const hashes = new Int32Array(Math.max(ordinal + 1, this.hashes.length * 2));
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[ordinal] = hash;
    this.place(hash, ordinal);
    this.filled += 1;
  }

  private place(hash: number, ordinal: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = ordinal + 1;
  }

  private rehash(size: number): void {
    const old = this.slots;
    this.slots = new Int32Array(size);
    for (const held of old) if (held !== 0) this.place(this.hashes[held - 1] as number, held - 1);
  }
}
