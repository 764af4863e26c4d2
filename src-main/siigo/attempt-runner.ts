import { decideAfterAttempt, longestLimiterPauseMs, type AttemptDecision, type ReplaySafety } from './attempt-decision';
import { parseRetryAfter, type RetryPolicy } from './backoff';
import { abortableSleep, unlessCancelled } from './cancellation';
import { runHttpAttempt, type HttpAttemptOutcome } from './http-attempt';
import type { Priority, Refusal, SlidingWindowRateLimiter } from './rate-limiter';
import { extractErrorEntries } from './response-parsing';
import type { SafeLogger } from './safe-logger';
import type { SecretScrubber } from './secret-scrubber';

/** Everything needed to send one attempt. `headers` may hold the token: never log them. */
export interface AttemptSpec {
  limiter: SlidingWindowRateLimiter;
  priority: Priority;
  /** Retries queue ahead of same-priority newcomers: they already waited their turn. */
  front: boolean;
  signal: AbortSignal;
  method: 'GET' | 'POST' | 'PUT';
  url: URL;
  /** Path + redacted query, the only form of the URL that is logged. */
  logPath: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** 1 for the first attempt. */
  attempt: number;
}

export interface AttemptRunnerDeps {
  retry: RetryPolicy;
  random: () => number;
  logger: SafeLogger;
  scrubber: SecretScrubber;
}

/**
 * The mechanics shared by logins and API calls: hold a limiter slot for exactly one HTTP attempt,
 * log it, turn its outcome into a decision, and wait before a retry.
 */
export class AttemptRunner {
  constructor(private readonly deps: AttemptRunnerDeps) {}

  /** Waits for a slot, sends once, releases the slot when the attempt is over. */
  async send(spec: AttemptSpec, what: string): Promise<HttpAttemptOutcome> {
    const permit = await unlessCancelled(
      spec.limiter.acquire(spec.priority, { signal: spec.signal, front: spec.front }),
      spec.signal,
      what,
    );
    const started = performance.now();
    let outcome: HttpAttemptOutcome | undefined;
    try {
      outcome = await runHttpAttempt({
        method: spec.method,
        url: spec.url,
        headers: spec.headers,
        timeoutMs: spec.timeoutMs,
        signal: spec.signal,
        ...(spec.body === undefined ? {} : { body: spec.body }),
      });
    } finally {
      permit.release(outcome ? refusalOf(outcome) : undefined);
    }
    this.deps.logger.log('debug', 'siigo request', {
      method: spec.method,
      path: spec.logPath,
      status: outcome.type === 'response' ? outcome.status : outcome.type,
      attempt: spec.attempt,
      durationMs: Math.round(performance.now() - started),
      priority: spec.priority,
      ...(outcome.type === 'network' ? { code: outcome.failure.code } : {}),
    });
    return outcome;
  }

  decide(outcome: HttpAttemptOutcome, what: string, safety: ReplaySafety, attempt: number, isLogin: boolean): AttemptDecision {
    return decideAfterAttempt(outcome, {
      what,
      safety,
      attempt,
      policy: this.deps.retry,
      random: this.deps.random,
      isLogin,
      errorEntries: (text) => this.errorEntries(text),
    });
  }

  /**
   * Before a retry. After a 429 with a fixed limiter the whole company limiter pauses (Siigo counts
   * per company, so every caller must hold back) and the retry simply re-queues behind the pause;
   * otherwise this call alone sleeps its backoff.
   */
  async waitBeforeRetry(decision: Extract<AttemptDecision, { type: 'retry' }>, spec: AttemptSpec, what: string): Promise<void> {
    const delayMs = Math.round(decision.delayMs);
    this.deps.logger.log('warn', 'siigo request will be retried', {
      method: spec.method,
      path: spec.logPath,
      attempt: spec.attempt,
      reason: decision.reason,
      delayMs,
      pausesAllCalls: decision.pauseLimiter,
    });
    // Adaptive, the 429 already lowered the allowance (and paused for any Retry-After) when its
    // slot was released: the other callers go on within the smaller share, only this one waits.
    if (decision.pauseLimiter && !spec.limiter.adaptive) spec.limiter.pauseFor(delayMs);
    else await unlessCancelled(abortableSleep(delayMs, spec.signal), spec.signal, what);
  }

  errorEntries(text: string) {
    return extractErrorEntries(text, this.deps.scrubber);
  }
}

/** A 429 tells the limiter Siigo's budget is spent (and did not count this request). */
function refusalOf(outcome: HttpAttemptOutcome): Refusal | undefined {
  if (outcome.type !== 'response' || outcome.status !== 429) return undefined;
  const retryAfterMs = parseRetryAfter(outcome.headers.get('retry-after'));
  return retryAfterMs === undefined ? {} : { retryAfterMs: Math.min(retryAfterMs, longestLimiterPauseMs) };
}
