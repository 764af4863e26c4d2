import type { MostradorDB } from '../../data/db';
import type { SyncStateRow } from '../../data/mirror/rows';
import type { MirrorEntity } from './pull-events';

export function emptySyncState(entity: MirrorEntity): SyncStateRow {
  return { entity, checkpoint: null, fullPull: null, lastSuccessAt: null, lastError: null };
}

export async function readSyncState(db: MostradorDB, entity: MirrorEntity): Promise<SyncStateRow> {
  return (await db.syncState.get(entity)) ?? emptySyncState(entity);
}

/** Records a failure for the status bar; the checkpoint and any saved page stay as they were. */
export async function recordPullError(db: MostradorDB, entity: MirrorEntity, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  try {
    await db.transaction('rw', db.syncState, async () => {
      const state = await readSyncState(db, entity);
      await db.syncState.put({ ...state, lastError: message });
    });
  } catch {
    // The database itself failing (closed on reload): nothing more to record.
  }
}

/** Every mirrored entity's state, for "Última sincronización" and progress after a restart. */
export async function mirrorSyncStates(db: MostradorDB): Promise<SyncStateRow[]> {
  const entities: MirrorEntity[] = ['catalogs', 'customers', 'products'];
  return Promise.all(entities.map((e) => readSyncState(db, e)));
}
