// Pure helpers of the client (no I/O), so no sandbox needed here.
import { describe, expect, it } from 'vitest';
import { fullJitterDelay, parseRetryAfter, rateLimitBackoffDelay } from '../../../src-main/siigo/backoff';
import { formatSiigoDateTime } from '../../../src-main/siigo';

describe('backoff and Retry-After', () => {
  const policy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1_000 };

  it('parses Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2025-11-21T12:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3_000);
    expect(parseRetryAfter('Fri, 21 Nov 2025 12:00:05 GMT', now)).toBe(5_000);
    expect(parseRetryAfter('Fri, 21 Nov 2025 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });

  it('full jitter stays under an exponential ceiling capped at maxDelayMs', () => {
    expect(fullJitterDelay(policy, 1, () => 0.999)).toBeLessThan(100);
    expect(fullJitterDelay(policy, 3, () => 0.999)).toBeLessThan(400);
    expect(fullJitterDelay(policy, 10, () => 0.999)).toBeLessThan(1_000);
    expect(fullJitterDelay(policy, 3, () => 0)).toBe(0);
  });

  it('429 backoff without Retry-After always waits at least half the ceiling', () => {
    expect(rateLimitBackoffDelay(policy, 2, () => 0)).toBe(100);
    expect(rateLimitBackoffDelay(policy, 2, () => 0.999)).toBeLessThan(200);
  });

  it('formats Dates as UTC yyyy-MM-ddTHH:mm:ssZ', () => {
    expect(formatSiigoDateTime(new Date(Date.UTC(2025, 10, 21, 23, 59, 58, 999)))).toBe('2025-11-21T23:59:58Z');
  });
});
