/**
 * A quotation (POST /v1/quotations): document type of kind C, customer with contacts, seller,
 * cost center and lines with the same rules as an invoice's (no warehouse, no payments).
 * Quotations take no Idempotency-Key, so a rejected one is cheaper to prevent than to retry.
 */
import type { CatalogRow, CustomerLookup, DocumentTypeRow, ProductLookup, TaxRow } from './context';
import { checkItems } from './document-items';
import { readDate, readObject, readOptionalString } from './fields';
import { checkManualNumber, resolveCostCenter, resolveCustomerRef, resolveDocumentType, resolveSeller } from './references';
import { IssueList, type ValidationResult } from './result';

export interface QuotationContext {
  documentTypes: readonly DocumentTypeRow[];
  taxes: readonly TaxRow[];
  users: readonly CatalogRow[];
  costCenters: readonly CatalogRow[];
  products: ProductLookup;
  customers: CustomerLookup;
}

export function validateQuotation(body: unknown, context: QuotationContext): ValidationResult {
  const issues = new IssueList();
  const quotation = readObject(issues, body, [], 'Cotización');
  if (!quotation) return issues.result();
  const docType = resolveDocumentType(issues, quotation, context.documentTypes, 'C');
  checkManualNumber(issues, quotation, docType);
  readDate(issues, quotation['date'], ['date'], 'Fecha');
  const customer = resolveCustomerRef(issues, quotation['customer'], context.customers);
  resolveSeller(issues, quotation['seller'], ['seller'], context.users);
  resolveCostCenter(issues, quotation, docType, context.costCenters);
  if (customer && (customer.contacts ?? []).length === 0) {
    issues.add(['customer'], 'customer_settings',
      `Cliente: ${customer.identification} no tiene contactos; agréguele un contacto antes de cotizarle`);
  }
  const observations = readOptionalString(issues, quotation['observations'], ['observations'], 'Observaciones');
  if (observations !== undefined && observations.length > 4000) issues.add(['observations'], 'length_max', 'Observaciones: máximo 4.000 caracteres');
  checkItems(issues, quotation['items'], docType, { products: context.products, taxes: context.taxes }, 'quotation');
  return issues.result();
}
