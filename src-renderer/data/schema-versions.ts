import type { Transaction } from 'dexie';

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
];
