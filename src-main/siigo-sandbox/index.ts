/**
 * The embedded Siigo sandbox: a local HTTP server on 127.0.0.1 that behaves like Siigo Nube's
 * API for every endpoint Mostrador uses. It is an independent transcription of Siigo's rules
 * (Blueprint + FIELD-NOTES) and deliberately shares no code with the app's Siigo client.
 */
import { createPrng, streamSeed } from './prng';
import type { SandboxContext } from './domain/context';
import type { SandboxStore } from './domain/store';
import { FaultEngine } from './http/faults';
import { IdempotencyLedger } from './http/idempotency';
import { RateLimiter } from './http/rate-limiter';
import { RequestLog } from './http/request-log';
import { startHttpServer } from './http/server';
import { TokenStore } from './http/tokens';
import { buildStore, seedInvoices } from './seed';
import {
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_REQUEST_LOG_LIMIT,
  DEMO_CREDENTIALS,
  type Sandbox,
  type SandboxOptions,
} from './types';

export type { FaultRule, RequestLogEntry, Sandbox, SandboxOptions } from './types';
export { DEFAULT_MAX_BODY_BYTES, DEFAULT_REQUEST_LOG_LIMIT, DEMO_CREDENTIALS } from './types';
export { DEMO_IDS } from './seed/catalogs';
export type { SandboxStore, CreatedEntry, UpdatedEntry } from './domain/store';
export type * from './domain/types';

export const DEFAULT_SIZE = { customers: 200, products: 500 } as const;

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const seed = options.seed ?? 1;
  const now = options.now ?? (() => new Date());
  const size = options.size ?? DEFAULT_SIZE;
  const credentials = { ...(options.credentials ?? DEMO_CREDENTIALS) };
  const store: SandboxStore = buildStore(
    { seed, customers: size.customers, products: size.products },
    now(),
  );
  let baseUrl = 'http://127.0.0.1';
  const ctx: SandboxContext = {
    store,
    now,
    ids: createPrng(streamSeed(seed, 'ids')),
    baseUrl: () => baseUrl,
    stamp: { delayMs: options.stamp?.delayMs ?? 2000, reject: options.stamp?.reject ?? (() => false) },
  };
  const tokens = new TokenStore(options.tokenTtlSeconds ?? 86_400, now);
  const faults = new FaultEngine(createPrng(streamSeed(seed, 'faults')));
  for (const rule of options.faults ?? []) faults.add(rule);
  const log = new RequestLog(options.requestLogLimit ?? DEFAULT_REQUEST_LOG_LIMIT);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  // NaN would refuse every body with a misleading 413.
  if (!(maxBodyBytes >= 0)) throw new RangeError(`maxBodyBytes must be a number of bytes, got ${maxBodyBytes}`);
  const rate = options.rateLimit ?? { requests: 100, windowMs: 60_000 };
  const running = await startHttpServer(
    {
      ctx,
      tokens,
      limiter: new RateLimiter(rate.requests, rate.windowMs),
      idempotency: new IdempotencyLedger(),
      credentials,
      faults,
      log,
      maxBodyBytes,
    },
    options.port ?? 0,
  );
  baseUrl = `http://127.0.0.1:${running.port}`;
  // Seed invoices need the base URL (public_url), so they come once the server is listening.
  if (options.seedInvoices ?? true) seedInvoices(ctx, seed);

  return {
    url: baseUrl,
    credentials,
    close: () => running.close(),
    setReachable: (reachable) => running.setReachable(reachable),
    addFault: (rule) => faults.add(rule),
    clearFaults: () => faults.clear(),
    expireTokens: () => tokens.expireAll(),
    created: () => store.createdLog.map((e) => ({ ...e })),
    updated: () => store.updatedLog.map((e) => ({ ...e })),
    requests: () => log.entries().map((e) => ({ ...e })),
    requestCount: () => log.total,
    requestsSince: (count) => log.since(count).map((e) => ({ ...e })),
    store,
  };
}
