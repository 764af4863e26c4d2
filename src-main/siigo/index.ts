// The Siigo client: the only code that talks to Siigo. No Electron imports anywhere below, so it
// also runs in plain Node behind the HTTP bridge.
export { createSiigoClient, type SiigoClient } from './client';
export type { SiigoClientOptions } from './client-options';
export type { CallOptions, IdempotentCallOptions, Priority } from './call-options';
export type { SiigoCredentials } from './siigo-transport';
export type { Page } from './pagination';
export type {
  CreditNoteFilters,
  CustomerFilters,
  DateFilter,
  InvoiceFilters,
  PageQuery,
  ProductFilters,
  QuotationFilters,
  VoucherFilters,
} from './query-params';
export { formatSiigoDateTime } from './query-params';
export { isSiigoAddressForKeys, normalizeBaseUrl } from './request-validation';
export {
  AuthError,
  CancelledError,
  InvalidInputError,
  InvalidResponseError,
  isSiigoError,
  OfflineError,
  RateLimitedError,
  RejectedError,
  ServerError,
  SiigoError,
  TimeoutError,
  UnknownOutcomeError,
  WrongCompanyError,
  type UnknownOutcomeReason,
} from './errors';
export { SlidingWindowRateLimiter, defaultRateLimit, type RateLimitConfig } from './rate-limiter';
export { RateLimiterRegistry, sharedRateLimiters } from './rate-limiter-registry';
export type { CatalogsApi } from './resources/catalogs';
export type { CreditNotesApi } from './resources/credit-notes';
export type { CustomersApi } from './resources/customers';
export type { InvoicesApi } from './resources/invoices';
export type { ProductsApi } from './resources/products';
export type { QuotationsApi } from './resources/quotations';
export type { VouchersApi } from './resources/vouchers';
export type { LogEntry, LogSink } from './safe-logger';
