/**
 * Totals parity: 10,000 random carts (seeded, deterministic) are totalled by the app
 * (`documentTotals`, Siigo's formula in exact decimals) and posted to the sandbox as real
 * invoices paid in cash with exactly that total. The sandbox, which recomputes every invoice and
 * rejects payments that are off by a cent, must accept each one (201) and return the same total.
 * Carts mix discounts, IVA 19/5/0 and Impoconsumo 8 (also together), quantities with 2 decimals
 * and prices with up to 6. A third of the carts are priced with IVA included (every line sent
 * with `taxed_price`, computed with `taxIncluded`), a third mix both kinds of line (decision
 * 0019). Non-electronic document type, so the date never matters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS, type Sandbox, startSandbox } from '../../src-main/siigo-sandbox';
import { ZERO, compare, decimal, multiply, round, subtract, toFixedText, toNumber } from '../../src-shared/money/decimal';
import { type TotalsItem, documentTotals } from '../../src-shared/money/invoice-totals';
import { type InvoiceContext, colombiaToday, customerLookup, productLookup, validateInvoice } from '../../src-shared/validation';
import { seeded } from '../support/prng';

const CARTS = 10_000;
const IN_FLIGHT = 16;
const PARTNER_ID = 'MostradorTest';
const T = DEMO_IDS.taxes;

const TAX_SETS: number[][] = [[], [T.iva19], [T.iva5], [T.iva0], [T.impoconsumo8], [T.iva19, T.impoconsumo8], [T.iva5, T.impoconsumo8], [T.iva0, T.impoconsumo8]];

interface Cart {
  /** `taxIncluded`: the price is sent as `taxed_price` and already has the taxes in it. */
  lines: Array<{ code: string; quantity: string; price: string; discount?: string; taxes: number[]; taxIncluded: boolean }>;
}

type CartKind = 'plain' | 'tax-included' | 'mixed';
const CART_KINDS: CartKind[] = ['plain', 'tax-included', 'mixed'];

function randomCart(next: () => number, codes: readonly string[]): Cart {
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const kind = CART_KINDS[int(0, CART_KINDS.length - 1)] ?? 'plain';
  const lines = Array.from({ length: int(1, 8) }, () => {
    const taxIncluded = kind === 'tax-included' || (kind === 'mixed' && next() < 0.5);
    // Quantities 0.01–999.99 with 0–2 decimals; prices up to 6 decimals across magnitudes.
    const quantityCents = next() < 0.5 ? int(1, 20) * 100 : int(1, 99_999);
    const quantity = toFixedText(decimal(`${quantityCents}e-2`));
    const priceDecimals = int(0, 6);
    const price = toFixedText(decimal(`${int(1, 10 ** int(2, 8))}e-${priceDecimals}`));
    // A third of the lines get a discount: a value with up to 2 decimals, never above the exact
    // line value (a rounded-up discount above it is rejected by both sides, as it should).
    const gross = multiply(decimal(quantity), decimal(price));
    let cut = round(multiply(gross, decimal(next().toFixed(4))), 2);
    if (compare(cut, gross) > 0) cut = subtract(cut, decimal('0.01'));
    const discount = next() < 0.33 && compare(cut, ZERO) > 0 ? toFixedText(cut) : undefined;
    const taxes = TAX_SETS[int(0, TAX_SETS.length - 1)] ?? [];
    return { code: codes[int(0, codes.length - 1)] ?? '', quantity, price, ...(discount ? { discount } : {}), taxes, taxIncluded };
  });
  return { lines };
}

describe('totals parity with the sandbox', () => {
  let sandbox: Sandbox;
  let token = '';
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, rateLimit: { requests: 100_000, windowMs: 60_000 } });
    const res = await fetch(`${sandbox.url}/auth`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'Partner-Id': PARTNER_ID },
      body: JSON.stringify(sandbox.credentials),
    });
    token = ((await res.json()) as { access_token: string }).access_token;
  });
  afterAll(() => sandbox.close());

  it(`${CARTS} random carts: the sandbox accepts the app's total to the cent`, async () => {
    const store = sandbox.store;
    const codes = store.products.filter((p) => p.active).map((p) => p.code);
    const percentage = new Map(store.catalogs.taxes.map((t) => [t.id, t.percentage]));
    const customer = store.customers.find((c) => c.active && c.contacts.length > 0 && c.branch_office === 0)!;
    const context: InvoiceContext = {
      today: colombiaToday(new Date()),
      documentTypes: store.catalogs.documentTypes,
      paymentTypes: store.catalogs.paymentTypes.map((p) => ({ ...p, documents: ['FV'] as const })),
      taxes: store.catalogs.taxes, users: store.catalogs.users, warehouses: store.catalogs.warehouses, costCenters: store.catalogs.costCenters,
      products: productLookup(store.products), customers: customerLookup(store.customers),
    };
    const next = seeded(20250310);
    const carts = Array.from({ length: CARTS }, () => randomCart(next, codes));

    const mismatches: string[] = [];
    let cursor = 0;
    const started = performance.now();
    const worker = async () => {
      while (cursor < carts.length) {
        const index = cursor++;
        const cart = carts[index]!;
        const items: TotalsItem[] = cart.lines.map((l) => ({
          quantity: l.quantity, price: l.price,
          discount: l.discount ? { kind: 'value', amount: l.discount } : undefined,
          taxes: l.taxes.map((id) => ({ percentage: percentage.get(id) ?? 0 })),
          taxIncluded: l.taxIncluded,
        }));
        const total = toNumber(documentTotals(items).total);
        const body = {
          document: { id: DEMO_IDS.documentTypes.fvPaper },
          date: context.today,
          customer: { identification: customer.identification, branch_office: 0 },
          seller: DEMO_IDS.users.main,
          items: cart.lines.map((l) => ({
            code: l.code, quantity: Number(l.quantity), ...(l.taxIncluded ? { taxed_price: Number(l.price) } : { price: Number(l.price) }),
            ...(l.discount ? { discount: Number(l.discount) } : {}), taxes: l.taxes.map((id) => ({ id })),
          })),
          payments: [{ id: DEMO_IDS.paymentTypes.cash, value: total }],
        };
        const app = validateInvoice(body, context);
        if (!app.ok) mismatches.push(`cart ${index}: the app rejects its own cart ${JSON.stringify(app.issues)}`);
        const res = await fetch(`${sandbox.url}/v1/invoices`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'Partner-Id': PARTNER_ID, Authorization: `Bearer ${token}` },
          body: JSON.stringify(body),
        });
        const answer = (await res.json()) as { total?: number; Errors?: unknown };
        if (res.status !== 201 || answer.total !== total) {
          mismatches.push(`cart ${index}: app ${total}, sandbox ${res.status} ${JSON.stringify(answer.Errors ?? answer.total)} ${JSON.stringify(body.items)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    const seconds = (performance.now() - started) / 1000;
    console.log(`totals parity: ${CARTS} invoices, ${IN_FLIGHT} in flight, ${seconds.toFixed(1)} s (${(CARTS / seconds).toFixed(0)}/s)`);
    const kinds = carts.map((c) => (c.lines.every((l) => l.taxIncluded) ? 'tax-included' : c.lines.some((l) => l.taxIncluded) ? 'mixed' : 'plain'));
    expect(kinds.filter((k) => k === 'mixed').length).toBeGreaterThan(CARTS / 5);
    expect(kinds.filter((k) => k === 'tax-included').length).toBeGreaterThan(CARTS / 5);
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(store.invoices.length).toBeGreaterThanOrEqual(CARTS);
  }, 120_000);
});
