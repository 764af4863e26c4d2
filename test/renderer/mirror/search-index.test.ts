import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { MostradorDB } from '../../../src-renderer/data/db';
import { customerByIdentification, productByBarcodeOrCode, productForSale } from '../../../src-renderer/data/mirror/lookups';
import { saleItemOf } from '../../../src-renderer/data/mirror/sale-item';
import { searchEntryOf, SEGMENTS_STORE } from '../../../src-renderer/data/mirror/search-entries';
import { encodeSegment } from '../../../src-shared/search';
import { productsInCodeOrder, searchCustomers, searchProducts } from '../../../src-renderer/data/mirror/search';
import { mirrorSearch, type MirrorSearch } from '../../../src-renderer/data/mirror/search-index';
import { searchSegmentsMiddleware } from '../../../src-renderer/data/mirror/search-segments-middleware';
import { schemaVersions } from '../../../src-renderer/data/schema-versions';
import { sleep } from '../../../src-renderer/sleep';
import { customerRow, productRow } from './fixtures';

/** A fresh private IndexedDB per test, and a way to open the app's database on it again. */
function storage() {
  const indexedDB = new IDBFactory();
  return { indexedDB, open: () => new MostradorDB('mostrador', { indexedDB, IDBKeyRange }) };
}

/** A scanner at the keyboard: a key now and every `everyMs` until `stop()` (call it in `finally`). */
function scanner(search: MirrorSearch, everyMs: number): { stop(): void } {
  search.noteKey();
  const timer = setInterval(() => search.noteKey(), everyMs);
  return { stop: () => clearInterval(timer) };
}

const found = async (db: MostradorDB, text: string) => (await searchCustomers(db, text, { limit: 100 })).results.map((r) => r.id).sort();

describe('mirror: in-memory search indexes kept with the rows', () => {
  it('sees every kind of write to the rows, and none that aborted', async () => {
    const { open } = storage();
    const db = open();
    await db.customers.bulkPut([customerRow('a', '111', ['Ana María', 'Gómez']), customerRow('b', '222', ['Beto', 'Gómez'])]);
    expect(await found(db, 'gomez')).toEqual(['a', 'b']); // loads the index from the segments

    await db.customers.put(customerRow('c', '333', ['Carla', 'Gómez Ruiz']));
    await db.customers.update('a', { tokens: ['ana', 'maria', 'zapata'], name: 'Ana María Zapata' });
    await db.customers.delete('b');
    expect(await found(db, 'gomez')).toEqual(['c']);
    expect(await found(db, 'zapata')).toEqual(['a']);

    await db.transaction('rw', db.customers, db.syncState, async () => {
      await db.customers.put(customerRow('d', '444', ['Dora', 'Gómez']));
      await db.syncState.put({ entity: 'customers', checkpoint: null, fullPull: null, lastSuccessAt: null, lastError: null });
    });
    expect(await found(db, 'gomez')).toEqual(['c', 'd']);

    await expect(
      db.transaction('rw', db.customers, async () => {
        await db.customers.put(customerRow('e', '555', ['Eva', 'Gómez']));
        throw new Error('crash in the middle of a page');
      }),
    ).rejects.toThrow('crash');
    expect(await found(db, 'gomez')).toEqual(['c', 'd']);

    await db.customers.where('id').equals('c').delete();
    expect(await found(db, 'gomez')).toEqual(['d']);
    await db.customers.clear();
    expect(await found(db, 'gomez')).toEqual([]);
    db.close();
  });

  it("follows another connection's commits reported late (the storing worker's), even after a later write of its own", async () => {
    const { indexedDB, open } = storage();
    const db = open();
    await db.customers.put(customerRow('a', '111', ['Ana', 'Gómez']));
    expect(await found(db, 'gomez')).toEqual(['a']);
    // A second connection, as the worker opens it: its commits reach the window by message, later.
    const reports: Array<() => void> = [];
    const search = mirrorSearch(db);
    const other = new MostradorDB('mostrador', { indexedDB, IDBKeyRange }, {
      committed: (table, seq, lines) => reports.push(() => search.committed(table, seq, lines)),
      reset: () => reports.push(() => search.reset()),
    });
    await other.customers.put(customerRow('b', '222', ['Beto', 'Gómez']));
    await db.customers.put(customerRow('c', '333', ['Carla', 'Gómez'])); // the window's own, applied at once
    for (const report of reports.splice(0)) report(); // the worker's report arrives after it
    expect(await found(db, 'gomez')).toEqual(['a', 'b', 'c']);

    other.close();
    db.close();
  });

  it('comes back the same after a restart, and after its segments are compacted', async () => {
    const { open } = storage();
    const db = open();
    // One write per row: far more segments than the compaction threshold.
    for (let i = 0; i < 120; i += 1) await db.customers.put(customerRow(`r${String(i).padStart(3, '0')}`, String(1000 + i), [`Nombre${i % 5}`, i % 2 ? 'Pérez' : 'Díaz']));
    await db.customers.put(customerRow('r007', '1007', ['Renombrado', 'Pérez']));
    expect(await db.searchSegments.count()).toBe(121);
    const before = { perez: await found(db, 'perez'), nombre3: await found(db, 'nombre3 diaz'), id: await found(db, '101') };
    expect(before.perez).toHaveLength(60);
    // Nombre3 and Díaz: i % 5 === 3 and i even.
    expect(before.nombre3).toEqual(Array.from({ length: 12 }, (_, k) => `r${String(8 + 10 * k).padStart(3, '0')}`));
    // The load read 121 segments and compacts them in the background.
    await expect.poll(() => db.searchSegments.count()).toBe(1);
    db.close();

    const again = open();
    expect({ perez: await found(again, 'perez'), nombre3: await found(again, 'nombre3 diaz'), id: await found(again, '101') }).toEqual(before);
    await again.customers.put(customerRow('r999', '9999', ['Nuevo', 'Pérez']));
    expect(await found(again, 'perez')).toEqual([...before.perez, 'r999'].sort());
    again.close();

    const third = open();
    expect(await found(third, 'perez')).toEqual([...before.perez, 'r999'].sort());
    expect(await found(third, 'nombre3 diaz')).toEqual(before.nombre3);
    third.close();
  });

  it('compacts its segments only once the keyboard has been quiet', async () => {
    const { open } = storage();
    const db = open();
    for (let i = 0; i < 60; i += 1) await db.customers.put(customerRow(`r${i}`, String(1000 + i), [`Nombre${i}`, 'Pérez']));
    db.close();

    // A restart with a scanner going: the first search loads the index, which finds 60 segments.
    const again = open();
    const keys = scanner(mirrorSearch(again), 50);
    try {
      expect(await found(again, 'nombre7')).toEqual(['r7']);
      await sleep(600);
      expect(await again.searchSegments.count()).toBe(60);
    } finally {
      keys.stop();
    }
    await expect.poll(() => again.searchSegments.count(), { timeout: 5_000 }).toBe(1);
    expect(await found(again, 'perez')).toHaveLength(60);
    again.close();
  });

  it('migrates a version 1 database: the token indexes go, search keeps finding every row', async () => {
    const { indexedDB, open } = storage();
    const v1 = new Dexie('mostrador', { indexedDB, IDBKeyRange });
    v1.version(1).stores(schemaVersions[0]!.stores);
    await v1.table('customers').bulkPut([customerRow('c1', '900.123.456', ['Ferretería El Progreso S.A.S.']), customerRow('c2', '1036', ['José', 'Pérez'])]);
    await v1.table('products').bulkPut([productRow('p1', 'TOR-10', 'Tornillo drywall', { additional_fields: { barcode: '7701234567890' } })]);
    v1.close();

    const db = open();
    await db.open();
    expect(db.verno).toBe(schemaVersions.at(-1)!.version);
    expect(db.customers.schema.indexes).toEqual([]);
    expect(await found(db, 'ferreteria progreso')).toEqual(['c1']);
    expect(await found(db, '900123')).toEqual(['c1']);
    expect(await found(db, 'jose perez')).toEqual(['c2']);
    expect((await searchProducts(db, '7701234567890')).results.map((r) => r.id)).toEqual(['p1']);
    expect((await searchProducts(db, 'drywall')).results.map((r) => r.id)).toEqual(['p1']);
    db.close();
  });

  it('migrates a version 2 database: the look-up indexes go, look-ups by identification, code and barcode keep working', async () => {
    const { indexedDB, open } = storage();
    const v2 = new Dexie('mostrador', { indexedDB, IDBKeyRange });
    for (const version of schemaVersions.slice(0, 2)) v2.version(version.version).stores(version.stores);
    v2.use(searchSegmentsMiddleware(() => mirrorSearch(v2)));
    await v2.table('customers').bulkPut([customerRow('c1', '900.123.456', ['Ferretería El Progreso S.A.S.']), customerRow('c2', '1036', ['José', 'Pérez'])]);
    await v2.table('products').bulkPut([
      productRow('p1', 'TOR-10', 'Tornillo drywall', { additional_fields: { barcode: '7701234567890' } }),
      productRow('p2', 'ABC-1', 'Arandela'),
    ]);
    expect(v2.table('products').schema.indexes.map((i) => i.name)).toEqual(['codeKey', 'barcode']);
    v2.close();

    const db = open();
    await db.open();
    expect(db.verno).toBe(schemaVersions.at(-1)!.version);
    expect(db.products.schema.indexes).toEqual([]);
    expect(db.customers.schema.indexes).toEqual([]);
    expect((await customerByIdentification(db, '900123456'))?.id).toBe('c1');
    expect((await productByBarcodeOrCode(db, '7701234567890'))?.id).toBe('p1');
    expect((await productByBarcodeOrCode(db, 'tor 10'))?.id).toBe('p1');
    expect((await productsInCodeOrder(db, { limit: 1, includeInactive: false })).items.map((r) => r.id)).toEqual(['p2']);
    db.close();
  });

  it('answers a scan from memory exactly as the row look-up does, once the index is loaded', async () => {
    const db = storage().open();
    const rows = [
      productRow('p1', 'TOR-10', 'Tornillo drywall', {
        additional_fields: { barcode: '7701234567890' },
        prices: [{ currency_code: 'COP', price_list: [{ position: 1, name: 'Detal', value: 1500 }, { position: 2, name: 'Mayor', value: 1250.5 }] }],
        taxes: [{ id: 13156, name: 'IVA 19%', type: 'IVA', percentage: 19 }, { id: 18, name: 'Retención', type: 'Retefuente', percentage: 2.5 }],
      }),
      productRow('p2', 'TOR-11', 'Tornillo madera', { additional_fields: { barcode: '7701234567891' }, active: false }),
      // Two codes with one key: the one spelled as typed wins.
      productRow('p3', 'tor 12', 'Tuerca', { additional_fields: { barcode: '7701234567892' } }),
      productRow('p4', 'TOR-12', 'Tuerca grande'),
      // A code that is another product's barcode: the barcode wins.
      productRow('p5', '7701234567890', 'Etiqueta'),
    ];
    await db.products.bulkPut(rows);
    expect(productForSale(db, 'TOR-10')).toBeNull(); // not loaded: ask IndexedDB
    await searchProducts(db, 'tornillo');
    for (const text of ['7701234567890', '7701234567891', '7701234567892', 'TOR-10', 'tor10', 'TOR-11', 'TOR-12', 'tor 12', 'TOR 12', '000', ' ']) {
      const row = await productByBarcodeOrCode(db, text);
      expect(productForSale(db, text), text).toEqual(row ? saleItemOf(row) : undefined);
    }
    expect(productForSale(db, 'TOR-10')).toEqual({ code: 'TOR-10', name: 'Tornillo drywall', prices: [{ position: 1, value: 1500 }, { position: 2, value: 1250.5 }], taxes: [{ id: 13156, name: 'IVA 19%', percentage: 19 }], taxIncluded: false });
    // Changes reach it with the rows.
    await db.products.put(productRow('p1', 'TOR-10', 'Tornillo drywall 2"', { additional_fields: { barcode: '7701234567890' } }));
    expect(productForSale(db, '7701234567890')?.name).toBe('Tornillo drywall 2"');
    db.close();
  });

  it('migrates a version 3 database: product entries stored without sale items are written again, so scans are answered from memory', async () => {
    const { indexedDB, open } = storage();
    const v3 = new Dexie('mostrador', { indexedDB, IDBKeyRange });
    for (const version of schemaVersions.slice(0, 3)) v3.version(version.version).stores(version.stores);
    const rows = [
      productRow('p1', 'TOR-10', 'Tornillo drywall', { additional_fields: { barcode: '7701234567890' } }),
      productRow('p2', 'ABC-1', 'Arandela'),
    ];
    await v3.table('products').bulkPut(rows);
    // Segments as version 3 wrote them: five fields a line, no sale item.
    const oldLines = encodeSegment(rows.map((row) => searchEntryOf('products', row)))
      .split('\n')
      .map((line) => line.split('\t').slice(0, 5).join('\t'));
    await v3.table(SEGMENTS_STORE).add({ table: 'products', data: oldLines.join('\n'), lines: 2 });
    v3.close();

    const db = open();
    await db.open();
    expect(db.verno).toBe(schemaVersions.at(-1)!.version);
    await searchProducts(db, 'tornillo'); // loads the index
    expect(productForSale(db, '7701234567890')).toEqual(saleItemOf(rows[0]!));
    expect(productForSale(db, 'abc-1')).toEqual(saleItemOf(rows[1]!));
    db.close();
  });

  it('warms up in the background while nobody types, at once when a search needs it', async () => {
    const { open } = storage();
    const first = open();
    const rows = Array.from({ length: 3_000 }, (_, i) => customerRow(`c${i}`, String(10_000 + i), [`Nombre${i}x`, i % 3 === 0 ? 'Gómez' : 'Ruiz']));
    await first.customers.bulkPut(rows);
    await first.products.bulkPut([productRow('p1', 'TOR-10', 'Tornillo drywall'), ...Array.from({ length: 2_999 }, (_, i) => productRow(`q${i}`, `COD-${i}`, `Producto ${i}`))]);
    first.close();

    // A restart; the cashier is scanning (a key every 20 ms) while the warm-up starts.
    const db = open();
    const search = mirrorSearch(db);
    const keys = scanner(search, 20);
    try {
      let warm = false;
      const warming = search.preload('customers').then(() => {
        warm = true;
      });
      await sleep(400);
      expect(warm).toBe(false);
      // A word search cannot wait for a quiet keyboard: the same load goes on at once.
      expect(await found(db, 'nombre12x gomez')).toEqual(['c12']);
      await warming;
      // The other index rests while the keys go on, and loads once they stop.
      let productsWarm = false;
      const products = search.preload('products').then(() => {
        productsWarm = true;
      });
      await sleep(400);
      expect(productsWarm).toBe(false);
      keys.stop();
      await products;
      expect((await searchProducts(db, 'drywall')).results.map((r) => r.id)).toEqual(['p1']);
    } finally {
      keys.stop();
      db.close();
    }
  });
});
