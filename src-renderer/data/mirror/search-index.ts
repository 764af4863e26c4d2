import type Dexie from 'dexie';
import { decodeLine, encodeSegment, segmentLines, TextIndex, type SegmentLine } from '../../../src-shared/search';
import { SEGMENT_LINES, SEGMENTS_STORE, type SearchedTable, type SearchSegmentRow } from './search-entries';
import { sleep } from '../../sleep';

/**
 * The in-memory search indexes of one database, rebuilt from the stored segments.
 *
 * Invariants:
 * - The segments of a table, applied in `seq` order, give exactly its rows' search entries:
 *   every write to the table adds its segment in the same transaction (see the middleware).
 * - A loaded index has applied every segment up to `appliedSeq` and no other; a segment
 *   committed while the index loads is applied after the load, in order, unless the load
 *   already read it.
 * - Commits reported out of order (the first-sync worker's arrive by message, possibly after a
 *   later commit of the window's own) are never applied out of order: the table's index is
 *   dropped and the next search reloads it from the segments.
 * - Compaction replaces a table's segments by the index's own content only when the index has
 *   applied every stored segment, checked and serialized inside the compaction transaction.
 */

/**
 * Time slice of the load between yields, so that loading never blocks the window for long; a
 * pending keystroke (a scan arriving) also ends a slice, checked every `LINES_PER_CHECK` lines.
 */
const LOAD_SLICE_MS = 6;
const LINES_PER_CHECK = 100;
/**
 * A load nobody waits for yet (the warm-up at start) rests until the keyboard has been quiet
 * this long: a scanner's burst and the line it adds get the window to themselves (slices run
 * between its keys slowed the scan measurably: docs/decisions/0012-search-index-warm-up-and-cold-start.md).
 */
const TYPING_QUIET_MS = 250;
/** Segments beyond a compacted layout's count that a load tolerates before compacting. */
const COMPACT_SLACK = 32;
/**
 * Compaction is housekeeping (one large write, once after a first sync): it waits until the
 * keyboard has been quiet this long, so it does not share two cores with a run of scans.
 */
const COMPACT_AFTER_QUIET_MS = 2_000;

interface Loaded {
  index: TextIndex;
  appliedSeq: number;
  /** The segments the load read: their commits may still be reported afterwards. */
  readByLoad: ReadonlySet<number>;
}

interface TableState {
  ready: Promise<Loaded>;
  loaded: Loaded | null;
  /** A search waits for this index: its load no longer rests while keys arrive. */
  wanted: boolean;
  /** Ends a rest of the load at once (a search started waiting). */
  wake: (() => void) | null;
  /** Segments committed while the load runs. */
  waiting: Array<{ seq: number; lines: SegmentLine[] }>;
}

const yieldToWindow = () => sleep(0);

/** Chromium tells whether input waits (navigator.scheduling); elsewhere only time ends a slice. */
const inputPending = (): boolean =>
  (globalThis.navigator as { scheduling?: { isInputPending?: () => boolean } } | undefined)?.scheduling?.isInputPending?.() === true;

function apply(index: TextIndex, line: SegmentLine): void {
  if ('deleted' in line) index.remove(line.id);
  else index.upsert(line);
}

export class MirrorSearch {
  private readonly tables = new Map<SearchedTable, TableState>();
  private lastQueryAt = Number.NEGATIVE_INFINITY;
  private lastKeyAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly db: Dexie) {}

  /** A search is being answered (writers may then keep their transactions short). */
  noteQuery(): void {
    this.lastQueryAt = performance.now();
  }

  /** Was anything searched in the last `ms` milliseconds? */
  queriedWithin(ms: number): boolean {
    return this.sinceLastQuery() < ms;
  }

  /** Milliseconds since the last search (Infinity before the first). */
  sinceLastQuery(): number {
    return performance.now() - this.lastQueryAt;
  }

  /** A key was pressed in the window (see `TYPING_QUIET_MS`). */
  noteKey(): void {
    this.lastKeyAt = performance.now();
  }

  /** The table's index, loading it on first use. */
  index(table: SearchedTable): Promise<TextIndex> {
    const state = this.state(table);
    state.wanted = true;
    state.wake?.();
    return state.ready.then((loaded) => loaded.index);
  }

  /** The table's index if it is loaded now, else null (never starts a load). */
  loadedIndex(table: SearchedTable): TextIndex | null {
    return this.tables.get(table)?.loaded?.index ?? null;
  }

  /** Loads the table's index ahead of the first search, resting while the cashier types. */
  preload(table: SearchedTable): Promise<void> {
    return this.state(table).ready.then(() => undefined);
  }

  /** Called once a transaction that added segment `seq` has committed. */
  committed(table: SearchedTable, seq: number, lines: SegmentLine[]): void {
    const state = this.tables.get(table);
    if (!state) return; // not loaded yet: the load will read the segment
    if (!state.loaded) {
      state.waiting.push({ seq, lines });
      return;
    }
    if (seq <= state.loaded.appliedSeq) {
      // Reported after a later commit was applied: its order is lost, so reload from the segments.
      if (!state.loaded.readByLoad.has(seq)) this.tables.delete(table);
      return;
    }
    for (const line of lines) apply(state.loaded.index, line);
    state.loaded.appliedSeq = seq;
  }

  /** Forgets the indexes (the database was deleted or closed). */
  reset(): void {
    this.tables.clear();
  }

  private state(table: SearchedTable): TableState {
    let state = this.tables.get(table);
    if (!state) {
      const fresh: TableState = { ready: Promise.resolve(null as never), loaded: null, waiting: [], wanted: false, wake: null };
      fresh.ready = this.load(table, fresh);
      // A failed load is retried on the next search instead of failing every search after it.
      fresh.ready.catch(() => this.tables.get(table) === fresh && this.tables.delete(table));
      this.tables.set(table, fresh);
      state = fresh;
    }
    return state;
  }

  private async load(table: SearchedTable, state: TableState): Promise<Loaded> {
    const store = this.db.table<SearchSegmentRow, number>(SEGMENTS_STORE);
    // One segment per read: a single read of them all would deserialize megabytes in one task.
    const seqs = await store.where('table').equals(table).primaryKeys();
    const index = new TextIndex();
    let appliedSeq = 0;
    let sliceStart = performance.now();
    let unsettled = 0;
    for (const seq of seqs) {
      const segment = await store.get(seq);
      // Compacted away by another window meanwhile: this load fails and the next search reloads.
      if (!segment) throw new Error('search segments changed while loading');
      const lines = segmentLines(segment.data);
      for (let i = 0; i < lines.length; i += 1) {
        apply(index, decodeLine(lines[i] as string));
        if (i % LINES_PER_CHECK === 0 && (performance.now() - sliceStart > LOAD_SLICE_MS || inputPending() || this.resting(state))) {
          await yieldToWindow();
          while (this.resting(state)) await this.rest(state);
          sliceStart = performance.now();
        }
      }
      unsettled += lines.length;
      if (unsettled >= SEGMENT_LINES) {
        index.settle();
        unsettled = 0;
      }
      appliedSeq = seq; // primary keys come ascending
    }
    const loaded: Loaded = { index, appliedSeq, readByLoad: new Set(seqs) };
    for (const segment of state.waiting.sort((a, b) => a.seq - b.seq)) {
      if (segment.seq <= loaded.appliedSeq) continue;
      for (const line of segment.lines) apply(index, line);
      loaded.appliedSeq = segment.seq;
    }
    state.waiting = [];
    state.loaded = loaded;
    if (seqs.length > Math.ceil(index.size / SEGMENT_LINES) + COMPACT_SLACK) void this.compact(table, loaded).catch(() => undefined);
    return loaded;
  }

  /** Milliseconds until the keyboard will have been quiet for `ms` (none left: zero or less). */
  private untilKeysQuiet(ms: number): number {
    return this.lastKeyAt + ms - performance.now();
  }

  private resting(state: TableState): boolean {
    return !state.wanted && this.untilKeysQuiet(TYPING_QUIET_MS) > 0;
  }

  /** Until the keyboard has been quiet for `TYPING_QUIET_MS`, or a search wants the index. */
  private rest(state: TableState): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, this.untilKeysQuiet(TYPING_QUIET_MS));
      function done() {
        clearTimeout(timer);
        state.wake = null;
        resolve();
      }
      state.wake = done;
    });
  }

  /**
   * Rewrites the table's many small segments as a few large ones (see the invariants). The
   * transaction keeps every other segment write out until it ends, so the index cannot change
   * while its entries are written out a segment at a time.
   */
  private async compact(table: SearchedTable, loaded: Loaded): Promise<void> {
    while (this.untilKeysQuiet(COMPACT_AFTER_QUIET_MS) > 0) await sleep(this.untilKeysQuiet(COMPACT_AFTER_QUIET_MS));
    const store = this.db.table<SearchSegmentRow, number>(SEGMENTS_STORE);
    const written = await this.db.transaction('rw', store, async (): Promise<number[]> => {
      const seqs = await store.where('table').equals(table).primaryKeys();
      if (seqs.length === 0 || Math.max(...seqs) !== loaded.appliedSeq) return [];
      await store.bulkDelete(seqs);
      const added: number[] = [];
      let lines: SegmentLine[] = [];
      const flush = async () => {
        added.push(await store.add({ table, data: encodeSegment(lines), lines: lines.length }));
        lines = [];
      };
      for (const entry of loaded.index.all()) {
        lines.push(entry);
        if (lines.length === SEGMENT_LINES) await flush();
      }
      if (lines.length > 0) await flush();
      return added;
    });
    // Only once committed: an aborted transaction may hand the same keys out again.
    loaded.appliedSeq = Math.max(loaded.appliedSeq, ...written);
  }
}

const registry = new WeakMap<Dexie, MirrorSearch>();

/** The search indexes of `db` (one set per database object). */
export function mirrorSearch(db: Dexie): MirrorSearch {
  let search = registry.get(db);
  if (!search) {
    search = new MirrorSearch(db);
    registry.set(db, search);
  }
  return search;
}
