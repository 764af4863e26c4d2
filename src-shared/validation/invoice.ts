/**
 * A sales invoice (POST /v1/invoices) checked against Siigo's rules before it is queued, so a
 * cashier hears about a problem while the customer is still at the counter, not hours later
 * when the outbox finally reaches Siigo. Every rule Siigo (and the sandbox that reproduces it)
 * applies has a counterpart here; all problems are reported at once.
 */
import { round, subtract } from '../money/decimal';
import type {
  CatalogRow, CustomerLookup, CustomerRow, DocumentTypeRow, PaymentTypeRow, ProductLookup, TaxRow,
} from './context';
import { type CustomerContext, checkCustomer } from './customer';
import { isElectronic } from './dates';
import { checkItems } from './document-items';
import { type Json, isObject, readDate, readObject, readOptionalString } from './fields';
import { checkAdvancePayment, checkPayments, checkRetentions } from './invoice-payments';
import { checkManualNumber, resolveCostCenter, resolveCustomerRef, resolveDocumentType, resolveSeller } from './references';
import { IssueList, type ValidationResult } from './result';

export interface InvoiceContext {
  /** Today in Colombia, `yyyy-MM-dd` (see `colombiaToday`). */
  today: string;
  documentTypes: readonly DocumentTypeRow[];
  paymentTypes: readonly PaymentTypeRow[];
  taxes: readonly TaxRow[];
  users: readonly CatalogRow[];
  warehouses: readonly CatalogRow[];
  costCenters: readonly CatalogRow[];
  products: ProductLookup;
  /** Mirrored customers and customers created offline (queued before this invoice). */
  customers: CustomerLookup;
  /** For a customer sent inside the invoice (created together with it). */
  customerRules?: CustomerContext;
}

export function validateInvoice(body: unknown, context: InvoiceContext): ValidationResult {
  const issues = new IssueList();
  const invoice = readObject(issues, body, [], 'Factura');
  if (!invoice) return issues.result();

  const docType = resolveDocumentType(issues, invoice, context.documentTypes, 'FV');
  checkManualNumber(issues, invoice, docType);
  checkInvoiceDate(issues, invoice, docType, context.today);
  const customer = checkInvoiceCustomer(issues, invoice['customer'], context);
  resolveSeller(issues, invoice['seller'], ['seller'], context.users);
  resolveCostCenter(issues, invoice, docType, context.costCenters);
  if (customer && (customer.contacts ?? []).length === 0) {
    issues.add(['customer'], 'customer_settings',
      `Cliente: ${customer.identification} no tiene contactos; agréguele un contacto antes de facturarle`);
  }
  const observations = readOptionalString(issues, invoice['observations'], ['observations'], 'Observaciones');
  if (observations !== undefined && observations.length > 4000) issues.add(['observations'], 'length_max', 'Observaciones: máximo 4.000 caracteres');

  const { totals, ivaTotal } = checkItems(issues, invoice['items'], docType, {
    products: context.products, taxes: context.taxes, warehouses: context.warehouses, users: context.users,
  }, 'invoice');
  const retained = checkRetentions(issues, invoice['retentions'], docType, context.taxes,
    totals ? { subtotal: totals.subtotal, ivaTotal } : undefined);
  const payable = totals && retained ? round(subtract(totals.total, retained), 2) : undefined;
  checkPayments(issues, invoice['payments'], context.paymentTypes, payable);
  checkAdvancePayment(issues, invoice, docType, totals);
  return issues.result();
}

/**
 * Electronic invoices cannot be dated before today; and since the DIAN expects the send date,
 * a later date is refused too. Drafts are validated with the day they will be sent (the outbox
 * re-dates them with `sendDateFor`).
 */
function checkInvoiceDate(issues: IssueList, invoice: Json, docType: DocumentTypeRow | undefined, today: string): void {
  const date = readDate(issues, invoice['date'], ['date'], 'Fecha');
  if (date === undefined || !docType || !isElectronic(docType) || date === today) return;
  issues.add(['date'], 'invalid_date', date < today
    ? `Fecha: una factura electrónica no puede tener fecha anterior a hoy (${today})`
    : `Fecha: una factura electrónica debe llevar la fecha del día en que se envía a la DIAN (${today})`);
}

/** An existing customer by identification, or a whole new customer sent with the invoice. */
function checkInvoiceCustomer(issues: IssueList, raw: unknown, context: InvoiceContext): CustomerRow | undefined {
  if (isObject(raw) && raw['person_type'] !== undefined) {
    const nested = new IssueList();
    checkCustomer(nested, raw, context.customerRules ?? {});
    issues.addAll(['customer'], nested.issues);
    return undefined;
  }
  return resolveCustomerRef(issues, raw, context.customers);
}
