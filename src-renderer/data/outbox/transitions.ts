import { assertTransition, type OperationState } from '../../../src-shared/outbox/states';
import type { MostradorDB } from '../db';
import { recordAudit } from './audit';
import type { DocumentRow, OutboxRow, StampWatchRow } from './rows';

export interface TransitionChanges {
  operation?: Partial<Omit<OutboxRow, 'id' | 'state'>>;
  document?: Partial<Omit<DocumentRow, 'id' | 'state'>>;
  /** Start watching the DIAN status of the invoice in the same transaction. */
  watch?: StampWatchRow;
  event: string;
  detail: string;
}

/**
 * Moves an operation to a new state, and its document with it, with the audit line, in one
 * transaction: a crash leaves either all of it or none. Returns the operation as it is now.
 */
export async function applyTransition(
  db: MostradorDB,
  operationId: string,
  to: OperationState,
  changes: TransitionChanges,
  now: number = Date.now(),
): Promise<OutboxRow> {
  return db.transaction('rw', [db.outbox, db.documents, db.audit, db.stampWatch], async () => {
    const operation = await db.outbox.get(operationId);
    if (!operation) throw new Error(`Unknown operation ${operationId}`);
    assertTransition(operation.state, to);
    const at = new Date(now).toISOString();
    const next: OutboxRow = { ...operation, ...changes.operation, state: to };
    await db.outbox.put(next);
    const document = await db.documents.get(operation.documentId);
    if (document && document.operationId === operationId) {
      await db.documents.put({ ...document, ...changes.document, state: to, updatedAt: at });
    }
    if (changes.watch) await db.stampWatch.put(changes.watch);
    await recordAudit(db, {
      at,
      documentId: operation.documentId,
      event: changes.event,
      from: operation.state,
      to,
      detail: changes.detail,
    });
    return next;
  });
}
