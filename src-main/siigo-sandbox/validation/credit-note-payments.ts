/**
 * The payments of a credit note: how the returned value goes back to the customer. Types must be
 * offered for NC (`invalid_payment`); a type with `due_date` (the credit, "cartera") credits the
 * invoice's balance and needs `due_date` like on invoices; the others (cash, transfer) are refunds.
 * They must add up to the note's total less retentions (`invalid_total_payments`), exactly.
 */
import { badRequest, siigoError } from '../errors';
import { type Decimal, ZERO, add, compare, round, toNumber, toPlainString } from '../decimal';
import type { SandboxStore } from '../domain/store';
import type { InvoicePaymentOut } from '../domain/types';
import { requireAmount, requireArray, requireDate, requireObject } from './fields';
import { resolvePaymentType } from './references';

export interface CreditNotePayments {
  payments: InvoicePaymentOut[];
  /** Σ values of the types with due_date: what comes off the invoice's balance. */
  credited: Decimal;
}

export function readCreditNotePayments(store: SandboxStore, raw: unknown, payable: Decimal): CreditNotePayments {
  const list = requireArray(raw, 'payments');
  if (list.length === 0) throw badRequest.required('payments');
  let paid = ZERO;
  let credited = ZERO;
  const payments = list.map((entry, i) => {
    const p = requireObject(entry, `payments[${i}]`);
    const type = resolvePaymentType(store, p['id'], `payments[${i}].id`, 'NC');
    const value = requireAmount(p['value'], `payments[${i}].value`, 2, 'invalid_amount');
    if (compare(value, ZERO) < 0) throw badRequest.invalid('invalid_amount', `payments[${i}].value`, 'The payment value must be positive');
    paid = add(paid, value);
    const out: InvoicePaymentOut = { id: type.id, name: type.name, value: toNumber(value) };
    if (type.due_date) {
      out.due_date = requireDate(p['due_date'], `payments[${i}].due_date`);
      credited = add(credited, value);
    }
    return out;
  });
  if (compare(paid, payable) !== 0) {
    throw siigoError(
      400,
      'invalid_total_payments',
      `The total payments (${toPlainString(round(paid, 2))}) must be equal to the total credit note (${toPlainString(payable)})`,
      ['payments'],
    );
  }
  return { payments, credited };
}
