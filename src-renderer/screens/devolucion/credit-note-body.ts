import { isCashType } from '../../../src-shared/cash/payment-methods';
import { add, compare, divideRound, multiply, round, subtract, toFixedText, toNumber, ZERO, type Decimal } from '../../../src-shared/money/decimal';
import type { CreditNoteCreate, CreditNoteReason, InvoiceCreate } from '../../../src-shared/siigo';
import type { PaymentTypeRow } from '../../data/mirror/rows';
import type { DocumentRow } from '../../data/outbox/rows';
import { cartTotals, linesToItems, type CartLine } from '../../forms/lines/cart-lines';
import { parseAmount } from '../../forms/parse-amount';
import type { ReturnableLine } from './returnable';

/** Siigo's DIAN reason codes a return uses (08-notas-credito.md). */
export const RETURN_REASON = { partialReturn: 1, annulment: 2 } as const satisfies Record<string, CreditNoteReason>;

/** How the money goes back: cash out of the drawer, or a balance in the customer's favour (cartera). */
export type RefundMethod = 'cash' | 'balance';

export interface ReturnSettings {
  documentTypeId: number | null;
  electronic: boolean;
  sendToDian: boolean;
  today: string;
  paymentTypes: readonly PaymentTypeRow[];
}

/** The payment type for each way of giving the money back, among those Siigo offers for notes. */
export function refundPaymentType(method: RefundMethod, paymentTypes: readonly PaymentTypeRow[]): PaymentTypeRow | undefined {
  const forNotes = paymentTypes.filter((type) => type.active && type.documentTypes.includes('NC'));
  return method === 'cash'
    ? forNotes.find((type) => isCashType(type.siigo))
    : forNotes.find((type) => type.siigo.due_date === true);
}

/**
 * The returned part of a line: the same product, price (or taxed price) and taxes, the quantity
 * coming back, and its share of a value discount (a percentage discount stays as it is). Shares
 * are cumulative — round(d × (returned + q) / sold) − round(d × returned / sold) — so the notes of
 * a line returned in parts add up to exactly what it was sold for: the last part takes what the
 * rounding of the earlier ones left, and no note credits a cent more than the invoice holds.
 */
function returnedLine(entry: ReturnableLine, quantity: Decimal, percentageDiscount: boolean): CartLine {
  const { line, sold, returned } = entry;
  const discount = parseAmount(line.discount);
  const upTo = (units: Decimal) => round(divideRound(multiply(discount ?? ZERO, units), sold, 10), 2);
  const share = !discount || percentageDiscount ? line.discount : toFixedText(subtract(upTo(add(returned, quantity)), upTo(returned)));
  return { ...line, quantity: toFixedText(quantity), discount: share };
}

export interface ReturnChoice {
  /** Quantity to return per invoice line index, as typed. */
  quantities: ReadonlyMap<number, string>;
  reason: CreditNoteReason;
  refund: RefundMethod;
  observations?: string;
}

/**
 * Siigo's credit-note body for the lines chosen: type, date, the invoice (its Siigo id, or filled
 * from the queued invoice when it is sent), reason, items, one payment with the whole total (the
 * refund's method), `stamp` for electronic note types when the shop sends to the DIAN.
 */
export function creditNoteBodyFrom(
  invoice: DocumentRow,
  lines: readonly ReturnableLine[],
  choice: ReturnChoice,
  settings: ReturnSettings,
  percentageDiscount = false,
  /** What is left to credit on the invoice; a note totalling a cent more is refused (`values_limit`). */
  remaining?: Decimal,
): { body: Partial<CreditNoteCreate>; total: Decimal; returned: CartLine[] } {
  const chosen = lines.flatMap((entry) => {
    const quantity = parseAmount(choice.quantities.get(entry.index) ?? '');
    if (!quantity || compare(quantity, ZERO) <= 0) return [];
    return [returnedLine(entry, quantity, percentageDiscount)];
  });
  const { lines: returned, total } = withinRemaining(chosen, percentageDiscount, remaining);
  const refundType = refundPaymentType(choice.refund, settings.paymentTypes);
  const invoiceBody = invoice.body as Partial<InvoiceCreate>;
  return {
    body: {
      ...(settings.documentTypeId === null ? {} : { document: { id: settings.documentTypeId } }),
      date: settings.today,
      ...(invoice.siigo ? { invoice: invoice.siigo.id } : {}),
      reason: choice.reason,
      ...(invoiceBody.cost_center === undefined ? {} : { cost_center: invoiceBody.cost_center }),
      ...(settings.electronic && settings.sendToDian ? { stamp: { send: true } } : {}),
      ...(choice.observations ? { observations: choice.observations } : {}),
      // Siigo documents `taxed_price` for invoice items only; a note's item also carries the base `price`.
      items: linesToItems(returned, 'taxed-and-base-price'),
      payments: refundType
        ? [{ id: refundType.id, value: toNumber(total), ...(refundType.siigo.due_date ? { due_date: settings.today } : {}) }]
        : [],
    },
    total,
    returned,
  };
}

const CENT = { units: 1n, scale: 2 };

/**
 * Taxes are rounded per document, so a line returned in parts can total a cent more than the
 * invoice had left for it (each part's IVA rounded up). The last return then gives the cent up:
 * one more cent of discount on its largest line until the note fits what is left (a value
 * discount only; a few rounds at most).
 */
function withinRemaining(lines: CartLine[], percentageDiscount: boolean, remaining: Decimal | undefined): { lines: CartLine[]; total: Decimal } {
  const kind = percentageDiscount ? 'percentage' : 'value';
  let current = lines;
  let totals = cartTotals(current, kind);
  for (let attempt = 0; remaining && !percentageDiscount && attempt < 5 && compare(totals.total, remaining) > 0 && current.length > 0; attempt += 1) {
    const largest = totals.items.reduce((best, item, index) => (compare(item.total, totals.items[best]!.total) > 0 ? index : best), 0);
    current = current.map((line, index) => (index === largest ? { ...line, discount: toFixedText(add(parseAmount(line.discount) ?? ZERO, CENT)) } : line));
    totals = cartTotals(current, kind);
  }
  return { lines: current, total: totals.total };
}

/** Every line still returnable, whole: what an annulment (or "Devolver todo") returns. */
export function everything(lines: readonly ReturnableLine[]): Map<number, string> {
  return new Map(lines.filter((entry) => compare(entry.remaining, ZERO) > 0).map((entry) => [entry.index, toFixedText(entry.remaining)]));
}
