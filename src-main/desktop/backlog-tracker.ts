import type { ShellSyncStatus } from '../../src-shared/ipc/desktop';

export interface BacklogSummary {
  sent: number;
  needsAttention: number;
}

/**
 * Notices when a backlog finishes replaying: documents piled up (while offline, while paused, or
 * at least `minimum` of them) and the outbox is now empty. Everyday single sends while online
 * are not a backlog and get no summary.
 */
export function createBacklogTracker(minimum = 5) {
  let previousPending = 0;
  let queued = 0;
  let attentionAtStart = 0;
  let interrupted = false;

  return {
    observe(status: ShellSyncStatus, paused: boolean): BacklogSummary | null {
      if (queued === 0 && status.pending > 0) attentionAtStart = status.needsAttention;
      if (status.pending > previousPending) queued += status.pending - previousPending;
      previousPending = status.pending;
      if (status.pending > 0 && (!status.reachable || paused)) interrupted = true;
      if (status.pending > 0 || status.running || !status.reachable || queued === 0) return null;

      const newAttention = Math.max(0, status.needsAttention - attentionAtStart);
      const summary = interrupted || queued >= minimum ? { sent: Math.max(0, queued - newAttention), needsAttention: newAttention } : null;
      queued = 0;
      interrupted = false;
      return summary;
    },
  };
}
