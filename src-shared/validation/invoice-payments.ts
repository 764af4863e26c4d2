/**
 * What the customer pays on an invoice: withholdings (`retentions`), the payments and the
 * advance. Siigo recomputes the total and rejects the invoice unless Σ payments equals what is
 * payable to the cent (`invalid_total_payments`). Withholdings are computed like item taxes,
 * ReteIVA on the IVA and ReteICA on the subtotal, and reduce what is payable; autorretención is
 * the seller's own obligation and does not.
 */
import { type Decimal, ZERO, add, compare, decimal, multiply, round, shiftLeft, subtract } from '../money/decimal';
import type { DocumentTotals } from '../money/invoice-totals';
import type { DocumentTypeRow, PaymentDocumentKind, PaymentTypeRow, TaxRow } from './context';
import { type Json, isMissing, isObject, readAmount, readArray, readDate, readObject } from './fields';
import { formatCop, nth } from './format';
import { resolvePaymentType, resolveTax } from './references';
import type { IssueList } from './result';

const RETENTION_TYPES: ReadonlySet<string> = new Set(['ReteIVA', 'ReteICA', 'Autorretencion']);

/** Σ withholdings that reduce what is payable, or undefined when one cannot be resolved. */
export function checkRetentions(
  issues: IssueList, raw: unknown, docType: DocumentTypeRow | undefined, taxes: readonly TaxRow[],
  basis: { subtotal: Decimal; ivaTotal: Decimal } | undefined,
): Decimal | undefined {
  if (isMissing(raw)) return ZERO;
  const list = readArray(issues, raw, ['retentions'], 'Retenciones');
  if (!list) return undefined;
  let retained: Decimal | undefined = ZERO;
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    const path = ['retentions', i, 'id'];
    const label = nth('Retención', i);
    const tax = resolveTax(issues, isObject(entry) ? entry['id'] : undefined, path, label, taxes);
    if (!tax) {
      retained = undefined;
      return;
    }
    const disabled = (tax.type === 'ReteIVA' && docType?.reteiva === false) || (tax.type === 'ReteICA' && docType?.reteica === false);
    if (!RETENTION_TYPES.has(tax.type) || disabled || seen.has(tax.type)) {
      const why = !RETENTION_TYPES.has(tax.type)
        ? `«${tax.name}» no es una retención (ReteIVA, ReteICA o autorretención)`
        : disabled ? `este tipo de factura no maneja ${tax.type}` : `la retención tipo ${tax.type} está repetida`;
      issues.add(path, 'invalid_retentions', `${label}: ${why}`);
      retained = undefined;
      return;
    }
    seen.add(tax.type);
    if (retained === undefined || !basis || tax.type === 'Autorretencion') return;
    const base = tax.type === 'ReteIVA' ? basis.ivaTotal : basis.subtotal;
    retained = add(retained, round(shiftLeft(multiply(base, decimal(tax.percentage)), 2), 2));
  });
  return retained;
}

/** How payments differ between the documents that carry them. */
export interface PaymentRules {
  kind: PaymentDocumentKind;
  /** How messages name what the payments must add up to. */
  totalName: string;
  /** Invoices: a payment type with a due date cannot be combined with others (06-facturas-de-venta.md). */
  creditAlone: boolean;
}

export const INVOICE_PAYMENTS: PaymentRules = { kind: 'FV', totalName: 'el total a pagar de la factura', creditAlone: true };

export function checkPayments(
  issues: IssueList, raw: unknown, paymentTypes: readonly PaymentTypeRow[], payable: Decimal | undefined, rules: PaymentRules = INVOICE_PAYMENTS,
): void {
  const list = readArray(issues, raw, ['payments'], 'Formas de pago');
  if (!list) return;
  if (list.length === 0) {
    issues.add(['payments'], 'parameter_required', 'Formas de pago: agregue al menos una forma de pago');
    return;
  }
  let paid: Decimal | undefined = ZERO;
  list.forEach((rawPayment, i) => {
    const label = nth('Forma de pago', i);
    const payment = readObject(issues, rawPayment, ['payments', i], label);
    if (!payment) {
      paid = undefined;
      return;
    }
    const type = resolvePaymentType(issues, payment['id'], ['payments', i, 'id'], label, paymentTypes, rules.kind);
    const value = readAmount(issues, payment['value'], ['payments', i, 'value'], `Valor de la ${label.toLowerCase()}`, { maxDecimals: 2, code: 'invalid_amount' });
    if (value && compare(value, ZERO) < 0) issues.add(['payments', i, 'value'], 'invalid_amount', `Valor de la ${label.toLowerCase()}: no puede ser negativo`);
    paid = value && paid ? add(paid, value) : undefined;
    if (type?.due_date) checkCreditPayment(issues, payment, i, type, rules.creditAlone ? list.length : 1);
  });
  if (paid === undefined || payable === undefined) return;
  const difference = round(subtract(paid, payable), 2);
  if (compare(difference, ZERO) === 0) return;
  const missing = compare(difference, ZERO) < 0;
  const gap = formatCop(missing ? subtract(ZERO, difference) : difference);
  issues.add(['payments'], 'invalid_total_payments',
    `Formas de pago: suman ${formatCop(paid)} pero ${rules.totalName} es ${formatCop(payable)}; ${missing ? `faltan ${gap}` : `sobran ${gap}`}`);
}

/** A credit payment (payment type with due date) needs the due date and must be the only one. */
function checkCreditPayment(issues: IssueList, payment: Json, i: number, type: PaymentTypeRow, count: number): void {
  if (count > 1) {
    issues.add(['payments', i, 'id'], 'invalid_payment', `${nth('Forma de pago', i)}: «${type.name}» tiene vencimiento y no se puede combinar con otras formas de pago`);
  }
  readDate(issues, payment['due_date'], ['payments', i, 'due_date'], `Fecha de vencimiento (${nth('forma de pago', i)}, «${type.name}»)`);
}

/** Advance or co-payment: only where the document type allows it, never above the invoice. */
export function checkAdvancePayment(issues: IssueList, body: Json, docType: DocumentTypeRow | undefined, totals: DocumentTotals | undefined): void {
  if (isMissing(body['advance_payment'])) return;
  const label = 'Anticipo';
  if (docType && !docType.advance_payment) {
    issues.add(['advance_payment'], 'document_settings', `${label}: este tipo de factura no maneja anticipos`);
    return;
  }
  const value = readAmount(issues, body['advance_payment'], ['advance_payment'], label, { maxDecimals: 2, code: 'invalid_amount' });
  if (!value) return;
  if (compare(value, ZERO) <= 0) issues.add(['advance_payment'], 'invalid_amount', `${label}: debe ser mayor que cero`);
  else if (totals && compare(value, totals.total) > 0) {
    issues.add(['advance_payment'], 'invalid_amount', `${label}: no puede superar el total de la factura (${formatCop(totals.total)})`);
  }
}
