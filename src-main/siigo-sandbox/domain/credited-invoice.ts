/**
 * What a credit note may do to its invoice (08-notas-credito.md, 00-overview.md
 * `invalid_document`, `values_limit`): the invoice must exist, share the note type's
 * electronic-ness and, if electronic, have been sent to the DIAN; a note can only return what the
 * invoice sold, in no more than the quantities sold, and credit no more than the invoice's total
 * minus what earlier notes credited.
 */
import { badRequest, siigoError } from '../errors';
import { type Decimal, ZERO, add, compare, round, sub, toDecimal, toPlainString } from '../decimal';
import type { SandboxContext } from './context';
import { refreshStamp } from './stamp';
import type { DocumentItemOut, Invoice, InvoiceInternal } from './types';

export interface CreditedInvoice {
  invoice: Invoice;
  internal: InvoiceInternal;
}

export function resolveCreditedInvoice(ctx: SandboxContext, invoiceId: string, noteElectronic: boolean): CreditedInvoice {
  const invoice = ctx.store.invoice(invoiceId);
  const internal = ctx.store.invoiceInternal.get(invoiceId);
  if (!invoice || !internal) throw badRequest.reference('invoice', invoiceId);
  if (internal.electronic !== noteElectronic) {
    throw siigoError(
      400,
      'invalid_document',
      `The credit note type is ${noteElectronic ? '' : 'not '}electronic and the invoice ${invoice.name} is ${internal.electronic ? '' : 'not '}electronic: they must have the same electronic_type`,
      ['document.id'],
    );
  }
  refreshStamp(ctx, invoice, internal);
  // "Sent" is read as: stamping was asked for and the DIAN has answered (Draft also covers "on its way").
  if (internal.electronic && (!internal.stampRequested || invoice.stamp.status === 'Draft')) {
    throw siigoError(400, 'invalid_document', `The electronic invoice ${invoice.name} has not been sent to the DIAN`, ['invoice']);
  }
  return { invoice, internal };
}

const quantitiesByCode = (items: readonly DocumentItemOut[]): Map<string, Decimal> => {
  const out = new Map<string, Decimal>();
  for (const item of items) out.set(item.code, add(out.get(item.code) ?? ZERO, toDecimal(item.quantity)));
  return out;
};

/** Every line's code must be on the invoice, and Σ returned per code (all notes) ≤ Σ sold. */
export function checkReturnedQuantities(ctx: SandboxContext, invoice: Invoice, items: readonly DocumentItemOut[]): void {
  const sold = quantitiesByCode(invoice.items);
  const returned = quantitiesByCode(ctx.store.creditNotesOf(invoice.id).flatMap((n) => n.items));
  items.forEach((item, i) => {
    const soldQuantity = sold.get(item.code);
    if (!soldQuantity) {
      throw badRequest.invalid('invalid_value', `items[${i}].code`, `The product '${item.code}' is not on the invoice ${invoice.name}`);
    }
    const total = add(returned.get(item.code) ?? ZERO, toDecimal(item.quantity));
    if (compare(total, soldQuantity) > 0) {
      const left = sub(soldQuantity, returned.get(item.code) ?? ZERO);
      throw badRequest.invalid(
        'invalid_value',
        `items[${i}].quantity`,
        `The quantity of '${item.code}' exceeds what is left to return on the invoice ${invoice.name} (${toPlainString(round(left, 2))})`,
      );
    }
    returned.set(item.code, total);
  });
}

/** The note's total may not exceed the invoice's total minus earlier notes' totals. */
export function checkCreditLimit(ctx: SandboxContext, invoice: Invoice, noteTotal: Decimal): void {
  const credited = ctx.store.creditNotesOf(invoice.id).reduce<Decimal>((sum, n) => add(sum, toDecimal(n.total)), ZERO);
  const available = round(sub(toDecimal(invoice.total), credited), 2);
  if (compare(noteTotal, available) > 0) {
    throw siigoError(
      400,
      'values_limit',
      `The total of the credit note (${toPlainString(round(noteTotal, 2))}) exceeds what is left to credit on the invoice ${invoice.name} (${toPlainString(available)})`,
      ['items'],
    );
  }
}
