import type { Transaction } from 'dexie';
import { encodeSegment, type SearchEntry } from '../../src-shared/search';
import { searchEntryOf, SEGMENT_LINES, SEGMENTS_STORE, type SearchedTable, type SearchSegmentRow } from './mirror/search-entries';

/**
 * Every schema version, oldest first. Never edit a released version: add one with the changed
 * stores and an upgrade that migrates existing rows, and a test that opens the previous version
 * with data and checks the migration.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      customers: 'id, identificationKey, *tokens',
      products: 'id, codeKey, barcode, *tokens',
      documentTypes: 'id, type',
      paymentTypes: 'id, *documentTypes',
      taxes: 'id',
      users: 'id',
      warehouses: 'id',
      priceLists: 'id',
      costCenters: 'id',
      syncState: 'entity',
      accounts: 'customerId',
      documents: 'id, kind, state, updatedAt, operationId',
      outbox: 'id, documentId, state',
      audit: '++seq, documentId, at',
      stampWatch: 'documentId, nextCheckAt',
    },
  },
  {
    // Search moves to in-memory indexes built from stored segments (mirror/search-index.ts):
    // the multi-entry token indexes go (several index writes per mirrored row;
    // docs/decisions/0002-in-memory-search-indexes.md).
    version: 2,
    stores: {
      customers: 'id, identificationKey',
      products: 'id, codeKey, barcode',
      [SEGMENTS_STORE]: '++seq, table',
    },
    upgrade: async (tx) => {
      for (const table of ['customers', 'products'] as const) await writeSegmentsOf(tx, table);
    },
  },
  {
    // Exact look-ups by identification, code and barcode move to the in-memory indexes, which
    // hold those keys already (mirror/lookups.ts): these IndexedDB indexes cost the first sync
    // and every import a write per row and field (docs/decisions/0005-no-indexeddb-lookup-indexes.md).
    // Dropping an index migrates no rows.
    version: 3,
    stores: {
      customers: 'id',
      products: 'id',
    },
  },
  {
    // Product search entries now hold what a sale line takes from the product (sale-item.ts), so
    // a scan becomes a line without reading the row. Entries stored before have none: the
    // products' segments are written again from the rows (no store changes).
    version: 4,
    stores: {},
    upgrade: async (tx) => {
      await tx.table(SEGMENTS_STORE).where('table').equals('products').delete();
      await writeSegmentsOf(tx, 'products');
    },
  },
  {
    // Cash sessions (turnos de caja) live only on this PC, as Siigo has no shifts: the sessions
    // and the cash put in or taken out. Documents are found by the session stamped on them
    // (`counter.cashSessionId`; rows without one are simply not in the index), so a Z report
    // reads its own documents instead of every document ever made here.
    // Product search entries also gain whether the price includes taxes (sale-item.ts): entries
    // stored before have no such flag, so the products' segments are written again, as in 4.
    version: 5,
    stores: {
      cashSessions: 'id, state, openedAt',
      cashMovements: 'id, sessionId',
      documents: 'id, kind, state, updatedAt, operationId, counter.cashSessionId',
    },
    upgrade: async (tx) => {
      await tx.table(SEGMENTS_STORE).where('table').equals('products').delete();
      await writeSegmentsOf(tx, 'products');
    },
  },
  {
    // Accounts receivable (Cartera › Cuentas por cobrar): every Siigo invoice with its balance, by
    // customer, and when they were fetched (data/mirror/receivables.ts). New stores only: no rows
    // to migrate; the first refresh fills them.
    // Documents gain an index on the quotation an invoice was made from (`origin`): Cotizaciones
    // finds a quotation's invoice without reading every invoice (rows without one are not in it).
    version: 6,
    stores: {
      receivables: 'id, customerKey',
      receivablesState: 'id',
      documents: 'id, kind, state, updatedAt, operationId, counter.cashSessionId, origin.quotationDocumentId',
    },
  },
];

/** The segments of every row already mirrored. */
async function writeSegmentsOf(tx: Transaction, table: SearchedTable): Promise<void> {
  const entries: SearchEntry[] = [];
  await tx.table(table).each((row: unknown) => {
    entries.push(searchEntryOf(table, row));
  });
  const segments: SearchSegmentRow[] = [];
  for (let i = 0; i < entries.length; i += SEGMENT_LINES) {
    const lines = entries.slice(i, i + SEGMENT_LINES);
    segments.push({ table, data: encodeSegment(lines), lines: lines.length });
  }
  if (segments.length > 0) await tx.table(SEGMENTS_STORE).bulkAdd(segments);
}
