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

/** Moves an operation to `to` (see `applyTransition`); resolves once that is committed. */
export type Transition = (operationId: string, to: OperationState, changes: TransitionChanges, now?: number) => Promise<OutboxRow>;

const transitionStores = (db: MostradorDB) => [db.outbox, db.documents, db.audit, db.stampWatch];

/**
 * A failure that arrives once the operation is settled: a late answer from an attempt that was
 * overtaken (a send resumed after a reload landed first). It says nothing new about the
 * document, so it is recorded and ignored, never an error.
 */
function isLateFailure(from: OperationState, to: OperationState): boolean {
  return (from === 'sent' || from === 'discarded') && (to === 'retrying' || to === 'needs_attention');
}

/**
 * The operation as it is, if it may move to `to` (`late` when the move is a late failure to
 * ignore); throws, writing nothing, otherwise.
 */
async function checkedOperation(db: MostradorDB, operationId: string, to: OperationState): Promise<{ operation: OutboxRow; late: boolean }> {
  const operation = await db.outbox.get(operationId);
  if (!operation) throw new Error(`Unknown operation ${operationId}`);
  if (isLateFailure(operation.state, to)) return { operation, late: true };
  assertTransition(operation.state, to);
  return { operation, late: false };
}

/** The audit line of an ignored late failure; the operation stays as it is. */
async function recordLateFailure(db: MostradorDB, operation: OutboxRow, to: OperationState, changes: TransitionChanges, now: number): Promise<OutboxRow> {
  await recordAudit(db, {
    at: new Date(now).toISOString(),
    documentId: operation.documentId,
    event: 'late-failure-ignored',
    from: operation.state,
    to: operation.state,
    detail: `Respuesta tardía ignorada (${to}): ${changes.detail}`,
  });
  return operation;
}

/** The writes of one transition, inside a transaction over `transitionStores`. */
async function writeTransition(db: MostradorDB, operation: OutboxRow, to: OperationState, changes: TransitionChanges, now: number): Promise<OutboxRow> {
  const at = new Date(now).toISOString();
  const next: OutboxRow = { ...operation, ...changes.operation, state: to };
  await db.outbox.put(next);
  const document = await db.documents.get(operation.documentId);
  if (document && document.operationId === operation.id) {
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
  return db.transaction('rw', transitionStores(db), async () => {
    const { operation, late } = await checkedOperation(db, operationId, to);
    return late ? recordLateFailure(db, operation, to, changes, now) : writeTransition(db, operation, to, changes, now);
  });
}

interface Waiting {
  operationId: string;
  to: OperationState;
  changes: TransitionChanges;
  now: number;
  resolve: (row: OutboxRow) => void;
  reject: (error: unknown) => void;
}

/**
 * `applyTransition` with group commit, for a writer with many operations in flight (the replay
 * pool): transitions asked for while a transaction commits go together in the next one. Read-write
 * transactions on the outbox run one at a time, and each costs Chromium a commit whatever it
 * holds: one per transition capped a replay below the rate Siigo allows
 * (docs/decisions/0007-replay-pool-and-group-commit.md).
 *
 * Invariants: each transition is still all or nothing, and its promise settles only once its
 * transaction has committed (an operation is 'sending' on disk before its request leaves). A
 * transition that is not allowed fails alone, before writing anything, and the others commit;
 * a failed write fails the whole group (IndexedDB aborts the transaction).
 */
export function groupedTransitions(db: MostradorDB): Transition {
  let waiting: Waiting[] = [];
  let committing = false;

  async function commitAll(): Promise<void> {
    committing = true;
    while (waiting.length > 0) {
      const group = waiting;
      waiting = [];
      const settle: Array<() => void> = [];
      try {
        await db.transaction('rw', transitionStores(db), async () => {
          for (const item of group) {
            let checked: { operation: OutboxRow; late: boolean };
            try {
              checked = await checkedOperation(db, item.operationId, item.to);
            } catch (error) {
              settle.push(() => item.reject(error));
              continue;
            }
            const row = checked.late
              ? await recordLateFailure(db, checked.operation, item.to, item.changes, item.now)
              : await writeTransition(db, checked.operation, item.to, item.changes, item.now);
            settle.push(() => item.resolve(row));
          }
        });
        for (const done of settle) done();
      } catch (error) {
        for (const item of group) item.reject(error);
      }
    }
    committing = false;
  }

  return (operationId, to, changes, now = Date.now()) =>
    new Promise<OutboxRow>((resolve, reject) => {
      waiting.push({ operationId, to, changes, now, resolve, reject });
      if (!committing) void commitAll();
    });
}
