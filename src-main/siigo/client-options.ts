import type { RetryPolicy } from './backoff';
import type { RateLimitConfig } from './rate-limiter';
import type { RateLimiterRegistry } from './rate-limiter-registry';
import type { LogSink } from './safe-logger';
import type { SiigoCredentials } from './siigo-transport';

export interface SiigoClientOptions {
  /** e.g. 'https://api.siigo.com' (chosen by the caller); a trailing slash is fine. */
  baseUrl: string;
  /** 3–100 strictly alphanumeric; checked before anything is sent (invalid_input otherwise). */
  partnerId: string;
  /** Read lazily at each login (keychain). null → auth error. */
  credentials: () => Promise<SiigoCredentials | null>;
  /** Per company. Default 100 requests / 60 000 ms (use 10/min for Siigo's test company). */
  rateLimit?: RateLimitConfig;
  /** Defaults: read 30 s, writes (document creation) 120 s, auth 30 s. Per attempt. */
  timeouts?: { readMs?: number; writeMs?: number; authMs?: number };
  /** Defaults: 4 attempts, 1 s base, 30 s cap (full jitter). */
  retry?: Partial<RetryPolicy>;
  /** Receives method, path, status, attempt, duration… never a secret. */
  log?: LogSink;
  /** Jitter source, default Math.random. */
  random?: () => number;
  /**
   * Where company limiters live. Default: one process-wide registry, so every client for the same
   * base URL + API user shares one budget. Tests pass their own to stay isolated.
   */
  rateLimiters?: RateLimiterRegistry;
}

export const defaultTimeouts = { readMs: 30_000, writeMs: 120_000, authMs: 30_000 } as const;
