import { toNumber } from '../../../src-shared/money/decimal';
import { documentTotals } from '../../../src-shared/money/invoice-totals';
import {
  creditNoteCreateSchema,
  customerCreateSchema,
  invoiceCreateSchema,
  quotationCreateSchema,
  voucherCreateSchema,
  type CreditNoteCreate,
  type CustomerCreate,
  type InvoiceCreate,
  type QuotationCreate,
  type VoucherCreate,
} from '../../../src-shared/siigo';
import { DEMO_IDS, type Sandbox } from '../../../src-main/siigo-sandbox';

export { seeded } from '../../support/prng';

export function newCustomerBody(n: number): CustomerCreate {
  return customerCreateSchema.parse({
    person_type: 'Person',
    id_type: '13',
    identification: String(1_000_000_000 + n),
    name: ['Cliente', `Prueba ${n}`],
    address: { address: `Calle ${n} # 1 - 2`, city: { country_code: 'Co', state_code: '11', city_code: '11001' } },
    phones: [{ indicative: '57', number: '3001234567' }],
    contacts: [{ first_name: 'Cliente', last_name: `Prueba ${n}`, email: `cliente${n}@ejemplo.co` }],
  });
}

type SandboxProduct = Sandbox['store']['products'][number];

export function sellableProducts(sandbox: Sandbox): SandboxProduct[] {
  return sandbox.store.products.filter((p) => p.active && !p.stock_control && p.taxes.every((t) => t.type === 'IVA' || t.type === 'Impoconsumo'));
}

function lines(products: SandboxProduct[], random: () => number) {
  const count = 1 + Math.floor(random() * 3);
  return Array.from({ length: count }, () => {
    const product = products[Math.floor(random() * products.length)]!;
    const price = product.prices[0]?.price_list[0]?.value ?? 1000;
    return {
      code: product.code,
      description: product.name,
      quantity: 1 + Math.floor(random() * 4),
      price,
      taxes: product.taxes.map((tax) => ({ id: tax.id, percentage: tax.percentage })),
    };
  });
}

/** A credit invoice (so it has a balance a payment can settle), totals by Siigo's formula. */
export function invoiceBody(
  customer: { identification: string; branch_office?: number },
  products: SandboxProduct[],
  random: () => number,
  date: string,
  documentId: number = DEMO_IDS.documentTypes.fvPaper,
): { body: InvoiceCreate; total: number } {
  const items = lines(products, random);
  const total = toNumber(documentTotals(items.map((i) => ({ quantity: i.quantity, price: i.price, taxes: i.taxes }))).total);
  const body = invoiceCreateSchema.parse({
    document: { id: documentId },
    date,
    customer: { identification: customer.identification, branch_office: customer.branch_office ?? 0 },
    seller: DEMO_IDS.users.main,
    items: items.map((i) => ({ code: i.code, description: i.description, quantity: i.quantity, price: i.price, taxes: i.taxes.map((t) => ({ id: t.id })) })),
    payments: [{ id: DEMO_IDS.paymentTypes.credit, value: total, due_date: date }],
  });
  return { body, total };
}

/**
 * A return of one unit of an invoice's first line, refunded in cash; `invoice` is filled from the
 * queued invoice when it is sent (an `invoice-id` reference).
 */
export function creditNoteBody(invoice: InvoiceCreate, date: string): CreditNoteCreate {
  const line = invoice.items[0]!;
  const percentages = new Map([[DEMO_IDS.taxes.iva19, 19], [DEMO_IDS.taxes.iva5, 5], [DEMO_IDS.taxes.iva0, 0], [DEMO_IDS.taxes.impoconsumo8, 8]] as Array<[number, number]>);
  const taxes = (line.taxes ?? []).map((tax) => ({ percentage: percentages.get(tax.id) ?? 0 }));
  const total = toNumber(documentTotals([{ quantity: 1, price: line.price ?? 0, taxes }]).total);
  return creditNoteCreateSchema.parse({
    document: { id: DEMO_IDS.documentTypes.creditNotePaper },
    date,
    invoice: '00000000-0000-4000-8000-000000000000',
    reason: 1,
    items: [{ code: line.code, description: line.description, quantity: 1, price: line.price, taxes: line.taxes }],
    payments: [{ id: DEMO_IDS.paymentTypes.cash, value: total }],
  });
}

/** A payment of (part of) an invoice; `due` is a placeholder filled when the invoice is sent. */
export function voucherBody(customer: { identification: string; branch_office?: number }, value: number, date: string): VoucherCreate {
  return voucherCreateSchema.parse({
    type: 'DebtPayment',
    document: { id: DEMO_IDS.documentTypes.receipt },
    date,
    customer: { identification: customer.identification, branch_office: customer.branch_office ?? 0 },
    items: [{ due: { prefix: 'PENDIENTE', consecutive: 1, quote: 1, date }, value }],
    payment: { id: DEMO_IDS.paymentTypes.cash, value },
  });
}

export function quotationBody(
  customer: { identification: string; branch_office?: number },
  products: SandboxProduct[],
  random: () => number,
  date: string,
  observations: string,
): QuotationCreate {
  return quotationCreateSchema.parse({
    document: { id: DEMO_IDS.documentTypes.quotation },
    date,
    customer: { identification: customer.identification, branch_office: customer.branch_office ?? 0 },
    seller: DEMO_IDS.users.main,
    observations,
    items: lines(products, random).map((i) => ({ code: i.code, description: i.description, quantity: i.quantity, price: i.price, taxes: i.taxes.map((t) => ({ id: t.id })) })),
  });
}
