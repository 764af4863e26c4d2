/**
 * A credit note (POST /v1/credit-notes) checked before it is queued: a note names the invoice it
 * corrects and may only take back what that invoice sold, so most of its problems are found here
 * from what this PC knows of the invoice, long before Siigo would refuse it. Codes follow Siigo's
 * (08-notas-credito.md, 00-overview.md) as the sandbox answers them.
 */
import { round, subtract } from '../money/decimal';
import { creditNoteReasonCodes, isCreditNoteReason } from '../siigo/credit-note';
import type { CatalogRow, DocumentTypeRow, PaymentTypeRow, ProductLookup, TaxRow } from './context';
import { type CreditedInvoice, checkCreditLimit, checkReturnable, invoiceName } from './credited-invoice';
import { isElectronic } from './dates';
import { checkItems } from './document-items';
import { type Json, isMissing, readDate, readInteger, readObject, readOptionalString, readString } from './fields';
import { type PaymentRules, checkPayments, checkRetentions } from './invoice-payments';
import { checkManualNumber, resolveCostCenter, resolveDocumentType } from './references';
import { IssueList, type ValidationResult } from './result';

export type { CreditedInvoice } from './credited-invoice';

export interface CreditNoteContext {
  /** Today in Colombia, `yyyy-MM-dd` (see `colombiaToday`). */
  today: string;
  documentTypes: readonly DocumentTypeRow[];
  /** Payment types with the document kinds each is offered for: a note's must be offered for NC. */
  paymentTypes: readonly PaymentTypeRow[];
  taxes: readonly TaxRow[];
  warehouses: readonly CatalogRow[];
  costCenters: readonly CatalogRow[];
  products: ProductLookup;
  /** The invoice the note corrects; without it the lines are not checked against what it sold. */
  invoice?: CreditedInvoice | undefined;
}

const CREDIT_NOTE_PAYMENTS: PaymentRules = { kind: 'NC', totalName: 'el total de la nota crédito', creditAlone: false };
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function validateCreditNote(body: unknown, context: CreditNoteContext): ValidationResult {
  const issues = new IssueList();
  const note = readObject(issues, body, [], 'Nota crédito');
  if (!note) return issues.result();

  const docType = resolveDocumentType(issues, note, context.documentTypes, 'NC');
  const electronic = docType !== undefined && isElectronic(docType);
  checkManualNumber(issues, note, docType);
  const date = readDate(issues, note['date'], ['date'], 'Fecha');
  if (date !== undefined && electronic && date < context.today) {
    issues.add(['date'], 'invalid_date', `Fecha: una nota crédito electrónica no puede tener fecha anterior a hoy (${context.today})`);
  }
  checkInvoiceRef(issues, note, context.invoice);
  checkSameKind(issues, docType, context.invoice);
  checkReason(issues, note['reason'], electronic);
  resolveCostCenter(issues, note, docType, context.costCenters);
  const observations = readOptionalString(issues, note['observations'], ['observations'], 'Observaciones');
  if (observations !== undefined && observations.length > 4000) issues.add(['observations'], 'length_max', 'Observaciones: máximo 4.000 caracteres');

  const { totals, ivaTotal, lines } = checkItems(issues, note['items'], docType, {
    products: context.products, taxes: context.taxes, warehouses: context.warehouses,
  }, 'credit-note');
  // Returning more units than sold is also crediting too much: the money is checked only when the units pass.
  if (context.invoice && checkReturnable(issues, lines, context.invoice, context.products)) checkCreditLimit(issues, totals, context.invoice);
  const retained = checkRetentions(issues, note['retentions'], docType, context.taxes,
    totals ? { subtotal: totals.subtotal, ivaTotal } : undefined);
  const payable = totals && retained ? round(subtract(totals.total, retained), 2) : undefined;
  checkPayments(issues, note['payments'], context.paymentTypes, payable, CREDIT_NOTE_PAYMENTS);
  return issues.result();
}

/**
 * `invoice`: the Siigo id of the invoice. Siigo requires it on electronic notes, and without it
 * (or `invoice_data`, not modelled) a note corrects nothing, so it is required on every note;
 * while the invoice still waits in the outbox its id is not known yet and the replay fills it in.
 */
function checkInvoiceRef(issues: IssueList, note: Json, invoice: CreditedInvoice | undefined): void {
  const path = ['invoice'];
  if (isMissing(note['invoice'])) {
    if (invoice?.id !== null) issues.add(path, 'parameter_required', 'Factura: es obligatoria; indique la factura a la que se aplica la nota crédito');
    return;
  }
  const id = readString(issues, note['invoice'], path, 'Factura');
  if (id === undefined) return;
  if (!UUID_PATTERN.test(id)) {
    issues.add(path, 'invalid_type', `Factura: «${id}» no es un identificador de factura de Siigo`);
  } else if (invoice?.id && invoice.id.toLowerCase() !== id.toLowerCase()) {
    issues.add(path, 'invalid_reference', `Factura: la nota crédito no corresponde a ${invoiceName(invoice)}`);
  }
}

/** A note and its invoice are both electronic or both not (00-overview.md, `invalid_document`). */
function checkSameKind(issues: IssueList, docType: DocumentTypeRow | undefined, invoice: CreditedInvoice | undefined): void {
  if (!docType || invoice?.electronic_type === undefined) return;
  const noteElectronic = isElectronic(docType);
  if (noteElectronic === isElectronic(invoice)) return;
  issues.add(['document', 'id'], 'invalid_document', noteElectronic
    ? `Tipo de comprobante: ${invoiceName(invoice)} no es electrónica; use un tipo de nota crédito no electrónica`
    : `Tipo de comprobante: ${invoiceName(invoice)} es electrónica; use un tipo de nota crédito electrónica`);
}

/** The DIAN's reason: required on electronic notes, and always one of the DIAN's codes. */
function checkReason(issues: IssueList, raw: unknown, electronic: boolean): void {
  const label = 'Motivo de la nota crédito';
  if (isMissing(raw)) {
    if (electronic) issues.add(['reason'], 'parameter_required', `${label}: es obligatorio en una nota crédito electrónica`);
    return;
  }
  const code = readInteger(issues, raw, ['reason'], label);
  if (code === undefined || isCreditNoteReason(code)) return;
  const codes = creditNoteReasonCodes.map(String);
  const known = `${codes.slice(0, -1).join(', ')} o ${codes.at(-1) ?? ''}`;
  issues.add(['reason'], 'invalid_value', `${label}: ${code} no es un motivo de la DIAN (use ${known})`);
}
