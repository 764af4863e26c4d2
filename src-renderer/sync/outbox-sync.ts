import { BridgeError, type BridgeClient } from '../../src-shared/ipc/client';
import type { JournalEntry } from '../../src-shared/ipc/contract';
import type { MostradorDB } from '../data/db';
import { restoreFromJournal } from '../data/outbox/restore-from-journal';
import { createReplayEngine, type ReplayReport } from './replay/replay-engine';
import { createStampWatch, type DianStatusChange } from './stamp/stamp-watch';

export interface OutboxSyncStatus {
  /** Siigo answered the last probe. */
  reachable: boolean;
  running: boolean;
  pending: number;
  needsAttention: number;
  lastSuccessAt: string | null;
  lastReport: ReplayReport | null;
}

export interface OutboxSyncOptions {
  db: MostradorDB;
  bridge: BridgeClient;
  now?: () => number;
  /** How often to try again while nothing else triggers a run. */
  intervalMs?: number;
  concurrency?: number;
  onStatus?: (status: OutboxSyncStatus) => void;
  onDianChange?: (change: DianStatusChange) => void;
  /** Documents that newly need a person (Siigo refused them), each reported once. */
  onNeedsAttention?: (documents: Array<{ documentId: string; name: string | null; reason: string }>) => void;
  /** setTimeout/clearTimeout, replaceable in tests. */
  timers?: { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
}

/**
 * Keeps the outbox flowing: at start it restores anything the journal has that the database lost,
 * then, whenever triggered (start, reconnect, interval, "Sincronizar ahora", a retry falling due),
 * it probes Siigo through the client — `navigator.onLine` says nothing about Siigo — and, when
 * reachable, replays the outbox and polls DIAN statuses. Single-flight.
 */
export function createOutboxSync(options: OutboxSyncOptions) {
  const now = options.now ?? (() => Date.now());
  const timers = options.timers ?? { set: (fn: () => void, ms: number) => setTimeout(fn, ms), clear: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>) };
  const journal = (entries: JournalEntry[]) => options.bridge.invoke('journal:append', { entries }).then(() => undefined);
  const replay = createReplayEngine({ db: options.db, bridge: options.bridge, journal, now, ...(options.concurrency ? { concurrency: options.concurrency } : {}) });
  const stamps = createStampWatch({ db: options.db, bridge: options.bridge, now, onChange: (change) => options.onDianChange?.(change) });
  const status: OutboxSyncStatus = { reachable: false, running: false, pending: 0, needsAttention: 0, lastSuccessAt: null, lastReport: null };
  let running: Promise<OutboxSyncStatus> | null = null;
  let again = false;
  let timer: unknown = null;
  let stopped = false;
  let paused = false;
  const reportedAttention = new Set<string>();

  async function refreshCounts(): Promise<void> {
    status.pending = await options.db.outbox.where('state').anyOf('queued', 'sending', 'retrying').count();
    const attention = await options.db.outbox.where('state').equals('needs_attention').toArray();
    status.needsAttention = attention.length;
    const fresh = attention.filter((op) => !reportedAttention.has(op.id));
    if (fresh.length === 0) return;
    fresh.forEach((op) => reportedAttention.add(op.id));
    const documents = await options.db.documents.bulkGet(fresh.map((op) => op.documentId));
    options.onNeedsAttention?.(
      fresh.map((op, index) => ({
        documentId: op.documentId,
        name: documents[index]?.summary.label ?? null,
        reason: op.lastFailure?.errors[0]?.Message ?? op.lastFailure?.message ?? 'Siigo rechazó el documento',
      })),
    );
  }

  const publish = () => options.onStatus?.({ ...status });

  function schedule(at: number | null): void {
    if (stopped) return;
    if (timer !== null) timers.clear(timer);
    const interval = options.intervalMs ?? 60_000;
    const delay = at === null ? interval : Math.max(1_000, Math.min(interval, at - now()));
    timer = timers.set(() => void sync(), delay);
  }

  async function pass(): Promise<void> {
    status.running = true;
    publish();
    try {
      await options.bridge.invoke('connection:probe', undefined, { priority: 'background' });
      status.reachable = true;
    } catch (error) {
      if (!(error instanceof BridgeError)) throw error;
      status.reachable = false;
    }
    if (status.reachable && !paused) {
      status.lastReport = await replay.run();
      await stamps.run();
      if (status.lastReport.failed === 0) status.lastSuccessAt = new Date(now()).toISOString();
    }
    await refreshCounts();
    status.running = false;
    publish();
    const dues = [status.lastReport?.nextDueAt ?? null, await stamps.nextDueAt()].filter((t): t is number => t !== null);
    schedule(dues.length > 0 ? Math.min(...dues) : null);
  }

  async function sync(): Promise<OutboxSyncStatus> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await pass();
      } while (again && !stopped);
      return { ...status };
    })().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    /** Restores from main's journal, then runs a first pass. */
    async start(): Promise<OutboxSyncStatus> {
      const entries = await options.bridge.invoke('journal:read', undefined);
      await restoreFromJournal(options.db, entries);
      return sync();
    },
    /** "Sincronizar ahora", a reconnection, a newly queued document. */
    trigger: sync,
    status: (): OutboxSyncStatus => ({ ...status }),
    /** "Pausar sincronización": keeps probing and counting, sends nothing until resumed. */
    setPaused(value: boolean): void {
      paused = value;
      if (!value) void sync();
    },
    stop(): void {
      stopped = true;
      if (timer !== null) timers.clear(timer);
    },
  };
}
