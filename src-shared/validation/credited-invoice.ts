/**
 * What a credit note may take back from its invoice: only products the invoice sold, never more
 * than what is still returnable once earlier notes are counted, and no more money than is left to
 * credit. Siigo matches a note's lines to the invoice by product code, so quantities are summed
 * per code on both sides. Codes as the sandbox answers them: `invalid_value` on the line,
 * `values_limit` on the items.
 */
import { type Decimal, ZERO, add, compare, decimal, subtract } from '../money/decimal';
import type { Amount, DocumentTotals } from '../money/invoice-totals';
import type { ProductLookup } from './context';
import { formatCop, formatQuantity, line } from './format';
import type { IssueList } from './result';

/** The invoice a credit note corrects, as this PC knows it. */
export interface CreditedInvoice {
  /** Its Siigo id, or null while the invoice itself still waits in the outbox (the replay fills `invoice` in). */
  id: string | null;
  /** "FV-1-13", for messages; null before Siigo numbered it. */
  name?: string | null;
  /** The invoice type's `electronic_type`: the note's type must be of the same kind (`invalid_document`). */
  electronic_type?: string | null;
  /** Every line it sold: product code and quantity. */
  items: ReadonlyArray<{ code: string; quantity: Amount }>;
  /** What earlier credit notes (sent or still queued) returned: product code and quantity of each of their lines. */
  returned: ReadonlyArray<{ code: string; quantity: Amount }>;
  /** Its total minus the totals of earlier notes; the note may not credit more (`values_limit`). Unchecked when absent. */
  remaining?: Amount;
}

export const invoiceName = (invoice: CreditedInvoice): string => (invoice.name ? `la factura ${invoice.name}` : 'la factura');

function byCode(lines: CreditedInvoice['items']): Map<string, Decimal> {
  const sums = new Map<string, Decimal>();
  for (const l of lines) sums.set(l.code, add(sums.get(l.code) ?? ZERO, decimal(l.quantity)));
  return sums;
}

/** Each readable line of the note against what the invoice still has to return; false when one is refused. */
export function checkReturnable(
  issues: IssueList, lines: ReadonlyArray<{ code: string; quantity: Decimal } | undefined>, invoice: CreditedInvoice, products: ProductLookup,
): boolean {
  const before = issues.size;
  const sold = byCode(invoice.items);
  const taken = byCode(invoice.returned);
  lines.forEach((entry, i) => {
    if (!entry) return;
    const name = `«${products(entry.code)?.name ?? entry.code}»`;
    const soldQuantity = sold.get(entry.code);
    if (!soldQuantity) {
      issues.add(['items', i, 'code'], 'invalid_value', `Producto ${line(i)}: ${name} no está en ${invoiceName(invoice)}`);
      return;
    }
    const before = taken.get(entry.code) ?? ZERO;
    const after = add(before, entry.quantity);
    if (compare(after, soldQuantity) > 0) {
      const left = subtract(soldQuantity, before);
      const none = compare(left, ZERO) <= 0;
      issues.add(['items', i, 'quantity'], 'invalid_value', none
        ? `Cantidad ${line(i)}: de ${name} ya se devolvió todo lo vendido (${formatQuantity(soldQuantity)})`
        : `Cantidad ${line(i)}: de ${name} quedan por devolver ${formatQuantity(left)} (vendidos ${formatQuantity(soldQuantity)}, ya devueltos ${formatQuantity(before)})`);
    }
    taken.set(entry.code, after);
  });
  return issues.size === before;
}

/** The note's total against what is left to credit on the invoice. */
export function checkCreditLimit(issues: IssueList, totals: DocumentTotals | undefined, invoice: CreditedInvoice): void {
  if (!totals || invoice.remaining === undefined) return;
  const remaining = decimal(invoice.remaining);
  if (compare(totals.total, remaining) <= 0) return;
  issues.add(['items'], 'values_limit',
    `Productos: la nota crédito suma ${formatCop(totals.total)} pero a ${invoiceName(invoice)} solo le quedan ${formatCop(remaining)} por acreditar`);
}
