import type Dexie from 'dexie';
import { decodeSegment, encodeSegment, TextIndex, type SegmentLine } from '../../../src-shared/search';
import { SEGMENTS_STORE, type SearchedTable, type SearchSegmentRow } from './search-entries';

/**
 * The in-memory search indexes of one database, rebuilt from the stored segments.
 *
 * Invariants:
 * - The segments of a table, applied in `seq` order, give exactly its rows' search entries:
 *   every write to the table adds its segment in the same transaction (see the middleware).
 * - A loaded index has applied every segment up to `appliedSeq` and no other; a segment
 *   committed while the index loads is applied after the load, in order, unless the load
 *   already read it.
 * - Compaction replaces a table's segments by the index's own content only when the index has
 *   applied every stored segment, checked and serialized inside the compaction transaction.
 */

/** Time slice of the load between yields, so that loading never blocks the window for long. */
const LOAD_SLICE_MS = 8;
/** More segments than this at load time are compacted afterwards. */
const COMPACT_ABOVE = 48;
/** Entries per compacted segment. */
const COMPACTED_LINES = 10_000;

interface Loaded {
  index: TextIndex;
  appliedSeq: number;
}

interface TableState {
  ready: Promise<Loaded>;
  loaded: Loaded | null;
  /** Segments committed while the load runs. */
  waiting: Array<{ seq: number; lines: SegmentLine[] }>;
}

const yieldToWindow = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function apply(index: TextIndex, line: SegmentLine): void {
  if ('deleted' in line) index.remove(line.id);
  else index.upsert(line);
}

export class MirrorSearch {
  private readonly tables = new Map<SearchedTable, TableState>();

  constructor(private readonly db: Dexie) {}

  /** The table's index, loading it on first use. */
  index(table: SearchedTable): Promise<TextIndex> {
    return this.state(table).ready.then((loaded) => loaded.index);
  }

  /** Called once a transaction that added segment `seq` has committed. */
  committed(table: SearchedTable, seq: number, lines: SegmentLine[]): void {
    const state = this.tables.get(table);
    if (!state) return; // not loaded yet: the load will read the segment
    if (!state.loaded) {
      state.waiting.push({ seq, lines });
      return;
    }
    if (seq <= state.loaded.appliedSeq) return;
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
      const fresh: TableState = { ready: Promise.resolve(null as never), loaded: null, waiting: [] };
      fresh.ready = this.load(table, fresh);
      // A failed load is retried on the next search instead of failing every search after it.
      fresh.ready.catch(() => this.tables.get(table) === fresh && this.tables.delete(table));
      this.tables.set(table, fresh);
      state = fresh;
    }
    return state;
  }

  private async load(table: SearchedTable, state: TableState): Promise<Loaded> {
    const segments = await this.db.table<SearchSegmentRow, number>(SEGMENTS_STORE).where('table').equals(table).toArray();
    const index = new TextIndex();
    let appliedSeq = 0;
    let sliceStart = performance.now();
    for (const segment of segments) {
      decodeSegment(segment.data, (line) => apply(index, line));
      appliedSeq = Math.max(appliedSeq, segment.seq ?? 0);
      if (performance.now() - sliceStart > LOAD_SLICE_MS) {
        await yieldToWindow();
        sliceStart = performance.now();
      }
    }
    const loaded: Loaded = { index, appliedSeq };
    for (const segment of state.waiting.sort((a, b) => a.seq - b.seq)) {
      if (segment.seq <= loaded.appliedSeq) continue;
      for (const line of segment.lines) apply(index, line);
      loaded.appliedSeq = segment.seq;
    }
    state.waiting = [];
    state.loaded = loaded;
    if (segments.length > COMPACT_ABOVE) void this.compact(table, loaded).catch(() => undefined);
    return loaded;
  }

  /** Rewrites the table's many small segments as a few large ones (see the invariants). */
  private async compact(table: SearchedTable, loaded: Loaded): Promise<void> {
    const store = this.db.table<SearchSegmentRow, number>(SEGMENTS_STORE);
    const written = await this.db.transaction('rw', store, async (): Promise<number[]> => {
      const seqs = await store.where('table').equals(table).primaryKeys();
      if (seqs.length === 0 || Math.max(...seqs) !== loaded.appliedSeq) return [];
      const batches: SearchSegmentRow[] = [];
      let lines: SegmentLine[] = [];
      for (const entry of loaded.index.all()) {
        lines.push(entry);
        if (lines.length === COMPACTED_LINES) {
          batches.push({ table, data: encodeSegment(lines), lines: lines.length });
          lines = [];
        }
      }
      if (lines.length > 0) batches.push({ table, data: encodeSegment(lines), lines: lines.length });
      await store.bulkDelete(seqs);
      return store.bulkAdd(batches, { allKeys: true });
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
