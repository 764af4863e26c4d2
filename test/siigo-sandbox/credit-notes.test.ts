import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../src-main/siigo-sandbox/index';
import { type Api, type Clock, type JsonBody, PARTNER_ID, controllableClock, expectSiigoError, goodCustomer, openApi, stockProduct } from './helpers';

const T = DEMO_IDS.taxes;
const PAY = DEMO_IDS.paymentTypes;
const DOC = DEMO_IDS.documentTypes;
const DELAY = 5000;

describe('sandbox: credit notes', () => {
  let clock: Clock;
  let api: Api;
  const rejectedNotes = new Set<string>();
  beforeAll(async () => {
    clock = controllableClock();
    api = await openApi({
      now: clock.now,
      rateLimit: { requests: 10_000, windowMs: 60_000 },
      stamp: { delayMs: DELAY, reject: (doc) => doc.kind === 'credit-note' && rejectedNotes.has(doc.id) },
    });
  });
  afterAll(() => api.sandbox.close());

  const cash = (value: number) => [{ id: PAY.cash, value }];
  const line = (code: string, quantity: number, price: number, extra: Record<string, unknown> = {}) => ({ code, quantity, price, ...extra });

  async function invoice(items: unknown[], payments: unknown[], options: { electronic?: boolean; send?: boolean } = {}): Promise<JsonBody> {
    const res = await api.call('POST', '/v1/invoices', {
      document: { id: options.electronic ? DOC.fvElectronic : DOC.fvPaper },
      date: clock.today(),
      customer: { identification: goodCustomer(api.sandbox).identification, branch_office: 0 },
      seller: DEMO_IDS.users.main,
      items,
      payments,
      ...(options.send ? { stamp: { send: true } } : {}),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }

  /** An electronic invoice the DIAN has accepted. */
  async function sentInvoice(items: unknown[], payments: unknown[]): Promise<JsonBody> {
    const created = await invoice(items, payments, { electronic: true, send: true });
    clock.advance(DELAY);
    const got = await api.call('GET', `/v1/invoices/${created.id}`);
    expect(got.body.stamp.status).toBe('Accepted');
    return got.body;
  }

  const noteBody = (inv: JsonBody, items: unknown[], payments: unknown[], overrides: Record<string, unknown> = {}) => ({
    document: { id: inv.document.id === DOC.fvElectronic ? DOC.creditNote : DOC.creditNotePaper },
    date: clock.today(),
    invoice: inv.id,
    reason: 1,
    items,
    payments,
    ...overrides,
  });
  const postNote = (body: unknown, headers: Record<string, string> = {}) => api.call('POST', '/v1/credit-notes', body, headers);

  it('creates a note to a paper invoice in CreditNoteOut shape, numbered NC-<code>-<consecutive>, and serves it by id', async () => {
    const product = stockProduct(api.sandbox);
    const inv = await invoice([line(product.code, 3, 1000, { taxes: [{ id: T.iva19 }] })], cash(3570));
    const before = api.sandbox.store.catalogs.documentTypes.find((d) => d.id === DOC.creditNotePaper)!.consecutive;
    const res = await postNote(noteBody(inv, [line(product.code, 1, 1000, { taxes: [{ id: T.iva19 }] })], cash(1190), { observations: 'Devolución' }));
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      document: { id: DOC.creditNotePaper },
      number: before,
      name: `NC-2-${before}`,
      date: clock.today(),
      invoice: { id: inv.id, name: inv.name },
      customer: inv.customer,
      seller: inv.seller,
      total: 1190,
      observations: 'Devolución',
      reason: 1,
      items: [{ id: product.id, code: product.code, quantity: 1, price: 1000, description: product.name, taxes: [{ id: T.iva19, name: 'IVA 19%', type: 'IVA', percentage: 19, value: 190 }], total: 1190 }],
      payments: [{ id: PAY.cash, name: 'Efectivo', value: 1190 }],
      stamp: { status: 'Draft', observations: '', errors: '' },
      mail: { status: 'not_sent', observations: '' },
      metadata: { created: clock.now().toISOString(), last_updated: null },
    });
    expect((await api.call('GET', `/v1/credit-notes/${res.body.id}`)).body).toEqual(res.body);
    const second = await postNote(noteBody(inv, [line(product.code, 1, 1000)], cash(1000)));
    expect(second.body.name).toBe(`NC-2-${before + 1}`);
    expect(api.sandbox.created().filter((c) => c.resource === 'credit-notes').map((c) => c.id)).toEqual(expect.arrayContaining([res.body.id, second.body.id]));
  });

  it('honours Idempotency-Key: the same key returns the first note and creates nothing; bad keys and failed attempts', async () => {
    const product = stockProduct(api.sandbox);
    const inv = await invoice([line(product.code, 5, 100)], cash(500));
    const count = api.sandbox.store.creditNotes.length;
    const first = await postNote(noteBody(inv, [line(product.code, 1, 100)], cash(100)), { 'idempotency-key': 'NoteKey01' });
    expect(first.status).toBe(201);
    const again = await postNote(noteBody(inv, [line(product.code, 2, 100)], cash(200)), { 'idempotency-key': 'NoteKey01' });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(api.sandbox.store.creditNotes.length).toBe(count + 1);
    expect(api.sandbox.created().filter((c) => c.idempotencyKey === 'NoteKey01')).toEqual([
      { resource: 'credit-notes', id: first.body.id, name: first.body.name, idempotencyKey: 'NoteKey01', at: first.body.metadata.created },
    ]);
    for (const key of ['0f8fad5b-d9cb-469f-a165-70867728950e', 'x'.repeat(31), 'a_b']) {
      expectSiigoError(await postNote(noteBody(inv, [line(product.code, 1, 100)], cash(100)), { 'idempotency-key': key }), 400, 'invalid_idempotency-key');
    }
    expectSiigoError(await postNote(noteBody(inv, [line(product.code, 1, 100)], cash(99)), { 'idempotency-key': 'NoteKey02' }), 400, 'invalid_total_payments');
    expect((await postNote(noteBody(inv, [line(product.code, 1, 100)], cash(100)), { 'idempotency-key': 'NoteKey02' })).status).toBe(201);
    expect(api.sandbox.store.creditNotes.length).toBe(count + 2);
  });

  it('requires an active NC document type', async () => {
    const product = stockProduct(api.sandbox);
    const inv = await invoice([line(product.code, 1, 100)], cash(100));
    const body = (document: unknown) => noteBody(inv, [line(product.code, 1, 100)], cash(100), { document });
    const cases: Array<[unknown, string]> = [
      [undefined, 'parameter_required'],
      [{ id: 999 }, 'invalid_reference'],
      [{ id: DOC.fvPaper }, 'invalid_document'],
      [{ id: DOC.receipt }, 'invalid_document'],
    ];
    for (const [document, code] of cases) {
      const res = await postNote(body(document));
      expectSiigoError(res, 400, code);
      expect(res.body.Errors[0].Params[0]).toMatch(/^document/);
    }
    const type = api.sandbox.store.catalogs.documentTypes.find((d) => d.id === DOC.creditNotePaper)!;
    type.active = false;
    try {
      expectSiigoError(await postNote(body({ id: DOC.creditNotePaper })), 400, 'parameter_inactive');
    } finally {
      type.active = true;
    }
  });

  it('requires a date, and an electronic note may not be dated before today in Bogotá (a paper one may)', async () => {
    const product = stockProduct(api.sandbox);
    const paper = await invoice([line(product.code, 2, 100)], cash(200));
    const sent = await sentInvoice([line(product.code, 2, 100)], cash(200));
    const yesterday = new Date(clock.now().getTime() - 86_400_000).toISOString().slice(0, 10);
    expectSiigoError(await postNote(noteBody(paper, [line(product.code, 1, 100)], cash(100), { date: undefined })), 400, 'parameter_required');
    expectSiigoError(await postNote(noteBody(paper, [line(product.code, 1, 100)], cash(100), { date: '2025/03/10' })), 400, 'invalid_date');
    const late = await postNote(noteBody(sent, [line(product.code, 1, 100)], cash(100), { date: yesterday }));
    expectSiigoError(late, 400, 'invalid_date');
    expect(late.body.Errors[0].Params).toEqual(['date']);
    expect((await postNote(noteBody(sent, [line(product.code, 1, 100)], cash(100)))).status).toBe(201);
    expect((await postNote(noteBody(paper, [line(product.code, 1, 100)], cash(100), { date: yesterday }))).status).toBe(201);
  });

  it('requires invoice as an existing UUID, and refuses invoice_data', async () => {
    const product = stockProduct(api.sandbox);
    const sent = await sentInvoice([line(product.code, 1, 100)], cash(100));
    const body = (overrides: Record<string, unknown>) => noteBody(sent, [line(product.code, 1, 100)], cash(100), overrides);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ invoice: undefined }, 'parameter_required', 'invoice'],
      [{ invoice: 'FV-1-22' }, 'invalid_type', 'invoice'],
      [{ invoice: '00000000-0000-4000-8000-000000000000' }, 'invalid_reference', 'invoice'],
      [{ invoice: undefined, invoice_data: { date: '2025-03-01', prefix: 'FV', number: 458 } }, 'parameters_exclusive', 'invoice_data'],
    ];
    for (const [overrides, code, param] of cases) {
      const res = await postNote(body(overrides));
      expectSiigoError(res, 400, code);
      expect(res.body.Errors[0].Params).toEqual([param]);
    }
  });

  it("requires the note type's electronic-ness to match the invoice's (invalid_document)", async () => {
    const product = stockProduct(api.sandbox);
    const paper = await invoice([line(product.code, 1, 100)], cash(100));
    const sent = await sentInvoice([line(product.code, 1, 100)], cash(100));
    expectSiigoError(await postNote(noteBody(paper, [line(product.code, 1, 100)], cash(100), { document: { id: DOC.creditNote } })), 400, 'invalid_document');
    expectSiigoError(await postNote(noteBody(sent, [line(product.code, 1, 100)], cash(100), { document: { id: DOC.creditNotePaper } })), 400, 'invalid_document');
  });

  it('requires an electronic invoice to have been sent to the DIAN (not Draft)', async () => {
    const product = stockProduct(api.sandbox);
    const unsent = await invoice([line(product.code, 1, 100)], cash(100), { electronic: true });
    const pending = await invoice([line(product.code, 1, 100)], cash(100), { electronic: true, send: true });
    const note = (inv: JsonBody) => noteBody(inv, [line(product.code, 1, 100)], cash(100));
    expectSiigoError(await postNote(note(unsent)), 400, 'invalid_document');
    clock.advance(DELAY - 1);
    const early = await postNote(note(pending));
    expectSiigoError(early, 400, 'invalid_document');
    expect(early.body.Errors[0].Params).toEqual(['invoice']);
    clock.advance(1);
    expect((await postNote(note(pending))).status).toBe(201);
  });

  it('requires reason on electronic notes, one of the table codes 1, 2, 3, 4, 6, 7', async () => {
    const product = stockProduct(api.sandbox);
    const sent = await sentInvoice([line(product.code, 5, 100)], cash(500));
    const note = (reason: unknown) => noteBody(sent, [line(product.code, 1, 100)], cash(100), { reason });
    expectSiigoError(await postNote(note(undefined)), 400, 'parameter_required');
    for (const bad of [0, 5, 8, 'dos', 1.5]) {
      const res = await postNote(note(bad));
      expectSiigoError(res, 400, 'invalid_value');
      expect(res.body.Errors[0].Params).toEqual(['reason']);
    }
    const asText = await postNote(note('2'));
    expect(asText.status).toBe(201);
    expect(asText.body.reason).toBe(2);
    expect((await postNote(note(7))).body.reason).toBe(7);
    // A paper note may go without one.
    const paper = await invoice([line(product.code, 1, 100)], cash(100));
    const noReason = await postNote(noteBody(paper, [line(product.code, 1, 100)], cash(100), { reason: undefined }));
    expect(noReason.status).toBe(201);
    expect(noReason.body.reason).toBeUndefined();
  });

  it('validates items like invoice items', async () => {
    const product = stockProduct(api.sandbox);
    const inv = await invoice([line(product.code, 5, 100)], cash(500));
    const inactive = api.sandbox.store.products.find((p) => !p.active)!;
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ code: 'bad code' }, 'invalid_code', 'items[0].code'],
      [{ code: 'NOPE-1' }, 'invalid_reference', 'items[0].code'],
      [{ code: inactive.code }, 'parameter_inactive', 'items[0].code'],
      [{ quantity: 1.234 }, 'invalid_value', 'items[0].quantity'],
      [{ quantity: 0 }, 'invalid_value', 'items[0].quantity'],
      [{ price: 1.1234567 }, 'invalid_amount', 'items[0].price'],
      [{ price: undefined }, 'parameter_required', 'items[0].price'],
      [{ taxed_price: 1.1234567 }, 'invalid_amount', 'items[0].taxed_price'],
      [{ taxes: [{ id: 1 }] }, 'invalid_reference', 'items[0].taxes[0].id'],
      [{ taxes: [{ id: T.reteIva15 }] }, 'invalid_array', 'items[0].taxes'],
    ];
    for (const [overrides, code, param] of cases) {
      const res = await postNote(JSON.parse(JSON.stringify(noteBody(inv, [{ ...line(product.code, 1, 100), ...overrides }], cash(100)))));
      expectSiigoError(res, 400, code);
      expect(res.body.Errors[0].Params, code).toEqual([param]);
    }
    expectSiigoError(await postNote(noteBody(inv, [], cash(100))), 400, 'parameter_required');
  });

  it('returns only what the invoice sold, never more than sold over all its notes (invalid_value)', async () => {
    const product = stockProduct(api.sandbox);
    const other = stockProduct(api.sandbox, 1);
    const inv = await invoice([line(product.code, 2, 100), line(product.code, 1, 100)], cash(300));
    const notOnInvoice = await postNote(noteBody(inv, [line(other.code, 1, 100)], cash(100)));
    expectSiigoError(notOnInvoice, 400, 'invalid_value');
    expect(notOnInvoice.body.Errors[0].Params).toEqual(['items[0].code']);
    // Lines of the same code add up, within a note and across notes.
    const tooMany = await postNote(noteBody(inv, [line(product.code, 2, 100), line(product.code, 1.01, 100)], cash(301)));
    expectSiigoError(tooMany, 400, 'invalid_value');
    expect(tooMany.body.Errors[0].Params).toEqual(['items[1].quantity']);
    expect((await postNote(noteBody(inv, [line(product.code, 2, 100)], cash(200)))).status).toBe(201);
    expectSiigoError(await postNote(noteBody(inv, [line(product.code, 1.5, 100)], cash(150))), 400, 'invalid_value');
    expect((await postNote(noteBody(inv, [line(product.code, 1, 100)], cash(100)))).status).toBe(201);
    expectSiigoError(await postNote(noteBody(inv, [line(product.code, 0.01, 100)], cash(1))), 400, 'invalid_value');
  });

  it("refuses a note whose total exceeds the invoice's total minus earlier notes (values_limit)", async () => {
    const product = stockProduct(api.sandbox);
    const inv = await invoice([line(product.code, 2, 1000)], cash(2000));
    expectSiigoError(await postNote(noteBody(inv, [line(product.code, 1, 2000.01)], cash(2000.01))), 400, 'values_limit');
    expect((await postNote(noteBody(inv, [line(product.code, 1, 1500)], cash(1500)))).status).toBe(201);
    const over = await postNote(noteBody(inv, [line(product.code, 1, 500.01)], cash(500.01)));
    expectSiigoError(over, 400, 'values_limit');
    expect(over.body.Errors[0].Message).toContain('(500.00)');
    expect((await postNote(noteBody(inv, [line(product.code, 1, 500)], cash(500)))).status).toBe(201);
  });

  it('takes payment types valid for NC: cash and transfer refund, Crédito (due_date) credits; they must add up', async () => {
    const types = await api.call('GET', '/v1/payment-types?document_type=NC');
    expect(types.body.map((p: { id: number; due_date: boolean }) => [p.id, p.due_date])).toEqual([[PAY.cash, false], [PAY.transfer, false], [PAY.credit, true]]);
    const product = stockProduct(api.sandbox);
    const inv = await invoice([line(product.code, 5, 100)], cash(500));
    const note = (payments: unknown[]) => noteBody(inv, [line(product.code, 1, 100)], payments);
    expectSiigoError(await postNote(note([{ id: PAY.debitCard, value: 100 }])), 400, 'invalid_payment');
    expectSiigoError(await postNote(note([{ id: PAY.chequeInactive, value: 100 }])), 400, 'invalid_payment');
    expectSiigoError(await postNote(note([{ id: 1, value: 100 }])), 400, 'invalid_reference');
    expectSiigoError(await postNote(note([{ id: PAY.credit, value: 100 }])), 400, 'parameter_required');
    expectSiigoError(await postNote(note([])), 400, 'parameter_required');
    const short = await postNote(note([{ id: PAY.cash, value: 60 }, { id: PAY.transfer, value: 39.99 }]));
    expectSiigoError(short, 400, 'invalid_total_payments');
    expect(short.body.Errors[0].Message).toBe('The total payments (99.99) must be equal to the total credit note (100.00)');
    expectSiigoError(await postNote(note(cash(100.01))), 400, 'invalid_total_payments');
    const split = await postNote(note([{ id: PAY.cash, value: 60 }, { id: PAY.credit, value: 40, due_date: clock.today() }]));
    expect(split.status).toBe(201);
    expect(split.body.payments).toEqual([
      { id: PAY.cash, name: 'Efectivo', value: 60 },
      { id: PAY.credit, name: 'Crédito', value: 40, due_date: clock.today() },
    ]);
  });

  it('changes nothing when it refuses a note: no stock, balance or consecutive moves', async () => {
    const product = stockProduct(api.sandbox, 2);
    const inv = await invoice([line(product.code, 2, 100)], [{ id: PAY.credit, value: 200, due_date: clock.today() }]);
    const stock = JSON.stringify(product.warehouses);
    const type = api.sandbox.store.catalogs.documentTypes.find((d) => d.id === DOC.creditNotePaper)!;
    const consecutive = type.consecutive;
    expectSiigoError(await postNote(noteBody(inv, [line(product.code, 1, 100)], [{ id: PAY.credit, value: 99, due_date: clock.today() }])), 400, 'invalid_total_payments');
    expect(JSON.stringify(product.warehouses)).toBe(stock);
    expect(type.consecutive).toBe(consecutive);
    expect((await api.call('GET', `/v1/invoices/${inv.id}`)).body).toMatchObject({ balance: 200, metadata: { last_updated: null } });
  });

  it('puts returned stock back in the warehouses the invoice took it from (or the one the line names)', async () => {
    const product = api.sandbox.store.products.find((p) => p.active && p.stock_control && p.warehouses.length > 2 && p.warehouses.every((w) => w.quantity > 5))!;
    expect(product).toBeDefined();
    const [first, second, third] = product.warehouses.map((w) => ({ id: w.id, quantity: w.quantity }));
    const service = api.sandbox.store.products.find((p) => p.active && p.type === 'Service')!;
    const inv = await invoice(
      [line(product.code, 3, 100), line(product.code, 2, 100, { warehouse: second!.id }), line(service.code, 1, 100)],
      cash(600),
    );
    const quantityIn = (id: number) => product.warehouses.find((w) => w.id === id)!.quantity;
    expect([quantityIn(first!.id), quantityIn(second!.id)]).toEqual([first!.quantity - 3, second!.quantity - 2]);
    clock.advance(60_000);
    const since = clock.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const res = await postNote(noteBody(inv, [line(product.code, 4, 100), line(service.code, 1, 100)], cash(500)));
    expect(res.status).toBe(201);
    const got = await api.call('GET', `/v1/products/${product.id}`);
    // 3 back to where the first line left from, 1 of the 2 to the second line's warehouse.
    expect(got.body.warehouses.find((w: { id: number }) => w.id === first!.id).quantity).toBe(first!.quantity);
    expect(got.body.warehouses.find((w: { id: number }) => w.id === second!.id).quantity).toBe(second!.quantity - 1);
    expect(got.body.available_quantity).toBe(product.warehouses.reduce((s, w) => s + w.quantity, 0));
    expect(got.body.metadata.last_updated).toBe(clock.now().toISOString());
    const pulled = await api.call('GET', `/v1/products?updated_start=${since}&page_size=100`);
    expect(pulled.body.results.map((p: { id: string }) => p.id)).toContain(product.id);
    expect(service.warehouses).toEqual([]);
    // The last unit, to the warehouse the note's line names.
    expect((await postNote(noteBody(inv, [line(product.code, 1, 100, { warehouse: third!.id })], cash(100)))).status).toBe(201);
    expect([quantityIn(second!.id), quantityIn(third!.id)]).toEqual([second!.quantity - 1, third!.quantity + 1]);
  });

  it("lowers the invoice's balance by the Crédito part only, never below 0; the invoice's GET shows it", async () => {
    const product = stockProduct(api.sandbox, 3);
    const inv = await invoice([line(product.code, 4, 250)], [{ id: PAY.credit, value: 1000, due_date: clock.today() }]);
    expect(inv.balance).toBe(1000);
    clock.advance(1000);
    const credited = await postNote(noteBody(inv, [line(product.code, 1, 250)], [{ id: PAY.credit, value: 250, due_date: clock.today() }]));
    expect(credited.status).toBe(201);
    let got = await api.call('GET', `/v1/invoices/${inv.id}`);
    expect(got.body.balance).toBe(750);
    expect(got.body.metadata.last_updated).toBe(clock.now().toISOString());
    clock.advance(1000);
    // A cash refund leaves the balance alone (the invoice still moves: it has a new related document).
    expect((await postNote(noteBody(inv, [line(product.code, 1, 250)], cash(250)))).status).toBe(201);
    got = await api.call('GET', `/v1/invoices/${inv.id}`);
    expect(got.body.balance).toBe(750);
    expect(got.body.metadata.last_updated).toBe(clock.now().toISOString());
    // A receipt pays 700 of it; crediting 500 more than the remaining 50 stops at 0.
    const receipt = await api.call('POST', '/v1/vouchers', {
      document: { id: DOC.receipt },
      date: clock.today(),
      type: 'DebtPayment',
      customer: { identification: inv.customer.identification, branch_office: inv.customer.branch_office },
      items: [{ due: { prefix: inv.name.replace(/-\d+$/, ''), consecutive: inv.number, quote: 1 }, value: 700 }],
      payment: { id: PAY.cash, value: 700 },
    });
    expect(receipt.status).toBe(201);
    expect((await postNote(noteBody(inv, [line(product.code, 2, 250)], [{ id: PAY.credit, value: 500, due_date: clock.today() }]))).status).toBe(201);
    expect((await api.call('GET', `/v1/invoices/${inv.id}`)).body.balance).toBe(0);
  });

  it('stamps electronic notes like invoices: Draft, then Accepted with a CUDE (no CUFE) or Rejected', async () => {
    const product = stockProduct(api.sandbox, 4);
    const sent = await sentInvoice([line(product.code, 4, 100)], cash(400));
    const note = (extra: Record<string, unknown>) => postNote(noteBody(sent, [line(product.code, 1, 100)], cash(100), extra));
    const accepted = await note({ stamp: { send: true }, mail: { send: true } });
    expect(accepted.body.stamp).toEqual({ status: 'Draft', observations: '', errors: '' });
    expect(accepted.body.mail.status).toBe('pending_send');
    const rejected = await note({ stamp: { send: true }, mail: { send: true } });
    rejectedNotes.add(rejected.body.id);
    const unsent = await note({});
    const paperInvoice = await invoice([line(product.code, 1, 100)], cash(100));
    const paper = await postNote(noteBody(paperInvoice, [line(product.code, 1, 100)], cash(100), { stamp: { send: true } }));
    const createdAt = clock.now().toISOString();

    clock.advance(DELAY - 1);
    expect((await api.call('GET', `/v1/credit-notes/${accepted.body.id}`)).body.stamp.status).toBe('Draft');
    clock.advance(1);
    const later = (await api.call('GET', `/v1/credit-notes/${accepted.body.id}`)).body;
    expect(later.stamp.status).toBe('Accepted');
    expect(later.stamp.cude).toMatch(/^[0-9a-f]{96}$/);
    expect(later.stamp.cufe).toBeUndefined();
    expect(later.mail.status).toBe('sent');
    expect(later.metadata.last_updated > createdAt).toBe(true);
    const r = (await api.call('GET', `/v1/credit-notes/${rejected.body.id}`)).body;
    expect(r.stamp).toMatchObject({ status: 'Rejected', errors: expect.stringContaining('Rechazo') });
    expect(r.stamp.cude).toBeUndefined();
    expect(r.mail.status).toBe('not_sent');
    expect((await api.call('GET', `/v1/credit-notes/${unsent.body.id}`)).body.stamp).toEqual({ status: 'Draft', observations: '', errors: '' });
    expect((await api.call('GET', `/v1/credit-notes/${paper.body.id}`)).body.stamp.status).toBe('Draft');
    // The transition is visible to an updated_start poll of the list.
    const polled = await api.call('GET', `/v1/credit-notes?updated_start=${createdAt.slice(0, 19)}Z&page_size=100`);
    expect(polled.body.results.map((n: { id: string }) => n.id)).toEqual([accepted.body.id, rejected.body.id]);
  });

  it('prices note lines with taxed_price too', async () => {
    const shelf = DEMO_IDS.shelfProducts.iva19At10000;
    const items = [{ code: shelf.code, quantity: 2, taxed_price: 10000, taxes: [{ id: T.iva19 }] }];
    const inv = await invoice(items, cash(20000));
    const res = await postNote(noteBody(inv, [{ ...items[0], quantity: 1 }], cash(10000), { reason: 1 }));
    expect(res.status).toBe(201);
    expect(res.body.items[0]).toMatchObject({ price: 8403.36, taxed_price: 10000, taxes: [{ value: 1596.64 }], total: 10000 });
    expect(res.body.total).toBe(10000);
  });

  it('takes retentions off what the payments must cover', async () => {
    const product = stockProduct(api.sandbox);
    const inv = await invoice([line(product.code, 2, 10000, { taxes: [{ id: T.iva19 }] })], cash(23800));
    // ReteIVA 15 % of 1900 = 285: payments cover 11900 − 285 = 11615.
    const body = (value: number) => noteBody(inv, [line(product.code, 1, 10000, { taxes: [{ id: T.iva19 }] })], cash(value), { retentions: [{ id: T.reteIva15 }] });
    expectSiigoError(await postNote(body(11900)), 400, 'invalid_total_payments');
    const res = await postNote(body(11615));
    expect(res.status).toBe(201);
    expect(res.body.retentions).toEqual([{ id: T.reteIva15, name: 'ReteIVA 15%', type: 'ReteIVA', percentage: 15, value: 285 }]);
    expect(res.body.total).toBe(11900);
  });

  it('answers 404 for an unknown note, lists with created/updated filters and pagination, and serves a PDF', async () => {
    expectSiigoError(await api.call('GET', '/v1/credit-notes/00000000-0000-4000-8000-000000000000'), 404, 'not_found');
    expectSiigoError(await api.call('GET', '/v1/credit-notes/00000000-0000-4000-8000-000000000000/pdf'), 404, 'not_found');
    clock.advance(3_600_000);
    const since = clock.now().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const product = stockProduct(api.sandbox);
    const inv = await invoice([line(product.code, 3, 100)], cash(300));
    const a = await postNote(noteBody(inv, [line(product.code, 1, 100)], cash(100)));
    clock.advance(1000);
    const b = await postNote(noteBody(inv, [line(product.code, 1, 100)], cash(100)));
    const recent = await api.call('GET', `/v1/credit-notes?created_start=${since}`);
    expect(recent.body.results.map((n: { id: string }) => n.id)).toEqual([a.body.id, b.body.id]);
    const before = await api.call('GET', `/v1/credit-notes?created_end=${new Date(Date.parse(since) - 1000).toISOString().slice(0, 19)}Z&page_size=100`);
    expect(before.body.results.map((n: { id: string }) => n.id)).not.toContain(a.body.id);
    expect((await api.call('GET', `/v1/credit-notes?updated_start=${since}`)).body.results).toEqual([]);
    expect((await api.call('GET', `/v1/credit-notes?updated_end=${clock.today()}`)).body.results.every((n: JsonBody) => n.metadata.last_updated !== null)).toBe(true);
    expectSiigoError(await api.call('GET', '/v1/credit-notes?created_start=2025-13-01'), 400, 'invalid_date');

    const total = api.sandbox.store.creditNotes.length;
    const page = await api.call('GET', '/v1/credit-notes?page=2&page_size=1');
    expect(page.body.pagination).toEqual({ page: 2, page_size: 1, total_results: total });
    expect(page.body.results).toHaveLength(1);
    expect(page.body._links.previous.href).toMatch(/\/v1\/credit-notes\?page=1&page_size=1$/);
    expect(page.body._links.next.href).toMatch(/\/v1\/credit-notes\?page=3&page_size=1$/);
    expect((await api.call('GET', '/v1/credit-notes/?page_size=1')).body.pagination.total_results).toBe(total);

    const pdf = await api.call('GET', `/v1/credit-notes/${a.body.id}/pdf`);
    expect(Object.keys(pdf.body).sort()).toEqual(['base64', 'id']);
    expect(pdf.body.id).toBe(a.body.id);
    const bytes = Buffer.from(pdf.body.base64, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toContain(a.body.name);
  });

  it('goes through auth, Partner-Id, faults and the request log like every route', async () => {
    const product = stockProduct(api.sandbox);
    const inv = await invoice([line(product.code, 3, 100)], cash(300));
    const body = noteBody(inv, [line(product.code, 1, 100)], cash(100));
    expectSiigoError(await postNote(body, { authorization: 'Bearer nope' }), 401, 'unauthorized');
    expectSiigoError(await postNote(body, { 'partner-id': 'Mostrador-App' }), 400, 'invalid_partner_id');

    api.sandbox.clearFaults();
    api.sandbox.addFault({ kind: 'status', status: 503, method: 'POST', path: '/v1/credit-notes', times: 1 });
    const count = api.sandbox.store.creditNotes.length;
    expectSiigoError(await postNote(body), 503, 'service_unavailable');
    expect(api.sandbox.store.creditNotes.length).toBe(count);

    api.sandbox.addFault({ kind: 'drop-after-commit', method: 'POST', path: '/v1/credit-notes', times: 1 });
    await expect(postNote(body, { 'idempotency-key': 'DroppedNote1' })).rejects.toThrow();
    expect(api.sandbox.store.creditNotes.length).toBe(count + 1);
    expect(api.sandbox.requests().at(-1)).toMatchObject({
      method: 'POST', path: '/v1/credit-notes', status: 'dropped', fault: 'drop-after-commit', idempotencyKey: 'DroppedNote1', partnerId: PARTNER_ID,
    });
    const replay = await postNote(body, { 'idempotency-key': 'DroppedNote1' });
    expect(replay.status).toBe(201);
    expect(replay.body.id).toBe(api.sandbox.created().at(-1)!.id);
    expect(api.sandbox.store.creditNotes.length).toBe(count + 1);
    api.sandbox.clearFaults();
  });
});

describe('sandbox: credit notes count toward the rate limit', () => {
  it('answers 429 requests_limit on /v1/credit-notes beyond the limit', async () => {
    const clock = controllableClock();
    const api = await openApi({ now: clock.now, size: { customers: 5, products: 10 }, seedInvoices: false, rateLimit: { requests: 2, windowMs: 1000 } });
    try {
      expect((await api.call('GET', '/v1/credit-notes')).status).toBe(200);
      expect((await api.call('POST', '/v1/credit-notes', {})).status).toBe(400);
      expectSiigoError(await api.call('GET', '/v1/credit-notes'), 429, 'requests_limit');
      clock.advance(1001);
      expect((await api.call('GET', '/v1/credit-notes')).body.pagination.total_results).toBe(0);
    } finally {
      await api.sandbox.close();
    }
  });
});
