/**
 * The app's own check of Siigo's rules, run on a draft before it is queued (pure; no Siigo
 * access). Independent of the embedded sandbox by design; tests compare the two over HTTP.
 */
export type { IssuePath, ValidationIssue, ValidationResult } from './result';
export { IssueList, siigoParam } from './result';
export type {
  CatalogRow, CityLookup, CustomerLookup, CustomerRow, DocumentKind, DocumentTypeRow, DueLookup, DueRow, PaymentDocumentKind,
  PaymentTypeRow, ProductLookup, ProductRow, TaxRow,
} from './context';
export { customerLookup, dueLookup, isActive, lookupBy, productLookup } from './context';
export { NitFormatError, nitCheckDigit } from './nit';
export { ID_TYPES, NIT_ID_TYPE, type IdType, checkDigitProblem, identificationProblem } from './identification';
export { type IdentificationReading, readIdentificationInput, wrongCheckDigitMessage } from './identification-input';
export { type FiscalChoice, NO_RESPONSIBILITY, fiscalDefaults, toggleResponsibility } from './fiscal-defaults';
export { CODE_PATTERN, EMAIL_PATTERN, IDENTIFICATION_PATTERN, NAME_PATTERN, isCalendarDate } from './fields';
export { colombiaToday, isElectronic, sendDateFor } from './dates';
export { formatCop } from './format';
export { type CustomerContext, FISCAL_RESPONSIBILITIES, MAX_CONTACTS, validateCustomer } from './customer';
export { type InvoiceContext, validateInvoice } from './invoice';
export { type QuotationContext, validateQuotation } from './quotation';
export { type VoucherContext, validateVoucher } from './voucher';
export { type CreditNoteContext, type CreditedInvoice, validateCreditNote } from './credit-note';
export { type ItemsKind, MAX_ITEMS, MAX_TAXES_PER_ITEM } from './document-items';
