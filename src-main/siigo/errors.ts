import type { Failure, FailureKind, SiigoErrorEntry } from '../../src-shared/failure';

/**
 * Every error the Siigo client throws is a SiigoError. Invariants:
 * - `message` is safe to show and to log: it never contains the access key, the token or a
 *   request body, only our own wording plus Siigo's (already scrubbed) error entries.
 * - `kind` decides what the app may do next; `retryable` says whether sending the SAME request
 *   again later can succeed without a human fixing something first.
 */
export class SiigoError extends Error {
  readonly kind: FailureKind;
  readonly status: number | undefined;
  readonly errors: SiigoErrorEntry[];
  readonly retryable: boolean;

  constructor(
    kind: FailureKind,
    message: string,
    init: { status?: number; errors?: SiigoErrorEntry[]; retryable: boolean; cause?: unknown },
  ) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.kind = kind;
    this.status = init.status;
    this.errors = init.errors ?? [];
    this.retryable = init.retryable;
  }

  /** Plain data for the bridge: no stack, no cause (a cause may carry request details). */
  toFailure(): Failure {
    const failure: Failure = {
      kind: this.kind,
      message: this.message,
      retryable: this.retryable,
      errors: this.errors.map((e) => ({ ...e })),
    };
    if (this.status !== undefined) failure.status = this.status;
    return failure;
  }
}

type Init = { status?: number; errors?: SiigoErrorEntry[]; cause?: unknown };

/** No route to Siigo, and the request provably did not change anything there. */
export class OfflineError extends SiigoError {
  constructor(message: string, init: Init = {}) {
    super('offline', message, { ...init, retryable: true });
  }
}

/** No answer in time for a call that is safe to send again (a read or a keyed POST). */
export class TimeoutError extends SiigoError {
  constructor(message: string, init: Init = {}) {
    super('timeout', message, { ...init, retryable: true });
  }
}

/** The caller aborted (or the client was closed) before the outcome could matter. */
export class CancelledError extends SiigoError {
  constructor(message = 'The Siigo request was cancelled.', init: Init = {}) {
    super('cancelled', message, { ...init, retryable: true });
  }
}

/** Siigo kept answering 429 after the client's own retries. */
export class RateLimitedError extends SiigoError {
  /** How long Siigo asked us to wait, when it said so. */
  readonly retryAfterMs: number | undefined;
  constructor(message: string, init: Init & { retryAfterMs?: number } = {}) {
    super('rate_limited', message, { ...init, retryable: true });
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** Siigo kept failing with 5xx after the client's own retries. */
export class ServerError extends SiigoError {
  constructor(message: string, init: Init = {}) {
    super('server', message, { ...init, retryable: true });
  }
}

/** Missing or refused credentials, or a token Siigo refuses even after one fresh login. */
export class AuthError extends SiigoError {
  constructor(message: string, init: Init = {}) {
    super('auth', message, { ...init, retryable: false });
  }
}

/** Siigo refused the request (4xx) with its own error entries; sending it unchanged fails again. */
export class RejectedError extends SiigoError {
  constructor(message: string, init: Init = {}) {
    super('rejected', message, { ...init, retryable: false });
  }
}

/** Siigo answered, but not with JSON of the shape our schemas accept. */
export class InvalidResponseError extends SiigoError {
  constructor(message: string, init: Init = {}) {
    super('invalid_response', message, { ...init, retryable: false });
  }
}

/** We refused to send the request: our own validation failed. Nothing reached Siigo. */
export class InvalidInputError extends SiigoError {
  constructor(message: string, init: Init = {}) {
    super('invalid_input', message, { ...init, retryable: false });
  }
}

/** Why a write without Idempotency-Key ended without a definite answer. */
export type UnknownOutcomeReason = 'connection_lost' | 'timeout' | 'server_error' | 'cancelled';

/**
 * A write that cannot be safely replayed (POST without Idempotency-Key, PUT) was sent, and we do
 * not know whether Siigo applied it. The caller must look the document up before sending again.
 */
export class UnknownOutcomeError extends SiigoError {
  readonly reason: UnknownOutcomeReason;
  constructor(message: string, init: Init & { reason: UnknownOutcomeReason }) {
    super('unknown_outcome', message, { ...init, retryable: false });
    this.reason = init.reason;
  }
}

/**
 * The call was made for another company than the one connected (a window still working on the
 * company it started with, after a switch). Nothing was sent; the same call succeeds once that
 * company is connected again.
 */
export class WrongCompanyError extends SiigoError {
  constructor(message = 'This call belongs to another company than the one connected; nothing was sent.') {
    super('wrong_company', message, { retryable: true });
  }
}

export function isSiigoError(value: unknown): value is SiigoError {
  return value instanceof SiigoError;
}
