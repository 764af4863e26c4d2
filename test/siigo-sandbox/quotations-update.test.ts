import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../src-main/siigo-sandbox/index';
import { type Api, type JsonBody, controllableClock, expectSiigoError, goodCustomer, openApi, stockProduct } from './helpers';

const DOC = DEMO_IDS.documentTypes;
const TAX = DEMO_IDS.taxes;

describe('sandbox: PUT /v1/quotations/{id}', () => {
  const clock = controllableClock();
  let api: Api;
  beforeAll(async () => {
    api = await openApi({ now: clock.now, rateLimit: { requests: 1000, windowMs: 60_000 } });
  });
  afterAll(() => api.sandbox.close());

  const body = (overrides: Record<string, unknown> = {}) => {
    const customer = goodCustomer(api.sandbox);
    return {
      document: { id: DOC.quotation },
      date: clock.today(),
      customer: { identification: customer.identification, branch_office: 0 },
      cost_center: DEMO_IDS.costCenters.main,
      seller: DEMO_IDS.users.main,
      observations: 'Precios válidos por 30 días',
      items: [{ code: stockProduct(api.sandbox).code, quantity: 2, price: 5000, taxes: [{ id: TAX.iva19 }] }],
      ...overrides,
    };
  };

  const create = async (overrides: Record<string, unknown> = {}): Promise<JsonBody> => {
    const res = await api.call('POST', '/v1/quotations', body(overrides));
    expect(res.status).toBe(201);
    return res.body;
  };

  const read = async (id: string): Promise<JsonBody> => (await api.call('GET', `/v1/quotations/${id}`)).body;

  it('replaces items, seller, date, cost center and observations, recomputes the total, and keeps id, number and name', async () => {
    const original = await create();
    expect(original.total).toBe(11900);
    const quotationsBefore = api.sandbox.store.quotations.length;
    const createdBefore = api.sandbox.created().length;
    const updatedBefore = api.sandbox.updated().length;
    clock.advance(3_600_000);
    const since = clock.now().toISOString().slice(0, 19) + 'Z';

    const edited = await api.call('PUT', `/v1/quotations/${original.id}`, body({
      date: clock.today(),
      seller: DEMO_IDS.users.second,
      cost_center: DEMO_IDS.costCenters.counter,
      observations: 'Incluye instalación',
      items: [
        // 3 × 2000 = 6000, IVA 19 % = 1140 → 7140
        { code: stockProduct(api.sandbox).code, quantity: 3, price: 2000, taxes: [{ id: TAX.iva19 }] },
        // 1 × 1500 − 500 = 1000, no tax
        { code: stockProduct(api.sandbox, 1).code, quantity: 1, price: 1500, discount: 500 },
      ],
    }));

    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      id: original.id,
      number: original.number,
      name: original.name,
      document: original.document,
      customer: original.customer,
      public_url: original.public_url,
      seller: DEMO_IDS.users.second,
      cost_center: DEMO_IDS.costCenters.counter,
      observations: 'Incluye instalación',
      total: 8140,
      metadata: { created: original.metadata.created, last_updated: clock.now().toISOString() },
    });
    expect(edited.body.items.map((i: JsonBody) => [i.code, i.quantity, i.total])).toEqual([
      [stockProduct(api.sandbox).code, 3, 7140],
      [stockProduct(api.sandbox, 1).code, 1, 1000],
    ]);
    expect(await read(original.id)).toEqual(edited.body);

    // Still one quotation: nothing created, one update logged, in its list position.
    expect(api.sandbox.store.quotations).toHaveLength(quotationsBefore);
    expect(api.sandbox.created()).toHaveLength(createdBefore);
    expect(api.sandbox.updated().slice(updatedBefore)).toEqual([{ resource: 'quotations', id: original.id, at: clock.now().toISOString() }]);
    const changed = await api.call('GET', `/v1/quotations?updated_start=${since}`);
    expect(changed.body.results.map((q: JsonBody) => q.id)).toEqual([original.id]);
    // The consecutive did not move: the next quotation takes the next number.
    expect((await create()).number).toBe(original.number + 1);
  });

  it('a PUT without cost_center or observations clears them (a whole replacement, like the customers\' PUT)', async () => {
    const original = await create();
    const { cost_center: _c, observations: _o, ...rest } = body();
    const edited = await api.call('PUT', `/v1/quotations/${original.id}`, rest);
    expect(edited.status).toBe(200);
    expect(edited.body.cost_center).toBeUndefined();
    expect(edited.body.observations).toBe('');
  });

  it('accepts the locked fields when they repeat the original: same number, branch 0 left out, currency COP', async () => {
    const original = await create();
    const { customer } = body();
    const same = await api.call('PUT', `/v1/quotations/${original.id}`, body({
      number: original.number,
      customer: { identification: customer.identification },
      currency: { code: 'COP', exchange_rate: 1 },
    }));
    expect(same.status).toBe(200);
    expect(same.body.number).toBe(original.number);
  });

  it('refuses a change to the document type, number, customer or currency with 400 non_editable naming the field, and changes nothing', async () => {
    const original = await create();
    const other = api.sandbox.store.customers.find(
      (c) => c.active && c.contacts.length > 0 && c.identification !== original.customer.identification,
    );
    if (!other) throw new Error('no second customer in seed');
    const { customer } = body();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ document: { id: DOC.fvPaper } }, 'document.id'],
      [{ number: original.number + 1 }, 'number'],
      [{ customer: { identification: other.identification, branch_office: 0 } }, 'customer.identification'],
      [{ customer: { identification: customer.identification, branch_office: 1 } }, 'customer.branch_office'],
      [{ currency: { code: 'USD', exchange_rate: 4100 } }, 'currency.code'],
    ];
    const before = await read(original.id);
    const updatedBefore = api.sandbox.updated().length;
    for (const [overrides, field] of cases) {
      clock.advance(1000);
      // Every refused body also carries an edit that would otherwise be applied.
      const res = await api.call('PUT', `/v1/quotations/${original.id}`, body({ seller: DEMO_IDS.users.third, ...overrides }));
      expectSiigoError(res, 400, 'non_editable');
      expect(res.body.Errors[0].Params, JSON.stringify(overrides)).toEqual([field]);
      expect(await read(original.id)).toEqual(before);
    }
    expect(api.sandbox.updated()).toHaveLength(updatedBefore);
  });

  it('checks the body with the creation\'s rules: the same code as a POST of it, and nothing changed', async () => {
    const original = await create();
    const before = await read(original.id);
    const cases: Array<Record<string, unknown>> = [
      { items: [] },
      { items: [{ code: 'NO-EXISTE', quantity: 1, price: 1000 }] },
      { items: [{ code: stockProduct(api.sandbox).code, quantity: 1.005, price: 1000 }] },
      { seller: 99999 },
      { seller: DEMO_IDS.users.inactive },
      { seller: undefined },
      { date: '10/03/2025' },
      { cost_center: 99999 },
    ];
    for (const overrides of cases) {
      const broken = JSON.parse(JSON.stringify(body(overrides)));
      const posted = await api.call('POST', '/v1/quotations', broken);
      expect(posted.status, JSON.stringify(overrides)).toBe(400);
      const put = await api.call('PUT', `/v1/quotations/${original.id}`, broken);
      expectSiigoError(put, 400, posted.body.Errors[0].Code);
      expect(put.body.Errors[0].Params).toEqual(posted.body.Errors[0].Params);
    }
    expect(await read(original.id)).toEqual(before);
  });

  it('answers 404 not_found for an unknown quotation, and logs no update', async () => {
    const updatedBefore = api.sandbox.updated().length;
    expectSiigoError(await api.call('PUT', '/v1/quotations/00000000-0000-0000-0000-000000000000', body()), 404, 'not_found');
    expect(api.sandbox.updated()).toHaveLength(updatedBefore);
  });

  it('logs customer PUTs in the same updated log', async () => {
    const customer = goodCustomer(api.sandbox);
    const updatedBefore = api.sandbox.updated().length;
    const { id: _id, metadata: _m, id_type, person_type, address, ...rest } = customer;
    const res = await api.call('PUT', `/v1/customers/${customer.id}`, {
      ...rest,
      id_type: id_type.code,
      person_type,
      address: { address: address.address, city: { country_code: 'Co', state_code: address.city.state_code, city_code: address.city.city_code } },
      fiscal_responsibilities: customer.fiscal_responsibilities.map((f) => ({ code: f.code })),
      comments: 'Cliente frecuente',
    });
    expect(res.status).toBe(200);
    expect(api.sandbox.updated().slice(updatedBefore)).toEqual([{ resource: 'customers', id: customer.id, at: clock.now().toISOString() }]);
  });
});

describe('sandbox: quotation PUTs count toward the rate limit', () => {
  it('answers 429 requests_limit to a PUT beyond the limit, which changes nothing', async () => {
    const clock = controllableClock();
    const api = await openApi({ now: clock.now, size: { customers: 5, products: 10 }, seedInvoices: false, rateLimit: { requests: 2, windowMs: 1000 } });
    try {
      const customer = goodCustomer(api.sandbox);
      const body = (quantity: number) => ({
        document: { id: DOC.quotation },
        date: clock.today(),
        customer: { identification: customer.identification },
        seller: DEMO_IDS.users.main,
        items: [{ code: stockProduct(api.sandbox).code, quantity, price: 1000 }],
      });
      const created = await api.call('POST', '/v1/quotations', body(1));
      expect(created.status).toBe(201);
      expect((await api.call('PUT', `/v1/quotations/${created.body.id}`, body(2))).body.total).toBe(2000);
      expectSiigoError(await api.call('PUT', `/v1/quotations/${created.body.id}`, body(3)), 429, 'requests_limit');
      expect(api.sandbox.store.quotation(created.body.id)?.total).toBe(2000);
      expect(api.sandbox.updated()).toHaveLength(1);
      clock.advance(1001);
      expect((await api.call('PUT', `/v1/quotations/${created.body.id}`, body(3))).body.total).toBe(3000);
      expect(api.sandbox.updated()).toHaveLength(2);
    } finally {
      await api.sandbox.close();
    }
  });
});
