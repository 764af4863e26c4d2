import type { SiigoErrorEntry } from '../../src-shared/failure';
import { fullJitterDelay, parseRetryAfter, rateLimitBackoffDelay, type RetryPolicy } from './backoff';
import {
  AuthError,
  CancelledError,
  InvalidInputError,
  InvalidResponseError,
  OfflineError,
  RateLimitedError,
  RejectedError,
  ServerError,
  type SiigoError,
  TimeoutError,
  UnknownOutcomeError,
} from './errors';
import type { HttpAttemptOutcome } from './http-attempt';
import { summarizeEntries } from './response-parsing';

/**
 * Whether sending the request again can create a second document. Decides every retry:
 * - `replayable`: GET, POST /auth, and POSTs carrying an Idempotency-Key (Siigo returns the
 *   first document for a repeated key).
 * - `single_shot`: POST without key (customers, quotations, mail) and PUT. After an ambiguous
 *   failure (sent, then no definite answer) it is never resent: the caller gets unknown_outcome.
 */
export type ReplaySafety = 'replayable' | 'single_shot';

export interface DecisionContext {
  /** e.g. "POST /v1/invoices", for messages. Never contains secrets. */
  what: string;
  safety: ReplaySafety;
  /** 1 for the first attempt. */
  attempt: number;
  policy: RetryPolicy;
  random: () => number;
  /** POST /auth: refusals are credential problems, not request problems. */
  isLogin: boolean;
  errorEntries: (text: string) => SiigoErrorEntry[];
}

export type AttemptDecision =
  | { type: 'success'; text: string }
  /** Try again after `delayMs`; `pauseLimiter` holds back every caller of the company (429). */
  | { type: 'retry'; delayMs: number; pauseLimiter: boolean; reason: string }
  /** 401 on an API call: log in again and replay once. */
  | { type: 'reauthenticate' }
  /** `pauseLimiterMs`: Siigo asked every caller of the company to hold back this long. */
  | { type: 'fail'; error: SiigoError; pauseLimiterMs?: number };

/**
 * A call waits out a Retry-After up to this long; beyond it the call fails as rate_limited (the
 * person at the counter should not stare at a spinner) while the limiter still pauses, up to
 * `longestLimiterPauseMs`, so background work holds back as Siigo asked.
 */
export const longestRetryAfterWaitMs = 120_000;
export const longestLimiterPauseMs = 10 * 60_000;

const retryableStatuses = new Set([408, 500, 502, 503, 504]);

/** Maps one attempt's outcome to what happens next. Pure: no I/O, no clock except Retry-After. */
export function decideAfterAttempt(outcome: HttpAttemptOutcome, ctx: DecisionContext): AttemptDecision {
  const canRetry = ctx.attempt < ctx.policy.maxAttempts;
  const backoff = () => fullJitterDelay(ctx.policy, ctx.attempt, ctx.random);

  switch (outcome.type) {
    case 'cancelled':
      if (ctx.safety === 'single_shot') {
        return fail(new UnknownOutcomeError(
          `${ctx.what} was cancelled after it was sent; Siigo may have applied it. Look it up before sending it again.`,
          { reason: 'cancelled' },
        ));
      }
      return fail(new CancelledError(`${ctx.what} was cancelled.`));

    case 'timeout':
      if (ctx.safety === 'single_shot') {
        return fail(new UnknownOutcomeError(
          `${ctx.what} got no answer in time; Siigo may have applied it. Look it up before sending it again.`,
          { reason: 'timeout' },
        ));
      }
      if (canRetry) return { type: 'retry', delayMs: backoff(), pauseLimiter: false, reason: 'timeout' };
      return fail(new TimeoutError(`${ctx.what} got no answer from Siigo in time.`));

    case 'network': {
      const { failure } = outcome;
      if (failure.type === 'local') {
        return fail(new InvalidInputError(`${ctx.what} could not be built (invalid header or URL); nothing was sent.`));
      }
      if (failure.type === 'never_sent') {
        // Nothing reached Siigo, so a resend cannot duplicate anything, whatever the method.
        if (canRetry) return { type: 'retry', delayMs: backoff(), pauseLimiter: false, reason: failure.code };
        return fail(new OfflineError(`Siigo is unreachable (${failure.code}); ${ctx.what} was not sent.`));
      }
      if (ctx.safety === 'single_shot') {
        return fail(new UnknownOutcomeError(
          `The connection to Siigo broke during ${ctx.what} (${failure.code}); Siigo may have applied it. Look it up before sending it again.`,
          statusInit(outcome.status, { reason: 'connection_lost' as const }),
        ));
      }
      if (canRetry) return { type: 'retry', delayMs: backoff(), pauseLimiter: false, reason: failure.code };
      return fail(new OfflineError(`The connection to Siigo kept breaking (${failure.code}) during ${ctx.what}.`));
    }

    case 'response':
      return decideOnStatus(outcome.status, outcome.text, outcome.headers, ctx, canRetry, backoff);
  }
}

function decideOnStatus(
  status: number,
  text: string,
  headers: Headers,
  ctx: DecisionContext,
  canRetry: boolean,
  backoff: () => number,
): AttemptDecision {
  if (status >= 200 && status < 300) return { type: 'success', text };

  if (status === 401 && !ctx.isLogin) return { type: 'reauthenticate' };

  if (ctx.isLogin && (status === 400 || status === 401 || status === 403)) {
    const errors = ctx.errorEntries(text);
    return fail(new AuthError(
      `Siigo refused the API credentials (${status}). Check the API user and access key (Siigo Nube › Alianzas › Mi Credencial API).`,
      { status, errors },
    ));
  }

  if (status === 429) {
    // Siigo's limiter refuses before processing, so even a single-shot write may be resent.
    const retryAfter = parseRetryAfter(headers.get('retry-after'));
    if (canRetry && (retryAfter === undefined || retryAfter <= longestRetryAfterWaitMs)) {
      const delayMs = retryAfter ?? rateLimitBackoffDelay(ctx.policy, ctx.attempt, ctx.random);
      return { type: 'retry', delayMs, pauseLimiter: true, reason: 'status 429' };
    }
    const error = new RateLimitedError(`Siigo kept refusing ${ctx.what} for exceeding the request limit (429).`, {
      status,
      errors: ctx.errorEntries(text),
      ...(retryAfter === undefined ? {} : { retryAfterMs: retryAfter }),
    });
    return retryAfter === undefined
      ? fail(error)
      : { type: 'fail', error, pauseLimiterMs: Math.min(retryAfter, longestLimiterPauseMs) };
  }

  if (status >= 500 || status === 408) {
    if (ctx.safety === 'single_shot') {
      return fail(new UnknownOutcomeError(
        `Siigo answered ${status} to ${ctx.what}; it may have applied it anyway. Look it up before sending it again.`,
        { status, errors: ctx.errorEntries(text), reason: status === 408 ? 'timeout' : 'server_error' },
      ));
    }
    if (retryableStatuses.has(status) && canRetry) {
      return { type: 'retry', delayMs: backoff(), pauseLimiter: false, reason: `status ${status}` };
    }
    const errors = ctx.errorEntries(text);
    if (status === 408) return fail(new TimeoutError(`Siigo timed out on ${ctx.what} (408).`, { status, errors }));
    return fail(new ServerError(`Siigo failed on ${ctx.what} (${status}).`, { status, errors }));
  }

  if (status === 401) {
    // Only reached for POST /auth, handled above; kept for exhaustiveness.
    return fail(new AuthError(`Siigo refused the access token on ${ctx.what}.`, { status }));
  }

  if (status >= 300 && status < 400) {
    return fail(new InvalidResponseError(`Siigo redirected ${ctx.what} (${status}); redirects are not followed.`, { status }));
  }

  // Any other 4xx: a permanent refusal of this exact request. Never retried.
  const errors = ctx.errorEntries(text);
  return fail(new RejectedError(`Siigo rejected ${ctx.what} (${status}).${summarizeEntries(errors)}`, { status, errors }));
}

function statusInit<T extends object>(status: number | undefined, rest: T): T & { status?: number } {
  return status === undefined ? rest : { ...rest, status };
}

function fail(error: SiigoError): AttemptDecision {
  return { type: 'fail', error };
}
