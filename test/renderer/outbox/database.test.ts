import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { MostradorDB } from '../../../src-renderer/data/db';
import { queueDocument } from '../../../src-renderer/data/outbox/queue-document';
import { schemaVersions } from '../../../src-renderer/data/schema-versions';
import { StorageFullError } from '../../../src-renderer/data/storage';

describe('local database', () => {
  it('opens at the latest schema version with every table', async () => {
    const db = new MostradorDB('schema', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(schemaVersions.at(-1)!.version);
    // Each version lists the stores it changes; a store stays until a version sets it to null.
    const stores = new Set<string>();
    for (const version of schemaVersions) {
      for (const [name, spec] of Object.entries(version.stores)) {
        if (spec === null) stores.delete(name);
        else stores.add(name);
      }
    }
    expect(db.tables.map((t) => t.name).sort()).toEqual([...stores].sort());
    db.close();
  });

  it('writes a document and its outbox operation together or not at all', async () => {
    const db = new MostradorDB('atomic', { indexedDB: new IDBFactory(), IDBKeyRange });
    // The disk fills up between the document and its operation: neither may remain.
    db.outbox.hook('creating', () => {
      throw new Dexie.QuotaExceededError('disk full');
    });
    const journal: unknown[] = [];
    await expect(
      queueDocument(db, { kind: 'customer', body: { identification: '1' }, summary: {} }, async (e) => void journal.push(...e)),
    ).rejects.toBeInstanceOf(StorageFullError);
    expect(await db.documents.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
    expect(journal).toEqual([]);
    db.close();
  });
});
