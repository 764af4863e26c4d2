/**
 * A cash receipt (recibo de caja, POST /v1/vouchers). `DebtPayment` pays invoice dues: each item
 * names a due the customer owes and pays at most its known balance, and the items add up to the
 * single `payment` (FIELD-NOTES: one object, not an array). `AdvancePayment` is money on account
 * (a payment, no items). `Detailed` is an accounting entry (items, no payment).
 * The balance a due is checked against is the caller's best knowledge: the mirrored balance
 * minus receipts still queued for it.
 */
import { type Decimal, ZERO, add, compare, decimal, round } from '../money/decimal';
import type { CatalogRow, CustomerLookup, CustomerRow, DocumentTypeRow, DueLookup, PaymentTypeRow } from './context';
import { type Json, isMissing, readAmount, readArray, readDate, readInteger, readObject, readString } from './fields';
import { formatCop, nth } from './format';
import { resolveCostCenter, resolveCustomerRef, resolveDocumentType, resolvePaymentType } from './references';
import { IssueList, type ValidationResult } from './result';

export interface VoucherContext {
  documentTypes: readonly DocumentTypeRow[];
  paymentTypes: readonly PaymentTypeRow[];
  costCenters: readonly CatalogRow[];
  customers: CustomerLookup;
  dues: DueLookup;
}

const VOUCHER_TYPES: ReadonlySet<string> = new Set(['DebtPayment', 'AdvancePayment', 'Detailed']);

export function validateVoucher(body: unknown, context: VoucherContext): ValidationResult {
  const issues = new IssueList();
  const voucher = readObject(issues, body, [], 'Recibo de caja');
  if (!voucher) return issues.result();
  const docType = resolveDocumentType(issues, voucher, context.documentTypes, 'RC');
  readDate(issues, voucher['date'], ['date'], 'Fecha');
  const type = readString(issues, voucher['type'], ['type'], 'Tipo de recibo');
  if (type !== undefined && !VOUCHER_TYPES.has(type)) {
    issues.add(['type'], 'invalid_type', 'Tipo de recibo: debe ser abono a deuda (DebtPayment), anticipo (AdvancePayment) o avanzado (Detailed)');
  }
  const customer = resolveCustomerRef(issues, voucher['customer'], context.customers);
  resolveCostCenter(issues, voucher, docType, context.costCenters);
  if (type === 'Detailed') {
    if (!isMissing(voucher['payment'])) issues.add(['payment'], 'invalid_payment', 'Forma de pago: un recibo avanzado no lleva forma de pago');
    checkDetailedItems(issues, voucher['items']);
    return issues.result();
  }
  const paid = checkPayment(issues, voucher['payment'], context.paymentTypes);
  if (type === 'AdvancePayment' && !isMissing(voucher['items'])) {
    issues.add(['items'], 'invalid_array', 'Facturas a pagar: un anticipo no se aplica a facturas; quítelas o use abono a deuda');
  }
  if (type === 'DebtPayment') {
    const itemsSum = checkDebtItems(issues, voucher['items'], customer, context.dues);
    if (paid && itemsSum && compare(round(itemsSum, 2), round(paid, 2)) !== 0) {
      issues.add(['payment', 'value'], 'invalid_total_payments',
        `Valor recibido: es ${formatCop(paid)} pero las facturas abonadas suman ${formatCop(itemsSum)}`);
    }
  }
  return issues.result();
}

function checkPayment(issues: IssueList, raw: unknown, paymentTypes: readonly PaymentTypeRow[]): Decimal | undefined {
  const payment = readObject(issues, raw, ['payment'], 'Forma de pago');
  if (!payment) return undefined;
  resolvePaymentType(issues, payment['id'], ['payment', 'id'], 'Forma de pago', paymentTypes, 'RC');
  const value = readAmount(issues, payment['value'], ['payment', 'value'], 'Valor recibido', { maxDecimals: 2, code: 'invalid_amount' });
  if (value && compare(value, ZERO) <= 0) {
    issues.add(['payment', 'value'], 'invalid_amount', 'Valor recibido: debe ser mayor que cero');
    return undefined;
  }
  return value;
}

/** The dues paid; returns Σ values when every item was readable. */
function checkDebtItems(issues: IssueList, raw: unknown, customer: CustomerRow | undefined, dues: DueLookup): Decimal | undefined {
  const list = readArray(issues, raw, ['items'], 'Facturas a pagar');
  if (!list) return undefined;
  if (list.length === 0) {
    issues.add(['items'], 'parameter_required', 'Facturas a pagar: agregue al menos una factura');
    return undefined;
  }
  const seen = new Set<string>();
  let sum: Decimal | undefined = ZERO;
  list.forEach((entry, i) => {
    const label = nth('Factura a pagar', i);
    const item = readObject(issues, entry, ['items', i], label);
    const value = item ? checkDebtItem(issues, item, i, label, customer, dues, seen) : undefined;
    sum = sum && value ? add(sum, value) : undefined;
  });
  return sum;
}

function checkDebtItem(
  issues: IssueList, item: Json, i: number, label: string, customer: CustomerRow | undefined, dues: DueLookup, seen: Set<string>,
): Decimal | undefined {
  const duePath = ['items', i, 'due'];
  const due = readObject(issues, item['due'], duePath, `Vencimiento (${label.toLowerCase()})`);
  const prefix = due ? readString(issues, due['prefix'], [...duePath, 'prefix'], `Prefijo (${label.toLowerCase()})`) : undefined;
  const consecutive = due ? readInteger(issues, due['consecutive'], [...duePath, 'consecutive'], `Número de factura (${label.toLowerCase()})`) : undefined;
  const quote = due ? readInteger(issues, due['quote'], [...duePath, 'quote'], `Cuota (${label.toLowerCase()})`) : undefined;
  // The Blueprint marks the due's date as required.
  if (due) readDate(issues, due['date'], [...duePath, 'date'], `Fecha del vencimiento (${label.toLowerCase()})`);
  const value = readAmount(issues, item['value'], ['items', i, 'value'], `Valor abonado (${label.toLowerCase()})`, { maxDecimals: 2, code: 'invalid_amount' });
  if (value && compare(value, ZERO) <= 0) issues.add(['items', i, 'value'], 'invalid_amount', `Valor abonado (${label.toLowerCase()}): debe ser mayor que cero`);
  if (prefix === undefined || consecutive === undefined || quote === undefined) return value;

  const name = `${prefix}-${consecutive}${quote !== 1 ? ` cuota ${quote}` : ''}`;
  const key = `${prefix}|${consecutive}|${quote}`;
  if (seen.has(key)) {
    issues.add(duePath, 'invalid_array', `${label}: la factura ${name} ya está en este recibo`);
    return value;
  }
  seen.add(key);
  const found = dues({ prefix, consecutive, quote });
  const sameCustomer = !customer || (found?.customer.identification === customer.identification &&
    (found.customer.branch_office ?? 0) === (customer.branch_office ?? 0));
  if (!found || !sameCustomer) {
    issues.add(duePath, 'invalid_reference', `${label}: el cliente no tiene pendiente la factura ${name}`);
    return value;
  }
  const balance = decimal(found.balance);
  if (value && compare(value, balance) > 0) {
    issues.add(['items', i, 'value'], 'invalid_amount', `Valor abonado (${label.toLowerCase()}): ${formatCop(value)} supera el saldo de la factura ${name} (${formatCop(balance)})`);
  }
  return value;
}

function checkDetailedItems(issues: IssueList, raw: unknown): void {
  const list = readArray(issues, raw, ['items'], 'Movimientos');
  if (!list) return;
  if (list.length === 0) issues.add(['items'], 'parameter_required', 'Movimientos: agregue al menos un movimiento');
  list.forEach((entry, i) => {
    const item = readObject(issues, entry, ['items', i], nth('Movimiento', i));
    if (item) readAmount(issues, item['value'], ['items', i, 'value'], `Valor (${nth('movimiento', i)})`, { maxDecimals: 2, code: 'invalid_amount' });
  });
}
