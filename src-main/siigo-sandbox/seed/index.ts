/**
 * Builds the demo company's store, deterministically from `seed`. Seed records are dated in the
 * year before the start of the current UTC day (on the sandbox clock), so two sandboxes started
 * the same day with the same seed hold identical data, and anything created through the API is
 * newer than every seed record.
 */
import { createPrng, streamSeed } from '../prng';
import { SandboxStore } from '../domain/store';
import type { SandboxContext } from '../domain/context';
import { createInvoice } from '../domain/create-invoice';
import { createVoucher } from '../domain/create-voucher';
import { DEMO_IDS, buildCatalogs } from './catalogs';
import { consumidorFinal } from './consumidor-final';
import { seedCustomers, slotTime } from './customers';
import { seedProducts } from './products';
import { SHELF_PRODUCT_COUNT, shelfProducts } from './shelf-products';
import { computeItems } from '../validation/document-items';
import { toNumber } from '../decimal';

const DAY_MS = 86_400_000;

export interface SeedOptions {
  seed: number;
  customers: number;
  products: number;
}

export function buildStore(options: SeedOptions, now: Date): SandboxStore {
  const store = new SandboxStore(buildCatalogs());
  const anchor = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const span = { fromMs: anchor - 365 * DAY_MS, toMs: anchor - 31 * DAY_MS };
  const sellers = store.catalogs.users.filter((u) => u.active).map((u) => u.id);
  const fixedRng = createPrng(streamSeed(options.seed, 'fixed-records'));

  // The final consumer takes the last customer slot: `customers` stays the store's size.
  const customerSpan = { ...span, slots: options.customers };
  const generatedCustomers = Math.max(0, options.customers - 1);
  for (const c of seedCustomers(generatedCustomers, createPrng(streamSeed(options.seed, 'customers')), customerSpan, sellers)) {
    store.addCustomer(c);
  }
  store.addCustomer(consumidorFinal(fixedRng.uuid(), slotTime(customerSpan, options.customers, generatedCustomers)));

  // Shelf products take the last slots of stores big enough to hold them all.
  const shelf = options.products >= SHELF_PRODUCT_COUNT ? SHELF_PRODUCT_COUNT : 0;
  const productSpan = { ...span, slots: options.products };
  const generatedProducts = options.products - shelf;
  for (const p of seedProducts(generatedProducts, createPrng(streamSeed(options.seed, 'products')), productSpan, store.catalogs)) {
    store.addProduct(p);
  }
  if (shelf > 0) {
    const createdAt = (index: number): number => slotTime(productSpan, options.products, generatedProducts + index);
    for (const p of shelfProducts(store.catalogs, () => fixedRng.uuid(), createdAt)) store.addProduct(p);
  }
  return store;
}

/**
 * A handful of past invoices (cash and credit, some partly paid by receipts) so that statements
 * and balances are not empty in the demo. They go through the same code as API invoices, with a
 * clock set in the past; they are not listed by `created()`.
 */
export function seedInvoices(ctx: SandboxContext, seed: number, count = 12): void {
  const rng = createPrng(streamSeed(seed, 'invoices'));
  const anchor = Math.floor(ctx.now().getTime() / DAY_MS) * DAY_MS;
  const customers = ctx.store.customers.filter((c) => c.active && c.contacts.length > 0).slice(0, 40);
  const products = ctx.store.products.filter((p) => p.active).slice(0, 60);
  if (customers.length === 0 || products.length === 0) return;
  const t = DEMO_IDS.taxes;
  for (let i = 0; i < count; i++) {
    const at = anchor - (30 - i * 2) * DAY_MS + rng.int(8, 18) * 3_600_000;
    const past: SandboxContext = { ...ctx, now: () => new Date(at), ids: rng };
    const date = new Date(at).toISOString().slice(0, 10);
    const customer = rng.pick(customers);
    const lines = Array.from({ length: rng.int(1, 4) }, () => rng.pick(products));
    const items = lines.map((p) => {
      const listPrice = p.prices[0]?.price_list[0]?.value ?? 1000;
      return {
        code: p.code,
        quantity: rng.int(1, 5),
        // A shelf price already has its taxes in it.
        ...(p.tax_included ? { taxed_price: listPrice } : { price: listPrice }),
        taxes: p.taxes.filter((x) => x.id === t.iva19 || x.id === t.iva5 || x.id === t.iva0 || x.id === t.impoconsumo8).map((x) => ({ id: x.id })),
      };
    });
    const credit = i % 3 !== 0;
    const total = toNumber(computeItems(ctx.store, items, { allowWarehouse: true }).total);
    const invoice = createInvoice(past, {
      document: { id: DEMO_IDS.documentTypes.fvElectronic },
      date,
      customer: { identification: customer.identification, branch_office: customer.branch_office },
      seller: DEMO_IDS.users.main,
      items,
      payments: [credit
        ? { id: DEMO_IDS.paymentTypes.credit, value: total, due_date: new Date(at + 30 * DAY_MS).toISOString().slice(0, 10) }
        : { id: DEMO_IDS.paymentTypes.cash, value: total }],
      stamp: { send: true },
      mail: { send: true },
    }, { seeding: true });
    if (credit && i % 2 === 0) {
      const paid = Math.floor(invoice.total / 2);
      const later: SandboxContext = { ...past, now: () => new Date(at + DAY_MS) };
      createVoucher(later, {
        document: { id: DEMO_IDS.documentTypes.receipt },
        date: new Date(at + DAY_MS).toISOString().slice(0, 10),
        type: 'DebtPayment',
        customer: { identification: customer.identification, branch_office: customer.branch_office },
        items: [{ due: { prefix: invoice.name.replace(/-\d+$/, ''), consecutive: invoice.number, quote: 1 }, value: paid }],
        payment: { id: DEMO_IDS.paymentTypes.cash, value: paid },
      });
    }
  }
}

