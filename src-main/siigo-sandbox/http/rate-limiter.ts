/**
 * Siigo's request limit: N requests per window per company (username), sliding window on the
 * sandbox clock. Counted: every authenticated /v1 request that is admitted (whatever its outcome,
 * 4xx included). Not counted: /auth (logging in must stay possible when throttled), requests
 * rejected before authentication, requests answered 429 (else a client that keeps knocking would
 * never get back in), and requests short-circuited by a fault.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Records a hit and returns true, or returns false (and records nothing) when over the limit. */
  admit(company: string, nowMs: number): boolean {
    const since = nowMs - this.windowMs;
    const list = (this.hits.get(company) ?? []).filter((t) => t > since);
    if (list.length >= this.limit) {
      this.hits.set(company, list);
      return false;
    }
    list.push(nowMs);
    this.hits.set(company, list);
    return true;
  }
}
