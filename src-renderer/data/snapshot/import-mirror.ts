import type { BridgeClient } from '../../../src-shared/ipc/client';
import { snapshotTables, type SnapshotSummary, type SnapshotTable } from '../../../src-shared/snapshot/snapshot-format';
import type { MostradorDB } from '../db';
import type { SyncStateRow } from '../mirror/rows';
import { upsertNewer } from '../mirror/upsert';
import type { SnapshotProgress } from './export-mirror';
import { SNAPSHOT_ENTITIES, SNAPSHOT_SCHEMA_VERSION, snapshotTable } from './snapshot-tables';

export interface ImportMirrorOptions {
  clave: string;
  onProgress?: (progress: SnapshotProgress) => void;
  /**
   * Called once main has opened and checked the file, before anything is written (the screen
   * holds the pulls here: a cancelled dialog or a wrong clave then stops no first sync).
   */
  beforeWrite?: () => Promise<void>;
}

export type ImportMirrorResult =
  | { status: 'cancelled' }
  | { status: 'loaded'; fileName: string; snapshot: SnapshotSummary; customers: number; products: number; rows: number };

/** The snapshot was made by a build with another database schema; nothing was written. */
export class SnapshotVersionError extends Error {
  constructor(fileVersion: number) {
    super(
      `Este archivo lo hizo otra versión de Mostrador (base de datos v${fileVersion}; esta caja usa v${SNAPSHOT_SCHEMA_VERSION}): ` +
        'actualice las dos cajas a la misma versión y exporte la base otra vez.',
    );
    this.name = 'SnapshotVersionError';
  }
}

/** Until the whole snapshot is in, the mirror has no checkpoint: an interruption leads to a full pull, never to an incremental one over missing rows. */
const notYetPulled = (entity: string): SyncStateRow => ({ entity, checkpoint: null, fullPull: null, lastSuccessAt: null, lastError: null });

/**
 * Loads a snapshot chosen and decrypted by main into this company's mirror. Nothing is written
 * before main has checked the clave and that the file is this company's (`snapshot:import-open`).
 * Then, in order: the mirror's sync states are reset (so an interrupted load ends in a full pull),
 * the snapshot tables are emptied, the rows are written chunk by chunk (each write goes through
 * the search segments middleware, as a first sync's pages do, so the search indexes follow), and
 * only once main has authenticated the final frame are the snapshot's checkpoints stored: the next
 * pull is an incremental one since them. The outbox, documents, cash and audit are never touched.
 */
export async function importMirror(db: MostradorDB, bridge: BridgeClient, options: ImportMirrorOptions): Promise<ImportMirrorResult> {
  const opened = await bridge.invoke('snapshot:import-open', { clave: options.clave });
  if (opened.status === 'cancelled') return opened;
  const { session, header } = opened;
  try {
    if (header.schemaVersion !== SNAPSHOT_SCHEMA_VERSION) throw new SnapshotVersionError(header.schemaVersion);
    await options.beforeWrite?.();
    const total = snapshotTables.reduce((sum, table) => sum + (header.counts[table] ?? 0), 0);
    const tables = snapshotTables.map((table) => snapshotTable(db, table));
    await db.transaction('rw', [db.syncState, ...tables], async () => {
      await db.syncState.bulkPut(SNAPSHOT_ENTITIES.map(notYetPulled));
      for (const table of tables) await table.clear();
    });
    const loaded: Record<SnapshotTable, number> = Object.fromEntries(snapshotTables.map((table) => [table, 0])) as Record<SnapshotTable, number>;
    let done = 0;
    options.onProgress?.({ done, total });
    for (;;) {
      const chunk = await bridge.invoke('snapshot:import-read', { session });
      if (chunk.done) break;
      const table = snapshotTable(db, chunk.table);
      // Customers and products the replay wrote during the load (a customer just created, an
      // edit) are newer than the file's: never overwritten by them.
      await db.transaction('rw', table, () =>
        chunk.table === 'customers' || chunk.table === 'products' ? upsertNewer(table as never, chunk.rows as never) : table.bulkPut(chunk.rows),
      );
      loaded[chunk.table] += chunk.rows.length;
      done += chunk.rows.length;
      options.onProgress?.({ done, total: Math.max(total, done) });
    }
    await db.transaction('rw', db.syncState, async () => {
      await db.syncState.bulkPut(header.checkpoints.filter((row) => (SNAPSHOT_ENTITIES as readonly string[]).includes(row.entity)) as unknown as SyncStateRow[]);
    });
    return { status: 'loaded', fileName: opened.fileName, snapshot: header, customers: loaded.customers, products: loaded.products, rows: done };
  } catch (error) {
    await bridge.invoke('snapshot:cancel', { session }).catch(() => undefined);
    throw error;
  }
}
