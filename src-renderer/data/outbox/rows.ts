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
  /**
   * Places in `body` filled from a dependency once Siigo created it: a payment's invoice due
   * (`invoice-due`), a credit note's invoice id (`invoice-id`).
   */
  refs: Array<{ path: Array<string | number>; documentId: string; use: 'invoice-due' | 'invoice-id' }>;
  /** What lists show without opening the body. */
  summary: { customerIdentification?: string; customerName?: string; total?: string; label?: string };
  /** Filled once Siigo created it. */
  siigo: { id: string; name: string | null; number: number | null; prefix: string | null } | null;
  /** DIAN validation of electronic invoices and credit notes, as polled (a note's CUDE is kept as `cufe`). */
  dian: { status: string; cufe: string | null; errors: string[]; checkedAt: string } | null;
  /** What happened at the counter and exists nowhere in Siigo: printed on the receipt, counted in the Z report. */
  counter?: CounterFacts;
  /**
   * An invoice made from a quotation of this PC: that quotation's local document id. Set on the
   * sale's draft and kept when it is confirmed; the quotation is then "Facturada" (one invoice per
   * quotation, unless that invoice is discarded).
   */
  origin?: { quotationDocumentId: string };
  /** An edit (`customerUpdate`, `quotationUpdate`): the record it replaces. */
  target?: UpdateTarget;
}

/**
 * The customer or quotation an edit replaces: its Siigo id when known, and the document of this
 * PC that creates it, when there is one (its Siigo id is then taken once it has been sent).
 */
export interface UpdateTarget {
  siigoId: string | null;
  documentId: string | null;
}

/** The counter's side of a sale, return or payment, recorded when it is confirmed. */
export interface CounterFacts {
  /** The cash session open on this PC when it was confirmed (null when none was open). */
  cashSessionId: string | null;
  /** The cashier of that session (a Siigo user), as printed. */
  cashier: { id: number | null; name: string } | null;
  /** Cash handed over by the buyer and the change given back, as decimal text ("50000.00"). */
  cashReceived: string | null;
  change: string | null;
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
