/** The sandbox's public API types (re-exported by index.ts). */
import type { SandboxStore, CreatedEntry, UpdatedEntry } from './domain/store';

export interface SandboxOptions {
  /** Default 0 (a free port); the host is always 127.0.0.1. */
  port?: number;
  /** PRNG seed for seed data, ids and fault probabilities. Default 1. */
  seed?: number;
  /** Default demo size: 200 customers, 500 products. */
  size?: { customers: number; products: number };
  /** Per company, sliding window. Default 100 per 60_000 ms. */
  rateLimit?: { requests: number; windowMs: number };
  /** Default 86400. */
  tokenTtlSeconds?: number;
  /** DIAN lifecycle of invoices and credit notes: default delayMs 2000, reject nothing. */
  stamp?: {
    delayMs?: number;
    reject?: (document: {
      kind: 'invoice' | 'credit-note';
      id: string;
      name: string;
      customerIdentification: string;
      total: number;
    }) => boolean;
  };
  /** Default demo credentials (DEMO_CREDENTIALS). */
  credentials?: { username: string; access_key: string };
  /** Clock, default () => new Date(). Drives token expiry, the rate window, stamps and metadata. */
  now?: () => Date;
  faults?: FaultRule[];
  /** Pre-existing invoices (with balances) in the seed. Default true. */
  seedInvoices?: boolean;
  /**
   * Largest request body accepted, in bytes; larger ones get 413 `request_too_large`. Default
   * DEFAULT_MAX_BODY_BYTES (1 MiB), far above any Siigo request: documents are JSON of a few hundred
   * bytes per item.
   */
  maxBodyBytes?: number;
  /**
   * How many recent requests `requests()` keeps (a ring; `requestCount()` counts them all).
   * Default DEFAULT_REQUEST_LOG_LIMIT (1000); Infinity keeps every one.
   */
  requestLogLimit?: number;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
export const DEFAULT_REQUEST_LOG_LIMIT = 1000;

export type FaultRule = {
  /** e.g. 'POST'; absent = any. */
  method?: string;
  /** string = exact path without query (e.g. '/v1/invoices'); RegExp tested on the path. */
  path?: string | RegExp;
  /**
   * Tested on the query string (e.g. only some pages of a listing); absent = any. Concurrent
   * requests arrive in any order, so "the 4th page onwards" is stated here rather than by `skip`.
   */
  query?: (params: URLSearchParams) => boolean;
  /** How many matching requests it applies to (default: unlimited). */
  times?: number;
  /** 0..1, drawn from the seeded PRNG (default 1). */
  probability?: number;
  /** Let this many matching requests pass first (default 0). */
  skip?: number;
} & (
  | { kind: 'latency'; ms: number }
  | { kind: 'drop-before-commit' }
  | { kind: 'drop-after-commit' }
  | { kind: 'status'; status: 500 | 502 | 503 | 504 }
  | { kind: 'rate-limit'; retryAfterSeconds?: number }
  | { kind: 'hang' }
  | { kind: 'expire-token' }
);

export interface RequestLogEntry {
  method: string;
  path: string;
  query: string;
  status: number | 'dropped' | 'hung';
  at: number;
  idempotencyKey?: string;
  partnerId?: string;
  fault?: string;
}

export interface Sandbox {
  url: string;
  credentials: { username: string; access_key: string };
  close(): Promise<void>;
  /**
   * false: the sandbox stops listening and connections are refused, as when the internet is
   * down; its data, tokens and faults are kept. true: it listens again on the same port.
   */
  setReachable(reachable: boolean): Promise<void>;
  addFault(rule: FaultRule): void;
  clearFaults(): void;
  expireTokens(): void;
  created(): CreatedEntry[];
  /** Every successful PUT (customers, quotations), oldest first. */
  updated(): UpdatedEntry[];
  /** The last `requestLogLimit` requests, oldest first. */
  requests(): RequestLogEntry[];
  /** Every request received since the start, including those the log no longer keeps. */
  requestCount(): number;
  /**
   * The requests received after the first `count` (a `requestCount()` read earlier), as far as
   * the log still keeps them: `requestCount()` before, `requestsSince(before)` after.
   */
  requestsSince(count: number): RequestLogEntry[];
  store: SandboxStore;
}

export const DEMO_CREDENTIALS = Object.freeze({
  username: 'demo@mostrador.co',
  access_key: 'ZGVtby1zYW5kYm94LWFjY2Vzcy1rZXk=',
});
