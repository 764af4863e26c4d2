import { z } from 'zod';
import {
  SNAPSHOT_CLAVE_MAX_LENGTH,
  snapshotContentSchema,
  snapshotRowsSchema,
  snapshotSummarySchema,
  snapshotTables,
} from './snapshot-format';

/** The clave as typed: main checks its length and answers in Spanish; it only travels towards main. */
const claveSchema = z.string().max(SNAPSHOT_CLAVE_MAX_LENGTH);
const sessionSchema = z.string().min(1).max(100);
const ok = z.object({ ok: z.literal(true) });
const cancelled = z.object({ status: z.literal('cancelled') });

/**
 * The snapshot channels (Ajustes › Administración, the administrator's: main refuses the opens
 * while the PIN guard is locked). Rows move in chunks of at most `SNAPSHOT_ROWS_PER_CHUNK`; the
 * user chooses the file in main's dialog, so no path comes from the window. An open returns a
 * session the other calls name; `snapshot:cancel` drops it (an unfinished export leaves no file).
 */
export const snapshotContract = {
  'snapshot:export-open': {
    input: z.strictObject({ clave: claveSchema, confirm: claveSchema, content: snapshotContentSchema }),
    output: z.discriminatedUnion('status', [cancelled, z.object({ status: z.literal('open'), session: sessionSchema, fileName: z.string() })]),
  },
  'snapshot:export-write': {
    input: z.strictObject({ session: sessionSchema, table: z.enum(snapshotTables), rows: snapshotRowsSchema }),
    output: ok,
  },
  'snapshot:export-close': {
    input: z.strictObject({ session: sessionSchema }),
    output: z.object({ path: z.string(), bytes: z.number().int().min(0) }),
  },
  'snapshot:import-open': {
    input: z.strictObject({ clave: claveSchema }),
    output: z.discriminatedUnion('status', [
      cancelled,
      z.object({ status: z.literal('open'), session: sessionSchema, fileName: z.string(), header: snapshotSummarySchema }),
    ]),
  },
  'snapshot:import-read': {
    input: z.strictObject({ session: sessionSchema }),
    output: z.discriminatedUnion('done', [
      z.object({ done: z.literal(true) }),
      z.object({ done: z.literal(false), table: z.enum(snapshotTables), rows: snapshotRowsSchema }),
    ]),
  },
  'snapshot:cancel': { input: z.strictObject({ session: sessionSchema }), output: ok },
} as const;
