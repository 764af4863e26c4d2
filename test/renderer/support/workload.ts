import type { FaultRule } from '../../../src-main/siigo-sandbox';
import { queueDocument } from '../../../src-renderer/data/outbox/queue-document';
import { createReplayEngine } from '../../../src-renderer/sync/replay/replay-engine';
import { colombiaToday } from '../../../src-shared/validation';
import type { InvoiceCreate } from '../../../src-shared/siigo';
import { creditNoteBody, invoiceBody, newCustomerBody, quotationBody, seeded, sellableProducts, voucherBody } from './documents';
import type { Harness } from './harness';

/** Faults on every write route, drawn from the sandbox's seeded PRNG. */
export const replayFaults: FaultRule[] = [
  { method: 'POST', path: /^\/v1\/(invoices|vouchers|customers|quotations|credit-notes)$/, kind: 'drop-after-commit', probability: 0.08 },
  { method: 'POST', path: /^\/v1\/(invoices|vouchers|customers|quotations|credit-notes)$/, kind: 'drop-before-commit', probability: 0.04 },
  { method: 'POST', path: /^\/v1\/(invoices|vouchers|credit-notes)$/, kind: 'hang', times: 3, skip: 40 },
  { path: /^\/v1\//, kind: 'status', status: 503, probability: 0.04 },
  { path: /^\/v1\//, kind: 'status', status: 500, probability: 0.02 },
  { path: /^\/v1\//, kind: 'rate-limit', probability: 0.03 },
];

export interface Plan {
  kind: 'customer' | 'invoice' | 'voucher' | 'quotation' | 'creditNote';
  documentId: string;
  operationId: string;
  dependsOn: string[];
  marker: string;
}

/**
 * A mixed offline workload: new customers, invoices (some for those new customers), payments of
 * queued invoices, returns of queued invoices (credit notes), and quotations, in a seeded random order.
 */
export async function queueWorkload(h: Pick<Harness, 'db' | 'sandbox' | 'journal'>, total: number, seed = 42): Promise<Plan[]> {
  const random = seeded(seed);
  const products = sellableProducts(h.sandbox);
  const existing = h.sandbox.store.customers.filter((c) => c.active && c.contacts.length > 0);
  const today = colombiaToday(new Date());
  const journal = (entries: Parameters<Harness['journal']['append']>[0]) => h.journal.append(entries);
  const plans: Plan[] = [];
  const invoicesAwaitingPayment: Array<{ documentId: string; customer: { identification: string }; total: number }> = [];
  const invoicesToReturn: Array<{ documentId: string; body: InvoiceCreate }> = [];
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
      invoicesToReturn.push({ documentId: queued.documentId, body });
      plans.push({ kind: 'invoice', ...queued, dependsOn, marker: queued.operationId });
    } else if (roll < 0.66 && invoicesToReturn.length > 0) {
      const invoice = invoicesToReturn.splice(Math.floor(random() * invoicesToReturn.length), 1)[0]!;
      const refs = [{ path: ['invoice'], documentId: invoice.documentId, use: 'invoice-id' as const }];
      const queued = await queueDocument(h.db, { kind: 'creditNote', body: creditNoteBody(invoice.body, today), summary: {}, refs }, journal);
      plans.push({ kind: 'creditNote', ...queued, dependsOn: [invoice.documentId], marker: queued.operationId });
    } else if (roll < 0.82 && invoicesAwaitingPayment.length > 0) {
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


/**
 * Replays the outbox the way a cashier's PC lives it: an engine is killed each time the sandbox
 * has landed one of `killAt` documents (with writes slowed so sends are in flight), and a new one
 * starts on the reopened database; retry backoffs are let elapse between passes.
 */
export async function replayWithCrashes(h: Harness, killAt: readonly number[], faults: readonly FaultRule[]): Promise<void> {
  let offset = 0;
  const now = () => Date.now() + offset;
  const journal = (entries: Parameters<Harness['journal']['append']>[0]) => h.journal.append(entries);
  const waitFor = async (created: number) => {
    while (h.sandbox.created().length < created) await new Promise((resolve) => setTimeout(resolve, 2));
  };
  for (const target of killAt) {
    const engine = createReplayEngine({ db: h.db, bridge: h.bridge, journal, now });
    const running = engine.run();
    await Promise.race([waitFor(target - 10), running]);
    h.sandbox.addFault({ method: 'POST', kind: 'latency', ms: 150 });
    await Promise.race([waitFor(target), running]);
    engine.kill();
    await running;
    h.sandbox.clearFaults();
    faults.forEach((rule) => h.sandbox.addFault(rule));
    await h.reopen();
  }
  const engine = createReplayEngine({ db: h.db, bridge: h.bridge, journal, now });
  for (let pass = 0; pass < 60; pass += 1) {
    await engine.run();
    // Per-state counts: noneOf() walks a cursor row by row, minutes on 10,000 rows in fake-indexeddb.
    const unfinished = await Promise.all((['queued', 'sending', 'retrying', 'needs_attention'] as const).map((state) => h.db.outbox.where('state').equals(state).count()));
    if (unfinished.every((n) => n === 0)) return;
    offset += 20 * 60_000;
  }
}

export interface ReplayAudit {
  operations: number;
  landed: number;
  /** Documents Siigo holds beyond one per operation. */
  duplicates: number;
  /** Operations that did not end with their own document in Siigo. */
  lost: number;
  /** A document created before something it depends on. */
  orderViolations: number;
  /** A payment or credit note naming another invoice than the one it pays or corrects. */
  wrongReferences: number;
}

/** Compares what was queued with what the sandbox holds, from the sandbox's own records. */
export async function auditReplay(h: Pick<Harness, 'db' | 'sandbox'>, plans: readonly Plan[]): Promise<ReplayAudit> {
  const created = h.sandbox.created();
  const documents = new Map((await h.db.documents.toArray()).map((d) => [d.id, d]));
  const createdIds = new Set(created.map((c) => c.id));
  const position = new Map(created.map((c, index) => [c.id, index]));
  const siigoIdOf = (documentId: string) => documents.get(documentId)?.siigo?.id;
  const lost = plans.filter((p) => {
    const id = siigoIdOf(p.documentId);
    return documents.get(p.documentId)?.state !== 'sent' || !id || !createdIds.has(id);
  }).length;
  const claimed = new Set(plans.map((p) => siigoIdOf(p.documentId)).filter(Boolean));
  let orderViolations = 0;
  let wrongReferences = 0;
  for (const plan of plans) {
    const after = position.get(siigoIdOf(plan.documentId) ?? '');
    for (const dependency of plan.dependsOn) {
      const before = position.get(siigoIdOf(dependency) ?? '');
      if (before === undefined || after === undefined || before >= after) orderViolations += 1;
    }
    if (plan.kind === 'creditNote') {
      const invoice = documents.get(plan.dependsOn[0] ?? '');
      const note = h.sandbox.store.creditNotes.find((n) => n.id === siigoIdOf(plan.documentId));
      if (!invoice?.siigo || note?.invoice?.id !== invoice.siigo.id) wrongReferences += 1;
    }
    if (plan.kind === 'voucher') {
      const invoice = documents.get(plan.dependsOn[0] ?? '');
      const voucher = h.sandbox.store.vouchers.find((v) => v.id === siigoIdOf(plan.documentId));
      const due = voucher?.items?.[0]?.due;
      if (!invoice?.siigo || `${due?.prefix}-${due?.consecutive}` !== invoice.siigo.name) wrongReferences += 1;
    }
  }
  return {
    operations: plans.length,
    landed: created.length,
    duplicates: created.length - claimed.size,
    lost,
    orderViolations,
    wrongReferences,
  };
}
