import type { Table } from 'dexie';
import type { SnapshotTable } from '../../../src-shared/snapshot/snapshot-format';
import type { MostradorDB } from '../db';
import { schemaVersions } from '../schema-versions';

/** The sync states a snapshot carries: the mirror's own, none of the documents' or cash's. */
export const SNAPSHOT_ENTITIES = ['catalogs', 'customers', 'products'] as const;

/** The database schema this build writes: a snapshot loads only into the same one. */
export const SNAPSHOT_SCHEMA_VERSION = Math.max(...schemaVersions.map((version) => version.version));

/** A snapshot table of `db`, typed loosely: the rows are this build's own row shapes, copied as they are. */
export function snapshotTable(db: MostradorDB, table: SnapshotTable): Table<Record<string, unknown>, string | number> {
  return db.table(table);
}

/** Why this counter cannot export yet, in Spanish, or null. */
export function notReadyToExport(states: ReadonlyArray<{ entity: string; checkpoint: string | null; fullPull: unknown }>): string | null {
  for (const entity of ['customers', 'products']) {
    const state = states.find((row) => row.entity === entity);
    if (!state || state.checkpoint === null || state.fullPull !== null) {
      return 'Esta caja todavía no terminó de traer los clientes y productos de Siigo: espere a que termine la primera sincronización y exporte después.';
    }
  }
  return null;
}
