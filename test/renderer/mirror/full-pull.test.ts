import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BridgeClient } from '../../../src-shared/ipc/client';
import { toCustomerRow } from '../../../src-renderer/data/mirror/customer-row';
import { customerSchema } from '../../../src-shared/siigo';
import type { PullProgress } from '../../../src-renderer/sync/pull/pull-events';
import { productByBarcodeOrCode } from '../../../src-renderer/data/mirror/lookups';
import { searchCustomers } from '../../../src-renderer/data/mirror/search';
import { searchingIn, storePulledPage } from '../../../src-renderer/sync/pull/page-store';
import { readSyncState } from '../../../src-renderer/sync/pull/sync-state';
import { startHarness, type Harness } from '../support/harness';
import { interceptBridge, mirrorSync } from './support';
import { countWriteTransactions } from '../support/transactions';

const pageOf = (query: string) => Number(new URLSearchParams(query).get('page') ?? '1');
const listRequests = (h: Harness, path: string) => h.sandbox.requests().filter((r) => r.method === 'GET' && r.path === path);

describe('mirror: first (full) pull', () => {
  let h: Harness;
  afterEach(() => h.close());

  it('pulls every customer, product and catalog, with progress, at background priority in pages of 100', async () => {
    h = await startHarness();
    const priorities = new Set<string>();
    const bridge = interceptBridge(h.bridge, (_channel, _input, meta) => {
      priorities.add(meta?.priority ?? 'interactive');
    });
    const sync = mirrorSync(h, { bridge });
    const progress: PullProgress[] = [];
    sync.onProgress((p) => progress.push(p));
    await sync.pull();

    expect([...priorities]).toEqual(['background']);
    expect(await h.db.customers.count()).toBe(h.sandbox.store.customers.length);
    expect(await h.db.products.count()).toBe(h.sandbox.store.products.length);
    expect(await h.db.taxes.count()).toBe(h.sandbox.store.catalogs.taxes.length);
    expect(await h.db.warehouses.count()).toBe(h.sandbox.store.catalogs.warehouses.length);
    expect(await h.db.documentTypes.where('type').equals('FV').count()).toBeGreaterThan(0);
    // Cash is offered for invoices, refunds and receipts: one row, every kind.
    const cash = h.sandbox.store.catalogs.paymentTypes.find((p) => p.name.toLowerCase().includes('efectivo'));
    if (cash) expect((await h.db.paymentTypes.get(cash.id))?.documentTypes.sort()).toEqual(['FV', 'NC', 'RC']);

    const productPages = listRequests(h, '/v1/products');
    expect(productPages.map((r) => pageOf(r.query))).toEqual([1, 2, 3, 4, 5]);
    expect(productPages.every((r) => new URLSearchParams(r.query).get('page_size') === '100')).toBe(true);

    const products = progress.filter((p) => p.entity === 'products');
    expect(products.map((p) => p.done)).toEqual([100, 200, 300, 400, 500]);
    expect(products.every((p) => p.total === 500 && p.phase === 'full')).toBe(true);
    expect(progress.filter((p) => p.entity === 'customers').at(-1)).toMatchObject({ done: 200, total: 200 });

    const state = await readSyncState(h.db, 'customers');
    expect(state.fullPull).toBeNull();
    expect(state.checkpoint).not.toBeNull();
    // Derived fields.
    const person = h.sandbox.store.customers.find((c) => c.person_type === 'Person')!;
    const row = await h.db.customers.get(person.id);
    expect(row).toMatchObject({ name: person.name.join(' '), identification: person.identification, branchOffice: person.branch_office });
    expect(row?.siigo).toEqual(person);
  });

  it('resumes after a crash from the saved page: earlier pages are not fetched again', async () => {
    h = await startHarness({ size: { customers: 450, products: 50 } });
    // Pages 1 and 2 pass, then Siigo keeps failing (the client's retries included).
    h.sandbox.addFault({ kind: 'status', status: 503, method: 'GET', path: '/v1/customers', skip: 2 });
    await expect(mirrorSync(h).pull({ only: ['customers'] })).rejects.toThrow();
    expect(await h.db.customers.count()).toBe(200);
    expect((await readSyncState(h.db, 'customers')).fullPull).toMatchObject({ nextPage: 3, done: 200, totalResults: 450 });

    const db = await h.reopen();
    h.sandbox.clearFaults();
    const before = listRequests(h, '/v1/customers').length;
    const progress: PullProgress[] = [];
    const sync = mirrorSync(h);
    sync.onProgress((p) => progress.push(p));
    await sync.pull({ only: ['customers'] });

    const resumed = listRequests(h, '/v1/customers').slice(before);
    expect(resumed.map((r) => pageOf(r.query))).toEqual([3, 4, 5]);
    expect(progress.map((p) => p.done)).toEqual([300, 400, 450]);
    expect(await db.customers.count()).toBe(450);
    expect((await db.customers.toCollection().primaryKeys()).sort()).toEqual(h.sandbox.store.customers.map((c) => c.id).sort());
  });

  it('reports a failure only once none of its requests is out, so the pull that resumes never overlaps them', async () => {
    h = await startHarness({ size: { customers: 600, products: 10 } });
    // Page 3 fails at once; page 4, fetched ahead, answers late.
    let out = 0;
    const bridge: BridgeClient = {
      async invoke(channel, input, meta) {
        const page = channel === 'customers:list' ? (input as { page: number }).page : 0;
        out += 1;
        try {
          if (page === 3) throw new Error('Siigo no respondió la página 3');
          if (page === 4) await new Promise((resolve) => setTimeout(resolve, 300));
          return await h.bridge.invoke(channel, input, meta);
        } finally {
          out -= 1;
        }
      },
      subscribe: (event, listener) => h.bridge.subscribe(event, listener),
    };
    const failure = await mirrorSync(h, { bridge })
      .pull({ only: ['customers'] })
      .then(
        () => null,
        (error: unknown) => ({ error, out }),
      );
    expect(failure).toMatchObject({ out: 0 });
    expect((await readSyncState(h.db, 'customers')).fullPull).toMatchObject({ nextPage: 3, done: 200 });
  });

  it('writes the pages already downloaded in one transaction, the saved page after the last of them', async () => {
    h = await startHarness({ size: { customers: 550, products: 10 } });
    // Pages 1-5 answer, page 6 keeps failing; page 2 answers only after 3, 4 and 5 did, so all
    // four are here when page 2 is taken.
    h.sandbox.addFault({ kind: 'status', status: 503, method: 'GET', path: '/v1/customers', skip: 5 });
    const answered = new Set<number>();
    let othersAnswered!: () => void;
    const others = new Promise<void>((resolve) => (othersAnswered = resolve));
    const bridge = interceptBridge(h.bridge, () => undefined, async (channel, input) => {
      if (channel !== 'customers:list') return;
      const page = (input as { page: number }).page;
      if (page === 2) await others;
      answered.add(page);
      if ([3, 4, 5].every((p) => answered.has(p))) othersAnswered();
    });
    const customerWrites = countWriteTransactions(h.db, 'customers');
    const progress: PullProgress[] = [];
    const sync = mirrorSync(h, { bridge });
    sync.onProgress((p) => progress.push(p));
    await expect(sync.pull({ only: ['customers'] })).rejects.toThrow();

    expect(customerWrites()).toBe(2); // page 1 alone, then pages 2-5
    expect(progress.map((p) => p.done)).toEqual([100, 200, 300, 400, 500]);
    expect(await h.db.customers.count()).toBe(500);
    expect((await readSyncState(h.db, 'customers')).fullPull).toMatchObject({ nextPage: 6, done: 500, totalResults: 550 });
  });

  it('an aborted pull keeps its pages and resumes', async () => {
    h = await startHarness({ size: { customers: 300, products: 10 } });
    const controller = new AbortController();
    const sync = mirrorSync(h);
    sync.onProgress((p) => {
      if (p.entity === 'customers' && p.done === 100) controller.abort();
    });
    await expect(sync.pull({ only: ['customers'], signal: controller.signal })).rejects.toThrow();
    expect(await h.db.customers.count()).toBe(100);
    await h.reopen();
    await mirrorSync(h).pull({ only: ['customers'] });
    expect(await h.db.customers.count()).toBe(300);
  });

  it('a failed pull never leaves a table with fewer rows than before', async () => {
    h = await startHarness();
    await mirrorSync(h).pull();
    const counts = async () => ({
      customers: await h.db.customers.count(),
      products: await h.db.products.count(),
      taxes: await h.db.taxes.count(),
      documentTypes: await h.db.documentTypes.count(),
      paymentTypes: await h.db.paymentTypes.count(),
      users: await h.db.users.count(),
    });
    const before = await counts();

    // The catalog pull dies halfway (after document and payment types); customers and products fail outright.
    h.sandbox.addFault({ kind: 'status', status: 500, path: '/v1/taxes' });
    h.sandbox.addFault({ kind: 'status', status: 502, path: '/v1/customers' });
    h.sandbox.addFault({ kind: 'status', status: 504, path: '/v1/products' });
    await expect(mirrorSync(h).pull({ forceCatalogs: true })).rejects.toThrow(/catalogs.*customers.*products/s);
    expect(await counts()).toEqual(before);
    expect((await readSyncState(h.db, 'customers')).lastError).toBeTruthy();

    // Offline: same.
    h.sandbox.clearFaults();
    h.offline();
    await expect(mirrorSync(h).pull({ forceCatalogs: true })).rejects.toThrow();
    expect(await counts()).toEqual(before);
  });
});

describe('mirror: storing pulled pages', () => {
  let h: Harness;
  afterEach(() => h.close());

  it('writes without reading into an empty table, and never lets an older copy undo a newer one otherwise', async () => {
    h = await startHarness({ size: { customers: 150, products: 10 } });
    const reads: string[] = [];
    h.db.customers.hook('reading', (row) => {
      reads.push(row.id);
      return row;
    });
    await mirrorSync(h).pull({ only: ['customers'] });
    expect(await h.db.customers.count()).toBe(150);
    expect(reads).toEqual([]);

    // A full pull into a table that already has rows (here: a newer local copy) reads first.
    const newer = { ...(await h.db.customers.toCollection().first())!, name: 'Copia más nueva', lastUpdated: '2999-01-01T00:00:00.000Z' };
    await h.db.customers.put(newer);
    await h.db.syncState.delete('customers');
    await mirrorSync(h).pull({ only: ['customers'] });
    expect((await h.db.customers.get(newer.id))?.name).toBe('Copia más nueva');
    expect(await h.db.customers.count()).toBe(150);
  });
});

describe('mirror: first pull while the cashier searches', () => {
  let h: Harness;
  afterEach(() => h.close());

  it('writes pages in short transactions, and a crash between them only repeats that page', async () => {
    h = await startHarness({ size: { customers: 300, products: 10 } });
    await searchCustomers(h.db, 'ana'); // someone is searching: the import keeps transactions short
    let written = 0;
    h.db.customers.hook('creating', () => {
      written += 1;
      if (written === 150) throw new Error('crash in the middle of page 2');
    });
    await expect(mirrorSync(h).pull({ only: ['customers'] })).rejects.toThrow();
    // Page 1 and page 2's first chunks (20 rows each) are stored; the saved state still points at page 2.
    expect(await h.db.customers.count()).toBe(140);
    expect((await readSyncState(h.db, 'customers')).fullPull).toMatchObject({ nextPage: 2, done: 100 });

    await searchCustomers(h.db, 'ana');
    await mirrorSync(h).pull({ only: ['customers'] });
    expect(await h.db.customers.count()).toBe(300);
    expect((await readSyncState(h.db, 'customers')).fullPull).toBeNull();
    expect((await searchCustomers(h.db, h.sandbox.store.customers[299]!.identification)).results[0]?.id).toBe(h.sandbox.store.customers[299]!.id);
  });

  it('rests after each short transaction while the cashier searches, as long as the write took, and never otherwise', async () => {
    h = await startHarness({ size: { customers: 100, products: 1 } });
    // As the bridge hands them over: parsed with the shared schema.
    const rows = h.sandbox.store.customers.map((c) => toCustomerRow(customerSchema.parse(c)));
    const next = { entity: 'customers', checkpoint: null, fullPull: null, lastSuccessAt: null, lastError: null };
    const realSetTimeout = globalThis.setTimeout;
    const rests: number[] = [];
    const spy = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) => {
      rests.push(ms ?? 0);
      return realSetTimeout(fn, ms);
    }) as typeof setTimeout);
    try {
      await storePulledPage(h.db, { entity: 'customers', rows, next, mode: 'overwrite' }, searchingIn(h.db));
      expect(rests).toEqual([]); // nobody searching: one transaction, no pause

      await searchCustomers(h.db, 'ana');
      rests.length = 0;
      await storePulledPage(h.db, { entity: 'customers', rows, next, mode: 'overwrite' }, searchingIn(h.db));
      expect(rests).toHaveLength(5); // five 20-row transactions, a rest after each
      expect(rests.every((ms) => ms > 0)).toBe(true);

      // A scan is a search too: a barcode look-up in a fresh window keeps the import's writes short.
      const scanned = await h.reopen();
      expect(await productByBarcodeOrCode(scanned, '0000000000000')).toBeUndefined();
      rests.length = 0;
      await storePulledPage(scanned, { entity: 'customers', rows, next, mode: 'overwrite' }, searchingIn(scanned));
      expect(rests).toHaveLength(5);
    } finally {
      spy.mockRestore();
    }
    expect(await h.db.customers.count()).toBe(100);
  });
});
