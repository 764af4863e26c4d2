import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { encodeSegment, type SegmentLine } from '../../../src-shared/search';
import { isSearchedTable, searchEntryOf, SEGMENTS_STORE, type SearchedTable, type SearchSegmentRow } from './search-entries';

/**
 * Where a committed segment goes: the window's loaded indexes (MirrorSearch), or, in the worker
 * that runs a first sync, a message to them. `reset` drops the indexes (they reload
 * from the stored segments) when a commit cannot be followed.
 */
export interface SegmentSink {
  committed(table: SearchedTable, seq: number, lines: SegmentLine[]): void;
  reset(): void;
}

/**
 * Keeps the search segments in step with the searched tables, whoever writes them: every
 * read-write transaction that includes customers or products also includes the segments store,
 * and every put, add or delete on those tables adds, in the same transaction, a segment with the
 * new entries (or the deleted ids). Once the transaction commits the segment goes to `sink`
 * (the loaded index applies it). A write that aborts leaves neither rows nor segment behind.
 */
export function searchSegmentsMiddleware(sink: () => SegmentSink): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'searchSegments',
    create(down: DBCore): Partial<DBCore> {
      if (!down.schema.tables.some((t) => t.name === SEGMENTS_STORE)) return {};
      return {
        transaction(stores, mode, options) {
          const writesSearched = mode === 'readwrite' && stores.some(isSearchedTable);
          const widened = writesSearched && !stores.includes(SEGMENTS_STORE);
          const trans = down.transaction(widened ? [...stores, SEGMENTS_STORE] : stores, mode, options);
          if (writesSearched) listenForCommit(trans);
          return trans;
        },
        table(name: string): DBCoreTable {
          const table = down.table(name);
          if (!isSearchedTable(name)) return table;
          const segments = down.table(SEGMENTS_STORE);
          return { ...table, mutate: (req) => mutateWithSegment(name, table, segments, req, sink) };
        },
      };
    },
  };
}

async function mutateWithSegment(
  name: SearchedTable,
  table: DBCoreTable,
  segments: DBCoreTable,
  req: DBCoreMutateRequest,
  sink: () => SegmentSink,
): Promise<DBCoreMutateResponse> {
  // A range delete names no keys: find them before they are gone.
  const rangeKeys =
    req.type === 'deleteRange'
      ? (await table.query({ trans: req.trans, values: false, query: { index: table.schema.primaryKey, range: req.range } })).result
      : [];
  const response = await table.mutate(req);
  const lines = await changedLines(name, table, req, response, rangeKeys);
  if (lines.length === 0) return response;
  const segment: SearchSegmentRow = { table: name, data: encodeSegment(lines), lines: lines.length };
  const added = await segments.mutate({ type: 'add', trans: req.trans, values: [segment] });
  const seq = Number(added.lastResult);
  afterCommit(req.trans, () => sink().committed(name, seq, lines), () => sink().reset());
  return response;
}

async function changedLines(
  name: SearchedTable,
  table: DBCoreTable,
  req: DBCoreMutateRequest,
  response: DBCoreMutateResponse,
  rangeKeys: unknown[],
): Promise<SegmentLine[]> {
  const succeeded = (i: number) => !(i in response.failures);
  if (req.type === 'deleteRange') return rangeKeys.map((id) => ({ id: String(id), deleted: true }));
  if (req.type === 'delete') return req.keys.filter((_, i) => succeeded(i)).map((id) => ({ id: String(id), deleted: true }));
  if (req.values.length > 0) return req.values.filter((_, i) => succeeded(i)).map((row) => searchEntryOf(name, row));
  // A put by change specs (bulkUpdate) carries keys, not rows: read what it wrote.
  const keys = req.type === 'put' ? (req.updates?.keys ?? []) : [];
  if (keys.length === 0) return [];
  const rows = await table.getMany({ trans: req.trans, keys });
  return rows.map((row, i) => (row ? searchEntryOf(name, row) : { id: String(keys[i]), deleted: true }));
}

/** What runs once each tracked transaction has committed, in the order it was asked for. */
const onCommit = new WeakMap<DBCoreTransaction, Array<() => void>>();

/**
 * The IndexedDB transaction under Dexie's DBCore one fires `complete` once committed. Its
 * listener is added here, as the transaction is created and before Dexie sets its own
 * `oncomplete`: listeners run in the order they were added, with the page's promise callbacks
 * run between them, so a listener added later (at the first write) would apply the segment only
 * after the code awaiting the write had gone on and could look the new row up in a stale index.
 */
function listenForCommit(trans: DBCoreTransaction): void {
  const target = trans as unknown as Partial<EventTarget>;
  if (typeof target.addEventListener !== 'function') return;
  const callbacks: Array<() => void> = [];
  onCommit.set(trans, callbacks);
  target.addEventListener('complete', () => callbacks.forEach((run) => run()), { once: true });
}

/** Runs `run` once `trans` has committed. Without a listener (never seen) the indexes are dropped and reloaded from the segments on the next search. */
function afterCommit(trans: DBCoreTransaction, run: () => void, otherwise: () => void): void {
  const callbacks = onCommit.get(trans);
  if (callbacks) callbacks.push(run);
  else otherwise();
}
