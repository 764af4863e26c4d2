import { toFixedText, toNumber, type Decimal } from '../../../src-shared/money/decimal';
import type { InvoiceCreate, PaymentWrite } from '../../../src-shared/siigo';
import type { MostradorDB } from '../../data/db';
import { productByBarcodeOrCode, productForSale } from '../../data/mirror/lookups';
import { saleItemOf, type SaleItem } from '../../data/mirror/sale-item';
import type { PaymentTypeRow } from '../../data/mirror/rows';
import type { DocumentRow } from '../../data/outbox/rows';
import { resolveCustomer, type ChosenCustomer } from '../../forms/customer/chosen-customer';
import { linesFromItems, linesToItems, type CartLine } from '../../forms/lines/cart-lines';
import { firstPayment, isCredit, paymentAmounts, type SalePayment } from './payment-split';

/** A counter sale being typed. */
export interface Sale {
  customer: ChosenCustomer | null;
  lines: CartLine[];
  payments: SalePayment[];
  /**
   * The "Lista de precios" of this sale: a mirrored price list's id, null (or absent) for
   * Ajustes' default. New lines take their prices from it.
   */
  priceListId?: number | null;
}

export const emptySale = (paymentTypeId: number | null): Sale => ({ customer: null, lines: [], payments: [firstPayment(paymentTypeId)], priceListId: null });

export const isEmptySale = (sale: Sale): boolean => sale.customer === null && sale.lines.length === 0;

/** What the invoice needs besides the sale: the defaults and today's date. */
export interface InvoiceSettings {
  documentTypeId: number | null;
  electronic: boolean;
  sellerId: number | null;
  costCenterId: number | null;
  sendToDian: boolean;
  sendByEmail: boolean;
  today: string;
  paymentTypes: readonly PaymentTypeRow[];
}

/** A body that may still lack the customer, seller or type: the validator names what is missing. */
export type InvoiceBody = Omit<InvoiceCreate, 'customer' | 'seller' | 'document'> & Partial<Pick<InvoiceCreate, 'customer' | 'seller' | 'document'>>;

/**
 * Siigo's invoice body for the sale: `document` = the invoice type, `date` = today in Colombia,
 * customer by identification, seller, items, payments adding up to `total` (the automatic one
 * takes the rest), `stamp` only for electronic types when the shop sends to the DIAN.
 */
export function invoiceBodyFrom(sale: Sale, total: Decimal, settings: InvoiceSettings): InvoiceBody {
  const amounts = paymentAmounts(sale.payments, total);
  const payments: PaymentWrite[] = sale.payments.flatMap((payment, i) => {
    if (payment.typeId === null) return [];
    const type = settings.paymentTypes.find((t) => t.id === payment.typeId);
    const amount = amounts[i];
    return [{
      id: payment.typeId,
      value: amount ? toNumber(amount) : 0,
      ...(isCredit(type) && payment.dueDate ? { due_date: payment.dueDate } : {}),
    }];
  });
  return {
    ...(settings.documentTypeId === null ? {} : { document: { id: settings.documentTypeId } }),
    date: settings.today,
    ...(sale.customer ? { customer: { identification: sale.customer.identification, branch_office: sale.customer.branchOffice } } : {}),
    ...(settings.costCenterId === null ? {} : { cost_center: settings.costCenterId }),
    ...(settings.sellerId === null ? {} : { seller: settings.sellerId }),
    ...(settings.electronic && settings.sendToDian ? { stamp: { send: true } } : {}),
    mail: { send: settings.sendByEmail },
    items: linesToItems(sale.lines),
    payments,
  };
}

/**
 * Where a sale's draft keeps its price list. Siigo's invoice has no such field, so it is written
 * only into the draft's body (`draftBodyFrom`) and read back by `saleFromBody`; the body that is
 * confirmed and sent is built by `invoiceBodyFrom`, without it.
 */
export const DRAFT_PRICE_LIST_KEY = 'mostrador_price_list_id';

/**
 * The body saved as a draft (a sale's, or a quotation's in Cotizaciones): the body plus the
 * draft's own price list, when chosen.
 */
export function draftBodyFrom<B extends object>(body: B, draft: { priceListId?: number | null }): B & { [DRAFT_PRICE_LIST_KEY]?: number } {
  return draft.priceListId == null ? body : { ...body, [DRAFT_PRICE_LIST_KEY]: draft.priceListId };
}

/** The price list a draft's body keeps (see `draftBodyFrom`), null for Ajustes' default. */
export function draftPriceListOf(body: unknown): number | null {
  const id = body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[DRAFT_PRICE_LIST_KEY] : undefined;
  return typeof id === 'number' ? id : null;
}

/**
 * The products of these codes as sale items, to price lines again for another list
 * (`repriceLines` in cart-lines.ts). A barcode may equal another product's code: only a line's
 * own product prices it.
 */
export async function saleItemsByCode(db: MostradorDB, codes: Iterable<string>): Promise<Map<string, SaleItem>> {
  const items = new Map<string, SaleItem>();
  for (const code of new Set(codes)) {
    const inMemory = productForSale(db, code);
    const row = inMemory === null ? await productByBarcodeOrCode(db, code) : undefined;
    const item = inMemory ?? (row ? saleItemOf(row) : undefined);
    if (item?.code === code) items.set(code, item);
  }
  return items;
}

/** What lists show for the sale without opening it. */
export function saleSummary(sale: Sale, total: Decimal, label: string): DocumentRow['summary'] {
  return {
    ...(sale.customer ? { customerIdentification: sale.customer.identification, customerName: sale.customer.name } : {}),
    total: toFixedText(total),
    label,
  };
}

/** A sale back from a stored invoice or quotation body (draft, quotation to convert, invoice to fix). */
export async function saleFromBody(db: MostradorDB, document: Pick<DocumentRow, 'body' | 'summary'>, defaultPaymentTypeId: number | null): Promise<Sale> {
  const body = (document.body ?? {}) as Partial<InvoiceCreate>;
  const taxes = await db.taxes.toArray();
  const customer = await resolveCustomer(db, body.customer as { identification?: string; branch_office?: number } | undefined, document.summary.customerName);
  const stored = body.payments ?? [];
  const payments: SalePayment[] = stored.length === 0
    ? [firstPayment(defaultPaymentTypeId)]
    : stored.map((p, i) => ({
        ...firstPayment(p.id),
        // One method follows the total as before; several keep the amounts the cashier typed.
        auto: stored.length === 1,
        value: i === 0 && stored.length === 1 ? '' : String(p.value).replace('.', ','),
        dueDate: p.due_date ?? '',
      }));
  return { customer, lines: linesFromItems(body.items, taxes), payments, priceListId: draftPriceListOf(body) };
}
