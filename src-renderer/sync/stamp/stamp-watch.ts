import { BridgeError, type BridgeClient } from '../../../src-shared/ipc/client';
import { nextStampCheckAfter, nextStampCheckAt } from '../../../src-shared/outbox/stamp-schedule';
import type { MostradorDB } from '../../data/db';
import type { DocumentRow, StampWatchRow } from '../../data/outbox/rows';
import { kindOf, recordOutcomes, type DianStatusChange, type StampOutcome } from './stamp-outcomes';
import { invoiceErrors, listStamps, readStamp, type StampRead, type WatchedKind } from './stamp-reads';

export type { DianStatusChange } from './stamp-outcomes';

/** Between two list passes, while documents are young. */
export const DEFAULT_LIST_INTERVAL_MS = 45_000;
/**
 * Documents younger than this are checked by list. The DIAN answers most within a minute; one
 * still Draft after this is on the slow (half-hourly, then hourly) part of the schedule, and is
 * asked with its own GET so a list never has to reach back hours of the company's documents.
 */
export const DEFAULT_LIST_WINDOW_MS = 20 * 60_000;
/**
 * `created_start` is matched against Siigo's clock, the watch's start is this PC's: the list
 * starts this much earlier. A document it still misses (a clock further off) gets its own GET.
 * Every minute of margin lists a minute more of the whole company's invoices: with five
 * counters selling 4 a minute each, 5 minutes made every list two pages instead of one.
 */
export const CLOCK_MARGIN_MS = 60_000;
/** A failing check past the 48-hour schedule is tried again this much later. */
const POSTPONE_PAST_SCHEDULE_MS = 60 * 60_000;

export interface StampWatchOptions {
  db: MostradorDB;
  bridge: BridgeClient;
  now?: () => number;
  onChange?: (change: DianStatusChange) => void;
  /**
   * 'list' (default): one pass asks Siigo with list requests (`created_start`, 100 a page) and
   * answers for every watched document at once. 'each': one GET per document on its own
   * schedule (the earlier design, kept so the bench can compare both in one run).
   */
  checkBy?: 'list' | 'each';
  /** Least time between two list passes. Default 45 s. */
  listIntervalMs?: number;
  /** Documents older than this are asked one by one. Default 20 minutes. */
  listWindowMs?: number;
}

interface Watched {
  watch: StampWatchRow;
  document: DocumentRow;
}

/**
 * Follows the DIAN status of sent electronic invoices and credit notes until the DIAN answers:
 * Accepted keeps the CUFE (CUDE for notes); Rejected fetches the reasons (`/stamp/errors` for an
 * invoice, the note's own stamp for a note); Unanswered after 48 h. Every change is stored with
 * an audit line and reported. A check that fails to reach Siigo changes nothing.
 */
export function createStampWatch(options: StampWatchOptions) {
  const now = options.now ?? (() => Date.now());
  const checkBy = options.checkBy ?? 'list';
  const listIntervalMs = options.listIntervalMs ?? DEFAULT_LIST_INTERVAL_MS;
  const listWindowMs = options.listWindowMs ?? DEFAULT_LIST_WINDOW_MS;
  /** When the last list pass was attempted (this window's life; a restart lists at once). */
  let lastListAt: number | null = null;
  let running: Promise<number> | null = null;

  /** The creation response already said Rejected: only the reasons are missing. */
  const knownRejected = (w: Watched) => w.document.dian?.status === 'Rejected';
  /** Listed: young, not known Rejected, and no credit note of this PC waiting for its answer. */
  const listableAt = (w: Watched, at: number, awaited: Set<string>) =>
    !knownRejected(w) && !awaited.has(w.watch.documentId) && at - w.watch.startedAt <= listWindowMs;

  /**
   * Invoices a queued credit note waits for (the note leaves only after its invoice's DIAN
   * answer, see replay-engine): asked alone on their own schedule, not held to the list
   * interval, so a return at the counter is not delayed by it.
   */
  async function awaitedByNotes(): Promise<Set<string>> {
    const active = await Promise.all((['queued', 'retrying', 'sending'] as const).map((state) => options.db.outbox.where('state').equals(state).toArray()));
    return new Set(active.flat().flatMap((op) => (op.kind === 'creditNote' ? op.dependsOn : [])));
  }

  async function withDocuments(watches: StampWatchRow[]): Promise<Watched[]> {
    const documents = await options.db.documents.bulkGet(watches.map((w) => w.documentId));
    const found: Watched[] = [];
    const orphans: string[] = [];
    watches.forEach((watch, i) => {
      const document = documents[i];
      if (document) found.push({ watch, document });
      else orphans.push(watch.documentId);
    });
    if (orphans.length > 0) await options.db.stampWatch.bulkDelete(orphans);
    return found;
  }

  async function judge({ watch, document }: Watched, read: StampRead, at: number): Promise<StampOutcome> {
    const base = { documentId: document.id, kind: kindOf(document), name: read.name };
    if (read.status === 'Accepted') return { watch, document, change: { ...base, status: 'Accepted', cufe: read.code, errors: [] }, next: null };
    if (read.status === 'Rejected') return { watch, document, change: { ...base, status: 'Rejected', cufe: null, errors: await read.errors() }, next: null };
    // Draft, or a status Siigo may add later: ask again on the schedule, Unanswered past it.
    const next = checkBy === 'each' ? nextStampCheckAt(watch.startedAt, watch.checks + 1) : nextStampCheckAfter(watch.startedAt, at);
    return { watch, document, change: next === null ? { ...base, status: 'Unanswered', cufe: null, errors: [] } : null, next };
  }

  /** One document with its own request(s). */
  async function checkOne(watched: Watched, at: number): Promise<StampOutcome> {
    const { watch, document } = watched;
    if (knownRejected(watched) && document.kind !== 'creditNote') {
      const errors = await invoiceErrors(options.bridge, watch.siigoId);
      return { watch, document, change: { documentId: document.id, kind: 'invoice', name: document.siigo?.name ?? null, status: 'Rejected', cufe: null, errors }, next: null };
    }
    return judge(watched, await readStamp(options.bridge, kindOf(document), watch.siigoId), at);
  }

  /**
   * One list pass for one kind: every page since the earliest due document. The due ones are
   * judged; a not-yet-due one the list shows answered is settled too (the answer is already
   * here); a due one the list lacks is returned for its own GET.
   */
  async function listPass(kind: WatchedKind, due: Watched[], at: number, outcomes: StampOutcome[]): Promise<Watched[]> {
    const since = Math.min(...due.map((w) => w.watch.startedAt)) - CLOCK_MARGIN_MS;
    const { stamps } = await listStamps(options.bridge, kind, since);
    const missing: Watched[] = [];
    for (const watched of due) {
      const read = stamps.get(watched.watch.siigoId);
      if (!read) missing.push(watched);
      else outcomes.push(await judge(watched, read, at));
    }
    const dueIds = new Set(due.map((w) => w.watch.documentId));
    const early = (await options.db.stampWatch.where('nextCheckAt').above(at).toArray()).filter((w) => {
      const status = stamps.get(w.siigoId)?.status;
      return !dueIds.has(w.documentId) && (status === 'Accepted' || status === 'Rejected');
    });
    for (const watched of await withDocuments(early)) {
      if (kindOf(watched.document) === kind) outcomes.push(await judge(watched, stamps.get(watched.watch.siigoId)!, at));
    }
    return missing;
  }

  /** One step of a pass; what earlier steps found is kept when this one cannot reach Siigo. */
  async function attempt(step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (error) {
      // Offline or Siigo busy: the schedule is unchanged, the next pass tries again.
      if (!(error instanceof BridgeError)) throw error;
    }
  }

  async function runOnce(): Promise<number> {
    const at = now();
    const due = await withDocuments(await options.db.stampWatch.where('nextCheckAt').belowOrEqual(at).toArray());
    if (due.length === 0) return 0;
    const outcomes: StampOutcome[] = [];
    let singles: Watched[] = due;
    if (checkBy === 'list') {
      const awaited = await awaitedByNotes();
      const listable = (w: Watched) => listableAt(w, at, awaited);
      singles = due.filter((w) => !listable(w));
      const byKind = new Map<WatchedKind, Watched[]>();
      for (const w of due.filter(listable)) {
        const group = byKind.get(kindOf(w.document));
        if (group) group.push(w);
        else byKind.set(kindOf(w.document), [w]);
      }
      if (byKind.size > 0 && (lastListAt === null || at - lastListAt >= listIntervalMs)) {
        // Counted when attempted: a failed list (offline, 429) also waits the interval.
        lastListAt = at;
        for (const [kind, watched] of byKind) {
          await attempt(async () => {
            singles.push(...(await listPass(kind, watched, at, outcomes)));
          });
        }
      }
    }
    const postponed: Array<{ documentId: string; next: number }> = [];
    for (const watched of singles) {
      try {
        outcomes.push(await checkOne(watched, at));
      } catch (error) {
        if (!(error instanceof BridgeError)) throw error;
        // Offline: the schedule is unchanged, and the outbox asks again once Siigo answers.
        if (error.failure.kind === 'offline') continue;
        // Siigo busy, or the document gone from Siigo: asked again later on the schedule (never
        // sooner than a list interval), not on every pass, which a failing request would
        // otherwise repeat every second and count against the whole company's budget.
        const next = nextStampCheckAfter(watched.watch.startedAt, at + listIntervalMs) ?? at + POSTPONE_PAST_SCHEDULE_MS;
        postponed.push({ documentId: watched.watch.documentId, next });
      }
    }
    // Only the watch moves: the document keeps what it knew (a rejection whose reasons failed to come stays Rejected).
    for (const { documentId, next } of postponed) await options.db.stampWatch.update(documentId, { nextCheckAt: next });
    await recordOutcomes(options.db, outcomes, new Date(at).toISOString());
    const changes = outcomes.flatMap((o) => (o.change ? [o.change] : []));
    for (const change of changes) options.onChange?.(change);
    return changes.length;
  }

  return {
    /** Checks what is due; resolves to how many documents changed status. Single-flight. */
    run(): Promise<number> {
      running ??= runOnce().finally(() => {
        running = null;
      });
      return running;
    },
    /**
     * When the next check is due (ms epoch), or null when nothing is watched. By list, a
     * young document waits for the list interval since the last list pass.
     */
    async nextDueAt(): Promise<number | null> {
      if (checkBy === 'each') return (await options.db.stampWatch.orderBy('nextCheckAt').first())?.nextCheckAt ?? null;
      const watched = await withDocuments(await options.db.stampWatch.toArray());
      const awaited = await awaitedByNotes();
      const floor = lastListAt === null ? -Infinity : lastListAt + listIntervalMs;
      const dues = watched.map((w) => (listableAt(w, w.watch.nextCheckAt, awaited) ? Math.max(w.watch.nextCheckAt, floor) : w.watch.nextCheckAt));
      return dues.length > 0 ? Math.min(...dues) : null;
    },
  };
}
