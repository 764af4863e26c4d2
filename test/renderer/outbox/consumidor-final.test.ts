import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../../src-main/siigo-sandbox';
import { createMirrorSync } from '../../../src-renderer/sync/pull/mirror-sync';
import { createOutboxSync } from '../../../src-renderer/sync/outbox-sync';
import { confirmSale } from '../../../src-renderer/screens/venta/submit-sale';
import { colombiaToday } from '../../../src-shared/validation';
import { invoiceBody, seeded, sellableProducts } from '../support/documents';
import { startHarness, type Harness } from '../support/harness';

let h: Harness;
let stop: () => void = () => undefined;
afterEach(async () => {
  stop();
  await h?.close();
});

/** Counter sales confirmed at once with no customer chosen, then everything sent. */
async function anonymousSales(pull = true) {
  if (pull) await createMirrorSync({ db: h.db, bridge: h.bridge }).pull();
  const outbox = createOutboxSync({ db: h.db, bridge: h.bridge, intervalMs: 3_600_000 });
  stop = () => outbox.stop();
  const services = { db: h.db, outbox };
  return {
    outbox,
    async sell(count: number) {
      const random = seeded(5);
      const sales = Array.from({ length: count }, () => {
        const { body, total } = invoiceBody({ identification: 'x' }, sellableProducts(h.sandbox), random, colombiaToday(new Date()));
        const { customer: _none, ...anonymous } = body;
        return confirmSale(services, { body: { ...anonymous, payments: [{ id: DEMO_IDS.paymentTypes.cash, value: total }] }, summary: { label: 'Venta de mostrador' }, dependsOn: [] });
      });
      const results = await Promise.all(sales);
      expect(results.every((result) => result.ok)).toBe(true);
      await outbox.trigger();
      await outbox.trigger();
    },
  };
}

describe('the final consumer of an anonymous counter sale', () => {
  it('is found in the mirror when the company has it: nothing is created', async () => {
    h = await startHarness({ size: { customers: 30, products: 60 } });
    const counter = await anonymousSales();
    await counter.sell(2);
    const created = h.sandbox.created();
    expect(created.filter((c) => c.resource === 'customers')).toHaveLength(0);
    const invoices = created.filter((c) => c.resource === 'invoices').map((c) => h.sandbox.store.invoices.find((i) => i.id === c.id)!);
    expect(invoices.map((invoice) => invoice.customer.identification)).toEqual(['222222222222', '222222222222']);
  });

  it('is queued once for sales confirmed at the same moment, and created once in a Siigo without it', async () => {
    h = await startHarness({ size: { customers: 30, products: 60 } });
    // This company's Siigo has no final consumer yet (it is seeded under another identification).
    const store = h.sandbox.store;
    const seeded = store.customerByIdentification('222222222222', 0)!;
    store.replaceCustomer(seeded, { ...seeded, identification: '222222222229' });
    const counter = await anonymousSales();
    await counter.sell(3);
    const queuedCustomers = await h.db.documents.where('kind').equals('customer').toArray();
    expect(queuedCustomers).toHaveLength(1);
    const invoices = await h.db.documents.where('kind').equals('invoice').toArray();
    expect(invoices.every((invoice) => invoice.dependsOn.includes(queuedCustomers[0]!.id))).toBe(true);
    expect(h.sandbox.created().filter((c) => c.resource === 'customers')).toHaveLength(1);
    expect(h.sandbox.created().filter((c) => c.resource === 'invoices')).toHaveLength(3);
    // A later sale finds it among this PC's documents: still one.
    await counter.sell(1);
    expect(h.sandbox.created().filter((c) => c.resource === 'customers')).toHaveLength(1);
  });

  it('is adopted, not created again, when Siigo got it elsewhere after the mirror was pulled', async () => {
    h = await startHarness({ size: { customers: 30, products: 60 } });
    await createMirrorSync({ db: h.db, bridge: h.bridge }).pull();
    const row = (await h.db.customers.toArray()).find((c) => c.identification === '222222222222')!;
    await h.db.customers.delete(row.id);
    const counter = await anonymousSales(false);
    await counter.sell(1);
    expect(await h.db.documents.where('kind').equals('customer').count()).toBe(1);
    expect(h.sandbox.created().filter((c) => c.resource === 'customers')).toHaveLength(0);
    expect(h.sandbox.created().filter((c) => c.resource === 'invoices')).toHaveLength(1);
  });
});
