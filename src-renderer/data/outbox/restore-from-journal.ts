import type { JournalEntry } from '../../../src-shared/ipc/contract';
import { isIdempotent } from '../../../src-shared/outbox/states';
import type { MostradorDB } from '../db';
import { recordAudit } from './audit';
import type { DocumentRow, OutboxRow } from './rows';

interface Journaled {
  queued?: { operation: OutboxRow; document: DocumentRow };
  sent?: { siigo: DocumentRow['siigo'] };
  discarded: boolean;
  at: string;
}

/**
 * Puts back every journaled operation the database does not have (it was wiped, corrupted or
 * lost): pending ones with their original keys, looked up first when Siigo has no idempotency
 * for them; sent ones as sent, never to be resent, so that payments can still name their
 * invoice. Safe to run at every start: operations already present are left alone.
 */
export async function restoreFromJournal(db: MostradorDB, entries: readonly JournalEntry[]): Promise<{ pending: number; sent: number }> {
  const byOperation = new Map<string, Journaled>();
  for (const entry of entries) {
    // Another company's line never enters this company's database.
    if (entry.company !== db.company) continue;
    const record = byOperation.get(entry.operationId) ?? { discarded: false, at: entry.at };
    if (entry.event === 'queued') record.queued = entry.data as Journaled['queued'];
    if (entry.event === 'sent') record.sent = entry.data as Journaled['sent'];
    if (entry.event === 'discarded') record.discarded = true;
    byOperation.set(entry.operationId, record);
  }
  const restored = { pending: 0, sent: 0 };
  await db.transaction('rw', [db.outbox, db.documents, db.audit], async () => {
    for (const [operationId, record] of byOperation) {
      if (!record.queued || record.discarded || (await db.outbox.get(operationId))) continue;
      const { operation, document } = record.queued;
      const at = new Date().toISOString();
      if (record.sent) {
        await db.outbox.put({ ...operation, company: db.company, state: 'sent', sendingSince: null });
        await db.documents.put({ ...document, state: 'sent', siigo: record.sent.siigo, operationId, updatedAt: at });
        restored.sent += 1;
      } else {
        await db.outbox.put({ ...operation, company: db.company, state: 'queued', nextAttemptAt: 0, sendingSince: null, lookupFirst: !isIdempotent(operation.kind) });
        await db.documents.put({ ...document, state: 'queued', operationId, updatedAt: at });
        restored.pending += 1;
      }
      await recordAudit(db, {
        at,
        documentId: document.id,
        event: 'restored-from-journal',
        from: null,
        to: record.sent ? 'sent' : 'queued',
        detail: 'Recuperado del diario de respaldo tras perder la base de datos local',
      });
    }
  });
  return restored;
}
