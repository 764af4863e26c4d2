import { z } from 'zod';
import { colombiaToday } from '../validation/dates';

/**
 * A mirror snapshot (`.mostrador-base`): one counter's copy of its company's Siigo data (customers,
 * products, catalogs and the sync checkpoints) that seeds another counter of the same company
 * without downloading it again from Siigo. What both sides agree on lives here; the encryption is
 * main's (`src-main/snapshot/`), the reading and writing of the mirror the window's
 * (`src-renderer/data/snapshot/`). See docs/decisions/0023-seeding-a-counter-from-a-snapshot.md.
 */

/**
 * The mirror tables a snapshot carries, in the order they are written and loaded: the small
 * catalogs first, so a counter loading a million customers is without document types (which
 * the outbox and the sale screens read) for a moment, not for the whole load.
 */
export const snapshotTables = [
  'documentTypes',
  'paymentTypes',
  'taxes',
  'users',
  'warehouses',
  'priceLists',
  'costCenters',
  'customers',
  'products',
] as const;
export type SnapshotTable = (typeof snapshotTables)[number];

/** Rows per bridge message and per encrypted frame: no single IPC message is large. */
export const SNAPSHOT_ROWS_PER_CHUNK = 2000;
/** The shortest clave accepted for a new snapshot. */
export const SNAPSHOT_CLAVE_MIN_LENGTH = 8;
/** Bounds what the bridge carries for a clave (it is never stored or sent back). */
export const SNAPSHOT_CLAVE_MAX_LENGTH = 1024;
export const SNAPSHOT_EXTENSION = '.mostrador-base';

const rowSchema = z.record(z.string(), z.unknown());
export const snapshotRowsSchema = z.array(rowSchema).max(SNAPSHOT_ROWS_PER_CHUNK);

/** A sync checkpoint as the window keeps it (`SyncStateRow`); only `entity` is checked here. */
export const snapshotCheckpointSchema = z.looseObject({ entity: z.string().min(1), checkpoint: z.string().nullable() });

/** What the window gives main for the encrypted header: the rest (company, date) is main's. */
export const snapshotContentSchema = z.strictObject({
  /** The window's database schema version: rows are loaded only into the same version. */
  schemaVersion: z.number().int().positive(),
  counts: z.partialRecord(z.enum(snapshotTables), z.number().int().min(0)),
  /** The sync state rows read before any row: the next pull asks Siigo for what changed since. */
  checkpoints: z.array(snapshotCheckpointSchema).max(100),
});
export type SnapshotContent = z.infer<typeof snapshotContentSchema>;

/** The encrypted header (the first frame): nothing of it is readable without the clave. */
export const snapshotHeaderSchema = z.object({
  format: z.literal(1),
  /** The company the rows belong to (`siigoCompanyId`, or `demo`) and its name as Ajustes shows it. */
  company: z.object({ id: z.string().min(1), name: z.string() }),
  createdAt: z.string(),
  ...snapshotContentSchema.shape,
});
export type SnapshotHeader = z.infer<typeof snapshotHeaderSchema>;

/** What the window learns of a snapshot it opens: no path, no key. */
export const snapshotSummarySchema = snapshotHeaderSchema.omit({ format: true });
export type SnapshotSummary = z.infer<typeof snapshotSummarySchema>;

/**
 * "Base de <company> <yyyy-mm-dd>.mostrador-base", with characters Windows refuses in a name
 * replaced by spaces; accents and spaces are kept (Windows and macOS take them).
 */
export function snapshotFileName(companyName: string, createdAt: string): string {
  const printable = [...companyName].map((char) => (char.charCodeAt(0) < 32 ? ' ' : char)).join('');
  const label = printable.replace(/[<>:"/\\|?*]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+|\.+$/g, '').slice(0, 100);
  return `Base de ${label || 'Mostrador'} ${colombiaToday(new Date(createdAt))}${SNAPSHOT_EXTENSION}`;
}
