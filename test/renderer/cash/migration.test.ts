import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { MostradorDB } from '../../../src-renderer/data/db';
import { openCashSession } from '../../../src-renderer/data/cash/current-session';
import { productForSale } from '../../../src-renderer/data/mirror/lookups';
import { saleItemOf } from '../../../src-renderer/data/mirror/sale-item';
import { searchProducts } from '../../../src-renderer/data/mirror/search';
import { searchEntryOf, SEGMENTS_STORE } from '../../../src-renderer/data/mirror/search-entries';
import { schemaVersions } from '../../../src-renderer/data/schema-versions';
import { encodeSegment } from '../../../src-shared/search';
import { productRow } from '../mirror/fixtures';
import { saleRow } from './support';

describe('schema version 5: cash sessions', () => {
  it('migrates a version 4 database: cash tables added, documents findable by session, product entries rewritten with the tax-included flag', async () => {
    const indexedDB = new IDBFactory();
    const v4 = new Dexie('mostrador:demo', { indexedDB, IDBKeyRange });
    for (const version of schemaVersions.slice(0, 4)) v4.version(version.version).stores(version.stores);
    const rows = [
      productRow('p1', 'GAS-1', 'Gaseosa 400 ml', { tax_included: true, additional_fields: { barcode: '7702004003508' } }),
      productRow('p2', 'TOR-10', 'Tornillo drywall'),
    ];
    await v4.table('products').bulkPut(rows);
    // Segments as version 4 wrote them: a sale item of four fields, without the flag.
    const entries = rows.map((row) => {
      const entry = searchEntryOf('products', row);
      return { ...entry, payload: JSON.stringify((JSON.parse(entry.payload!) as unknown[]).slice(0, 4)) };
    });
    await v4.table(SEGMENTS_STORE).add({ table: 'products', data: encodeSegment(entries), lines: 2 });
    // Documents of version 4, one already carrying a session (as the outbox may write it while a
    // window of the old version is still open), and the rest of what a PC holds.
    await v4.table('documents').bulkPut([saleRow('d1', 'S1', [{ id: 100, value: 11900 }]), saleRow('d2', null, [{ id: 100, value: 11900 }])]);
    await v4.table('audit').add({ at: '2025-03-14T14:00:00.000Z', documentId: 'd1', event: 'queued', from: null, to: 'queued', detail: 'Factura en cola' });
    expect(v4.tables.map((table) => table.name)).not.toContain('cashSessions');
    v4.close();

    const db = new MostradorDB('mostrador:demo', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(5);
    expect(await db.cashSessions.count()).toBe(0);
    expect(await db.cashMovements.count()).toBe(0);
    expect(await openCashSession(db)).toBeNull();
    expect(db.documents.schema.indexes.map((index) => index.name)).toContain('counter.cashSessionId');
    expect((await db.documents.where('counter.cashSessionId').equals('S1').toArray()).map((d) => d.id)).toEqual(['d1']);
    expect(await db.documents.count()).toBe(2);
    expect(await db.audit.count()).toBe(1);
    // The scan is answered from memory with the flag, so the sale line is priced with IVA in.
    await searchProducts(db, 'gaseosa');
    expect(productForSale(db, '7702004003508')).toEqual(saleItemOf(rows[0]!));
    expect(productForSale(db, '7702004003508')?.taxIncluded).toBe(true);
    expect(productForSale(db, 'tor-10')?.taxIncluded).toBe(false);
    expect(await db.searchSegments.where('table').equals('products').count()).toBe(1);
    db.close();
  });
});
