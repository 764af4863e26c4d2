import { afterEach, describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../src-shared/ipc/contract';
import { colombiaToday } from '../../../src-shared/validation';
import { confirmDocument } from '../../../src-renderer/data/outbox/confirm-document';
import { createMirrorSync } from '../../../src-renderer/sync/pull/mirror-sync';
import { invoiceBody, newCustomerBody, seeded, sellableProducts, voucherBody } from '../support/documents';
import { startHarness, type Harness } from '../support/harness';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

describe('confirming a document', () => {
  it('queues only what Siigo would accept, checked against the mirror and the queue', async () => {
    h = await startHarness({ size: { customers: 30, products: 60 } });
    await createMirrorSync({ db: h.db, bridge: h.bridge }).pull();
    const journal = (entries: JournalEntry[]) => h.journal.append(entries);
    const today = colombiaToday(new Date());
    const products = sellableProducts(h.sandbox);

    // A customer created offline, then an invoice for it: the invoice knows the queued customer.
    const customer = newCustomerBody(1);
    const c = await confirmDocument(h.db, { kind: 'customer', body: customer, summary: {} }, journal);
    expect(c.ok).toBe(true);
    const { body, total } = invoiceBody(customer, products, seeded(1), today);
    const wrong = await confirmDocument(h.db, { kind: 'invoice', body: { ...body, payments: [{ ...body.payments[0]!, value: total - 0.01 }] }, summary: {} }, journal);
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.issues.map((i) => i.code)).toEqual(['invalid_total_payments']);
    const i = await confirmDocument(h.db, { kind: 'invoice', body, summary: {}, dependsOn: [c.ok ? c.documentId : ''] }, journal);
    expect(i.ok).toBe(true);

    // A payment of that queued invoice: at most its credit balance.
    const refs = [{ path: ['items', 0, 'due'], documentId: i.ok ? i.documentId : '', use: 'invoice-due' as const }];
    const tooMuch = await confirmDocument(h.db, { kind: 'voucher', body: voucherBody(customer, total + 1, today), summary: {}, refs }, journal);
    expect(!tooMuch.ok && tooMuch.issues.map((issue) => issue.code)).toContain('invalid_amount');
    const v = await confirmDocument(h.db, { kind: 'voucher', body: voucherBody(customer, total, today), summary: {}, refs }, journal);
    expect(v.ok).toBe(true);

    // Refused drafts queue nothing.
    expect(await h.db.outbox.count()).toBe(3);
    const company = { ...newCustomerBody(2), person_type: 'Company' as const, id_type: '31', identification: '900123456', check_digit: '1', name: ['Ferretería El Tornillo SAS'] };
    const bad = await confirmDocument(h.db, { kind: 'customer', body: company, summary: {} }, journal);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.issues[0]?.message).toMatch(/dígito de verificación/i);
    expect(await h.db.outbox.count()).toBe(3);
  });
});
