import type { BridgeClient } from '../../../src-shared/ipc/client';
import { SNAPSHOT_ROWS_PER_CHUNK, snapshotTables, type SnapshotTable } from '../../../src-shared/snapshot/snapshot-format';
import type { MostradorDB } from '../db';
import { notReadyToExport, SNAPSHOT_ENTITIES, SNAPSHOT_SCHEMA_VERSION, snapshotTable } from './snapshot-tables';

/** About 2 MB of JSON per message: a quarter of the browser preview's bridge limit (8 MiB). */
const TARGET_CHUNK_CHARS = 2 * 1024 * 1024;

export interface SnapshotProgress {
  done: number;
  total: number;
}

export interface ExportMirrorOptions {
  clave: string;
  /** The clave typed again; main refuses the export when they differ. */
  confirm: string;
  onProgress?: (progress: SnapshotProgress) => void;
}

export type ExportMirrorResult = { status: 'cancelled' } | { status: 'saved'; fileName: string; path: string; bytes: number; rows: number };

/** A readiness problem found before anything was asked of main. */
export class SnapshotNotReadyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotNotReadyError';
  }
}

/**
 * Writes this counter's mirror (customers, products, catalogs) and its sync checkpoints to a
 * snapshot file main encrypts with `clave`. The checkpoints are read before any row: a row that
 * changes while the export reads is then either in the file or after the checkpoint, so the
 * importing counter's next incremental pull brings it. Documents, the outbox, cash and audit stay
 * here: they are this PC's. Rows are read by key in chunks and sent as they are read.
 */
export async function exportMirror(db: MostradorDB, bridge: BridgeClient, options: ExportMirrorOptions): Promise<ExportMirrorResult> {
  const { states, counts } = await db.transaction('r', [db.syncState, ...snapshotTables.map((table) => snapshotTable(db, table))], async () => {
    const rows = (await db.syncState.bulkGet([...SNAPSHOT_ENTITIES])).filter((row) => row !== undefined);
    const sizes = await Promise.all(snapshotTables.map(async (table) => [table, await snapshotTable(db, table).count()] as const));
    return { states: rows, counts: Object.fromEntries(sizes) as Record<SnapshotTable, number> };
  });
  const problem = notReadyToExport(states);
  if (problem) throw new SnapshotNotReadyError(problem);
  const checkpoints = states.map((state) => ({ ...state, lastError: null }));

  const opened = await bridge.invoke('snapshot:export-open', {
    clave: options.clave,
    confirm: options.confirm,
    content: { schemaVersion: SNAPSHOT_SCHEMA_VERSION, counts, checkpoints },
  });
  if (opened.status === 'cancelled') return opened;
  const { session } = opened;
  const total = snapshotTables.reduce((sum, table) => sum + counts[table], 0);
  let done = 0;
  options.onProgress?.({ done, total });
  try {
    for (const table of snapshotTables) {
      const store = snapshotTable(db, table);
      let after: string | number | null = null;
      let limit = SNAPSHOT_ROWS_PER_CHUNK;
      let measured = false;
      for (;;) {
        const range = after === null ? store.orderBy(':id') : store.where(':id').above(after);
        let rows = await range.limit(limit).toArray();
        if (rows.length === 0) break;
        if (!measured) {
          // Large rows (long addresses, many contacts) make fewer per message: the first chunk of
          // each table sets the size for the rest, well under any transport's message limit.
          measured = true;
          const size = JSON.stringify(rows).length;
          limit = Math.max(1, Math.min(SNAPSHOT_ROWS_PER_CHUNK, Math.floor((rows.length * TARGET_CHUNK_CHARS) / Math.max(1, size))));
          if (rows.length > limit) rows = rows.slice(0, limit);
        }
        await bridge.invoke('snapshot:export-write', { session, table, rows });
        // Every snapshot table is keyed by `id`.
        after = rows[rows.length - 1]!['id'] as string | number;
        done += rows.length;
        options.onProgress?.({ done, total: Math.max(total, done) });
        if (rows.length < limit) break;
      }
    }
    const saved = await bridge.invoke('snapshot:export-close', { session });
    return { status: 'saved', fileName: opened.fileName, path: saved.path, bytes: saved.bytes, rows: done };
  } catch (error) {
    await bridge.invoke('snapshot:cancel', { session }).catch(() => undefined);
    throw error;
  }
}
