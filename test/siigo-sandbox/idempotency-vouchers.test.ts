import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../src-main/siigo-sandbox/index';
import { type Api, controllableClock, expectSiigoError, goodCustomer, openApi, stockProduct } from './helpers';

const PAY = DEMO_IDS.paymentTypes;

describe('sandbox: Idempotency-Key and receipts', () => {
  const clock = controllableClock();
  let api: Api;
  beforeAll(async () => {
    api = await openApi({ now: clock.now });
  });
  afterAll(() => api.sandbox.close());

  const invoice = (value = 1000, payments?: unknown[]) => {
    const customer = goodCustomer(api.sandbox);
    return {
      document: { id: DEMO_IDS.documentTypes.fvPaper },
      date: clock.today(),
      customer: { identification: customer.identification, branch_office: 0 },
      seller: DEMO_IDS.users.main,
      items: [{ code: stockProduct(api.sandbox).code, quantity: 1, price: value }],
      payments: payments ?? [{ id: PAY.cash, value }],
    };
  };

  it('replays the first invoice for the same key (same id and status, nothing new), even with another body', async () => {
    const before = api.sandbox.created().length;
    const first = await api.call('POST', '/v1/invoices', invoice(1000), { 'idempotency-key': '01HZX3K9ABCDEF0123456789AB' });
    expect(first.status).toBe(201);
    const again = await api.call('POST', '/v1/invoices', invoice(2000), { 'idempotency-key': '01HZX3K9ABCDEF0123456789AB' });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.total).toBe(1000);
    const created = api.sandbox.created().slice(before);
    expect(created).toEqual([{ resource: 'invoices', id: first.body.id, name: first.body.name, idempotencyKey: '01HZX3K9ABCDEF0123456789AB', at: first.body.metadata.created }]);
    expect(api.sandbox.store.invoices.filter((i) => i.id === first.body.id)).toHaveLength(1);
  });

  it('does not record failed attempts: a corrected retry with the same key creates', async () => {
    const bad = await api.call('POST', '/v1/invoices', invoice(1000, [{ id: PAY.cash, value: 999 }]), { 'idempotency-key': 'RetryAfterFix1' });
    expectSiigoError(bad, 400, 'invalid_total_payments');
    const good = await api.call('POST', '/v1/invoices', invoice(1000), { 'idempotency-key': 'RetryAfterFix1' });
    expect(good.status).toBe(201);
  });

  it('rejects malformed keys with invalid_idempotency-key', async () => {
    for (const key of ['0f8fad5b-d9cb-469f-a165-70867728950e', 'has space', 'x'.repeat(31), 'ñandú']) {
      const res = await api.call('POST', '/v1/invoices', invoice(), { 'idempotency-key': encodeURI(key) === key ? key : 'a_b' });
      expectSiigoError(res, 400, 'invalid_idempotency-key');
    }
    expect((await api.call('POST', '/v1/invoices', invoice(), { 'idempotency-key': 'x'.repeat(30) })).status).toBe(201);
  });

  it('ignores the key on quotations: two identical POSTs create two quotations', async () => {
    const customer = goodCustomer(api.sandbox);
    const body = {
      document: { id: DEMO_IDS.documentTypes.quotation },
      date: clock.today(),
      customer: { identification: customer.identification },
      seller: DEMO_IDS.users.main,
      items: [{ code: stockProduct(api.sandbox).code, quantity: 2, price: 5000, taxes: [{ id: DEMO_IDS.taxes.iva19 }] }],
    };
    const a = await api.call('POST', '/v1/quotations', body, { 'idempotency-key': 'SameKey1' });
    const b = await api.call('POST', '/v1/quotations', body, { 'idempotency-key': 'SameKey1' });
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(a.body.id).not.toBe(b.body.id);
    expect(a.body.total).toBe(11900);
    expect(a.body.name).toMatch(/^C-1-\d+$/);
    const listed = await api.call('GET', `/v1/quotations?customer_identification=${customer.identification}`);
    expect(listed.body.results.map((q: { id: string }) => q.id)).toEqual(expect.arrayContaining([a.body.id, b.body.id]));
    expect((await api.call('GET', `/v1/quotations/${a.body.id}`)).body).toEqual(a.body);
    expect(api.sandbox.created().filter((c) => c.resource === 'quotations')).toHaveLength(2);
    expect(api.sandbox.created().filter((c) => c.resource === 'quotations').every((c) => c.idempotencyKey === undefined)).toBe(true);
  });

  it('reduces a credit invoice balance with DebtPayment receipts (idempotent) and refuses more than the balance', async () => {
    const inv = await api.call('POST', '/v1/invoices', invoice(1190, [{ id: PAY.credit, value: 1190, due_date: clock.today() }]));
    expect(inv.body.balance).toBe(1190);
    const prefix = inv.body.name.replace(/-\d+$/, '');
    const customer = inv.body.customer;
    const receipt = (value: number, extra: Record<string, unknown> = {}) => ({
      document: { id: DEMO_IDS.documentTypes.receipt },
      date: clock.today(),
      type: 'DebtPayment',
      customer: { identification: customer.identification, branch_office: customer.branch_office },
      items: [{ due: { prefix, consecutive: inv.body.number, quote: 1, date: clock.today() }, value }],
      payment: { id: PAY.transfer, value },
      ...extra,
    });
    clock.advance(1000);
    const v1 = await api.call('POST', '/v1/vouchers', receipt(400.5), { 'idempotency-key': 'Receipt1' });
    expect(v1.status).toBe(201);
    expect(v1.body).toMatchObject({ type: 'DebtPayment', name: expect.stringMatching(/^RC-1-\d+$/), payment: { id: PAY.transfer, value: 400.5 } });
    const replay = await api.call('POST', '/v1/vouchers', receipt(400.5), { 'idempotency-key': 'Receipt1' });
    expect(replay.body.id).toBe(v1.body.id);
    const after = await api.call('GET', `/v1/invoices/${inv.body.id}`);
    expect(after.body.balance).toBe(789.5);
    expect(after.body.metadata.last_updated).toBe(clock.now().toISOString());

    expectSiigoError(await api.call('POST', '/v1/vouchers', receipt(789.51)), 400, 'invalid_amount');
    expectSiigoError(await api.call('POST', '/v1/vouchers', receipt(10, { payment: { id: 1, value: 10 } })), 400, 'invalid_reference');
    expectSiigoError(await api.call('POST', '/v1/vouchers', receipt(10, { payment: { id: PAY.credit, value: 10 } })), 400, 'invalid_payment');
    expectSiigoError(await api.call('POST', '/v1/vouchers', receipt(10, { payment: { id: PAY.cash, value: 11 } })), 400, 'invalid_total_payments');
    expectSiigoError(await api.call('POST', '/v1/vouchers', receipt(10, { items: [{ due: { prefix, consecutive: 99999, quote: 1 }, value: 10 }] })), 400, 'invalid_reference');
    expectSiigoError(await api.call('POST', '/v1/vouchers', receipt(10, { document: { id: DEMO_IDS.documentTypes.fvPaper } })), 400, 'invalid_document');
    expectSiigoError(await api.call('POST', '/v1/vouchers', receipt(10, { type: 'Whatever' })), 400, 'invalid_type');
    expectSiigoError(await api.call('POST', '/v1/vouchers', receipt(10, { payment: undefined })), 400, 'parameter_required');

    const rest = await api.call('POST', '/v1/vouchers', receipt(789.5));
    expect(rest.status).toBe(201);
    expect((await api.call('GET', `/v1/invoices/${inv.body.id}`)).body.balance).toBe(0);
    expect((await api.call('GET', `/v1/vouchers/${rest.body.id}`)).body).toEqual(rest.body);
    const list = await api.call('GET', `/v1/vouchers?customer_identification=${customer.identification}`);
    expect(list.body.results.map((v: { id: string }) => v.id)).toEqual(expect.arrayContaining([v1.body.id, rest.body.id]));
  });

  it('cash invoices have no balance to pay', async () => {
    const inv = await api.call('POST', '/v1/invoices', invoice(500));
    expect(inv.body.balance).toBe(0);
    const res = await api.call('POST', '/v1/vouchers', {
      document: { id: DEMO_IDS.documentTypes.receipt },
      date: clock.today(),
      type: 'DebtPayment',
      customer: { identification: inv.body.customer.identification },
      items: [{ due: { prefix: inv.body.name.replace(/-\d+$/, ''), consecutive: inv.body.number, quote: 1 }, value: 1 }],
      payment: { id: PAY.cash, value: 1 },
    });
    expectSiigoError(res, 400, 'invalid_amount');
  });
});
