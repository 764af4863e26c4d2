import type { Priority } from './rate-limiter';

export type { Priority };

/** Per-call options every client method accepts. */
export interface CallOptions {
  /** Default `interactive`. The outbox and sync must pass `background`. */
  priority?: Priority;
  /** Aborts the call: while queued it never goes out (→ cancelled). */
  signal?: AbortSignal;
}

/** Creating a document Siigo deduplicates: the key makes resending it safe. */
export interface IdempotentCallOptions extends CallOptions {
  /** Alphanumeric, 1–30 characters (e.g. a ULID), stable across every replay of this document. */
  idempotencyKey: string;
}
