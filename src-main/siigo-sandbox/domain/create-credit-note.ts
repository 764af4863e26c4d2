/**
 * POST /v1/credit-notes: validation in Siigo's terms (08-notas-credito.md, FIELD-NOTES "Credit
 * notes"), then the effects of a return — the NC consecutive, stock back to where the invoice
 * took it from, the credited part off the invoice's balance, and the DIAN/mail state. Validation
 * completes before any effect, so a rejected note changes nothing.
 */
import { siigoError } from '../errors';
import { bogotaToday } from '../clock';
import { type Decimal, ZERO, add, compare, round, sub, toDecimal, toNumber, toPlainString } from '../decimal';
import { refuseInvoiceData, readInvoiceId, readReason } from '../validation/credit-note-fields';
import { readCreditNotePayments } from '../validation/credit-note-payments';
import { computeItems } from '../validation/document-items';
import { type Json, isObject, requireDate } from '../validation/fields';
import { resolveCostCenter, resolveDocumentType } from '../validation/references';
import { documentRetentions } from '../validation/retentions';
import { type SandboxContext, nowIso } from './context';
import { type CreditedInvoice, checkCreditLimit, checkReturnedQuantities, resolveCreditedInvoice } from './credited-invoice';
import { moveStock } from './stock';
import type { CreditNote, DocumentItemOut } from './types';

export function createCreditNote(ctx: SandboxContext, body: Json): CreditNote {
  const { store } = ctx;
  refuseInvoiceData(body);
  const docType = resolveDocumentType(store, body, 'NC');
  const electronic = docType.electronic_type !== 'NoElectronic';
  const date = requireDate(body['date'], 'date');
  if (electronic && date < bogotaToday(ctx.now())) {
    throw siigoError(400, 'invalid_date', 'The date can not be earlier than the current date for electronic credit notes', ['date']);
  }
  const credited = resolveCreditedInvoice(ctx, readInvoiceId(body), electronic);
  const { invoice } = credited;
  const reason = readReason(body, electronic);
  const costCenter = resolveCostCenter(store, body, docType) ?? invoice.cost_center;

  const computed = computeItems(store, body['items'], { allowWarehouse: true });
  checkReturnedQuantities(ctx, invoice, computed.items);
  checkCreditLimit(ctx, invoice, computed.total);
  const retentions = documentRetentions(store, body['retentions'], computed.subtotal, computed.ivaTotal);
  const retained = retentions.reduce<Decimal>((sum, r) => add(sum, r.exact), ZERO);
  const payments = readCreditNotePayments(store, body['payments'], round(sub(computed.total, retained), 2));

  // Effects from here on: nothing below may throw.
  const createdIso = nowIso(ctx);
  computed.items.forEach((item) => returnStock(ctx, credited, item, createdIso));
  if (compare(payments.credited, ZERO) > 0) {
    const balance = toDecimal(credited.internal.balanceText);
    const next = compare(payments.credited, balance) >= 0 ? ZERO : round(sub(balance, payments.credited), 2);
    credited.internal.balanceText = toPlainString(next);
    invoice.balance = toNumber(next);
  }
  // A related document is a change of the invoice, whatever the payments.
  invoice.metadata.last_updated = createdIso;

  const number = docType.consecutive++;
  const stampRequested = isObject(body['stamp']) && body['stamp']['send'] === true;
  const mailRequested = isObject(body['mail']) && body['mail']['send'] === true;
  const note: CreditNote = {
    id: ctx.ids.uuid(),
    document: { id: docType.id },
    number,
    name: `${docType.type}-${docType.code}-${number}`,
    date,
    invoice: { id: invoice.id, name: invoice.name },
    customer: { ...invoice.customer },
    ...(costCenter !== undefined ? { cost_center: costCenter } : {}),
    seller: invoice.seller,
    ...(retentions.length > 0 ? { retentions: retentions.map((r) => r.out) } : {}),
    total: toNumber(computed.total),
    observations: typeof body['observations'] === 'string' ? body['observations'] : '',
    ...(reason !== undefined ? { reason } : {}),
    items: computed.items,
    payments: payments.payments,
    stamp: { status: 'Draft', observations: '', errors: '' },
    mail: {
      status: mailRequested ? (electronic && stampRequested ? 'pending_send' : electronic ? 'not_sent' : 'sent') : 'not_sent',
      observations: '',
    },
    metadata: { created: createdIso, last_updated: null },
  };
  store.addCreditNote(note, {
    createdMs: ctx.now().getTime(),
    electronic,
    stampRequested: electronic && stampRequested,
    mailRequested,
  });
  return note;
}

/**
 * Puts a returned line's units back: into the warehouse the line names, or else into the
 * warehouses the invoice took that product from, in the invoice's order. Services (nothing taken
 * out) move nothing.
 */
function returnStock(ctx: SandboxContext, { internal }: CreditedInvoice, item: DocumentItemOut, at: string): void {
  const product = ctx.store.productWithCode(item.code);
  if (!product) return;
  let left = toDecimal(item.quantity);
  for (const out of internal.stockOut) {
    if (compare(left, ZERO) <= 0) break;
    if (out.productId !== product.id) continue;
    const open = sub(toDecimal(out.quantity), toDecimal(out.returned));
    if (compare(open, ZERO) <= 0) continue;
    const portion = compare(left, open) < 0 ? left : open;
    moveStock(ctx, product, item.warehouse?.id ?? out.warehouseId, portion, at);
    out.returned = toPlainString(add(toDecimal(out.returned), portion));
    left = sub(left, portion);
  }
  if (compare(left, ZERO) > 0 && item.warehouse) moveStock(ctx, product, item.warehouse.id, left, at);
}
