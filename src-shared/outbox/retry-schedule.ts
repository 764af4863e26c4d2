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
 * - retry: transient (offline, timeout, 5xx, 429); resent later with the same key.
 * - lookup: the answer to a write without idempotency was lost; find out whether it landed
 *   before sending again (never blindly: that is how duplicates are made).
 * - pause: nothing is wrong with the operation (credentials, bridge); stop the whole replay.
 * - attention: Siigo refused it; resending unchanged would fail again and counts against the
 *   API user's error ratio, so a person must fix or discard it.
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
      return isIdempotent(kind) ? 'retry' : 'lookup';
    case 'unknown_outcome':
      return isIdempotent(kind) ? 'retry' : 'lookup';
    case 'auth':
      return 'pause';
    case 'rejected':
    case 'invalid_input':
    case 'invalid_response':
      return 'attention';
  }
}
