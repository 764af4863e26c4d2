import type { JournalEntry } from '../../../src-shared/ipc/contract';
import { operationKindLabels, type OperationKind } from '../../../src-shared/outbox/states';
import type { CreditNoteCreate, CustomerCreate, CustomerUpdate, InvoiceCreate, QuotationCreate, QuotationUpdate, VoucherCreate } from '../../../src-shared/siigo';
import type { MostradorDB } from '../db';
import { isQuotaExceeded, StorageFullError } from '../storage';
import { openCashSession } from '../cash/current-session';
import { recordAudit } from './audit';
import { newId } from './ids';
import type { CounterFacts, DocumentRow, OutboxRow, UpdateTarget } from './rows';

/** Any part may still be missing: what was typed so far. */
type Draft<T> = T extends readonly (infer U)[] ? Draft<U>[] : T extends object ? { [K in keyof T]?: Draft<T[K]> | undefined } : T;

/**
 * What each kind's body is: Siigo's create body as far as it was typed (a sale without a customer
 * yet, a payment whose method is not chosen); validation says what is missing, by field.
 */
interface BodyOf {
  customer: Draft<CustomerCreate>;
  invoice: Draft<InvoiceCreate>;
  quotation: Draft<QuotationCreate>;
  voucher: Draft<VoucherCreate>;
  creditNote: Draft<CreditNoteCreate>;
  customerUpdate: Draft<CustomerUpdate>;
  quotationUpdate: Draft<QuotationUpdate>;
}

interface QueuedParts {
  summary: DocumentRow['summary'];
  /** The counter's facts (cash session, cashier, cash and change); the open session is filled in when absent. */
  counter?: CounterFacts;
  dependsOn?: string[];
  refs?: DocumentRow['refs'];
  /** The draft being confirmed, if it was saved while typed; otherwise a new document. */
  draftId?: string;
  /** An edit's record (see `queue-update.ts`). */
  target?: UpdateTarget;
}

/** A document of kind K to queue, its body typed by its kind. */
export type QueuedDocumentOf<K extends OperationKind> = { kind: K; body: BodyOf[K] } & QueuedParts;

export type DocumentToQueue = { [K in OperationKind]: QueuedDocumentOf<K> }[OperationKind];

/** A fresh operation for a document: a new ULID, which is its Idempotency-Key for ever. */
export function newOperation(company: string, documentId: string, kind: OperationKind, dependsOn: string[], now: number): OutboxRow {
  return {
    id: newId(now),
    company,
    documentId,
    kind,
    state: 'queued',
    dependsOn,
    attempts: 0,
    nextAttemptAt: 0,
    createdAt: now,
    sendingSince: null,
    lastFailure: null,
    lookupFirst: false,
    firstAttemptAt: null,
  };
}

/** Money that moves at the counter: these belong to the cash session open when they are confirmed. */
const countsAtTheCounter = new Set<OperationKind>(['invoice', 'creditNote', 'voucher']);

/**
 * The cash session open on this PC now (read in the queueing transaction, so a session closing
 * at the same moment either has the document or not, never half) with what the screen gave.
 */
async function counterFacts(db: MostradorDB, given: CounterFacts | undefined): Promise<CounterFacts> {
  const session = await openCashSession(db);
  return {
    cashSessionId: session?.id ?? null,
    cashier: session?.cashier ?? given?.cashier ?? null,
    cashReceived: given?.cashReceived ?? null,
    change: given?.change ?? null,
  };
}

/** Sends journal lines to main's append-only file (through the bridge in the app). */
export type JournalWriter = (entries: JournalEntry[]) => Promise<void>;

/**
 * Confirms a document: the document and its outbox operation are written in ONE transaction, the
 * operation's id (a ULID) being its Idempotency-Key for ever. Then main journals it, so the
 * operation survives even the loss of this database.
 */
export async function queueDocument(
  db: MostradorDB,
  input: DocumentToQueue,
  journal: JournalWriter,
  now: number = Date.now(),
): Promise<{ documentId: string; operationId: string }> {
  const at = new Date(now).toISOString();
  const documentId = input.draftId ?? newId(now);
  const dependsOn = [...new Set([...(input.dependsOn ?? []), ...(input.refs ?? []).map((ref) => ref.documentId)])];
  const operation = newOperation(db.company, documentId, input.kind, dependsOn, now);
  const operationId = operation.id;
  let document!: DocumentRow;
  await db.transaction('rw', [db.documents, db.outbox, db.audit, db.cashSessions], async () => {
    const draft = input.draftId ? await db.documents.get(input.draftId) : undefined;
    if (input.draftId && draft?.state !== 'draft') throw new Error('Only a draft can be queued');
    const counter = countsAtTheCounter.has(input.kind) ? await counterFacts(db, input.counter) : input.counter;
    document = {
      id: documentId,
      kind: input.kind,
      state: 'queued',
      createdAt: draft?.createdAt ?? at,
      updatedAt: at,
      body: input.body,
      operationId,
      dependsOn,
      refs: input.refs ?? [],
      summary: input.summary,
      siigo: null,
      dian: null,
      ...(counter ? { counter } : {}),
      ...(input.target ? { target: input.target } : {}),
      // A sale's draft made from a quotation keeps that link once confirmed (and in the journal).
      ...(draft?.origin ? { origin: draft.origin } : {}),
    };
    await db.documents.put(document);
    await db.outbox.add(operation);
    await recordAudit(db, {
      at,
      documentId,
      event: 'queued',
      from: draft ? 'draft' : null,
      to: 'queued',
      detail: `${operationKindLabels[input.kind]} en cola (clave ${operationId})`,
    });
  }).catch((error: unknown) => {
    throw isQuotaExceeded(error) ? new StorageFullError() : error;
  });
  await journal([{ company: db.company, at, event: 'queued', operationId, documentId, data: { operation, document } }]);
  return { documentId, operationId };
}
