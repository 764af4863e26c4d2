import { isDefiniteRefusal } from '../../../src-shared/outbox/retry-schedule';
import { updateKinds, type UpdateKind } from '../../../src-shared/outbox/states';
import type { ValidationIssue } from '../../../src-shared/validation';
import type { MostradorDB } from '../db';
import { recordAudit } from './audit';
import { validateDocument } from './confirm-document';
import { queueDocument, type DocumentToQueue, type JournalWriter, type QueuedDocumentOf } from './queue-document';
import type { DocumentRow, OutboxRow, UpdateTarget } from './rows';
import { resendDocument } from './user-actions';

/** An edit of a customer or quotation: the whole record as it must be in Siigo (a PUT replaces it). */
export interface UpdateToQueue {
  kind: UpdateKind;
  target: UpdateTarget;
  body: QueuedDocumentOf<UpdateKind>['body'];
  summary: DocumentRow['summary'];
}

export type UpdateResult =
  | { ok: true; documentId: string; operationId: string; merged: boolean }
  | { ok: false; issues: ValidationIssue[] };

const editKinds = Object.keys(updateKinds) as UpdateKind[];
const creationKinds: readonly string[] = Object.values(updateKinds);

/** Confirmed and not yet in Siigo (nor dropped): what it says is still to come. */
const isPending = (document: DocumentRow) => document.state !== 'draft' && document.state !== 'sent' && document.state !== 'discarded';

/** The document of this PC that creates the record, if it was made here. */
async function creationOf(db: MostradorDB, target: UpdateTarget): Promise<DocumentRow | undefined> {
  if (target.documentId) return db.documents.get(target.documentId);
  if (!target.siigoId) return undefined;
  return db.documents.where('kind').anyOf([...creationKinds]).filter((doc) => doc.siigo?.id === target.siigoId).first();
}

/**
 * The record's documents on this PC: its creation (when made here) and every edit of it in any
 * state, oldest first. An edit may name the record by its Siigo id or by the document that
 * created it here; both name the same record once that was sent.
 */
async function recordDocuments(db: MostradorDB, target: UpdateTarget): Promise<{ creation: DocumentRow | undefined; edits: DocumentRow[] }> {
  const creation = await creationOf(db, target);
  const names = new Set([target.documentId, target.siigoId, creation?.id, creation?.siigo?.id].filter((name): name is string => !!name));
  const named = (name: string | null | undefined) => !!name && names.has(name);
  const edits = await db.documents
    .where('kind')
    .anyOf(editKinds)
    .filter((doc) => !!doc.target && (named(doc.target.documentId) || named(doc.target.siigoId)))
    .toArray();
  edits.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  return { creation, edits };
}

/** Every edit of the record (any state), oldest first. */
export async function editsOf(db: MostradorDB, target: UpdateTarget): Promise<DocumentRow[]> {
  return (await recordDocuments(db, target)).edits;
}

/** The document still to reach Siigo that has the record's newest content: its last pending edit, else its pending creation. */
function pendingOf({ creation, edits }: { creation: DocumentRow | undefined; edits: DocumentRow[] }): DocumentRow | undefined {
  return [...edits].reverse().find(isPending) ?? (creation && isPending(creation) ? creation : undefined);
}

/** What the record will be once the queue has gone; null when nothing is pending for it. */
export async function pendingEditOf(db: MostradorDB, target: UpdateTarget): Promise<{ documentId: string; body: unknown } | null> {
  const pending = pendingOf(await recordDocuments(db, target));
  return pending ? { documentId: pending.id, body: pending.body } : null;
}

/**
 * Whether a queued body may still be replaced in place: not being sent, and no earlier attempt
 * that may have landed (a document without idempotency is then looked up by its body, which must
 * stay what was sent).
 */
function mayReplaceQueued(operation: OutboxRow): boolean {
  return operation.state === 'queued' || (operation.state === 'retrying' && !operation.lookupFirst);
}

type Plan =
  | { merge: 'in-place'; document: DocumentRow; operation: OutboxRow }
  | { merge: 'correction'; document: DocumentRow }
  | { merge: null; dependsOn: string[] }
  | { merge: 'nothing-to-edit' };

/** Neither in Siigo nor on its way there (discarded, or never confirmed): there is nothing to replace. */
const nothingToEdit: ValidationIssue = {
  path: [],
  code: 'not_found',
  message: 'Este registro no existe en Siigo ni está en cola para crearse: no hay nada que modificar.',
};

/**
 * Validates an edit (the same rules as creating the record) and queues it. Invariants: an edit
 * never creates a second record in Siigo; while the creation or an earlier edit of the record is
 * still waiting unsent, the new body replaces that one's body ("merged", one request instead of
 * two); otherwise the edit waits for the creation and every earlier edit, so Siigo receives them
 * in the order they were made.
 */
export async function confirmUpdate(db: MostradorDB, input: UpdateToQueue, journal: JournalWriter, now: number = Date.now()): Promise<UpdateResult> {
  const validation = await validateDocument(db, { kind: input.kind, body: input.body, refs: [] }, now);
  if (!validation.ok) return { ok: false, issues: validation.issues };
  const at = new Date(now).toISOString();
  const plan = await db.transaction('rw', [db.documents, db.outbox, db.audit], async (): Promise<Plan> => {
    const { creation, edits } = await recordDocuments(db, input.target);
    if (!input.target.siigoId && (!creation || creation.state === 'draft' || creation.state === 'discarded')) return { merge: 'nothing-to-edit' };
    const pending = pendingOf({ creation, edits });
    const operation = pending?.operationId ? await db.outbox.get(pending.operationId) : undefined;
    if (pending && operation && mayReplaceQueued(operation)) {
      // The summary is replaced, not merged: a field the edit cleared (a validity date) goes.
      const document: DocumentRow = { ...pending, body: input.body, summary: input.summary, updatedAt: at };
      await db.documents.put(document);
      await recordAudit(db, { at, documentId: pending.id, event: 'edited-in-queue', from: pending.state, to: pending.state, detail: 'Cambiado antes de enviarse: se envía una sola vez, con los cambios' });
      return { merge: 'in-place', document, operation };
    }
    if (pending && operation?.state === 'needs_attention' && isDefiniteRefusal(operation.lastFailure)) {
      // resendDocument replaces the body and journals the document as it then is, summary included.
      await db.documents.update(pending.id, { summary: input.summary });
      return { merge: 'correction', document: pending };
    }
    const waitFor = [creation, edits.at(-1)].filter((doc): doc is DocumentRow => !!doc && doc.state !== 'sent' && doc.state !== 'discarded');
    return { merge: null, dependsOn: waitFor.map((doc) => doc.id) };
  });
  if (plan.merge === 'nothing-to-edit') return { ok: false, issues: [nothingToEdit] };
  if (plan.merge === 'in-place') {
    await journal([{ company: db.company, at, event: 'queued', operationId: plan.operation.id, documentId: plan.document.id, data: { operation: plan.operation, document: plan.document } }]);
    return { ok: true, documentId: plan.document.id, operationId: plan.operation.id, merged: true };
  }
  if (plan.merge === 'correction') {
    // Siigo refused it: the edit is its correction, sent with a new key (see resendDocument).
    const operationId = await resendDocument(db, plan.document.id, journal, input.body, now);
    return { ok: true, documentId: plan.document.id, operationId, merged: true };
  }
  const queued = await queueDocument(
    db,
    { kind: input.kind, body: input.body, summary: input.summary, target: input.target, dependsOn: plan.dependsOn } as DocumentToQueue,
    journal,
    now,
  );
  return { ok: true, ...queued, merged: false };
}
