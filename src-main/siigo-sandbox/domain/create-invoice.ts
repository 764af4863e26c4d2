/**
 * POST /v1/invoices: validation in Siigo's terms, then the effects of a sale — consecutive
 * number, stock leaving its warehouse, the credit part as the invoice's balance, and the
 * DIAN/mail state. Validation completes before any effect, so a rejected invoice changes nothing.
 */
import { badRequest, siigoError } from '../errors';
import { bogotaToday } from '../clock';
import { type Decimal, ZERO, add, compare, negate, round, sub, toNumber, toPlainString } from '../decimal';
import { computeItems } from '../validation/document-items';
import { type Json, isObject, requireAmount, requireArray, requireDate, requireObject } from '../validation/fields';
import { resolveCostCenter, resolveCustomer, resolveDocumentType, resolvePaymentType, resolveSeller } from '../validation/references';
import { documentRetentions } from '../validation/retentions';
import { type SandboxContext, nowIso } from './context';
import { moveStock } from './stock';
import type { Invoice, InvoicePaymentOut, StockOut } from './types';

export interface CreateOptions {
  /** Seed invoices may be dated in the past; API invoices follow the date rule. */
  seeding?: boolean;
}

export function createInvoice(ctx: SandboxContext, body: Json, options: CreateOptions = {}): Invoice {
  const { store } = ctx;
  const docType = resolveDocumentType(store, body, 'FV');
  const electronic = docType.electronic_type !== 'NoElectronic';
  const date = requireDate(body['date'], 'date');
  if (electronic && !options.seeding && date < bogotaToday(ctx.now())) {
    throw siigoError(400, 'invalid_date', 'The date can not be earlier than the current date for electronic invoices', ['date']);
  }
  const customer = resolveCustomer(store, body);
  const seller = resolveSeller(store, body['seller']);
  const costCenter = resolveCostCenter(store, body, docType);
  if (customer.contacts.length === 0) {
    throw siigoError(400, 'customer_settings', `The customer '${customer.identification}' doesn't have contacts`, ['customer']);
  }
  const computed = computeItems(store, body['items'], { allowWarehouse: true });

  const retentions = documentRetentions(store, body['retentions'], computed.subtotal, computed.ivaTotal);
  const retained = retentions.reduce<Decimal>((sum, r) => add(sum, r.exact), ZERO);
  const payable = round(sub(computed.total, retained), 2);

  const rawPayments = requireArray(body['payments'], 'payments');
  if (rawPayments.length === 0) throw badRequest.required('payments');
  let paid = ZERO;
  let credit = ZERO;
  const payments: InvoicePaymentOut[] = rawPayments.map((raw, i) => {
    const p = requireObject(raw, `payments[${i}]`);
    const type = resolvePaymentType(store, p['id'], `payments[${i}].id`, 'FV');
    const value = requireAmount(p['value'], `payments[${i}].value`, 2, 'invalid_amount');
    if (compare(value, ZERO) < 0) throw badRequest.invalid('invalid_amount', `payments[${i}].value`, 'The payment value must be positive');
    paid = add(paid, value);
    const out: InvoicePaymentOut = { id: type.id, name: type.name, value: toNumber(value) };
    if (type.due_date) {
      if (rawPayments.length > 1) {
        throw siigoError(400, 'invalid_payment', 'Only one payment is allowed when a payment type has due date', [`payments[${i}].id`]);
      }
      out.due_date = requireDate(p['due_date'], `payments[${i}].due_date`);
      credit = add(credit, value);
    }
    return out;
  });
  if (compare(paid, payable) !== 0) {
    throw siigoError(
      400,
      'invalid_total_payments',
      `The total payments (${toPlainString(round(paid, 2))}) must be equal to the total invoice (${toPlainString(payable)})`,
      ['payments'],
    );
  }

  // Effects from here on: nothing below may throw.
  const createdIso = nowIso(ctx);
  const stockOut: StockOut[] = computed.stockMoves.map((move) => {
    moveStock(ctx, move.product, move.warehouseId, negate(move.quantity), createdIso);
    return { productId: move.product.id, warehouseId: move.warehouseId, quantity: toPlainString(move.quantity), returned: '0' };
  });
  const number = docType.consecutive++;
  const stampRequested = isObject(body['stamp']) && body['stamp']['send'] === true;
  const mailRequested = isObject(body['mail']) && body['mail']['send'] === true;
  const id = ctx.ids.uuid();
  const invoice: Invoice = {
    id,
    document: { id: docType.id },
    prefix: docType.type,
    number,
    name: `${docType.type}-${docType.code}-${number}`,
    date,
    customer: { id: customer.id, identification: customer.identification, branch_office: customer.branch_office },
    ...(costCenter !== undefined ? { cost_center: costCenter } : {}),
    seller: seller.id,
    ...(retentions.length > 0 ? { retentions: retentions.map((r) => r.out) } : {}),
    total: toNumber(computed.total),
    balance: toNumber(round(credit, 2)),
    observations: typeof body['observations'] === 'string' ? body['observations'] : '',
    items: computed.items,
    payments,
    stamp: { status: 'Draft', observations: '', errors: '' },
    mail: {
      status: mailRequested ? (electronic && stampRequested ? 'pending_send' : electronic ? 'not_sent' : 'sent') : 'not_sent',
      observations: '',
    },
    public_url: `${ctx.baseUrl()}/document?data=${id}`,
    metadata: { created: createdIso, last_updated: null },
  };
  store.addInvoice(invoice, {
    createdMs: ctx.now().getTime(),
    electronic,
    stampRequested: electronic && stampRequested,
    mailRequested,
    balanceText: toPlainString(round(credit, 2)),
    stockOut,
  });
  return invoice;
}
