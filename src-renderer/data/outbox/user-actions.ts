import { isDefiniteRefusal } from '../../../src-shared/outbox/retry-schedule';
import type { OperationKind } from '../../../src-shared/outbox/states';
import type { MostradorDB } from '../db';
import { recordAudit } from './audit';
import { newId } from './ids';
import { newOperation, type JournalWriter } from './queue-document';
import type { DocumentRow, OutboxRow } from './rows';
import { applyTransition } from './transitions';

/** Saves what the user is typing; nothing is queued. Returns the draft's id. */
export async function saveDraft(
  db: MostradorDB,
  draft: { id?: string; kind: OperationKind; body: unknown; summary: DocumentRow['summary'] },
  now: number = Date.now(),
): Promise<string> {
  const at = new Date(now).toISOString();
  const id = draft.id ?? newId(now);
  await db.transaction('rw', db.documents, async () => {
    const existing = await db.documents.get(id);
    if (existing && existing.state !== 'draft') throw new Error('Only drafts can be edited');
    await db.documents.put({
      id,
      kind: draft.kind,
      state: 'draft',
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
      body: draft.body,
      operationId: null,
      dependsOn: existing?.dependsOn ?? [],
      refs: existing?.refs ?? [],
      summary: draft.summary,
      siigo: null,
      dian: null,
    });
  });
  return id;
}

/** Deletes a draft the user abandoned (never queued, so nothing refers to it); anything else is left alone. */
export async function deleteDraft(db: MostradorDB, id: string): Promise<void> {
  await db.transaction('rw', db.documents, async () => {
    const document = await db.documents.get(id);
    if (document?.state === 'draft') await db.documents.delete(id);
  });
}

async function activeOperation(db: MostradorDB, documentId: string): Promise<OutboxRow> {
  const document = await db.documents.get(documentId);
  const operation = document?.operationId ? await db.outbox.get(document.operationId) : undefined;
  if (!operation) throw new Error('This document is not in the outbox');
  return operation;
}

/** Drops a document that will not be sent; the reason stays in the audit trail. */
/**
 * Whether a person may drop this operation. A credit note that may already be in Siigo cannot:
 * Siigo has no way to delete one, and dropping it here would free its quantities for a second
 * refund of the same goods. It is resent with its own key, which settles it either way.
 */
export function mayDiscard(operation: Pick<OutboxRow, 'kind' | 'state' | 'attempts' | 'lastFailure'>): boolean {
  if (operation.kind !== 'creditNote' || operation.attempts === 0) return true;
  return operation.state === 'needs_attention' && isDefiniteRefusal(operation.lastFailure);
}

export async function discardDocument(
  db: MostradorDB,
  documentId: string,
  reason: string,
  journal: JournalWriter,
  now: number = Date.now(),
): Promise<void> {
  const operation = await activeOperation(db, documentId);
  if (!mayDiscard(operation)) throw new MayHaveLandedError();
  await applyTransition(db, operation.id, 'discarded', { event: 'discarded', detail: `Descartado: ${reason}` }, now);
  await journal([{ company: operation.company, at: new Date(now).toISOString(), event: 'discarded', operationId: operation.id, documentId, data: { reason } }]);
}

/** Refused: a correction with a new key could create a second document in Siigo. */
export class MayHaveLandedError extends Error {
  constructor() {
    super('Este documento pudo haber llegado a Siigo: se reenvía sin cambios, con su misma clave, para no duplicarlo. Si ya llegó y tiene un error, corríjalo con una nota crédito.');
    this.name = 'MayHaveLandedError';
  }
}

/**
 * Sends again a document that needs attention. Unchanged, it keeps its key; corrected, it gets a
 * NEW operation and key (a key is never reused for a different payload) and the old one is
 * discarded as replaced, all in one transaction. Invariant: a new key only after Siigo (or our
 * own check, before sending) definitively refused the last attempt; a document whose last
 * attempt may have landed is only ever resent with its own key, which resolves it.
 */
export async function resendDocument(
  db: MostradorDB,
  documentId: string,
  journal: JournalWriter,
  correctedBody?: unknown,
  now: number = Date.now(),
): Promise<string> {
  const operation = await activeOperation(db, documentId);
  if (operation.state !== 'needs_attention') throw new Error('Only documents that need attention can be resent');
  if (correctedBody !== undefined && !isDefiniteRefusal(operation.lastFailure)) throw new MayHaveLandedError();
  if (correctedBody === undefined) {
    await applyTransition(db, operation.id, 'queued', {
      operation: { nextAttemptAt: 0, lastFailure: null },
      event: 'resent',
      detail: 'Reenviado sin cambios',
    }, now);
    return operation.id;
  }
  const at = new Date(now).toISOString();
  const replacement = newOperation(operation.company, documentId, operation.kind, operation.dependsOn, now);
  await db.transaction('rw', [db.outbox, db.documents, db.audit, db.stampWatch], async () => {
    await applyTransition(db, operation.id, 'discarded', { event: 'replaced', detail: `Reemplazado por la corrección ${replacement.id}` }, now);
    await db.outbox.add(replacement);
    await db.documents.update(documentId, { body: correctedBody, operationId: replacement.id, state: 'queued', updatedAt: at });
    await recordAudit(db, { at, documentId, event: 'corrected', from: 'needs_attention', to: 'queued', detail: 'Corregido y puesto en cola de nuevo' });
  });
  const document = await db.documents.get(documentId);
  await journal([
    { company: operation.company, at, event: 'discarded', operationId: operation.id, documentId, data: { reason: 'replaced', by: replacement.id } },
    { company: operation.company, at, event: 'queued', operationId: replacement.id, documentId, data: { operation: replacement, document } },
  ]);
  return replacement.id;
}
