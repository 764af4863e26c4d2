/** Retry tuning, already merged with defaults. */
export interface RetryPolicy {
  /** Total attempts including the first one (>= 1). */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 1_000, maxDelayMs: 30_000 };

/**
 * "Full jitter" backoff: a uniform delay in [0, min(max, base * 2^(retry-1))). Spreads retries of
 * many clients so they do not hit Siigo in lock-step. `retry` is 1 for the first retry.
 */
export function fullJitterDelay(policy: RetryPolicy, retry: number, random: () => number): number {
  return random() * backoffCeiling(policy, retry);
}

/**
 * For a 429 without Retry-After: at least half of the exponential ceiling, so the pause is real
 * (a full-jitter delay near zero would just earn another 429 and another failed request).
 */
export function rateLimitBackoffDelay(policy: RetryPolicy, retry: number, random: () => number): number {
  const ceiling = backoffCeiling(policy, retry);
  return ceiling / 2 + (random() * ceiling) / 2;
}

function backoffCeiling(policy: RetryPolicy, retry: number): number {
  const exponent = Math.max(0, Math.min(retry - 1, 30));
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
}

/**
 * Parses a Retry-After header: delta-seconds or an HTTP date. Returns milliseconds to wait
 * (never negative), or undefined when absent or unparseable.
 */
export function parseRetryAfter(header: string | null, nowMs: number = Date.now()): number | undefined {
  if (header === null) return undefined;
  const trimmed = header.trim();
  if (trimmed === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}
