import type { Failure } from '../failure';
import type { OperationKind } from './states';
import { isIdempotent } from './states';

/** First retry after ~5 s, doubling up to 15 min; full jitter spreads several PCs apart. */
export const RETRY_BASE_MS = 5_000;
export const RETRY_MAX_MS = 15 * 60_000;

export function retryDelayMs(attempt: number, random: () => number): number {
  const ceiling = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * What the replay does after a failed send:
 * - retry: transient, or an outcome not known (offline, timeout, 5xx, 429, a broken bridge, an
 *   answer we could not read) for a kind Siigo deduplicates: resent later with the same key.
 * - lookup: the same for a kind without idempotency; find out whether it landed before sending
 *   again (never blindly: that is how duplicates are made).
 * - pause: nothing is wrong with the operation (credentials, another company connected); stop
 *   the whole replay.
 * - attention: a definite refusal (Siigo's 4xx with its error body, or our own check before
 *   anything was sent): resending unchanged would fail again and counts against the API user's
 *   error ratio, so a person must fix or discard it.
 * Invariant: only a definite refusal asks a person; a failure that cannot be classified is an
 * unknown outcome.
 */
export type FailureAction = 'retry' | 'lookup' | 'pause' | 'attention';

export function actionFor(kind: OperationKind, failure: Failure): FailureAction {
  switch (failure.kind) {
    case 'offline':
    case 'rate_limited':
    case 'server':
    case 'cancelled':
      return 'retry';
    case 'timeout':
    case 'unknown_outcome':
    case 'invalid_response':
      return isIdempotent(kind) ? 'retry' : 'lookup';
    case 'auth':
    case 'wrong_company':
      return 'pause';
    case 'rejected':
    case 'invalid_input':
      return 'attention';
  }
}

/** Siigo (or our own check, before sending) definitively refused it: only then may a correction get a new key. */
export function isDefiniteRefusal(failure: Failure | null): boolean {
  return failure !== null && (failure.kind === 'rejected' || failure.kind === 'invalid_input');
}
