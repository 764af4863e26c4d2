import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../../src-main/siigo-sandbox';
import type { SandboxContext } from '../../../src-main/siigo-sandbox/domain/context';
import { createInvoice } from '../../../src-main/siigo-sandbox/domain/create-invoice';
import { createPrng } from '../../../src-main/siigo-sandbox/prng';
import { toFixedText } from '../../../src-shared/money/decimal';
import { colombiaToday } from '../../../src-shared/validation';
import { readReceivablesState, receivablesView } from '../../../src-renderer/data/mirror/receivables';
import { createMirrorSync } from '../../../src-renderer/sync/pull/mirror-sync';
import { refreshReceivables } from '../../../src-renderer/sync/pull/receivables-pull';
import { documentRow } from '../support/document-row';
import { startHarness, type Harness } from '../support/harness';

const DAY_MS = 86_400_000;
const OPEN = 1000;
const PAID = 250;
let h: Harness;

/**
 * `open` credit invoices (due dates spread over 150 days, so every age bucket has some) and
 * `paid` cash ones, straight into the sandbox's store through its own invoice code, as its seed
 * does: a thousand POSTs would only slow the test.
 */
function seedInvoices(open: number, paid: number): void {
  const ctx: SandboxContext = {
    store: h.sandbox.store,
    now: () => new Date(Date.now() - 200 * DAY_MS),
    ids: createPrng(99),
    baseUrl: () => h.sandbox.url,
    stamp: { delayMs: 0, reject: () => false },
  };
  const customers = h.sandbox.store.customers.filter((c) => c.active && c.contacts.length > 0).slice(0, 25);
  const product = h.sandbox.store.products.find((p) => p.active)!;
  const today = Date.parse(`${colombiaToday(new Date())}T00:00:00Z`);
  for (let i = 0; i < open + paid; i++) {
    const customer = customers[i % customers.length]!;
    const value = 10000 + i;
    const credit = i < open;
    createInvoice(
      ctx,
      {
        document: { id: DEMO_IDS.documentTypes.fvPaper },
        date: new Date(today - 180 * DAY_MS).toISOString().slice(0, 10),
        customer: { identification: customer.identification, branch_office: customer.branch_office },
        seller: DEMO_IDS.users.main,
        items: [{ code: product.code, quantity: 1, price: value, taxes: [] }],
        payments: [
          credit
            ? { id: DEMO_IDS.paymentTypes.credit, value, due_date: new Date(today + (20 - (i % 150)) * DAY_MS).toISOString().slice(0, 10) }
            : { id: DEMO_IDS.paymentTypes.cash, value },
        ],
      },
      { seeding: true },
    );
  }
}

/** What Siigo says is owed: Σ balances of its invoices, in cents. */
const siigoOpenTotal = () => h.sandbox.store.invoices.reduce((sum, inv) => sum + Math.round(inv.balance * 100), 0) / 100;
const invoiceListings = (since: number) => h.sandbox.requestsSince(since).filter((r) => r.method === 'GET' && r.path === '/v1/invoices');

beforeAll(async () => {
  h = await startHarness({ size: { customers: 40, products: 20 }, seedInvoices: false, requestLogLimit: Infinity });
  await createMirrorSync({ db: h.db, bridge: h.bridge }).pull({ only: ['customers'] });
  seedInvoices(OPEN, PAID);
});
afterAll(() => h.close());

describe('accounts receivable from Siigo’s invoice list', () => {
  it(`costs ⌈N/100⌉ requests the first time (N = ${OPEN + PAID} invoices, ${OPEN} open), totals equal to Siigo’s open balances`, async () => {
    expect(h.sandbox.store.invoices.filter((inv) => inv.balance > 0)).toHaveLength(OPEN);
    const before = h.sandbox.requestCount();
    const result = await refreshReceivables(h.db, h.bridge);
    expect(result).toMatchObject({ mode: 'full', requests: Math.ceil((OPEN + PAID) / 100) });
    expect(invoiceListings(before)).toHaveLength(Math.ceil((OPEN + PAID) / 100));
    expect(invoiceListings(before).every((r) => /page_size=100/.test(r.query))).toBe(true);

    const view = await receivablesView(h.db, colombiaToday(new Date()));
    expect(Number(toFixedText(view.report.total))).toBe(siigoOpenTotal());
    expect(view.report.customers).toHaveLength(25);
    for (const bucket of ['current', 'd0to30', 'd31to60', 'd61to90', 'over90'] as const) {
      expect(Number(toFixedText(view.report.totals[bucket]))).toBeGreaterThan(0);
    }
    expect((await readReceivablesState(h.db)).fetchedAt).toBe(result.fetchedAt);
  });

  it('then costs 2 requests: only invoices changed (a payment) or created since, merged into what was kept', async () => {
    const owing = h.sandbox.store.invoices.find((inv) => inv.balance > 0)!;
    await h.bridge.invoke('vouchers:create', {
      body: {
        document: { id: DEMO_IDS.documentTypes.receipt },
        date: colombiaToday(new Date()),
        type: 'DebtPayment',
        customer: { identification: owing.customer.identification, branch_office: owing.customer.branch_office },
        items: [{ due: { prefix: owing.name.replace(/-\d+$/, ''), consecutive: owing.number, quote: 1, date: owing.payments.find((p) => p.due_date)!.due_date! }, value: 5000 }],
        payment: { id: DEMO_IDS.paymentTypes.cash, value: 5000 },
      },
      idempotencyKey: `RECEIVABLES${Date.now()}`,
    });
    const before = h.sandbox.requestCount();
    const result = await refreshReceivables(h.db, h.bridge);
    expect(result).toMatchObject({ mode: 'incremental', requests: 2 });
    expect(invoiceListings(before).map((r) => new URLSearchParams(r.query).has('updated_start') || new URLSearchParams(r.query).has('created_start'))).toEqual([true, true]);
    expect((await h.db.receivables.get(owing.id))?.balance).toBe(owing.balance);
    const view = await receivablesView(h.db, colombiaToday(new Date()));
    expect(Number(toFixedText(view.report.total))).toBe(siigoOpenTotal());
  });

  it('keeps what it had, with its date, when Siigo cannot be reached', async () => {
    const { fetchedAt } = await readReceivablesState(h.db);
    h.offline();
    try {
      await expect(refreshReceivables(h.db, h.bridge)).rejects.toThrow();
      const state = await readReceivablesState(h.db);
      expect(state.fetchedAt).toBe(fetchedAt);
      expect(state.lastError).toBeTruthy();
      const view = await receivablesView(h.db, colombiaToday(new Date()));
      expect(Number(toFixedText(view.report.total))).toBe(siigoOpenTotal());
    } finally {
      h.online();
    }
  });

  it('takes off receipts recorded here until a refresh after their send, and adds credit invoices made here', async () => {
    const today = colombiaToday(new Date());
    const [paid, queuedFor] = h.sandbox.store.invoices.filter((inv) => inv.balance > 10000);
    const due = (inv: NonNullable<typeof paid>) => ({ prefix: inv.name.replace(/-\d+$/, ''), consecutive: inv.number, quote: 1, date: inv.payments.find((p) => p.due_date)!.due_date! });
    const customerOf = (inv: NonNullable<typeof paid>) => ({ identification: inv.customer.identification, branch_office: inv.customer.branch_office });
    // A receipt this PC sent just now (Siigo's balance has it; the stored receivables do not).
    const body = { document: { id: DEMO_IDS.documentTypes.receipt }, date: today, type: 'DebtPayment' as const, customer: customerOf(paid!), items: [{ due: due(paid!), value: 3000 }], payment: { id: DEMO_IDS.paymentTypes.cash, value: 3000 } };
    const created = await h.bridge.invoke('vouchers:create', { body, idempotencyKey: `RECEIVABLESSENT${Date.now()}` });
    const sentAt = new Date().toISOString();
    await h.db.documents.bulkPut([
      documentRow({ kind: 'voucher', state: 'sent', updatedAt: sentAt, body, siigo: { id: created.id, name: created.name ?? null, number: null, prefix: null } }),
      // One still queued (Siigo has not got it).
      documentRow({ kind: 'voucher', state: 'queued', body: { ...body, customer: customerOf(queuedFor!), items: [{ due: due(queuedFor!), value: 2000 }], payment: { id: DEMO_IDS.paymentTypes.cash, value: 2000 } } }),
      // A credit sale made here, still in the queue.
      documentRow({ kind: 'invoice', state: 'queued', body: { date: today, customer: customerOf(paid!), payments: [{ id: DEMO_IDS.paymentTypes.credit, value: 7000, due_date: today }] } }),
    ]);
    let view = await receivablesView(h.db, today);
    expect(toFixedText(view.pending)).toBe('5000');
    expect(Number(toFixedText(view.report.total))).toBe(siigoOpenTotal() - 2000 + 7000);

    await refreshReceivables(h.db, h.bridge);
    view = await receivablesView(h.db, today);
    // Siigo confirmed the sent one: counted once, by Siigo. The queued one still counts.
    expect(toFixedText(view.pending)).toBe('2000');
    expect(Number(toFixedText(view.report.total))).toBe(siigoOpenTotal() - 2000 + 7000);
    await h.db.documents.clear();
  });

  it('makes a full listing asked for while an incremental refresh runs after it, instead of joining it', async () => {
    const incremental = refreshReceivables(h.db, h.bridge);
    const full = refreshReceivables(h.db, h.bridge, { full: true });
    expect((await incremental).mode).toBe('incremental');
    expect(await full).toMatchObject({ mode: 'full', requests: Math.ceil(h.sandbox.store.invoices.length / 100) });
    expect((await readReceivablesState(h.db)).fullAt).toBe((await full).fetchedAt);
  });

  it('lists again in full once the last full listing is a day old', async () => {
    const before = h.sandbox.requestCount();
    const result = await refreshReceivables(h.db, h.bridge, { now: () => new Date(Date.now() + DAY_MS + 60_000) });
    expect(result.mode).toBe('full');
    expect(invoiceListings(before)).toHaveLength(Math.ceil(h.sandbox.store.invoices.length / 100));
  });
});
