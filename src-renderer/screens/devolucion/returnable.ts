import { add, compare, decimal, subtract, ZERO, type Decimal } from '../../../src-shared/money/decimal';
import type { CreditNoteCreate, InvoiceCreate } from '../../../src-shared/siigo';
import type { TaxRow } from '../../data/mirror/rows';
import type { DocumentRow } from '../../data/outbox/rows';
import { linesFromItems, type CartLine } from '../../forms/lines/cart-lines';

/** One line of an invoice as a return sees it: what was sold, what came back already, what still may. */
export interface ReturnableLine {
  /** Position in the invoice's items. */
  index: number;
  line: CartLine;
  sold: Decimal;
  returned: Decimal;
  remaining: Decimal;
}

const quantityOf = (value: number | string | undefined): Decimal => decimal(value ?? 0);

/**
 * The invoice's lines with the quantities its notes returned. Siigo matches a note's items to the
 * invoice by product code, so returned quantities are matched by code too, filling the invoice's
 * lines of that code in order.
 */
export function returnableLines(invoiceBody: Partial<InvoiceCreate>, notes: readonly DocumentRow[], taxes: readonly TaxRow[]): ReturnableLine[] {
  const lines = linesFromItems(invoiceBody.items, taxes);
  const returnedByCode = new Map<string, Decimal>();
  for (const note of notes) {
    for (const item of (note.body as Partial<CreditNoteCreate>).items ?? []) {
      if (!item.code) continue;
      returnedByCode.set(item.code, add(returnedByCode.get(item.code) ?? ZERO, quantityOf(item.quantity)));
    }
  }
  return lines.map((line, index) => {
    const sold = quantityOf(line.quantity);
    const pool = returnedByCode.get(line.code) ?? ZERO;
    const returned = compare(pool, sold) > 0 ? sold : pool;
    returnedByCode.set(line.code, subtract(pool, returned));
    return { index, line, sold, returned, remaining: subtract(sold, returned) };
  });
}

