import { truncate } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Customer as SandboxCustomer } from '../../../src-main/siigo-sandbox';
import type { MostradorDB } from '../../../src-renderer/data/db';
import { searchCustomers, searchProducts } from '../../../src-renderer/data/mirror/search';
import { exportMirror, SnapshotNotReadyError } from '../../../src-renderer/data/snapshot/export-mirror';
import { importMirror } from '../../../src-renderer/data/snapshot/import-mirror';
import { createMirrorSync } from '../../../src-renderer/sync/pull/mirror-sync';
import { readSyncState } from '../../../src-renderer/sync/pull/sync-state';
import { BridgeError } from '../../../src-shared/ipc/client';
import { startHarness, type Harness } from '../support/harness';
import { compareWithSandbox, createCustomer, customerBody, interceptBridge, sellOne } from '../mirror/support';

const CLAVE = 'mostrador-caja-1';
/** Small pages: a first sync of this sandbox costs dozens of requests, an incremental pull four. */
const PAGE_SIZE = 10;
const pull = (h: Harness, db: MostradorDB) => createMirrorSync({ db, bridge: h.bridge, pageSize: PAGE_SIZE }).pull();

async function rename(h: Harness, c: SandboxCustomer, suffix: string): Promise<void> {
  const current = h.sandbox.store.customer(c.id)!;
  const name = current.person_type === 'Person' ? [current.name[0] ?? 'X', `${current.name[1] ?? ''} ${suffix}`] : [`${current.name[0]} ${suffix}`];
  await h.bridge.invoke('customers:update', { id: c.id, body: customerBody(current, { name }) });
}

const editable = (h: Harness) => h.sandbox.store.customers.filter((c) => c.contacts.length > 0 && c.address.city.country_code === 'Co');
const sellable = (h: Harness) =>
  h.sandbox.store.products.filter((p) => p.active && p.stock_control && p.type === 'Product' && (p.warehouses[0]?.quantity ?? 0) > 5);

describe('seeding a counter from another counter’s snapshot', () => {
  let h: Harness;
  let other: MostradorDB | undefined;
  afterEach(async () => {
    other?.close();
    other = undefined;
    await h.close();
  });

  it('PC B loads PC A’s snapshot, then an incremental pull brings every change made after it', async () => {
    h = await startHarness();
    await pull(h, h.db);
    const progress: number[] = [];
    const saved = await exportMirror(h.db, h.bridge, { clave: CLAVE, confirm: CLAVE, onProgress: ({ done }) => progress.push(done) });
    if (saved.status !== 'saved') throw new Error('cancelled');
    const mirrored = (await h.db.customers.count()) + (await h.db.products.count());
    expect(saved.rows).toBeGreaterThan(mirrored);
    expect(progress.at(-1)).toBe(saved.rows);

    // Siigo changes after the snapshot: an edit, a new customer, a sale that moves a product's stock.
    const edited = editable(h)[3]!;
    await rename(h, edited, 'Después');
    const created = await createCustomer(h.bridge, ['Ñandú', 'Después Gómez']);
    const sold = sellable(h)[0]!;
    await sellOne(h.bridge, editable(h)[0]!, sold);

    other = h.secondPc();
    await other.open();
    const loaded = await importMirror(other, h.bridge, { clave: CLAVE });
    if (loaded.status !== 'loaded') throw new Error('cancelled');
    expect(loaded.customers).toBe(await h.db.customers.count());
    expect(loaded.products).toBe(await h.db.products.count());
    // The checkpoints are A's: B's next pull is incremental, not a first sync.
    expect((await readSyncState(other, 'customers')).checkpoint).toBe((await readSyncState(h.db, 'customers')).checkpoint);
    expect((await other.customers.get(created))).toBeUndefined();

    const before = h.sandbox.requestCount();
    await pull(h, other);
    const requests = h.sandbox.requestsSince(before).filter((r) => r.path.startsWith('/v1/'));
    // Two passes (updated_start, created_start) per table, catalogs still fresh: no pages of a first sync.
    expect(requests.map((r) => r.path).sort()).toEqual(['/v1/customers', '/v1/customers', '/v1/products', '/v1/products']);

    const { customers, products } = await compareWithSandbox(h, other);
    expect(customers.mirror).toEqual(customers.sandbox);
    expect(products.mirror).toEqual(products.sandbox);
    expect((await other.customers.get(edited.id))?.name).toMatch(/Después$/);
    expect((await other.customers.get(created))?.name).toBe('Ñandú Después Gómez');
    expect((await other.products.get(sold.id))?.siigo).toEqual(h.sandbox.store.products.find((p) => p.id === sold.id));
    // Catalogs came with the snapshot.
    expect(await other.taxes.count()).toBe(await h.db.taxes.count());
    expect(await other.documentTypes.count()).toBeGreaterThan(0);
    // The search indexes were built from the loaded rows.
    expect((await searchCustomers(other, 'Ñandú')).results.map((r) => r.id)).toEqual([created]);
    const product = (await h.db.products.toArray()).find((p) => p.name.length > 3)!;
    expect((await searchProducts(other, product.code)).results.map((r) => r.id)).toContain(product.id);
  });

  it('replaces what the mirror held and never touches documents or the outbox', async () => {
    h = await startHarness();
    await pull(h, h.db);
    const saved = await exportMirror(h.db, h.bridge, { clave: CLAVE, confirm: CLAVE });
    expect(saved.status).toBe('saved');
    other = h.secondPc();
    await other.open();
    await other.customers.put({ ...(await h.db.customers.toCollection().first())!, id: 'solo-en-b', name: 'Fantasma' });
    await other.documents.put({ id: 'doc-b', kind: 'invoice', state: 'draft', updatedAt: new Date().toISOString() } as never);
    await importMirror(other, h.bridge, { clave: CLAVE });
    expect(await other.customers.get('solo-en-b')).toBeUndefined();
    expect((await searchCustomers(other, 'Fantasma')).results).toEqual([]);
    expect(await other.documents.get('doc-b')).toBeDefined();
  });

  it('a wrong clave writes nothing to the mirror', async () => {
    h = await startHarness();
    await pull(h, h.db);
    await exportMirror(h.db, h.bridge, { clave: CLAVE, confirm: CLAVE });
    other = h.secondPc();
    await other.open();
    const error = await importMirror(other, h.bridge, { clave: 'otra-clave-9' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BridgeError);
    expect((error as BridgeError).failure.message).toBe('La clave no corresponde a este archivo.');
    expect(await other.customers.count()).toBe(0);
    expect(await other.syncState.count()).toBe(0);
  });

  it('a file cut short (a copy interrupted) is refused before the mirror it would replace is touched', async () => {
    h = await startHarness();
    await pull(h, h.db);
    const saved = await exportMirror(h.db, h.bridge, { clave: CLAVE, confirm: CLAVE });
    if (saved.status !== 'saved') throw new Error('cancelled');
    await truncate(saved.path, Math.floor(saved.bytes * 0.8));
    const customers = await h.db.customers.count();
    const checkpoints = await h.db.syncState.toArray();
    const error = await importMirror(h.db, h.bridge, { clave: CLAVE }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BridgeError);
    expect((error as BridgeError).failure.message).toMatch(/incompleto|cortó/);
    expect(await h.db.customers.count()).toBe(customers);
    expect(await h.db.syncState.toArray()).toEqual(checkpoints);
  });

  it('large rows travel in smaller messages, and every row arrives as it was', async () => {
    h = await startHarness({ size: { customers: 5, products: 5 } });
    await pull(h, h.db);
    const checkpoint = (await readSyncState(h.db, 'customers')).checkpoint;
    // A real row made long (an address of 3,000 characters with accents), 2,500 times.
    const template = (await h.db.customers.toCollection().first())!;
    const big = Array.from({ length: 2500 }, (_, i) => ({ ...template, id: `big-${String(i).padStart(5, '0')}`, notes: 'ñ'.repeat(3000) }));
    await h.db.customers.bulkPut(big);
    const sizes: number[] = [];
    const bridge = interceptBridge(h.bridge, (channel, input) => {
      if (channel === 'snapshot:export-write') sizes.push(JSON.stringify(input).length);
    });
    await exportMirror(h.db, bridge, { clave: CLAVE, confirm: CLAVE });
    expect(Math.max(...sizes)).toBeLessThan(3 * 1024 * 1024);
    other = h.secondPc();
    await other.open();
    await importMirror(other, h.bridge, { clave: CLAVE });
    expect(await other.customers.toArray()).toEqual(await h.db.customers.toArray());
    expect((await readSyncState(other, 'customers')).checkpoint).toBe(checkpoint);
  });

  it('a counter whose first sync has not finished cannot export', async () => {
    h = await startHarness();
    await expect(exportMirror(h.db, h.bridge, { clave: CLAVE, confirm: CLAVE })).rejects.toBeInstanceOf(SnapshotNotReadyError);
  });
});
