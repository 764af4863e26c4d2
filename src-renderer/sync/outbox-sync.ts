import { BridgeError, type BridgeClient } from '../../src-shared/ipc/client';
import type { JournalEntry } from '../../src-shared/ipc/contract';
import type { MostradorDB } from '../data/db';
import { confirmDocument, type ConfirmResult } from '../data/outbox/confirm-document';
import { countOutbox } from '../data/outbox/counts';
import { missingJournalLines } from '../data/outbox/journal-reconcile';
import type { DocumentToQueue } from '../data/outbox/queue-document';
import { restoreFromJournal } from '../data/outbox/restore-from-journal';
import { missingCashLines, restoreCashFromJournal } from '../data/cash/cash-journal';
import { discardDocument, resendDocument } from '../data/outbox/user-actions';
import { createReplayEngine, type ReplayReport } from './replay/replay-engine';
import { confirmSentReceipts } from './pull/customer-account-pull';
import { createStampWatch, type DianStatusChange, type StampWatchOptions } from './stamp/stamp-watch';

/** A pass within this long of Siigo's last answer does not probe first. */
const PROBE_FRESH_MS = 30_000;
/** How long the DIAN watch rests during a replay when nothing is watched. */
const STAMP_IDLE_MS = 15_000;

export interface OutboxSyncStatus {
  /** Siigo answered the last probe; null until the first probe has answered either way. */
  reachable: boolean | null;
  running: boolean;
  pending: number;
  needsAttention: number;
  lastSuccessAt: string | null;
  lastReport: ReplayReport | null;
  /** Some journal lines could not be written to main's journal yet (retried every pass). */
  journalBehind: boolean;
}

/** Where the time of the last complete sync is kept across restarts (per company). */
export interface LastSyncStore {
  load(): string | null;
  save(at: string): void;
}

export interface OutboxSyncOptions {
  db: MostradorDB;
  /** Bound to the database's company (see `companyTransport`). */
  bridge: BridgeClient;
  lastSync?: LastSyncStore;
  now?: () => number;
  /** How often to try again while nothing else triggers a run. */
  intervalMs?: number;
  concurrency?: number;
  onStatus?: (status: OutboxSyncStatus) => void;
  onDianChange?: (change: DianStatusChange) => void;
  /** Documents that newly need a person (Siigo refused them), each reported once. */
  onNeedsAttention?: (documents: Array<{ documentId: string; name: string | null; reason: string }>) => void;
  /** How DIAN statuses are checked (see `createStampWatch`); default 'list'. */
  checkBy?: StampWatchOptions['checkBy'];
  /** Least time between two DIAN list passes (see `createStampWatch`); default 45 s. */
  listIntervalMs?: number;
  /** Documents younger than this are checked by list (see `createStampWatch`); default 20 min. */
  listWindowMs?: number;
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
  const status: OutboxSyncStatus = {
    reachable: null,
    running: false,
    pending: 0,
    needsAttention: 0,
    lastSuccessAt: options.lastSync?.load() ?? null,
    lastReport: null,
    journalBehind: false,
  };
  /**
   * Main's journal, as every writer here uses it: it never fails the caller. A document is safe
   * once its transaction committed; a journal line that could not be written (main restarting,
   * its disk refusing) is written later from the database (`catchUpJournal`), and until then
   * Sincronización says the journal is behind. Failing the caller instead would tell a cashier a
   * queued sale failed, and ringing it up again would invoice it twice.
   */
  let journalFailures = 0;
  const journal = async (entries: JournalEntry[]): Promise<void> => {
    try {
      await options.bridge.invoke('journal:append', { entries });
    } catch {
      journalFailures += 1;
      status.journalBehind = true;
      publish();
    }
  };
  const replay = createReplayEngine({ db: options.db, bridge: options.bridge, journal, now, ...(options.concurrency ? { concurrency: options.concurrency } : {}) });
  const stamps = createStampWatch({
    db: options.db,
    bridge: options.bridge,
    now,
    onChange: (change) => options.onDianChange?.(change),
    ...(options.checkBy ? { checkBy: options.checkBy } : {}),
    ...(options.listIntervalMs !== undefined ? { listIntervalMs: options.listIntervalMs } : {}),
    ...(options.listWindowMs !== undefined ? { listWindowMs: options.listWindowMs } : {}),
  });
  let running: Promise<OutboxSyncStatus> | null = null;
  let again = false;
  let timer: unknown = null;
  let stopped = false;
  let paused = false;
  const reportedAttention = new Set<string>();

  async function refreshCounts(): Promise<void> {
    const counts = await countOutbox(options.db);
    status.pending = counts.pending;
    status.needsAttention = counts.needsAttention;
    if (counts.needsAttention === 0) return;
    const attention = await options.db.outbox.where('state').equals('needs_attention').toArray();
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

  function publish(): void {
    options.onStatus?.({ ...status });
  }

  /** Writes what the journal lacks; the journal is level again when this returns true. */
  async function catchUpJournal(entries?: JournalEntry[]): Promise<boolean> {
    const failuresBefore = journalFailures;
    try {
      const journaled = entries ?? (await options.bridge.invoke('journal:read', { company: options.db.company }));
      const missing = [...(await missingJournalLines(options.db, journaled, now())), ...(await missingCashLines(options.db, journaled, now()))];
      if (missing.length > 0) await options.bridge.invoke('journal:append', { entries: missing });
      // A write that failed meanwhile may be newer than what was read: still behind.
      status.journalBehind = journalFailures !== failuresBefore;
      return !status.journalBehind;
    } catch {
      status.journalBehind = true;
      return false;
    }
  }

  function schedule(at: number | null): void {
    if (stopped) return;
    if (timer !== null) timers.clear(timer);
    const interval = options.intervalMs ?? 60_000;
    const delay = at === null ? interval : Math.max(1_000, Math.min(interval, at - now()));
    timer = timers.set(() => void sync(), delay);
  }

  /**
   * When Siigo last answered this PC (a probe, or sends that went through). Within
   * `PROBE_FRESH_MS` of it a pass skips the probe: on a busy counter a probe per sale was the
   * largest share of its requests after the sales themselves.
   */
  let answeredAt = Number.NEGATIVE_INFINITY;
  /** Someone asked (Sincronizar ahora, a reconnection, the tray): the next pass probes whatever. */
  let probeAsked = false;

  async function probe(): Promise<void> {
    const asked = probeAsked;
    probeAsked = false;
    if (!asked && status.reachable === true && now() - answeredAt < PROBE_FRESH_MS) return;
    try {
      await options.bridge.invoke('connection:probe', undefined, { priority: 'background' });
      status.reachable = true;
      answeredAt = now();
    } catch (error) {
      if (!(error instanceof BridgeError)) throw error;
      status.reachable = false;
    }
  }

  /**
   * DIAN checks while a replay drains a backlog: each time the watch is due, until the replay
   * ends, so statuses already answered are not held behind minutes of sends. Resolves to how
   * many documents changed status.
   */
  async function watchStampsDuring(replaying: Promise<unknown>): Promise<number> {
    let done = false;
    const ended = replaying.then(
      () => (done = true),
      () => (done = true),
    );
    let changed = 0;
    while (!done) {
      changed += await stamps.run();
      const due = await stamps.nextDueAt();
      if (done) break;
      let handle: unknown = null;
      await Promise.race([
        ended,
        new Promise<void>((resolve) => (handle = timers.set(resolve, Math.max(1_000, (due ?? now() + STAMP_IDLE_MS) - now())))),
      ]);
      if (handle !== null) timers.clear(handle);
    }
    return changed;
  }

  async function pass(): Promise<void> {
    status.running = true;
    publish();
    if (status.journalBehind) await catchUpJournal();
    await probe();
    if (status.reachable && !paused) {
      const sendsFrom = new Date(now()).toISOString();
      const replaying = replay.run();
      const [report, stampChanges] = await Promise.all([replaying, watchStampsDuring(replaying)]);
      status.lastReport = report;
      if (report.sent > 0) answeredAt = now();
      // A DIAN answer may release credit notes waiting for their invoice's (see replay-engine).
      if (stampChanges + (await stamps.run()) > 0) {
        const released = await replay.run();
        status.lastReport = { ...released, sent: status.lastReport.sent + released.sent, failed: status.lastReport.failed + released.failed };
      }
      // A send that failed may mean the line went: the next pass probes again.
      if (status.lastReport.failed > 0) answeredAt = Number.NEGATIVE_INFINITY;
      // Recibos sent in this pass: fetch their customers' accounts again, in the background (the
      // pass does not wait), so Cartera shows Siigo's balance; until then it keeps taking them off
      // the old one, marked pending.
      if (status.lastReport.sent > 0) void confirmSentReceipts(options.db, options.bridge, { sentSince: sendsFrom }).catch(() => 0);
      if (status.lastReport.failed === 0) {
        status.lastSuccessAt = new Date(now()).toISOString();
        options.lastSync?.save(status.lastSuccessAt);
      }
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
    /**
     * Restores from main's journal what the database lost, writes to the journal what it lacks,
     * then runs a first pass.
     */
    async start(): Promise<OutboxSyncStatus> {
      await refreshCounts();
      publish();
      const entries = await options.bridge.invoke('journal:read', { company: options.db.company });
      await restoreFromJournal(options.db, entries);
      await restoreCashFromJournal(options.db, entries);
      await catchUpJournal(entries);
      return sync();
    },
    /** "Sincronizar ahora", a reconnection, the tray: asks Siigo first, whenever it last answered. */
    trigger(): Promise<OutboxSyncStatus> {
      probeAsked = true;
      return sync();
    },
    /**
     * The one way a document enters the outbox: checked against Siigo's rules, queued (document
     * and operation in one transaction), journaled, and sent as soon as Siigo can be reached.
     * Resolves once it is safe on this PC; the issues by field when it cannot be queued.
     */
    async queue(input: DocumentToQueue): Promise<ConfirmResult> {
      const result = await confirmDocument(options.db, input, journal);
      if (result.ok) void sync().catch(() => undefined);
      return result;
    },
    /** Sends again a document that needs attention: unchanged with its key, or corrected with a new one. */
    async resend(documentId: string, correctedBody?: unknown): Promise<void> {
      await resendDocument(options.db, documentId, journal, correctedBody);
      void sync().catch(() => undefined);
    },
    /** Drops a document that will not be sent, with the user's reason. */
    async discard(documentId: string, reason: string): Promise<void> {
      await discardDocument(options.db, documentId, reason, journal);
      await refreshCounts();
      publish();
    },
    /** Main's journal for what else exists only on this PC (cash sessions); never throws, catches up later. */
    journal,
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
