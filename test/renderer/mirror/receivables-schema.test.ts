import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { MostradorDB } from '../../../src-renderer/data/db';
import { schemaVersions } from '../../../src-renderer/data/schema-versions';

describe('schema version 6: accounts receivable', () => {
  it('adds the receivables stores to a version 5 database and keeps every row it had', async () => {
    const indexedDB = new IDBFactory();
    const v5 = new Dexie('mostrador:demo', { indexedDB, IDBKeyRange });
    for (const version of schemaVersions.filter((v) => v.version <= 5)) v5.version(version.version).stores(version.stores);
    await v5.table('accounts').put({ customerId: 'c1', identification: '900123456', branchOffice: 0, fetchedAt: '2026-12-01T10:00:00.000Z', invoices: [], totalBalance: 0 });
    await v5.table('cashSessions').put({ id: 's1', state: 'open', openedAt: '2026-12-01T10:00:00.000Z' });
    expect(v5.tables.map((table) => table.name)).not.toContain('receivables');
    v5.close();

    const db = new MostradorDB('mostrador:demo', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(6);
    expect(await db.receivables.count()).toBe(0);
    expect(await db.receivablesState.count()).toBe(0);
    expect(db.receivables.schema.indexes.map((index) => index.name)).toContain('customerKey');
    expect((await db.accounts.get('c1'))?.identification).toBe('900123456');
    expect((await db.cashSessions.get('s1'))?.state).toBe('open');
    db.close();
  });
});
