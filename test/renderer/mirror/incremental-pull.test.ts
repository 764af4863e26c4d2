import { afterEach, describe, expect, it } from 'vitest';
import type { Customer as SandboxCustomer, Product as SandboxProduct } from '../../../src-main/siigo-sandbox';
import { readSyncState } from '../../../src-renderer/sync/pull/sync-state';
import { startHarness, type Harness } from '../support/harness';
import { compareWithSandbox, createCustomer, customerBody, interceptBridge, mirrorSync, sellOne } from './support';

const editable = (h: Harness) => h.sandbox.store.customers.filter((c) => c.contacts.length > 0 && c.address.city.country_code === 'Co');
const sellable = (h: Harness) =>
  h.sandbox.store.products.filter((p) => p.active && p.stock_control && p.type === 'Product' && (p.warehouses[0]?.quantity ?? 0) > 5);

async function rename(h: Harness, c: SandboxCustomer, suffix: string): Promise<void> {
  const current = h.sandbox.store.customer(c.id)!;
  const name = current.person_type === 'Person' ? [current.name[0] ?? 'X', `${current.name[1] ?? ''} ${suffix}`] : [`${current.name[0]} ${suffix}`];
  await h.bridge.invoke('customers:update', { id: c.id, body: customerBody(current, { name }) });
}

async function expectMirrorEqualsSandbox(h: Harness): Promise<void> {
  const { customers, products } = await compareWithSandbox(h);
  expect(customers.mirror).toEqual(customers.sandbox);
  expect(products.mirror).toEqual(products.sandbox);
}

describe('mirror: incremental pulls', () => {
  let h: Harness;
  afterEach(() => h.close());

  it('catches edits (updated_start) and never-edited new records (created_start), from the checkpoint minus the overlap', async () => {
    h = await startHarness();
    await mirrorSync(h).pull();
    const checkpoint = (await readSyncState(h.db, 'customers')).checkpoint!;
    const buyer = editable(h)[0]!;
    await rename(h, editable(h)[5]!, 'Editado');
    const newId = await createCustomer(h.bridge, ['Ñoño José', 'Pérez Gómez']);
    await sellOne(h.bridge, buyer, sellable(h)[0]!);

    const before = h.sandbox.requestCount();
    await mirrorSync(h).pull();
    const queries = h.sandbox.requestsSince(before).filter((r) => r.path === '/v1/customers').map((r) => new URLSearchParams(r.query));
    const expectedSince = new Date(Date.parse(checkpoint) - 10 * 60_000).toISOString().slice(0, 19) + 'Z';
    expect(queries.map((q) => q.get('updated_start') ?? `created:${q.get('created_start')}`)).toEqual([expectedSince, `created:${expectedSince}`]);

    expect((await h.db.customers.get(newId))?.name).toBe('Ñoño José Pérez Gómez');
    expect((await h.db.customers.get(editable(h)[5]!.id))?.name).toMatch(/Editado$/);
    await expectMirrorEqualsSandbox(h);
    expect(Date.parse((await readSyncState(h.db, 'customers')).checkpoint!)).toBeGreaterThan(Date.parse(checkpoint));
  });

  it('ends equal to Siigo when Siigo changes while the pull pages, across page boundaries', async () => {
    h = await startHarness();
    await mirrorSync(h).pull();
    const customers = editable(h);
    const products = sellable(h);
    const buyer = customers[0]!;
    // Nine changes before the pull: with pages of 2 both passes span several pages.
    for (const c of customers.slice(10, 15)) await rename(h, c, 'Antes');
    await createCustomer(h.bridge, ['Ana', 'Antes Uno']);
    await createCustomer(h.bridge, ['Luis', 'Antes Dos']);
    for (const p of products.slice(0, 3)) await sellOne(h.bridge, buyer, p);

    // While paging: edit records on pages already read and on pages still ahead, create new
    // ones, move stock of products already read.
    let calls = 0;
    const bridge = interceptBridge(h.bridge, async (channel) => {
      if (channel !== 'customers:list' && channel !== 'products:list') return;
      calls += 1;
      if (channel === 'customers:list' && calls === 2) {
        await rename(h, customers[10]!, 'Durante'); // already on page 1
        await rename(h, customers[14]!, 'Durante'); // further on
        await rename(h, customers[40]!, 'Nuevo'); // not changed before: lands mid-list
        await createCustomer(h.bridge, ['Marta', 'Durante']);
      }
      if (channel === 'products:list' && calls % 2 === 0) await sellOne(h.bridge, buyer, products[calls % 4]!);
    });
    await mirrorSync(h, { bridge, pageSize: 2 }).pull();
    expect(calls).toBeGreaterThanOrEqual(8);
    // Everything changed before the pull started is in already.
    for (const c of customers.slice(11, 14)) expect((await h.db.customers.get(c.id))?.name).toMatch(/Antes$/);

    // The next pull (nothing changing now) ends with the mirror equal to Siigo.
    await mirrorSync(h, { pageSize: 2 }).pull();
    await expectMirrorEqualsSandbox(h);
  });

  it('ends equal to Siigo when Siigo changes during the first full pull', async () => {
    h = await startHarness();
    const customers = editable(h);
    const products: SandboxProduct[] = sellable(h);
    const buyer = customers[0]!;
    let pages = 0;
    const bridge = interceptBridge(h.bridge, async (channel) => {
      if (channel === 'customers:list' && ++pages === 2) {
        await rename(h, customers[3]!, 'Durante'); // page 1, already read
        await createCustomer(h.bridge, ['Nuevo', 'Durante Full']);
      }
      if (channel === 'products:list') await sellOne(h.bridge, buyer, products[0]!);
    });
    await mirrorSync(h, { bridge }).pull();
    expect((await h.db.customers.get(customers[3]!.id))?.name).not.toMatch(/Durante$/);
    await mirrorSync(h).pull();
    await expectMirrorEqualsSandbox(h);
    expect((await h.db.customers.get(customers[3]!.id))?.name).toMatch(/Durante$/);
  });

  it('keeps inactive records, flagged', async () => {
    h = await startHarness();
    await mirrorSync(h).pull();
    const target = editable(h).find((c) => c.active)!;
    await h.bridge.invoke('customers:update', { id: target.id, body: customerBody(target, { active: false }) });
    await mirrorSync(h).pull();
    expect(await h.db.customers.get(target.id)).toMatchObject({ active: false });
    expect(await h.db.customers.count()).toBe(h.sandbox.store.customers.length);
  });
});
