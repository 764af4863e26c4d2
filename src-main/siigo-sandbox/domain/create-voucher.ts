/**
 * POST /v1/vouchers (recibos de caja). `DebtPayment` items pay an invoice's due entry
 * `{prefix, consecutive, quote}` where prefix is the invoice name without its number (e.g.
 * "FV-1" for "FV-1-68") and quote is 1 (the sandbox's invoices have a single installment).
 * Each value must not exceed the invoice's balance (`invalid_amount`), Σ item values must equal
 * `payment.value` (`invalid_total_payments`), and `payment` is a single `{id, value}` object
 * (FIELD-NOTES). Effect: each paid invoice's balance drops and its `last_updated` moves.
 */
import { badRequest, siigoError } from '../errors';
import { type Decimal, ZERO, add, compare, round, sub, toDecimal, toNumber, toPlainString } from '../decimal';
import { type Json, isMissing, requireAmount, requireArray, requireDate, requireInteger, requireObject, requireString } from '../validation/fields';
import { resolveCostCenter, resolveCustomer, resolveDocumentType, resolvePaymentType } from '../validation/references';
import { type SandboxContext, nowIso } from './context';
import type { Invoice, Voucher } from './types';

const VOUCHER_TYPES: ReadonlySet<string> = new Set(['DebtPayment', 'AdvancePayment', 'Detailed']);

interface DuePayment {
  invoice: Invoice;
  value: Decimal;
  out: Voucher['items'][number];
}

export function createVoucher(ctx: SandboxContext, body: Json): Voucher {
  const { store } = ctx;
  const docType = resolveDocumentType(store, body, 'RC');
  const date = requireDate(body['date'], 'date');
  const type = requireString(body['type'], 'type');
  if (!VOUCHER_TYPES.has(type)) throw badRequest.invalid('invalid_type', 'type', `The voucher type '${type}' is not valid`);
  const customer = resolveCustomer(store, body);
  const costCenter = resolveCostCenter(store, body, docType);

  let payment: Voucher['payment'];
  let paymentValue = ZERO;
  if (type === 'Detailed') {
    if (!isMissing(body['payment'])) {
      throw siigoError(400, 'invalid_payment', 'The payment is not allowed in a Detailed voucher', ['payment']);
    }
  } else {
    const raw = requireObject(body['payment'], 'payment');
    const paymentType = resolvePaymentType(store, raw['id'], 'payment.id', 'RC');
    paymentValue = requireAmount(raw['value'], 'payment.value', 2, 'invalid_amount');
    if (compare(paymentValue, ZERO) <= 0) throw badRequest.invalid('invalid_amount', 'payment.value', 'The payment value must be positive');
    payment = { id: paymentType.id, name: paymentType.name, value: toNumber(paymentValue) };
  }

  const dues: DuePayment[] = [];
  let items: Voucher['items'] = [];
  if (type === 'DebtPayment') {
    const list = requireArray(body['items'], 'items');
    if (list.length === 0) throw badRequest.required('items');
    const seen = new Set<string>();
    let sum = ZERO;
    list.forEach((raw, i) => {
      const item = requireObject(raw, `items[${i}]`);
      const due = requireObject(item['due'], `items[${i}].due`);
      const prefix = requireString(due['prefix'], `items[${i}].due.prefix`);
      const consecutive = requireInteger(due['consecutive'], `items[${i}].due.consecutive`);
      const quote = requireInteger(due['quote'], `items[${i}].due.quote`);
      const key = `${prefix}|${consecutive}|${quote}`;
      if (seen.has(key)) throw siigoError(400, 'invalid_array', 'The same due can not be paid twice in a voucher', [`items[${i}].due`]);
      seen.add(key);
      const invoice = store.invoices.find(
        (inv) => inv.name === `${prefix}-${consecutive}` && inv.customer.id === customer.id,
      );
      if (!invoice || quote !== 1) throw badRequest.reference(`items[${i}].due`, `${prefix}-${consecutive} quote ${quote}`);
      const value = requireAmount(item['value'], `items[${i}].value`, 2, 'invalid_amount');
      if (compare(value, ZERO) <= 0) throw badRequest.invalid('invalid_amount', `items[${i}].value`, 'The value must be positive');
      const balance = toDecimal(store.invoiceInternal.get(invoice.id)?.balanceText ?? '0');
      if (compare(value, balance) > 0) {
        throw siigoError(400, 'invalid_amount', `The value ${toPlainString(value)} is greater than the balance of the due (${toPlainString(balance)})`, [`items[${i}].value`]);
      }
      sum = add(sum, value);
      const dueDate = invoice.payments.find((p) => p.due_date)?.due_date;
      dues.push({
        invoice,
        value,
        out: { due: { prefix, consecutive, quote, ...(dueDate ? { date: dueDate } : {}) }, value: toNumber(value) },
      });
    });
    if (compare(round(sum, 2), round(paymentValue, 2)) !== 0) {
      throw siigoError(400, 'invalid_total_payments', `The total of the items (${toPlainString(sum)}) must be equal to the payment value (${toPlainString(paymentValue)})`, ['payment.value']);
    }
    items = dues.map((d) => d.out);
  } else if (type === 'Detailed') {
    const list = requireArray(body['items'], 'items');
    if (list.length === 0) throw badRequest.required('items');
    items = list.map((raw, i) => {
      const item = requireObject(raw, `items[${i}]`);
      return { ...item, value: toNumber(requireAmount(item['value'], `items[${i}].value`, 2, 'invalid_amount')) };
    });
  }

  // Effects: nothing below may throw.
  const at = nowIso(ctx);
  for (const due of dues) {
    const internal = store.invoiceInternal.get(due.invoice.id);
    if (!internal) continue;
    const next = round(sub(toDecimal(internal.balanceText), due.value), 2);
    internal.balanceText = toPlainString(next);
    due.invoice.balance = toNumber(next);
    due.invoice.metadata.last_updated = at;
  }
  const number = docType.consecutive++;
  const voucher: Voucher = {
    id: ctx.ids.uuid(),
    document: { id: docType.id },
    number,
    name: `${docType.type}-${docType.code}-${number}`,
    date,
    type: type as Voucher['type'],
    customer: { id: customer.id, identification: customer.identification, branch_office: customer.branch_office },
    ...(costCenter !== undefined ? { cost_center: costCenter } : {}),
    items,
    ...(payment ? { payment } : {}),
    // An advance payment stays as the customer's credit balance; a debt payment is fully applied.
    balance: type === 'AdvancePayment' ? toNumber(paymentValue) : 0,
    observations: typeof body['observations'] === 'string' ? body['observations'] : '',
    metadata: { created: at, last_updated: null },
  };
  store.addVoucher(voucher);
  return voucher;
}
