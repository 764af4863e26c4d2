import { add, decimal, subtract, toFixedText, ZERO, type Decimal } from '../money/decimal';
import type { OperationKind } from '../outbox/states';

/** How many documents of one kind are shown, and what they add up to. */
export interface KindTotal {
  count: number;
  total: Decimal;
}

/**
 * What Documentos' filter shows, added up. Sales are invoices less credit notes (a note returns
 * part of an invoice); recibos de caja collect what invoices on credit owed, so they are summed
 * apart and never added to sales; quotations are no sale at all. Other kinds (customers and
 * edits) are only counted.
 */
export interface ShownTotals {
  count: number;
  invoices: KindTotal;
  creditNotes: KindTotal;
  vouchers: KindTotal;
  quotations: KindTotal;
  /** Invoices − credit notes. */
  netSales: Decimal;
  /** Shown but added to nothing: drafts (a cart still being rung up) and discarded documents. */
  unsummed: number;
}

const summedKinds = { invoice: 'invoices', creditNote: 'creditNotes', voucher: 'vouchers', quotation: 'quotations' } as const;
type SummedKind = keyof typeof summedKinds;

const none = (): KindTotal => ({ count: 0, total: ZERO });

export function emptyTotals(): ShownTotals {
  return { count: 0, invoices: none(), creditNotes: none(), vouchers: none(), quotations: none(), netSales: ZERO, unsummed: 0 };
}

/** A total that is not decimal text (a hand-edited row) counts the document and adds nothing. */
function amountOf(total: string | null | undefined): Decimal | null {
  if (!total) return null;
  try {
    return decimal(total);
  } catch {
    return null;
  }
}

const isSummed = (kind: OperationKind): kind is SummedKind => kind in summedKinds;

/** A document that is no sale, collection or quotation: never confirmed, or dropped. */
export const isUnsummedState = (state: string): boolean => state === 'draft' || state === 'discarded';

/**
 * Adds one shown document (its total as decimal text, "12345.60", or null when it has none) to
 * `totals`, in place: Documentos streams tens of thousands of rows through it. Drafts and
 * discarded documents are counted apart and added to nothing.
 */
export function addShown(totals: ShownTotals, kind: OperationKind, total: string | null | undefined, state: string): void {
  totals.count += 1;
  if (isUnsummedState(state)) {
    totals.unsummed += 1;
    return;
  }
  if (!isSummed(kind)) return;
  const entry = totals[summedKinds[kind]];
  entry.count += 1;
  const amount = amountOf(total);
  if (!amount) return;
  entry.total = add(entry.total, amount);
  if (kind === 'invoice') totals.netSales = add(totals.netSales, amount);
  if (kind === 'creditNote') totals.netSales = subtract(totals.netSales, amount);
}

export function shownTotals(documents: Iterable<{ kind: OperationKind; total: string | null | undefined; state: string }>): ShownTotals {
  const totals = emptyTotals();
  for (const document of documents) addShown(totals, document.kind, document.total, document.state);
  return totals;
}

/**
 * What a document adds to net sales, signed, as decimal text: an invoice its total, a credit note
 * minus its total; null for the rest, drafts and discarded ones (the CSV's "Valor neto", so that
 * a SUM in Excel gives the screen's "Ventas netas").
 */
export function netSaleValue(kind: OperationKind, total: string | null | undefined, state: string): string | null {
  if (isUnsummedState(state) || (kind !== 'invoice' && kind !== 'creditNote')) return null;
  const amount = amountOf(total);
  if (!amount) return null;
  return toFixedText(kind === 'creditNote' ? subtract(ZERO, amount) : amount);
}
