import { taxesResponseSchema } from '../../src-shared/siigo';
import { defaultRetryPolicy, type RetryPolicy } from './backoff';
import type { CallOptions } from './call-options';
import { defaultTimeouts, type SiigoClientOptions } from './client-options';
import { InvalidInputError, SiigoError } from './errors';
import { callFields } from './pagination';
import { defaultRateLimit, SlidingWindowRateLimiter, type RateLimitConfig } from './rate-limiter';
import { sharedRateLimiters } from './rate-limiter-registry';
import { assertPartnerId, normalizeBaseUrl } from './request-validation';
import { catalogsApi, type CatalogsApi } from './resources/catalogs';
import { creditNotesApi, type CreditNotesApi } from './resources/credit-notes';
import { customersApi, type CustomersApi } from './resources/customers';
import { invoicesApi, type InvoicesApi } from './resources/invoices';
import { productsApi, type ProductsApi } from './resources/products';
import { quotationsApi, type QuotationsApi } from './resources/quotations';
import { vouchersApi, type VouchersApi } from './resources/vouchers';
import { SafeLogger } from './safe-logger';
import { SecretScrubber } from './secret-scrubber';
import { SiigoTransport } from './siigo-transport';

export interface SiigoClient {
  /** Logs in with a fresh token (proves the credentials now) and reads a cheap catalog. */
  testConnection(options?: CallOptions): Promise<{ ok: true }>;
  customers: CustomersApi;
  products: ProductsApi;
  invoices: InvoicesApi;
  creditNotes: CreditNotesApi;
  quotations: QuotationsApi;
  vouchers: VouchersApi;
  catalogs: CatalogsApi;
  /** Rejects this client's queued and in-flight calls as cancelled; later calls fail the same way. */
  close(): void;
}

/**
 * Builds the client for ONE Siigo company. Never throws: invalid options make every call reject
 * with `invalid_input` before anything is sent, so the error reaches the UI as a Failure.
 */
export function createSiigoClient(opts: SiigoClientOptions): SiigoClient {
  const scrubber = new SecretScrubber();
  const logger = new SafeLogger(opts.log, scrubber);
  let configError: SiigoError | undefined;
  let baseUrl = '';
  try {
    assertPartnerId(opts.partnerId);
    baseUrl = normalizeBaseUrl(opts.baseUrl);
  } catch (error) {
    configError = error instanceof SiigoError ? error : new InvalidInputError('Invalid Siigo client options.');
  }
  const rateLimit = validRateLimit(opts.rateLimit ?? defaultRateLimit);
  const retry = validRetry({ ...defaultRetryPolicy, ...opts.retry });
  if (!configError && (!rateLimit || !retry)) {
    configError = new InvalidInputError('Invalid Siigo client options (rate limit or retry policy); nothing was sent.');
  }
  if (configError) logger.log('error', 'siigo client misconfigured', { reason: configError.message });

  const transport = new SiigoTransport({
    baseUrl,
    partnerId: opts.partnerId,
    credentials: opts.credentials,
    timeouts: { ...defaultTimeouts, ...definedOnly(opts.timeouts) },
    retry: retry ?? defaultRetryPolicy,
    rateLimit: rateLimit ?? defaultRateLimit,
    limiters: opts.rateLimiters ?? sharedRateLimiters,
    random: opts.random ?? Math.random,
    logger,
    scrubber,
    ...(configError ? { configError } : {}),
  });
  const catalogs = catalogsApi(transport);

  return {
    async testConnection(options) {
      await transport.freshLogin(options?.signal);
      await transport.request({ method: 'GET', path: '/v1/taxes', schema: taxesResponseSchema, timeout: 'read', ...callFields(options) });
      return { ok: true };
    },
    customers: customersApi(transport),
    products: productsApi(transport),
    invoices: invoicesApi(transport),
    creditNotes: creditNotesApi(transport),
    quotations: quotationsApi(transport),
    vouchers: vouchersApi(transport),
    catalogs,
    close: () => transport.close(),
  };
}

function validRateLimit(config: RateLimitConfig): RateLimitConfig | undefined {
  try {
    return new SlidingWindowRateLimiter(config).config;
  } catch {
    return undefined;
  }
}

function validRetry(policy: RetryPolicy): RetryPolicy | undefined {
  const ok =
    Number.isInteger(policy.maxAttempts) &&
    policy.maxAttempts >= 1 &&
    policy.baseDelayMs >= 0 &&
    policy.maxDelayMs >= policy.baseDelayMs;
  return ok ? policy : undefined;
}

function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  const out: Partial<T> = {};
  if (!value) return out;
  for (const [k, v] of Object.entries(value)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
