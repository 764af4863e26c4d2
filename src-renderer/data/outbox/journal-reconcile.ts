import type { JournalEntry } from '../../../src-shared/ipc/contract';
import type { MostradorDB } from '../db';
import type { OutboxRow } from './rows';

/**
 * The journal lines this database holds and main's journal lacks: a queued operation whose
 * 'queued' line was never written (main was restarting, the disk refused it), a sent or
 * discarded one whose outcome was not. Written afterwards, they bring the journal level with the
 * database again, so a lost database can still be restored from it. Lines are what queueDocument,
 * markSent and the user's actions would have written, dated now.
 */
export async function missingJournalLines(db: MostradorDB, journaled: readonly JournalEntry[], now: number = Date.now()): Promise<JournalEntry[]> {
  const seen = new Set(journaled.map((entry) => `${entry.event}:${entry.operationId}`));
  const lacking = (operation: OutboxRow) =>
    !seen.has(`queued:${operation.id}`) ||
    (operation.state === 'sent' && !seen.has(`sent:${operation.id}`)) ||
    (operation.state === 'discarded' && !seen.has(`discarded:${operation.id}`));
  // Run at every start: only the operations that lack a line have their documents read.
  const operations = (await db.outbox.toArray()).filter(lacking);
  if (operations.length === 0) return [];
  const at = new Date(now).toISOString();
  const lines: JournalEntry[] = [];
  const documents = await db.documents.bulkGet(operations.map((op) => op.documentId));
  operations.forEach((operation, index) => {
    const document = documents[index];
    if (!document) return;
    const base = { company: operation.company, at, operationId: operation.id, documentId: operation.documentId };
    if (!seen.has(`queued:${operation.id}`)) lines.push({ ...base, event: 'queued', data: { operation, document } });
    if (operation.state === 'sent' && !seen.has(`sent:${operation.id}`) && document.operationId === operation.id) {
      lines.push({ ...base, event: 'sent', data: { siigo: document.siigo } });
    }
    if (operation.state === 'discarded' && !seen.has(`discarded:${operation.id}`)) {
      lines.push({ ...base, event: 'discarded', data: { reason: 'journaled late' } });
    }
  });
  return lines;
}
