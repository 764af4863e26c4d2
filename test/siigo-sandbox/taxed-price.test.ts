import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../src-main/siigo-sandbox/index';
import { add, compare, mul, round, shift, toDecimal, toPlainString } from '../../src-main/siigo-sandbox/decimal';
import type { Tax } from '../../src-main/siigo-sandbox/domain/types';
import { amountsFromTaxedPrice } from '../../src-main/siigo-sandbox/validation/item-amounts';
import { type Api, type Clock, controllableClock, expectSiigoError, goodCustomer, openApi } from './helpers';

const T = DEMO_IDS.taxes;
const PAY = DEMO_IDS.paymentTypes;
const SHELF = DEMO_IDS.shelfProducts;

describe('sandbox: taxed_price (price with its taxes included)', () => {
  let clock: Clock;
  let api: Api;
  beforeAll(async () => {
    clock = controllableClock();
    api = await openApi({ now: clock.now, stamp: { delayMs: 1000 }, rateLimit: { requests: 10_000, windowMs: 60_000 } });
  });
  afterAll(() => api.sandbox.close());

  const invoice = (items: unknown[], payments: unknown[], overrides: Record<string, unknown> = {}) => ({
    document: { id: DEMO_IDS.documentTypes.fvPaper },
    date: clock.today(),
    customer: { identification: goodCustomer(api.sandbox).identification, branch_office: 0 },
    seller: DEMO_IDS.users.main,
    items,
    payments,
    ...overrides,
  });
  const post = (body: unknown) => api.call('POST', '/v1/invoices', body);

  it('gives the Blueprint example: 10.000 with IVA 19 % is base 8.403,36 and IVA 1.596,64, total 10.000', async () => {
    const items = [{ code: SHELF.iva19At10000.code, quantity: 1, taxed_price: 10000, taxes: [{ id: T.iva19 }] }];
    const res = await post(invoice(items, [{ id: PAY.cash, value: 10000 }]));
    expect(res.status).toBe(201);
    expect(res.body.total).toBe(10000);
    expect(res.body.items[0]).toMatchObject({ quantity: 1, price: 8403.36, taxed_price: 10000, taxes: [{ id: T.iva19, value: 1596.64 }], total: 10000 });
  });

  it('multiplies by the quantity and takes the discount (tax included) off before splitting', async () => {
    // gross = 3 × 4500 − 500 = 13000; base = round(13000 / 1.19) = 10924.37; IVA = 13000 − 10924.37 = 2075.63
    // gross = 2.5 × 12500 = 31250; base = round(31250 / 1.05) = 29761.90; IVA = 1488.10
    const items = [
      { code: SHELF.iva19At4500.code, quantity: 3, taxed_price: 4500, discount: 500, taxes: [{ id: T.iva19 }] },
      { code: SHELF.iva5At12500.code, quantity: 2.5, taxed_price: 12500, taxes: [{ id: T.iva5 }] },
    ];
    const res = await post(invoice(items, [{ id: PAY.cash, value: 44250 }]));
    expect(res.status).toBe(201);
    expect(res.body.items[0]).toMatchObject({
      price: 3641.456667, // round(10924.37 / 3, 6)
      taxed_price: 4500,
      discount: { value: 500, percentage: 3.7 },
      taxes: [{ value: 2075.63 }],
      total: 13000,
    });
    expect(res.body.items[1]).toMatchObject({ price: 11904.76, taxes: [{ value: 1488.1 }], total: 31250 });
    expect(res.body.total).toBe(44250);
  });

  it('gives the remainder to the tax with the highest percentage, wherever it is in the list', async () => {
    // base = round(2000 / 1.27) = 1574.80; INC 8 % = round(125.984) = 125.98;
    // IVA 19 % = 2000 − 1574.80 − 125.98 = 299.22 (rounding it alone would give 299.21).
    const items = [{ code: SHELF.iva19Impoconsumo8At3800.code, quantity: 1, taxed_price: 2000, taxes: [{ id: T.iva19 }, { id: T.impoconsumo8 }] }];
    const res = await post(invoice(items, [{ id: PAY.cash, value: 2000 }]));
    expect(res.status).toBe(201);
    expect(res.body.items[0].taxes.map((t: { id: number; value: number }) => [t.id, t.value])).toEqual([[T.iva19, 299.22], [T.impoconsumo8, 125.98]]);
    expect(res.body.items[0].total).toBe(2000);
  });

  it('keeps the whole price as the base with no taxes or only 0 %', async () => {
    const items = [
      { code: SHELF.excludedAt18000.code, quantity: 2, taxed_price: 18000 },
      { code: SHELF.excludedAt18000.code, quantity: 1, taxed_price: 5000, taxes: [{ id: T.iva0 }] },
    ];
    const res = await post(invoice(items, [{ id: PAY.cash, value: 41000 }]));
    expect(res.status).toBe(201);
    expect(res.body.items[0]).toMatchObject({ price: 18000, taxed_price: 18000, taxes: [], total: 36000 });
    expect(res.body.items[1]).toMatchObject({ price: 5000, taxes: [{ id: T.iva0, value: 0 }], total: 5000 });
  });

  it('ignores price when taxed_price is sent, and validates taxed_price like a price', async () => {
    const line = (extra: Record<string, unknown>) => [{ code: SHELF.iva19At10000.code, quantity: 1, taxes: [{ id: T.iva19 }], ...extra }];
    const ignored = await post(invoice(line({ taxed_price: 10000, price: 1 }), [{ id: PAY.cash, value: 10000 }]));
    expect(ignored.status).toBe(201);
    expect(ignored.body.items[0].price).toBe(8403.36);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ taxed_price: 10000.1234567 }, 'invalid_amount', 'items[0].taxed_price'],
      [{ taxed_price: -1 }, 'invalid_amount', 'items[0].taxed_price'],
      [{ taxed_price: 'diez mil' }, 'invalid_type', 'items[0].taxed_price'],
      [{ taxed_price: 1000, discount: 1000.01 }, 'invalid_amount', 'items[0].discount'],
      [{}, 'parameter_required', 'items[0].price'],
    ];
    for (const [extra, code, param] of cases) {
      const res = await post(invoice(line(extra), [{ id: PAY.cash, value: 10000 }]));
      expectSiigoError(res, 400, code);
      expect(res.body.Errors[0].Params, JSON.stringify(extra)).toEqual([param]);
    }
    // The price formula is untouched for lines without taxed_price: 10000 + 19 % = 11900.
    const priced = await post(invoice(line({ price: 10000 }), [{ id: PAY.cash, value: 11900 }]));
    expect(priced.status).toBe(201);
    expect(priced.body.items[0].taxed_price).toBeUndefined();
  });

  it('adds a mixed invoice up to the cent: payments that match are accepted, a cent off either way is refused', async () => {
    const items = [
      { code: SHELF.iva19At10000.code, quantity: 1, taxed_price: 10000, taxes: [{ id: T.iva19 }] }, // 10000
      { code: SHELF.iva19PlusAt25000.code, quantity: 1, price: 25000, taxes: [{ id: T.iva19 }] }, // 25000 + 4750 = 29750
      { code: SHELF.impoconsumo8At2500.code, quantity: 3, taxed_price: 2500, taxes: [{ id: T.impoconsumo8 }] }, // 7500
      { code: SHELF.excludedAt18000.code, quantity: 1, price: 1.005 }, // round(1.005, 2) = 1.01
    ];
    const total = 47251.01;
    const offByCent = await post(invoice(items, [{ id: PAY.cash, value: 47251 }]));
    expectSiigoError(offByCent, 400, 'invalid_total_payments');
    expect(offByCent.body.Errors[0].Message).toBe('The total payments (47251.00) must be equal to the total invoice (47251.01)');
    expectSiigoError(await post(invoice(items, [{ id: PAY.cash, value: 47251.02 }])), 400, 'invalid_total_payments');
    const split = [{ id: PAY.cash, value: 40000 }, { id: PAY.transfer, value: 7251.01 }];
    const ok = await post(invoice(items, split));
    expect(ok.status).toBe(201);
    expect(ok.body.total).toBe(total);
    expect(ok.body.items.map((i: { total: number }) => i.total)).toEqual([10000, 29750, 7500, 1.01]);
    // Impoconsumo 8 % on 7500: base round(7500 / 1.08) = 6944.44, tax 555.56.
    expect(ok.body.items[2].taxes[0].value).toBe(555.56);
  });

  it('accepts an electronic invoice to the consumidor final, which the DIAN then accepts', async () => {
    const customer = api.sandbox.store.customerByIdentification(DEMO_IDS.consumidorFinal, 0);
    expect(customer).toMatchObject({ name: ['Consumidor', 'final'], id_type: { code: '13' }, active: true });
    const items = [{ code: SHELF.iva19At4500.code, quantity: 2, taxed_price: 4500, taxes: [{ id: T.iva19 }] }];
    const res = await post(invoice(items, [{ id: PAY.cash, value: 9000 }], {
      document: { id: DEMO_IDS.documentTypes.fvElectronic },
      customer: { identification: DEMO_IDS.consumidorFinal },
      stamp: { send: true },
    }));
    expect(res.status).toBe(201);
    expect(res.body.customer).toEqual({ id: customer!.id, identification: '222222222222', branch_office: 0 });
    clock.advance(1000);
    const later = await api.call('GET', `/v1/invoices/${res.body.id}`);
    expect(later.body.stamp.status).toBe('Accepted');
  });
});

describe('sandbox: taxed_price arithmetic, any line', () => {
  const tax = (id: number, type: Tax['type'], percentage: number): Tax => ({ id, name: `${type} ${percentage}`, type, percentage, active: true });
  const TAX_SETS: Tax[][] = [
    [tax(1, 'IVA', 19)],
    [tax(2, 'IVA', 5)],
    [tax(3, 'Impoconsumo', 8)],
    [tax(1, 'IVA', 19), tax(3, 'Impoconsumo', 8)],
    [tax(3, 'Impoconsumo', 8), tax(2, 'IVA', 5)],
    [tax(4, 'IVA', 0)],
    [],
  ];

  it('always splits the line total exactly into base + taxes, the smaller taxes rounded on the base', () => {
    let seed = 12345;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 2000; i++) {
      const quantity = toDecimal((next(1000) + 1) / 100);
      const taxedPrice = toDecimal((next(5_000_000) + 1) / 100);
      const full = round(mul(quantity, taxedPrice), 2);
      const discount = toDecimal(Math.min(next(2000) / 100, Number(toPlainString(full))));
      const taxes = TAX_SETS[i % TAX_SETS.length]!;
      const a = amountsFromTaxedPrice(quantity, taxedPrice, discount, taxes);
      const context = `${toPlainString(quantity)} × ${toPlainString(taxedPrice)} − ${toPlainString(discount)} ${taxes.map((t) => t.percentage).join('+')}`;
      expect(toPlainString(a.total), context).toBe(toPlainString(round(add(mul(quantity, taxedPrice), { units: -discount.units, scale: discount.scale }), 2)));
      expect(toPlainString(a.taxValues.reduce(add, a.base)), context).toBe(toPlainString(a.total));
      const top = taxes.reduce((best, t, j) => (t.percentage > (taxes[best]?.percentage ?? -1) ? j : best), 0);
      taxes.forEach((t, j) => {
        if (j !== top) expect(toPlainString(a.taxValues[j]!), context).toBe(toPlainString(round(shift(mul(a.base, toDecimal(t.percentage)), 2), 2)));
        expect(compare(a.taxValues[j]!, toDecimal(0)), context).toBeGreaterThanOrEqual(0);
      });
    }
  });
});
