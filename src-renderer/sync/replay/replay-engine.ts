import type { BridgeClient } from '../../../src-shared/ipc/client';
import type { JournalEntry } from '../../../src-shared/ipc/contract';
import { readyToSend, type Schedulable } from '../../../src-shared/outbox/ordering';
import type { MostradorDB } from '../../data/db';
import type { OutboxRow } from '../../data/outbox/rows';
import { sendOperation, type SendContext } from './send-operation';

export interface ReplayOptions {
  db: MostradorDB;
  bridge: BridgeClient;
  journal: (entries: JournalEntry[]) => Promise<void>;
  now?: () => number;
  /** Today in Colombia (yyyy-MM-dd): the date electronic invoices are sent with. */
  today?: () => string;
  random?: () => number;
  /** Operations in flight at once; dependents never start before what they wait for is sent. */
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

/** Colombia has no daylight saving: UTC−5 all year. */
export function bogotaToday(now: number): string {
  return new Date(now - 5 * 60 * 60_000).toISOString().slice(0, 10);
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
  let recovered = false;
  const ctx: SendContext = {
    db: options.db,
    bridge: options.bridge,
    journal: options.journal,
    now,
    today: options.today ?? (() => bogotaToday(now())),
    random: options.random ?? Math.random,
    alive: () => alive,
  };

  async function schedulables(): Promise<{ ready: OutboxRow[]; nextDueAt: number | null }> {
    const active = await options.db.outbox.where('state').anyOf('queued', 'retrying', 'sending').toArray();
    const dependencyIds = [...new Set(active.flatMap((op) => op.dependsOn))];
    const dependencies = await options.db.documents.bulkGet(dependencyIds);
    const items: Array<Schedulable & { op: OutboxRow }> = active.map((op) => ({
      id: op.documentId,
      // An interrupted send is due again now.
      state: op.state === 'sending' ? 'queued' : op.state,
      dependsOn: op.dependsOn,
      nextAttemptAt: op.state === 'sending' ? 0 : op.nextAttemptAt,
      createdAt: op.createdAt,
      op,
    }));
    for (const dependency of dependencies) {
      if (dependency && !items.some((item) => item.id === dependency.id)) {
        items.push({ id: dependency.id, state: dependency.state === 'draft' ? 'queued' : dependency.state, dependsOn: [], nextAttemptAt: Infinity, createdAt: 0, op: null as never });
      }
    }
    const t = now();
    const ready = readyToSend(items, t).map((item) => item.op);
    const waiting = active.filter((op) => op.state === 'retrying').map((op) => op.nextAttemptAt);
    return { ready, nextDueAt: waiting.length > 0 ? Math.min(...waiting) : null };
  }

  async function runOnce(): Promise<ReplayReport> {
    const report: ReplayReport = { sent: 0, failed: 0, paused: null, nextDueAt: null };
    if (!recovered) {
      for (const op of await options.db.outbox.where('state').equals('sending').toArray()) interrupted.add(op.id);
      recovered = true;
    }
    const limit = Math.max(1, options.concurrency ?? 4);
    for (;;) {
      if (!alive) break;
      const { ready, nextDueAt } = await schedulables();
      report.nextDueAt = nextDueAt;
      if (ready.length === 0) break;
      // Send in waves: nothing in a wave depends on another member (each is ready on its own).
      const wave = ready.slice(0, limit);
      const outcomes = await Promise.all(
        wave.map((op) => sendOperation(ctx, op, interrupted.delete(op.id))),
      );
      for (const outcome of outcomes) {
        if (outcome.result === 'sent') report.sent += 1;
        if (outcome.result === 'failed') {
          report.failed += 1;
          if (outcome.action === 'pause') report.paused = outcome.failure.message;
        }
      }
      if (report.paused) break;
    }
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
