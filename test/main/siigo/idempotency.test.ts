import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_IDS, type Sandbox } from '../../../src-main/siigo-sandbox';
import {
  bogotaToday,
  clientFor,
  closedPortUrl,
  customerBody,
  invoiceBody,
  quotationBody,
  rejectionOf,
  requestsTo,
  sandbox,
  seedRefs,
} from './support';

describe('Siigo client writes: replay only what Siigo deduplicates', () => {
  let sb: Sandbox | undefined;
  afterEach(async () => {
    await sb?.close();
    sb = undefined;
  });

  it('POST invoice with a key, answer lost after commit → replayed, first invoice returned, ONE invoice', async () => {
    sb = await sandbox();
    const { client } = clientFor(sb);
    const refs = await seedRefs(client);
    sb.addFault({ kind: 'drop-after-commit', method: 'POST', path: '/v1/invoices', times: 1 });
    const key = '01JD8X3K5Q7R9T2V4W6Y8Z0A1B';

    const invoice = await client.invoices.create(invoiceBody(refs.customer, refs.product), { idempotencyKey: key });

    const posts = requestsTo(sb, 'POST', '/v1/invoices');
    expect(posts.map((r) => r.status)).toEqual(['dropped', expect.any(Number)]);
    expect(posts.every((r) => r.idempotencyKey === key)).toBe(true);
    const created = sb.created().filter((c) => c.resource === 'invoices' && c.idempotencyKey === key);
    expect(created).toHaveLength(1);
    expect(invoice.id).toBe(created[0]?.id);
    expect(invoice.total).toBe(1190);
    client.close();
  });

  it('the same key sent again later (outbox replay) returns the same invoice', async () => {
    sb = await sandbox();
    const { client } = clientFor(sb);
    const refs = await seedRefs(client);
    const body = invoiceBody(refs.customer, refs.product);
    const first = await client.invoices.create(body, { idempotencyKey: 'ABC123replay' });
    const again = await client.invoices.create(body, { idempotencyKey: 'ABC123replay' });
    expect(again.id).toBe(first.id);
    expect(sb.created().filter((c) => c.resource === 'invoices' && c.idempotencyKey === 'ABC123replay')).toHaveLength(1);
    client.close();
  });

  it('POST invoice with a key that timed out (hang) is replayed with the same key: ONE invoice', async () => {
    sb = await sandbox();
    const { client } = clientFor(sb, { timeouts: { writeMs: 300 } });
    const refs = await seedRefs(client);
    sb.addFault({ kind: 'hang', method: 'POST', path: '/v1/invoices', times: 1 });
    const invoice = await client.invoices.create(invoiceBody(refs.customer, refs.product), { idempotencyKey: 'HANGONCE1' });
    expect(requestsTo(sb, 'POST', '/v1/invoices').map((r) => r.status)).toEqual(['hung', expect.any(Number)]);
    expect(sb.created().filter((c) => c.resource === 'invoices' && c.idempotencyKey === 'HANGONCE1')).toHaveLength(1);
    expect(invoice.id).toBeTruthy();
    client.close();
  });

  it('POST voucher (advance payment) with a key, answer lost → replayed, ONE voucher', async () => {
    sb = await sandbox();
    const { client } = clientFor(sb);
    const refs = await seedRefs(client);
    sb.addFault({ kind: 'drop-after-commit', method: 'POST', path: '/v1/vouchers', times: 1 });
    const voucher = await client.vouchers.create(
      {
        type: 'AdvancePayment',
        document: { id: DEMO_IDS.documentTypes.receipt },
        date: bogotaToday(),
        customer: { identification: refs.customer, branch_office: 0 },
        payment: { id: DEMO_IDS.paymentTypes.cash, value: 50_000 },
      },
      { idempotencyKey: 'VOUCHER01', priority: 'background' },
    );
    expect(requestsTo(sb, 'POST', '/v1/vouchers').map((r) => r.status)).toEqual(['dropped', expect.any(Number)]);
    const created = sb.created().filter((c) => c.resource === 'vouchers');
    expect(created).toHaveLength(1);
    expect(voucher.id).toBe(created[0]?.id);
    client.close();
  });

  it('POST customer (no key possible) dropped after commit → NOT retried, unknown_outcome', async () => {
    sb = await sandbox({ faults: [{ kind: 'drop-after-commit', method: 'POST', path: '/v1/customers', times: 1 }] });
    const { client } = clientFor(sb);
    const error = await rejectionOf(client.customers.create(customerBody('1020304050')));
    expect(error.kind).toBe('unknown_outcome');
    expect(error.reason).toBe('connection_lost');
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/Look it up before sending it again/);
    const posts = requestsTo(sb, 'POST', '/v1/customers');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.idempotencyKey).toBeUndefined();
    // It did land: the caller's lookup would find it.
    expect(sb.created().filter((c) => c.resource === 'customers')).toHaveLength(1);
    client.close();
  });

  it('POST quotation dropped after commit → NOT retried, unknown_outcome', async () => {
    sb = await sandbox();
    const { client } = clientFor(sb);
    const refs = await seedRefs(client);
    sb.addFault({ kind: 'drop-after-commit', method: 'POST', path: '/v1/quotations', times: 1 });
    const error = await rejectionOf(client.quotations.create(quotationBody(refs.customer, refs.product)));
    expect(error.kind).toBe('unknown_outcome');
    expect(requestsTo(sb, 'POST', '/v1/quotations')).toHaveLength(1);
    expect(sb.created().filter((c) => c.resource === 'quotations')).toHaveLength(1);
    client.close();
  });

  it('a single-shot write that timed out is unknown_outcome, not retried', async () => {
    sb = await sandbox({ faults: [{ kind: 'hang', method: 'POST', path: '/v1/customers', times: 1 }] });
    const { client } = clientFor(sb, { timeouts: { writeMs: 200 } });
    const error = await rejectionOf(client.customers.create(customerBody('1020304051')));
    expect(error.kind).toBe('unknown_outcome');
    expect(error.reason).toBe('timeout');
    expect(requestsTo(sb, 'POST', '/v1/customers')).toHaveLength(1);
    client.close();
  });

  it('a refused connection provably sent nothing: even a customer create retries, then offline', async () => {
    sb = await sandbox();
    const { client } = clientFor(sb, { baseUrl: await closedPortUrl() });
    const error = await rejectionOf(client.customers.create(customerBody('1020304052')));
    expect(error.kind).toBe('offline');
    expect(error.retryable).toBe(true);
    client.close();
  });

  it('PUT customer dropped after commit → NOT retried, unknown_outcome', async () => {
    sb = await sandbox();
    const { client } = clientFor(sb);
    const created = await client.customers.create(customerBody('1020304053'));
    sb.addFault({ kind: 'drop-after-commit', method: 'PUT', path: /^\/v1\/customers\//, times: 1 });
    const error = await rejectionOf(client.customers.update(created.id, customerBody('1020304053')));
    expect(error.kind).toBe('unknown_outcome');
    expect(requestsTo(sb, 'PUT', /^\/v1\/customers\//)).toHaveLength(1);
    client.close();
  });

  it.each([
    ['with hyphens (a UUID)', '3f2b6c1e-8a4d-4f7e-9b1a-2c3d4e5f6a7b'],
    ['too long (31)', 'A'.repeat(31)],
    ['empty', ''],
  ])('an Idempotency-Key %s → invalid_input, nothing sent', async (_label, key) => {
    sb = await sandbox();
    const { client } = clientFor(sb);
    const error = await rejectionOf(client.invoices.create(invoiceBody('123', 'P1'), { idempotencyKey: key }));
    expect(error.kind).toBe('invalid_input');
    expect(sb.requests()).toHaveLength(0);
    client.close();
  });
});
