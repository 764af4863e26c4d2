import { compare, multiply, round, toFixedText, toNumber, ZERO, type Decimal } from '../../../src-shared/money/decimal';
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
    ? forNotes.find((type) => !type.siigo.due_date && /efectivo/i.test(type.siigo.name ?? ''))
    : forNotes.find((type) => type.siigo.due_date === true);
}

/**
 * The returned part of a line: the same product, price (or taxed price) and taxes, the quantity
 * coming back, and a value discount in proportion (a percentage discount stays as it is).
 */
function returnedLine(line: CartLine, sold: Decimal, quantity: Decimal, percentageDiscount: boolean): CartLine {
  const discount = parseAmount(line.discount);
  const share = !discount || percentageDiscount || compare(quantity, sold) === 0
    ? line.discount
    : toFixedText(round(divideBy(multiply(discount, quantity), sold), 2));
  return { ...line, quantity: toFixedText(quantity), discount: share };
}

/** a / b rounded half-up to 10 places: enough before the 2-place rounding of a discount share. */
function divideBy(a: Decimal, b: Decimal): Decimal {
  const scale = 10;
  const numerator = a.units * 10n ** BigInt(scale + b.scale);
  const denominator = b.units * 10n ** BigInt(a.scale);
  const quotient = (2n * numerator + denominator) / (2n * denominator);
  return { units: quotient, scale };
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
): { body: Partial<CreditNoteCreate>; total: Decimal; returned: CartLine[] } {
  const returned = lines.flatMap((entry) => {
    const quantity = parseAmount(choice.quantities.get(entry.index) ?? '');
    if (!quantity || compare(quantity, ZERO) <= 0) return [];
    return [returnedLine(entry.line, entry.sold, quantity, percentageDiscount)];
  });
  const total = cartTotals(returned, percentageDiscount ? 'percentage' : 'value').total;
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
      items: linesToItems(returned),
      payments: refundType
        ? [{ id: refundType.id, value: toNumber(total), ...(refundType.siigo.due_date ? { due_date: settings.today } : {}) }]
        : [],
    },
    total,
    returned,
  };
}

/** Every line still returnable, whole: what an annulment (or "Devolver todo") returns. */
export function everything(lines: readonly ReturnableLine[]): Map<number, string> {
  return new Map(lines.filter((entry) => compare(entry.remaining, ZERO) > 0).map((entry) => [entry.index, toFixedText(entry.remaining)]));
}
