import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../../src-main/siigo-sandbox';
import { queueDocument } from '../../../src-renderer/data/outbox/queue-document';
import { createReplayEngine } from '../../../src-renderer/sync/replay/replay-engine';
import { colombiaToday } from '../../../src-shared/validation';
import { startHarness, type Harness } from '../support/harness';
import { invoiceBody, newCustomerBody, quotationBody, seeded, sellableProducts, voucherBody } from '../support/documents';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const journalOf = (harness: Harness) => (entries: Parameters<Harness['journal']['append']>[0]) => harness.journal.append(entries);
const engineFor = (harness: Harness) => createReplayEngine({ db: harness.db, bridge: harness.bridge, journal: journalOf(harness) });
const today = () => colombiaToday(new Date());

describe('outbox replay', () => {
  it('sends a customer created offline, then its invoice, then the payment of that invoice', async () => {
    h = await startHarness();
    const random = seeded(1);
    const products = sellableProducts(h.sandbox);
    const customer = newCustomerBody(1);
    const { body: invoice, total } = invoiceBody(customer, products, random, today());
    const journal = journalOf(h);
    // Queued in reverse order of need: the engine must still respect the dependencies.
    const c = await queueDocument(h.db, { kind: 'customer', body: customer, summary: {} }, journal);
    const i = await queueDocument(h.db, { kind: 'invoice', body: invoice, summary: {}, dependsOn: [c.documentId] }, journal);
    const v = await queueDocument(
      h.db,
      { kind: 'voucher', body: voucherBody(customer, total, today()), summary: {}, refs: [{ path: ['items', 0, 'due'], documentId: i.documentId, use: 'invoice-due' }] },
      journal,
    );

    const report = await engineFor(h).run();
    expect(report).toMatchObject({ sent: 3, failed: 0 });
    const [customerDoc, invoiceDoc, voucherDoc] = await h.db.documents.bulkGet([c.documentId, i.documentId, v.documentId]);
    expect(customerDoc?.state).toBe('sent');
    const sentInvoice = h.sandbox.store.invoices.find((inv) => inv.id === invoiceDoc?.siigo?.id);
    expect(sentInvoice?.balance).toBe(0);
    const sentVoucher = h.sandbox.store.vouchers.find((vo) => vo.id === voucherDoc?.siigo?.id);
    expect(sentVoucher?.items?.[0]?.due?.prefix).toBe(invoiceDoc?.siigo?.name?.replace(/-\d+$/, ''));
    expect(h.sandbox.created().map((row) => row.resource)).toEqual(['customers', 'invoices', 'vouchers']);
    const keys = h.sandbox.created().map((row) => row.idempotencyKey);
    expect(keys).toEqual([undefined, i.operationId, v.operationId]);
  });

  it('lets a failed document block only its dependents', async () => {
    h = await startHarness();
    const random = seeded(2);
    const products = sellableProducts(h.sandbox);
    const journal = journalOf(h);
    const broken = { ...newCustomerBody(2), address: { address: 'Calle 1', city: { country_code: 'Co', state_code: '11', city_code: '99999' } } };
    const c = await queueDocument(h.db, { kind: 'customer', body: broken, summary: {} }, journal);
    const dependent = await queueDocument(h.db, { kind: 'invoice', body: invoiceBody(broken, products, random, today()).body, summary: {}, dependsOn: [c.documentId] }, journal);
    const seededCustomer = h.sandbox.store.customers.find((x) => x.active && x.contacts.length > 0)!;
    const independent = await queueDocument(h.db, { kind: 'invoice', body: invoiceBody(seededCustomer, products, random, today()).body, summary: {} }, journal);

    await engineFor(h).run();
    const [customerDoc, dependentDoc, independentDoc] = await h.db.documents.bulkGet([c.documentId, dependent.documentId, independent.documentId]);
    expect(customerDoc?.state).toBe('needs_attention');
    const op = await h.db.outbox.get(c.operationId);
    expect(op?.lastFailure?.errors[0]?.Code).toBe('invalid_reference');
    expect(dependentDoc?.state).toBe('queued');
    expect(independentDoc?.state).toBe('sent');
  });

  it('looks a customer up instead of creating it twice when the answer was lost', async () => {
    h = await startHarness();
    h.sandbox.addFault({ method: 'POST', path: '/v1/customers', kind: 'drop-after-commit', times: 1 });
    const customer = newCustomerBody(3);
    const c = await queueDocument(h.db, { kind: 'customer', body: customer, summary: {} }, journalOf(h));
    await engineFor(h).run();
    expect((await h.db.documents.get(c.documentId))?.state).toBe('sent');
    const trail = await h.db.audit.where('documentId').equals(c.documentId).toArray();
    expect(trail.map((row) => row.to)).toEqual(['queued', 'sending', 'retrying', 'sending', 'sent']);
    expect(trail.at(-1)?.detail).toContain('Ya existía en Siigo');
    expect(h.sandbox.store.customers.filter((x) => x.identification === customer.identification)).toHaveLength(1);
    expect(h.sandbox.requests().filter((r) => r.method === 'POST' && r.path === '/v1/customers')).toHaveLength(1);
  });

  it('adopts the existing customer when Siigo says already_exists', async () => {
    h = await startHarness();
    const existing = h.sandbox.store.customers.find((x) => x.active && x.person_type === 'Person' && x.branch_office === 0)!;
    const body = { ...newCustomerBody(4), identification: existing.identification };
    const c = await queueDocument(h.db, { kind: 'customer', body, summary: {} }, journalOf(h));
    await engineFor(h).run();
    const document = await h.db.documents.get(c.documentId);
    expect(document?.state).toBe('sent');
    expect(document?.siigo?.id).toBe(existing.id);
  });

  it('finds a quotation whose answer was lost instead of creating a second one', async () => {
    h = await startHarness();
    h.sandbox.addFault({ method: 'POST', path: '/v1/quotations', kind: 'drop-after-commit', times: 1 });
    const customer = h.sandbox.store.customers.find((x) => x.active && x.contacts.length > 0)!;
    const body = quotationBody(customer, sellableProducts(h.sandbox), seeded(5), today(), 'Cotización para obra');
    const q = await queueDocument(h.db, { kind: 'quotation', body, summary: {} }, journalOf(h));
    await engineFor(h).run();
    expect((await h.db.documents.get(q.documentId))?.state).toBe('sent');
    expect(h.sandbox.requests().filter((r) => r.method === 'POST' && r.path === '/v1/quotations')).toHaveLength(1);
    expect(h.sandbox.created().filter((row) => row.resource === 'quotations')).toHaveLength(1);
  });

  it("finds it the same with this PC's clock hours ahead of Siigo's, and never adopts a twin quotation already sent", async () => {
    h = await startHarness();
    const customer = h.sandbox.store.customers.find((x) => x.active && x.contacts.length > 0)!;
    const body = quotationBody(customer, sellableProducts(h.sandbox), seeded(9), today(), 'Cotización repetida');
    // The customer asked for the same quotation twice today: two documents, both must land.
    const first = await queueDocument(h.db, { kind: 'quotation', body, summary: {} }, journalOf(h));
    const ahead = () => Date.now() + 3 * 3_600_000;
    await createReplayEngine({ db: h.db, bridge: h.bridge, journal: journalOf(h), now: ahead }).run();
    const twin = await queueDocument(h.db, { kind: 'quotation', body, summary: {} }, journalOf(h));
    h.sandbox.addFault({ method: 'POST', path: '/v1/quotations', kind: 'drop-after-commit', times: 1 });
    await createReplayEngine({ db: h.db, bridge: h.bridge, journal: journalOf(h), now: ahead }).run();
    const quotations = h.sandbox.created().filter((row) => row.resource === 'quotations');
    expect(quotations).toHaveLength(2);
    const [a, b] = await h.db.documents.bulkGet([first.documentId, twin.documentId]);
    expect([a?.state, b?.state]).toEqual(['sent', 'sent']);
    expect(new Set([a?.siigo?.id, b?.siigo?.id])).toEqual(new Set(quotations.map((row) => row.id)));
  });

  it('sends an electronic invoice drafted on an earlier day with the send date, and says so', async () => {
    h = await startHarness();
    const docTypes = await h.bridge.invoke('catalogs:document-types', { type: 'FV' });
    await h.db.documentTypes.bulkPut(docTypes.map((siigo) => ({ id: siigo.id, type: 'FV', active: siigo.active !== false, siigo })));
    const customer = h.sandbox.store.customers.find((x) => x.active && x.contacts.length > 0)!;
    const products = sellableProducts(h.sandbox);
    const yesterday = colombiaToday(new Date(Date.now() - 86_400_000));
    const electronic = invoiceBody(customer, products, seeded(6), yesterday, DEMO_IDS.documentTypes.fvElectronic).body;
    const paper = invoiceBody(customer, products, seeded(7), yesterday, DEMO_IDS.documentTypes.fvPaper).body;
    const e = await queueDocument(h.db, { kind: 'invoice', body: { ...electronic, stamp: { send: true } }, summary: {} }, journalOf(h));
    const p = await queueDocument(h.db, { kind: 'invoice', body: paper, summary: {} }, journalOf(h));
    await engineFor(h).run();
    const [eDoc, pDoc] = await h.db.documents.bulkGet([e.documentId, p.documentId]);
    expect(h.sandbox.store.invoices.find((inv) => inv.id === eDoc?.siigo?.id)?.date).toBe(today());
    expect(h.sandbox.store.invoices.find((inv) => inv.id === pDoc?.siigo?.id)?.date).toBe(yesterday);
    const trail = await h.db.audit.where('documentId').equals(e.documentId).toArray();
    expect(trail.some((row) => row.detail.includes(`Fecha cambiada de ${yesterday} a ${today()}`))).toBe(true);
    expect(eDoc?.dian?.status).toBe('Draft');
    expect(await h.db.stampWatch.get(e.documentId)).toBeDefined();
  });
});
