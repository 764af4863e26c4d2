import { describe, expect, it } from 'vitest';
import type { FaultRule } from '../../../src-main/sandbox';
import { queueDocument } from '../../../src-renderer/data/outbox/queue-document';
import { bogotaToday, createReplayEngine } from '../../../src-renderer/sync/replay/replay-engine';
import { invoiceBody, newCustomerBody, quotationBody, seeded, sellableProducts, voucherBody } from '../support/documents';
import { startHarness, type Harness } from '../support/harness';

/** Faults on every write route, drawn from the sandbox's seeded PRNG. */
const faults: FaultRule[] = [
  { method: 'POST', path: /^\/v1\/(invoices|vouchers|customers|quotations)$/, kind: 'drop-after-commit', probability: 0.08 },
  { method: 'POST', path: /^\/v1\/(invoices|vouchers|customers|quotations)$/, kind: 'drop-before-commit', probability: 0.04 },
  { method: 'POST', path: /^\/v1\/(invoices|vouchers)$/, kind: 'hang', times: 3, skip: 40 },
  { path: /^\/v1\//, kind: 'status', status: 503, probability: 0.04 },
  { path: /^\/v1\//, kind: 'status', status: 500, probability: 0.02 },
  { path: /^\/v1\//, kind: 'rate-limit', probability: 0.03 },
];

interface Plan {
  kind: 'customer' | 'invoice' | 'voucher' | 'quotation';
  documentId: string;
  operationId: string;
  dependsOn: string[];
  marker: string;
}

/**
 * 500 operations queued offline; replayed through drops after commit, 429 and 5xx bursts and
 * hangs; the engine killed mid-replay and a new one started on the reopened database.
 */
async function queueWorkload(h: Harness, total: number): Promise<Plan[]> {
  const random = seeded(42);
  const products = sellableProducts(h.sandbox);
  const existing = h.sandbox.store.customers.filter((c) => c.active && c.contacts.length > 0);
  const today = bogotaToday(Date.now());
  const journal = (entries: Parameters<Harness['journal']['append']>[0]) => h.journal.append(entries);
  const plans: Plan[] = [];
  const invoicesAwaitingPayment: Array<{ documentId: string; customer: { identification: string }; total: number }> = [];
  const newCustomers: Array<{ documentId: string; identification: string }> = [];
  for (let n = 0; plans.length < total; n += 1) {
    const roll = random();
    if (roll < 0.2) {
      const body = newCustomerBody(500_000 + n);
      const queued = await queueDocument(h.db, { kind: 'customer', body, summary: {} }, journal);
      newCustomers.push({ documentId: queued.documentId, identification: body.identification });
      plans.push({ kind: 'customer', ...queued, dependsOn: [], marker: body.identification });
    } else if (roll < 0.6) {
      const useNew = newCustomers.length > 0 && random() < 0.5;
      const fresh = useNew ? newCustomers[Math.floor(random() * newCustomers.length)]! : null;
      const customer = fresh ?? existing[Math.floor(random() * existing.length)]!;
      const { body, total: amount } = invoiceBody(customer, products, random, today);
      const dependsOn = fresh ? [fresh.documentId] : [];
      const queued = await queueDocument(h.db, { kind: 'invoice', body, summary: {}, dependsOn }, journal);
      invoicesAwaitingPayment.push({ documentId: queued.documentId, customer, total: amount });
      plans.push({ kind: 'invoice', ...queued, dependsOn, marker: queued.operationId });
    } else if (roll < 0.8 && invoicesAwaitingPayment.length > 0) {
      const invoice = invoicesAwaitingPayment.splice(Math.floor(random() * invoicesAwaitingPayment.length), 1)[0]!;
      const body = voucherBody(invoice.customer, invoice.total, today);
      const refs = [{ path: ['items', 0, 'due'], documentId: invoice.documentId, use: 'invoice-due' as const }];
      const queued = await queueDocument(h.db, { kind: 'voucher', body, summary: {}, refs }, journal);
      plans.push({ kind: 'voucher', ...queued, dependsOn: [invoice.documentId], marker: queued.operationId });
    } else {
      const customer = existing[Math.floor(random() * existing.length)]!;
      const marker = `Cotización de prueba ${n}`;
      const body = quotationBody(customer, products, random, today, marker);
      const queued = await queueDocument(h.db, { kind: 'quotation', body, summary: {} }, journal);
      plans.push({ kind: 'quotation', ...queued, dependsOn: [], marker });
    }
  }
  return plans;
}

describe('exactly-once replay under faults', () => {
  it('ends with exactly the queued documents in Siigo: none lost, none duplicated, dependencies honoured', async () => {
    const h = await startHarness({ seed: 7, faults });
    try {
      const plans = await queueWorkload(h, 500);
      let offset = 0;
      const now = () => Date.now() + offset;
      const journal = (entries: Parameters<Harness['journal']['append']>[0]) => h.journal.append(entries);

      // First engine: killed once about a third of the documents have landed.
      const first = createReplayEngine({ db: h.db, bridge: h.bridge, journal, now, concurrency: 4 });
      const running = first.run();
      const waitFor = async (created: number) => {
        while (h.sandbox.created().length < created) await new Promise((resolve) => setTimeout(resolve, 2));
      };
      await waitFor(160);
      // Slow writes down so the kill lands while sends are in flight, as a crash would.
      h.sandbox.addFault({ method: 'POST', kind: 'latency', ms: 150 });
      await waitFor(170);
      first.kill();
      await running;

      // A new engine on the reopened database, as after a crash and restart.
      const db = await h.reopen();
      // The kill caught sends in flight: their outcome was never written locally.
      expect(await db.outbox.where('state').equals('sending').count()).toBeGreaterThan(0);
      h.sandbox.clearFaults();
      faults.forEach((rule) => h.sandbox.addFault(rule));
      const second = createReplayEngine({ db, bridge: h.bridge, journal, now, concurrency: 4 });
      for (let pass = 0; pass < 30; pass += 1) {
        await second.run();
        const pending = await db.outbox.where('state').noneOf(['sent', 'discarded']).count();
        if (pending === 0) break;
        offset += 20 * 60_000; // let retry backoffs elapse
      }

      const documents = await db.documents.toArray();
      expect(documents.filter((d) => d.state !== 'sent').map((d) => `${d.kind}:${d.state}`)).toEqual([]);
      expect(documents.every((d) => d.siigo?.id)).toBe(true);

      const created = h.sandbox.created();
      expect(created).toHaveLength(500);
      const count = (kind: Plan['kind']) => plans.filter((p) => p.kind === kind).length;
      expect(created.filter((c) => c.resource === 'customers')).toHaveLength(count('customer'));
      expect(created.filter((c) => c.resource === 'invoices')).toHaveLength(count('invoice'));
      expect(created.filter((c) => c.resource === 'vouchers')).toHaveLength(count('voucher'));
      expect(created.filter((c) => c.resource === 'quotations')).toHaveLength(count('quotation'));
      // Every keyed document was created by its own operation's key, once.
      const keys = created.filter((c) => c.idempotencyKey).map((c) => c.idempotencyKey);
      expect(new Set(keys).size).toBe(keys.length);
      // Each local document holds a distinct Siigo id that exists in the sandbox.
      const siigoIds = documents.map((d) => d.siigo!.id);
      expect(new Set(siigoIds).size).toBe(500);
      const createdIds = new Set(created.map((c) => c.id));
      expect(siigoIds.every((id) => createdIds.has(id))).toBe(true);

      // Dependencies: what a document waits for was created before it.
      const position = new Map(created.map((c, index) => [c.id, index]));
      const byId = new Map(documents.map((d) => [d.id, d]));
      for (const plan of plans) {
        for (const dependency of plan.dependsOn) {
          const before = position.get(byId.get(dependency)!.siigo!.id)!;
          const after = position.get(byId.get(plan.documentId)!.siigo!.id)!;
          expect(before).toBeLessThan(after);
        }
      }
      // Payments reference the very invoice they pay.
      for (const plan of plans.filter((p) => p.kind === 'voucher')) {
        const invoice = byId.get(plan.dependsOn[0]!)!;
        const voucher = h.sandbox.store.vouchers.find((v) => v.id === byId.get(plan.documentId)!.siigo!.id)!;
        expect(`${voucher.items?.[0]?.due?.prefix}-${voucher.items?.[0]?.due?.consecutive}`).toBe(invoice.siigo!.name);
      }
      const faulted = h.sandbox.requests().filter((r) => r.fault).length;
      console.log(`exactly-once: 500 operations, ${faulted} faulted requests, ${h.sandbox.requests().length} requests in all`);
      expect(faulted).toBeGreaterThan(30);
    } finally {
      await h.close();
    }
  }, 120_000);
});
