import type { Failure } from '../../../src-shared/failure';
import type { OperationKind, OperationState } from '../../../src-shared/outbox/states';

/**
 * A document made on this PC: a draft being typed, or one confirmed and queued for Siigo.
 * `body` is the Siigo create body; references to documents not yet in Siigo (a customer created
 * offline, an invoice still queued) are resolved when it is sent.
 */
export interface DocumentRow {
  id: string;
  kind: OperationKind;
  /** 'draft' until confirmed; then mirrors its outbox operation's state. */
  state: 'draft' | OperationState;
  createdAt: string;
  updatedAt: string;
  body: unknown;
  /** The outbox operation currently carrying this document (a fixed resend gets a new one). */
  operationId: string | null;
  /** Other local documents this one waits for (a customer created offline, a queued invoice). */
  dependsOn: string[];
  /** Places in `body` filled from a dependency once Siigo created it (a payment's invoice due). */
  refs: Array<{ path: Array<string | number>; documentId: string; use: 'invoice-due' }>;
  /** What lists show without opening the body. */
  summary: { customerIdentification?: string; customerName?: string; total?: string; label?: string };
  /** Filled once Siigo created it. */
  siigo: { id: string; name: string | null; number: number | null; prefix: string | null } | null;
  /** DIAN validation of electronic invoices, as polled. */
  dian: { status: string; cufe: string | null; errors: string[]; checkedAt: string } | null;
}

/** One operation to send. Its id is the Idempotency-Key: stable across retries, crashes, PCs. */
export interface OutboxRow {
  id: string;
  /** The company it belongs to: it is only ever sent through a connection to that company. */
  company: string;
  documentId: string;
  kind: OperationKind;
  state: OperationState;
  /** Document ids this waits for (copied from the document when queued). */
  dependsOn: string[];
  /** Set when the last attempt's outcome is unknown and the kind has no idempotency in Siigo:
   *  the next attempt must look the document up in Siigo before creating it. */
  lookupFirst: boolean;
  /** When the first attempt started (by this PC's clock; kept for the audit, never compared with Siigo's). */
  firstAttemptAt: number | null;
  attempts: number;
  /** ms epoch before which it is not tried again. */
  nextAttemptAt: number;
  /** Queue order: ties among ready operations are sent oldest first. */
  createdAt: number;
  /** When the current/last send began; an operation found 'sending' at start-up was cut by a crash. */
  sendingSince: number | null;
  lastFailure: Failure | null;
}

/** The audit trail: every transition, with what was sent (no secrets) and what came back. */
export interface AuditRow {
  seq?: number;
  at: string;
  documentId: string;
  event: string;
  from: string | null;
  to: string | null;
  detail: string;
}

/** An electronic invoice whose DIAN status is still being polled. */
export interface StampWatchRow {
  documentId: string;
  siigoId: string;
  startedAt: number;
  nextCheckAt: number;
  checks: number;
}
