import { hashOf } from './string-keyed-map';

/**
 * The search entries of one index, one column per field, addressed by ordinal.
 *
 * A mirror of a million customers kept as one small object per row (with its id, key and token
 * array each a heap object of its own, and a Map entry from id to ordinal) cost ~460 bytes a row
 * on a 64-bit heap; here a row is a few typed-array slots and its key string
 * (docs/decisions/0024-search-index-columns.md).
 *
 * Invariants:
 * - An ordinal is `live` from its `write` until its `clear`; a cleared ordinal keeps its id (so
 *   `ordinalOf` still finds it and an upsert of the same id reuses it) and nothing else.
 * - Ids shaped like Siigo's UUIDs (lower-case hex, 8-4-4-4-12) are kept as four 32-bit words;
 *   any other id as its string. `idOf` returns the same text that was written either way.
 * - A row's tokens are word numbers in `pool`, from `tokenStart` for `tokenCount` slots. A
 *   rewrite appends a new run and leaves the old one behind: rewrites are rare (edits pulled
 *   from Siigo) and the next start loads the index packed.
 */
export class EntryColumns {
  private capacity = 0;
  private count = 0;
  private idWords = new Uint32Array(0);
  /** Ids that are not UUIDs, by ordinal. */
  private readonly otherIds = new Map<number, string>();
  private flags = new Uint8Array(0);
  private tokenStart = new Int32Array(0);
  private tokenCount = new Uint16Array(0);
  private pool = new Int32Array(1024);
  private poolLength = 0;
  readonly keys: string[] = [];
  /** Created on the first row that has a barcode (customers never do). */
  private barcodes: Array<string | null> | null = null;
  /** Created on the first row that has a payload. */
  private payloads: Array<string | null> | null = null;

  /** Ordinals handed out so far (live or not). */
  get length(): number {
    return this.count;
  }

  /** A new ordinal for `id` (`words`: its `uuidWords`), not yet live. */
  add(id: string, words: Uint32Array | null): number {
    const ordinal = this.count;
    if (ordinal === this.capacity) this.grow();
    this.count += 1;
    if (words) this.idWords.set(words, ordinal * 4);
    else this.otherIds.set(ordinal, id);
    this.keys.push('');
    this.barcodes?.push(null);
    this.payloads?.push(null);
    return ordinal;
  }

  write(ordinal: number, entry: { key: string; barcode: string | null; active: boolean; payload: string | null }, words: readonly number[]): void {
    this.keys[ordinal] = entry.key;
    if (entry.barcode !== null || this.barcodes) (this.barcodes ??= new Array<string | null>(this.count).fill(null))[ordinal] = entry.barcode;
    if (entry.payload !== null || this.payloads) (this.payloads ??= new Array<string | null>(this.count).fill(null))[ordinal] = entry.payload;
    this.flags[ordinal] = LIVE | (entry.active ? ACTIVE : 0);
    while (this.poolLength + words.length > this.pool.length) this.pool = resized(this.pool, this.pool.length * 2);
    this.tokenStart[ordinal] = this.poolLength;
    this.tokenCount[ordinal] = words.length;
    this.pool.set(words, this.poolLength);
    this.poolLength += words.length;
  }

  clear(ordinal: number): void {
    this.flags[ordinal] = 0;
    this.keys[ordinal] = '';
    if (this.barcodes) this.barcodes[ordinal] = null;
    if (this.payloads) this.payloads[ordinal] = null;
    this.tokenCount[ordinal] = 0;
  }

  live(ordinal: number): boolean {
    return ((this.flags[ordinal] as number) & LIVE) !== 0;
  }

  active(ordinal: number): boolean {
    return ((this.flags[ordinal] as number) & ACTIVE) !== 0;
  }

  key(ordinal: number): string {
    return this.keys[ordinal] as string;
  }

  barcode(ordinal: number): string | null {
    return this.barcodes?.[ordinal] ?? null;
  }

  payload(ordinal: number): string | null {
    return this.payloads?.[ordinal] ?? null;
  }

  /** How many tokens the row has; `token(ordinal, i)` is the i-th word number. */
  tokens(ordinal: number): number {
    return this.tokenCount[ordinal] as number;
  }

  token(ordinal: number, i: number): number {
    return this.pool[(this.tokenStart[ordinal] as number) + i] as number;
  }

  idOf(ordinal: number): string {
    const other = this.otherIds.get(ordinal);
    if (other !== undefined) return other;
    return uuidText(this.idWords, ordinal * 4);
  }

  /** Whether the ordinal was added for `id` (UUID words checked without building a string). */
  hasId(ordinal: number, id: string, words: Uint32Array | null): boolean {
    if (!words) return this.otherIds.get(ordinal) === id;
    if (this.otherIds.has(ordinal)) return false;
    const at = ordinal * 4;
    return this.idWords[at] === words[0] && this.idWords[at + 1] === words[1] && this.idWords[at + 2] === words[2] && this.idWords[at + 3] === words[3];
  }

  private grow(): void {
    const capacity = Math.max(1024, this.capacity * 2);
    this.idWords = resized(this.idWords, capacity * 4);
    this.flags = resized(this.flags, capacity);
    this.tokenStart = resized(this.tokenStart, capacity);
    this.tokenCount = resized(this.tokenCount, capacity);
    this.capacity = capacity;
  }
}

const LIVE = 1;
const ACTIVE = 2;

function resized<T extends Uint32Array | Uint8Array | Int32Array | Uint16Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array);
  return bigger;
}

/** Hex digit values by char code (-1: not a lower-case hex digit). */
const HEX = new Int8Array(128).fill(-1);
for (let c = 0; c < 16; c += 1) HEX['0123456789abcdef'.charCodeAt(c)] = c;
const DASH = 45;

/** The id's four 32-bit words when it is a lower-case UUID (8-4-4-4-12), else null. */
export function uuidWords(id: string): Uint32Array | null {
  if (id.length !== 36) return null;
  const words = new Uint32Array(4);
  let word = 0;
  let digits = 0;
  for (let i = 0; i < 36; i += 1) {
    const code = id.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (code !== DASH) return null;
      continue;
    }
    const value = code < 128 ? (HEX[code] as number) : -1;
    if (value < 0) return null;
    word = (word << 4) | value;
    digits += 1;
    if (digits % 8 === 0) {
      words[digits / 8 - 1] = word >>> 0;
      word = 0;
    }
  }
  return words;
}

function uuidText(words: Uint32Array, at: number): string {
  const hex = [0, 1, 2, 3].map((i) => (words[at + i] as number).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A hash of the id that `uuidWords` or the text give alike for the same id. */
export function idHash(id: string, words: Uint32Array | null): number {
  if (!words) return hashOf(id);
  let hash = 0x811c9dc5;
  for (let i = 0; i < 4; i += 1) {
    hash ^= words[i] as number;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 2;
}
