import { SlidingWindowRateLimiter, type RateLimitConfig } from './rate-limiter';

/**
 * One limiter per Siigo company. Siigo counts requests per company, so every client instance
 * talking to the same company (same base URL and API user) must draw from the same budget.
 * The first caller's config wins for a company; later callers get the existing limiter (so a new
 * `startingShare` from Ajustes applies to the next process, and the share learned so far is kept
 * across reconnections).
 */
export class RateLimiterRegistry {
  private readonly limiters = new Map<string, SlidingWindowRateLimiter>();

  forCompany(baseUrl: string, username: string, config: RateLimitConfig): SlidingWindowRateLimiter {
    const key = `${baseUrl.replace(/\/+$/, '').toLowerCase()}|${username.trim().toLowerCase()}`;
    let limiter = this.limiters.get(key);
    if (!limiter) {
      limiter = new SlidingWindowRateLimiter(config);
      this.limiters.set(key, limiter);
    }
    return limiter;
  }
}

/** The process-wide registry used unless a client is given its own (tests isolate with their own). */
export const sharedRateLimiters = new RateLimiterRegistry();
