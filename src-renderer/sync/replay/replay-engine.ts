import type { BridgeClient } from '../../../src-shared/ipc/client';
import type { JournalEntry } from '../../../src-shared/ipc/contract';
import { readyToSend, type Schedulable } from '../../../src-shared/outbox/ordering';
import { isUpdateKind } from '../../../src-shared/outbox/states';
import { colombiaToday } from '../../../src-shared/validation';
import type { MostradorDB } from '../../data/db';
import type { DocumentRow, OutboxRow } from '../../data/outbox/rows';
import { groupedTransitions } from '../../data/outbox/transitions';
import { sendOperation, type SendContext, type SendOutcome } from './send-operation';
import type { Failure } from '../../../src-shared/failure';

function localFailure(error: unknown): Failure {
  return { kind: 'unknown_outcome', message: `Local error while sending: ${error instanceof Error ? error.message : String(error)}`, retryable: true, errors: [] };
}

export interface ReplayOptions {
  db: MostradorDB;
  /** Its calls must be for `company` (default: the database's); see `CallMeta.company`. */
  bridge: BridgeClient;
  company?: string;
  journal: (entries: JournalEntry[]) => Promise<void>;
  now?: () => number;
  /** Today in Colombia (yyyy-MM-dd): the date electronic invoices are sent with. */
  today?: () => string;
  random?: () => number;
  /** Operations in flight at once (default `REPLAY_CONCURRENCY`); dependents never start before what they wait for is sent. */
  concurrency?: number;
}

export interface ReplayReport {
  sent: number;
  failed: number;
  /** Why the run stopped early (credentials refused), if it did. */
  paused: string | null;
  /** The earliest time a retrying operation becomes due, if any. */
  nextDueAt: number | null;
}

/**
 * An electronic invoice Siigo holds but the DIAN has not answered yet. Siigo refuses a credit note
 * for it (`invalid_document`: it must have been sent to the DIAN), a definite refusal that would
 * ask a person for nothing: the note waits, queued, until the stamp watch sees the answer.
 */
function dianPending(document: DocumentRow): boolean {
  return document.kind === 'invoice' && document.dian !== null && document.dian.status !== 'Accepted' && document.dian.status !== 'Rejected' && document.dian.status !== 'Unanswered';
}

/**
 * Main's rate limiter paces the requests; the pool only has to keep it fed. Each operation holds
 * its slot for a round trip plus its local writes and, after a 5xx or a lost answer, for the
 * client's backoff: with few slots the pool, not the limit, bounded a backlog's replay
 * (docs/decisions/0007-replay-pool-and-group-commit.md). More slots cost nothing at Siigo's
 * usual 100 a minute: they wait in the limiter.
 */
export const REPLAY_CONCURRENCY = 12;

/**
 * The operations still to send. One equality read per state rather than `anyOf`: Dexie walks an
 * `anyOf` with a cursor (one callback per row, and in fake-indexeddb a range search per step,
 * quadratic over a 10,000-row outbox), while `equals(...).toArray()` is a single `getAll`.
 */
async function activeOperations(db: MostradorDB): Promise<OutboxRow[]> {
  const lists = await Promise.all((['queued', 'retrying', 'sending'] as const).map((state) => db.outbox.where('state').equals(state).toArray()));
  return lists.flat();
}

/**
 * Sends the outbox to Siigo. Single-flight: a second `run()` while one is going returns the same
 * promise. Operations found 'sending' when a run starts were interrupted by a crash or reload;
 * they are sent again with the same key (and looked up first when Siigo has no idempotency).
 */
export function createReplayEngine(options: ReplayOptions) {
  const now = options.now ?? (() => Date.now());
  let alive = true;
  let running: Promise<ReplayReport> | null = null;
  const interrupted = new Set<string>();
  const ctx: SendContext = {
    db: options.db,
    company: options.company ?? options.db.company,
    bridge: options.bridge,
    journal: options.journal,
    transition: groupedTransitions(options.db),
    now,
    today: options.today ?? (() => colombiaToday(new Date(now()))),
    random: options.random ?? Math.random,
    alive: () => alive,
  };

  /**
   * One run: the active operations are read once, then sent through a pool of `concurrency`
   * slots. An operation enters the pool only when every document it depends on is sent; when one
   * lands, its dependents are checked again. Nothing in flight ever waits for another in flight.
   */
  async function runOnce(): Promise<ReplayReport> {
    const report: ReplayReport = { sent: 0, failed: 0, paused: null, nextDueAt: null };
    const active = await activeOperations(options.db);
    // Runs never overlap, so one found 'sending' was cut off (a crash, a reload, a local error).
    for (const op of active) if (op.state === 'sending') interrupted.add(op.id);
    const dependencyIds = [...new Set(active.flatMap((op) => op.dependsOn))];
    const documentState = new Map<string, string>();
    const awaitingDian = new Set<string>();
    // An edit replaces the whole record: one that waited for an earlier edit the user then
    // discarded goes anyway (it carries that edit's fields too), never stuck behind it.
    const discardedEdits = new Set<string>();
    (await options.db.documents.bulkGet(dependencyIds)).forEach((doc, index) => {
      if (!doc) return;
      documentState.set(dependencyIds[index]!, doc.state);
      if (dianPending(doc)) awaitingDian.add(doc.id);
      if (doc.state === 'discarded' && isUpdateKind(doc.kind)) discardedEdits.add(doc.id);
    });
    const dependencyDone = (op: OutboxRow, dependency: string) =>
      (documentState.get(dependency) ?? 'sent') === 'sent' || (isUpdateKind(op.kind) && discardedEdits.has(dependency));
    const dependents = new Map<string, OutboxRow[]>();
    for (const op of active) for (const dependency of op.dependsOn) dependents.set(dependency, [...(dependents.get(dependency) ?? []), op]);

    const asSchedulable = (op: OutboxRow): Schedulable & { op: OutboxRow } => ({
      id: op.documentId,
      // An interrupted send is due again now.
      state: op.state === 'sending' ? 'queued' : op.state,
      dependsOn: op.dependsOn,
      nextAttemptAt: op.state === 'sending' ? 0 : op.nextAttemptAt,
      createdAt: op.createdAt,
      op,
    });
    const isReady = (op: OutboxRow) => readyToSend([asSchedulable(op)], now()).length === 1 &&
      op.dependsOn.every((dependency) => dependencyDone(op, dependency)) &&
      !(op.kind === 'creditNote' && op.dependsOn.some((dependency) => awaitingDian.has(dependency)));
    const queue: OutboxRow[] = active.filter(isReady).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
    const enqueue = (op: OutboxRow) => {
      const at = queue.findIndex((other) => other.createdAt > op.createdAt);
      queue.splice(at === -1 ? queue.length : at, 0, op);
    };
    const limit = Math.max(1, options.concurrency ?? REPLAY_CONCURRENCY);
    let inFlight = 0;

    await new Promise<void>((resolve, reject) => {
      const pump = () => {
        while (alive && !report.paused && inFlight < limit && queue.length > 0) {
          const op = queue.shift()!;
          inFlight += 1;
          sendOperation(ctx, op, interrupted.delete(op.id))
            // A local failure (the database refused a write) must not end the run for the others: the operation is tried again next run.
            .catch((error: unknown): SendOutcome => ({ result: 'failed', action: 'retry', failure: localFailure(error) }))
            .then(async (outcome) => {
              if (outcome.result === 'sent') {
                report.sent += 1;
                documentState.set(op.documentId, 'sent');
                if (dependents.has(op.documentId)) {
                  const landed = await options.db.documents.get(op.documentId);
                  if (landed && dianPending(landed)) awaitingDian.add(landed.id);
                }
                for (const dependent of dependents.get(op.documentId) ?? []) if (isReady(dependent)) enqueue(dependent);
              } else if (outcome.result === 'failed') {
                report.failed += 1;
                if (outcome.action === 'pause') report.paused = outcome.failure.message;
                const after = await options.db.outbox.get(op.id);
                if (after) documentState.set(op.documentId, after.state);
                // A lookup is due at once: try again within this run.
                if (after && alive && after.state === 'retrying' && after.nextAttemptAt <= now()) enqueue(after);
              }
            })
            .then(
              () => {
                inFlight -= 1;
                if (inFlight === 0 && (queue.length === 0 || !alive || report.paused)) resolve();
                else pump();
              },
              reject,
            );
        }
        if (inFlight === 0) resolve();
      };
      pump();
    });
    const waiting = await options.db.outbox.where('state').equals('retrying').toArray();
    report.nextDueAt = waiting.length > 0 ? Math.min(...waiting.map((op) => op.nextAttemptAt)) : null;
    return report;
  }

  return {
    run(): Promise<ReplayReport> {
      running ??= runOnce().finally(() => {
        running = null;
      });
      return running;
    },
    /** Stops at once, writing nothing more: what a crash or a closed window does. */
    kill(): void {
      alive = false;
    },
  };
}
