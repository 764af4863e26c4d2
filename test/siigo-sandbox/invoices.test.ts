import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../src-main/siigo-sandbox/index';
import { type Api, type Clock, controllableClock, expectSiigoError, goodCustomer, openApi, stockProduct } from './helpers';

const T = DEMO_IDS.taxes;
const PAY = DEMO_IDS.paymentTypes;

describe('sandbox: invoices', () => {
  let clock: Clock;
  let api: Api;
  const rejectedCustomers = new Set<string>();
  beforeAll(async () => {
    clock = controllableClock();
    api = await openApi({
      now: clock.now,
      stamp: { delayMs: 5000, reject: (inv) => rejectedCustomers.has(inv.customerIdentification) },
    });
  });
  afterAll(() => api.sandbox.close());

  function invoiceBody(overrides: Record<string, unknown> = {}) {
    const customer = goodCustomer(api.sandbox);
    const product = stockProduct(api.sandbox);
    return {
      document: { id: DEMO_IDS.documentTypes.fvPaper },
      date: clock.today(),
      customer: { identification: customer.identification, branch_office: 0 },
      seller: DEMO_IDS.users.main,
      items: [{ code: product.code, quantity: 10, price: 100, discount: 50, taxes: [{ id: T.iva19 }] }],
      payments: [{ id: PAY.cash, value: 1130.5 }],
      ...overrides,
    };
  }

  it('creates an invoice with the documented example totals (950 base, 180.50 IVA, 1130.50)', async () => {
    const res = await api.call('POST', '/v1/invoices', invoiceBody());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      id: expect.any(String),
      document: { id: DEMO_IDS.documentTypes.fvPaper },
      name: expect.stringMatching(/^FV-2-\d+$/),
      total: 1130.5,
      balance: 0,
      items: [{ quantity: 10, price: 100, discount: { value: 50, percentage: 5 }, taxes: [{ id: T.iva19, value: 180.5 }], total: 1130.5 }],
      payments: [{ id: PAY.cash, name: 'Efectivo', value: 1130.5 }],
      stamp: { status: 'Draft' },
      metadata: { created: clock.now().toISOString(), last_updated: null },
    });
    const got = await api.call('GET', `/v1/invoices/${res.body.id}`);
    expect(got.body).toEqual(res.body);
  });

  it('rounds half-cents up on exact decimals (1.005 → 1.01, 0.475 → 0.48) per item, to the cent', async () => {
    const product = stockProduct(api.sandbox);
    // base = round(1 × 1.005, 2) = 1.01; IVA = round(1.01 × 0.19, 2) = 0.19; total 1.20
    // base = round(1 × 2.5, 2) = 2.50; IVA = round(2.5 × 19 / 100) = round(0.475) = 0.48; total 2.98
    // base = round(3 × 0.335, 2) = round(1.005) = 1.01; IVA 5% = round(0.0505) = 0.05; total 1.06
    const items = [
      { code: product.code, quantity: 1, price: 1.005, taxes: [{ id: T.iva19 }] },
      { code: product.code, quantity: 1, price: 2.5, taxes: [{ id: T.iva19 }] },
      { code: product.code, quantity: 3, price: 0.335, taxes: [{ id: T.iva5 }] },
    ];
    const wrong = await api.call('POST', '/v1/invoices', invoiceBody({ items, payments: [{ id: PAY.cash, value: 5.23 }] }));
    expectSiigoError(wrong, 400, 'invalid_total_payments');
    const res = await api.call('POST', '/v1/invoices', invoiceBody({ items, payments: [{ id: PAY.cash, value: 5.24 }] }));
    expect(res.status).toBe(201);
    expect(res.body.items.map((i: { total: number }) => i.total)).toEqual([1.2, 2.98, 1.06]);
    expect(res.body.items[1].taxes[0].value).toBe(0.48);
    expect(res.body.total).toBe(5.24);
  });

  it('applies several taxes per item and rejects payments that do not add up', async () => {
    const product = stockProduct(api.sandbox);
    const items = [{ code: product.code, quantity: 2, price: 12345.67, taxes: [{ id: T.iva19 }, { id: T.impoconsumo8 }] }];
    // base 24691.34; IVA 4691.35 (4691.3546); INC 1975.31 (1975.3072); total 31358.00
    expectSiigoError(await api.call('POST', '/v1/invoices', invoiceBody({ items, payments: [{ id: PAY.cash, value: 31357.99 }] })), 400, 'invalid_total_payments');
    const ok = await api.call('POST', '/v1/invoices', invoiceBody({ items, payments: [{ id: PAY.cash, value: 31358 }] }));
    expect(ok.status).toBe(201);
    expect(ok.body.items[0].taxes.map((t: { value: number }) => t.value)).toEqual([4691.35, 1975.31]);
  });

  it('validates with Siigo codes', async () => {
    const product = stockProduct(api.sandbox);
    const item = (extra: Record<string, unknown>) => [{ code: product.code, quantity: 1, price: 100, ...extra }];
    const cases: Array<[Record<string, unknown>, string, string?]> = [
      [{ seller: undefined }, 'parameter_required', 'seller'],
      [{ document: { id: 999 } }, 'invalid_reference', 'document.id'],
      [{ document: { id: DEMO_IDS.documentTypes.quotation } }, 'invalid_document', 'document.id'],
      [{ date: '10/03/2025' }, 'invalid_date', 'date'],
      [{ seller: 1 }, 'invalid_reference', 'seller'],
      [{ seller: DEMO_IDS.users.inactive }, 'parameter_inactive', 'seller'],
      [{ customer: { identification: '1' } }, 'invalid_reference', 'customer.identification'],
      [{ cost_center: 999 }, 'invalid_cost_center', 'cost_center'],
      [{ items: item({ code: "bad code" }) }, 'invalid_code', 'items[0].code'],
      [{ items: item({ code: 'NOPE-1' }) }, 'invalid_reference', 'items[0].code'],
      [{ items: item({ quantity: 1.234 }) }, 'invalid_value', 'items[0].quantity'],
      [{ items: item({ price: 1.1234567 }) }, 'invalid_amount', 'items[0].price'],
      [{ items: item({ discount: 1.234 }) }, 'invalid_amount', 'items[0].discount'],
      [{ items: item({ taxes: [{ id: 1 }] }) }, 'invalid_reference', 'items[0].taxes[0].id'],
      [{ items: item({ taxes: [{ id: T.ivaInactive }] }) }, 'parameter_inactive', 'items[0].taxes[0].id'],
      [{ items: item({ taxes: [{ id: T.iva19 }, { id: T.iva5 }] }) }, 'invalid_array', 'items[0].taxes'],
      [{ items: item({ taxes: [{ id: T.reteIva15 }] }) }, 'invalid_array', 'items[0].taxes'],
      [{ items: item({ taxes: [{ id: T.iva19 }, { id: T.impoconsumo8 }, { id: T.iva0 }, { id: T.iva5 }] }) }, 'invalid_array', 'items[0].taxes'],
      [{ items: item({ warehouse: 4242 }) }, 'invalid_reference', 'items[0].warehouse'],
      [{ items: Array.from({ length: 501 }, () => ({ code: product.code, quantity: 1, price: 1 })) }, 'invalid_array', 'items'],
      [{ items: [] }, 'parameter_required', 'items'],
      [{ payments: [{ id: 1, value: 1 }] }, 'invalid_reference', 'payments[0].id'],
      [{ payments: [{ id: PAY.chequeInactive, value: 1130.5 }] }, 'parameter_inactive', 'payments[0].id'],
      [{ payments: [{ id: PAY.cash, value: 1130.555 }] }, 'invalid_amount', 'payments[0].value'],
      [{ payments: [{ id: PAY.credit, value: 1130.5 }] }, 'parameter_required', 'payments[0].due_date'],
    ];
    for (const [overrides, code, param] of cases) {
      const body = { ...invoiceBody(), ...overrides };
      const res = await api.call('POST', '/v1/invoices', JSON.parse(JSON.stringify(body)));
      expectSiigoError(res, 400, code);
      if (param) expect(res.body.Errors[0].Params, code).toEqual([param]);
    }
  });

  it('rejects inactive products, customers without contacts and service products with a warehouse', async () => {
    const inactive = api.sandbox.store.products.find((p) => !p.active);
    const service = api.sandbox.store.products.find((p) => p.active && !p.stock_control);
    const noContacts = api.sandbox.store.customers.find((c) => c.active && c.contacts.length === 0);
    const inactiveCustomer = api.sandbox.store.customers.find((c) => !c.active);
    expect(inactive && service && noContacts && inactiveCustomer).toBeTruthy();
    expectSiigoError(await api.call('POST', '/v1/invoices', invoiceBody({ items: [{ code: inactive!.code, quantity: 1, price: 1 }] })), 400, 'parameter_inactive');
    expectSiigoError(await api.call('POST', '/v1/invoices', invoiceBody({ items: [{ code: service!.code, quantity: 1, price: 1, warehouse: DEMO_IDS.warehouses.main }] })), 400, 'product_settings');
    expectSiigoError(await api.call('POST', '/v1/invoices', invoiceBody({ customer: { identification: noContacts!.identification } })), 400, 'customer_settings');
    expectSiigoError(await api.call('POST', '/v1/invoices', invoiceBody({ customer: { identification: inactiveCustomer!.identification, branch_office: inactiveCustomer!.branch_office } })), 400, 'parameter_inactive');
  });

  it('rejects electronic invoices dated before today (Bogotá) but accepts paper ones', async () => {
    const yesterday = new Date(clock.now().getTime() - 86_400_000 - 5 * 3_600_000).toISOString().slice(0, 10);
    const electronic = await api.call('POST', '/v1/invoices', invoiceBody({ document: { id: DEMO_IDS.documentTypes.fvElectronic }, date: yesterday }));
    expectSiigoError(electronic, 400, 'invalid_date');
    expect((await api.call('POST', '/v1/invoices', invoiceBody({ date: yesterday }))).status).toBe(201);
  });

  it('takes stock from the warehouse, moves product last_updated, and updated_start finds it', async () => {
    const product = stockProduct(api.sandbox, 3);
    const second = product.warehouses[1];
    const before = { available: product.available_quantity, first: product.warehouses[0]!.quantity, second: second?.quantity };
    clock.advance(60_000);
    const since = clock.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const items = [
      { code: product.code, quantity: 2.5, price: 1000 },
      ...(second ? [{ code: product.code, quantity: 1, price: 1000, warehouse: second.id }] : []),
    ];
    const total = second ? 3500 : 2500;
    const res = await api.call('POST', '/v1/invoices', invoiceBody({ items, payments: [{ id: PAY.cash, value: total }] }));
    expect(res.status).toBe(201);
    const got = await api.call('GET', `/v1/products/${product.id}`);
    expect(got.body.available_quantity).toBe(before.available - total / 1000);
    expect(got.body.warehouses[0].quantity).toBe(before.first - 2.5);
    if (second) expect(got.body.warehouses[1].quantity).toBe((before.second ?? 0) - 1);
    expect(got.body.metadata.last_updated).toBe(clock.now().toISOString());
    const pulled = await api.call('GET', `/v1/products?updated_start=${since}&page_size=100`);
    expect(pulled.body.results.map((p: { id: string }) => p.id)).toContain(product.id);
    expect(pulled.body.results.every((p: { metadata: { last_updated: string } }) => p.metadata.last_updated >= since.replace('Z', ''))).toBe(true);
    // Services are untouched.
    const service = api.sandbox.store.products.find((p) => p.active && p.type === 'Service')!;
    const sres = await api.call('POST', '/v1/invoices', invoiceBody({ items: [{ code: service.code, quantity: 1, price: 100 }], payments: [{ id: PAY.cash, value: 100 }] }));
    expect(sres.status).toBe(201);
    expect(service.warehouses).toEqual([]);
    expect(service.metadata.last_updated).not.toBe(clock.now().toISOString());
  });

  it('sets the balance to the credit part of the payments', async () => {
    const res = await api.call('POST', '/v1/invoices', invoiceBody({ payments: [{ id: PAY.credit, value: 1130.5, due_date: clock.today() }] }));
    expect(res.status).toBe(201);
    expect(res.body.balance).toBe(1130.5);
    expect(res.body.payments[0]).toEqual({ id: PAY.credit, name: 'Crédito', value: 1130.5, due_date: clock.today() });
  });

  it('stamps electronic invoices: Draft, then Accepted with CUFE after the delay (or Rejected with errors)', async () => {
    const accepted = await api.call('POST', '/v1/invoices', invoiceBody({ document: { id: DEMO_IDS.documentTypes.fvElectronic }, stamp: { send: true }, mail: { send: true } }));
    expect(accepted.status).toBe(201);
    expect(accepted.body.stamp.status).toBe('Draft');
    expect(accepted.body.stamp.cufe).toBeUndefined();
    expect(accepted.body.mail.status).toBe('pending_send');

    const rejectedCustomer = api.sandbox.store.customers.filter((c) => c.active && c.contacts.length > 0 && c.branch_office === 0)[1]!;
    rejectedCustomers.add(rejectedCustomer.identification);
    const rejected = await api.call('POST', '/v1/invoices', invoiceBody({ document: { id: DEMO_IDS.documentTypes.fvElectronic }, customer: { identification: rejectedCustomer.identification }, stamp: { send: true } }));
    const unsent = await api.call('POST', '/v1/invoices', invoiceBody({ document: { id: DEMO_IDS.documentTypes.fvElectronic } }));
    const paper = await api.call('POST', '/v1/invoices', invoiceBody({ stamp: { send: true } }));
    const createdAt = clock.now().toISOString();

    clock.advance(4999);
    expect((await api.call('GET', `/v1/invoices/${accepted.body.id}`)).body.stamp.status).toBe('Draft');
    clock.advance(1);
    const later = await api.call('GET', `/v1/invoices/${accepted.body.id}`);
    expect(later.body.stamp.status).toBe('Accepted');
    expect(later.body.stamp.cufe).toMatch(/^[0-9a-f]{96}$/);
    expect(later.body.mail.status).toBe('sent');
    expect(later.body.public_url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    expect(later.body.metadata.last_updated > createdAt).toBe(true);

    const r = await api.call('GET', `/v1/invoices/${rejected.body.id}`);
    expect(r.body.stamp.status).toBe('Rejected');
    expect(r.body.stamp.cufe).toBeUndefined();
    const errors = await api.call('GET', `/v1/invoices/${rejected.body.id}/stamp/errors`);
    expect(errors.body).toEqual({ id: rejected.body.id, errors: [expect.objectContaining({ message: expect.any(String) }), expect.anything()] });
    expect((await api.call('GET', `/v1/invoices/${accepted.body.id}/stamp/errors`)).body.errors).toEqual([]);

    expect((await api.call('GET', `/v1/invoices/${unsent.body.id}`)).body.stamp).toEqual({ status: 'Draft', observations: '', errors: '' });
    expect((await api.call('GET', `/v1/invoices/${paper.body.id}`)).body.stamp.status).toBe('Draft');

    // The transition is visible to an updated_start poll.
    const polled = await api.call('GET', `/v1/invoices?updated_start=${createdAt.slice(0, 19)}Z&page_size=100`);
    expect(polled.body.results.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining([accepted.body.id, rejected.body.id]));
  });

  it('answers a creation with the DIAN status already due, as the Blueprint\'s example response does (Accepted with its CUFE)', async () => {
    const quick = await openApi({ now: clock.now, stamp: { delayMs: 0, reject: (inv) => rejectedCustomers.has(inv.customerIdentification) } });
    try {
      const customer = goodCustomer(quick.sandbox);
      const product = stockProduct(quick.sandbox);
      const body = {
        document: { id: DEMO_IDS.documentTypes.fvElectronic },
        date: clock.today(),
        customer: { identification: customer.identification, branch_office: 0 },
        seller: DEMO_IDS.users.main,
        items: [{ code: product.code, quantity: 1, price: 100, taxes: [{ id: T.iva19 }] }],
        payments: [{ id: PAY.cash, value: 119 }],
        stamp: { send: true },
      };
      const created = await quick.call('POST', '/v1/invoices', body);
      expect(created.status).toBe(201);
      expect(created.body.stamp.status).toBe('Accepted');
      expect(created.body.stamp.cufe).toMatch(/^[0-9a-f]{96}$/);
      expect((await quick.call('GET', `/v1/invoices/${created.body.id}`)).body.stamp.cufe).toBe(created.body.stamp.cufe);
    } finally {
      await quick.sandbox.close();
    }
  });

  it('serves a real PDF, mails with validation, and filters the list', async () => {
    const inv = (await api.call('GET', '/v1/invoices?page_size=1')).body.results[0];
    const pdf = await api.call('GET', `/v1/invoices/${inv.id}/pdf`);
    expect(pdf.body.id).toBe(inv.id);
    const bytes = Buffer.from(pdf.body.base64, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.subarray(-6).toString()).toContain('%%EOF');

    const mail = await api.call('POST', `/v1/invoices/${inv.id}/mail`, { mail_to: 'cliente@example.com', copy_to: 'a@example.com;b@example.co' });
    expect(mail.status).toBe(201);
    expect(mail.body).toEqual({ status: 'sent', observations: '' });
    expectSiigoError(await api.call('POST', `/v1/invoices/${inv.id}/mail`, { mail_to: 'not-an-email' }), 400, 'invalid_email');
    expectSiigoError(await api.call('POST', `/v1/invoices/${inv.id}/mail`, {}), 400, 'parameter_required');

    const byName = await api.call('GET', `/v1/invoices?name=${inv.name}`);
    expect(byName.body.results.map((i: { id: string }) => i.id)).toEqual([inv.id]);
    const byCustomer = await api.call('GET', `/v1/invoices?customer_identification=${inv.customer.identification}&page_size=100`);
    expect(byCustomer.body.results.every((i: { customer: { identification: string } }) => i.customer.identification === inv.customer.identification)).toBe(true);
    const byType = await api.call('GET', `/v1/invoices?document_id=${DEMO_IDS.documentTypes.fvPaper}&page_size=100`);
    expect(byType.body.results.length).toBeGreaterThan(0);
    expect(byType.body.results.every((i: { document: { id: number } }) => i.document.id === DEMO_IDS.documentTypes.fvPaper)).toBe(true);
    const byDate = await api.call('GET', `/v1/invoices?date_start=${clock.today()}&date_end=${clock.today()}&page_size=100`);
    expect(byDate.body.results.every((i: { date: string }) => i.date === clock.today())).toBe(true);
    expectSiigoError(await api.call('GET', '/v1/invoices?created_start=2025-13-01'), 400, 'invalid_date');
  });
});
