import { dianDocumentWords } from '../../../src-shared/ipc/desktop';
import type { MostradorDB } from '../../data/db';
import { recordAudit } from '../../data/outbox/audit';
import type { DocumentRow, StampWatchRow } from '../../data/outbox/rows';

/** A change of a document's DIAN status, for the window and the tray's notifications. */
export interface DianStatusChange {
  documentId: string;
  /** A credit note's answer is worded as such (nota crédito, CUDE). */
  kind: 'invoice' | 'creditNote';
  name: string | null;
  status: 'Accepted' | 'Rejected' | 'Unanswered';
  cufe: string | null;
  /** Rejected: the DIAN's reasons, first one first. */
  errors: string[];
}

/** What one check found for one watched document. */
export interface StampOutcome {
  watch: StampWatchRow;
  document: DocumentRow;
  /** The DIAN's answer (or Unanswered after 48 h); null while the document is still Draft. */
  change: DianStatusChange | null;
  /** Still Draft: when to ask again. */
  next: number | null;
}

export const kindOf = (document: DocumentRow): DianStatusChange['kind'] => (document.kind === 'creditNote' ? 'creditNote' : 'invoice');

function auditDetail(document: DocumentRow, change: DianStatusChange | null, status: DianStatusChange['status']): string {
  const words = dianDocumentWords[kindOf(document)];
  if (status === 'Accepted') return `Aceptada por la DIAN. ${words.code} ${change?.cufe ?? ''}`;
  if (status === 'Rejected') return `Rechazada por la DIAN: ${(change?.errors ?? []).join('; ')}`;
  return `Sin respuesta de la DIAN tras 48 horas: revise la ${words.one.toLowerCase()} en Siigo Nube`;
}

/**
 * Stores what a pass found, in one transaction: a Draft document is rescheduled and its check
 * time kept; an answered one loses its watch, gets its `dian` and an audit line.
 */
export async function recordOutcomes(db: MostradorDB, outcomes: readonly StampOutcome[], at: string): Promise<void> {
  if (outcomes.length === 0) return;
  await db.transaction('rw', [db.documents, db.stampWatch, db.audit], async () => {
    for (const { watch, document, change, next } of outcomes) {
      if (change === null && next !== null) {
        await db.stampWatch.put({ ...watch, checks: watch.checks + 1, nextCheckAt: next });
        await db.documents.update(document.id, { dian: { ...(document.dian ?? { cufe: null, errors: [] }), status: 'Draft', checkedAt: at } });
        continue;
      }
      await db.stampWatch.delete(watch.documentId);
      const status = change?.status ?? 'Unanswered';
      await db.documents.update(document.id, {
        dian: { status, cufe: change?.cufe ?? null, errors: change?.errors ?? [], checkedAt: at },
        updatedAt: at,
      });
      await recordAudit(db, {
        at,
        documentId: document.id,
        event: `dian-${status.toLowerCase()}`,
        from: document.dian?.status ?? null,
        to: status,
        detail: auditDetail(document, change, status),
      });
    }
  });
}
