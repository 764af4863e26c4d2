import { BridgeError, type BridgeClient } from '../../../src-shared/ipc/client';
import { dianDocumentWords } from '../../../src-shared/ipc/desktop';
import { nextStampCheckAt } from '../../../src-shared/outbox/stamp-schedule';
import { isKnownStampStatus } from '../../../src-shared/siigo';
import type { MostradorDB } from '../../data/db';
import { recordAudit } from '../../data/outbox/audit';
import type { DocumentRow, StampWatchRow } from '../../data/outbox/rows';

/** A change of an invoice's DIAN status, for the window and the tray's notifications. */
const kindOf = (document: DocumentRow): DianStatusChange['kind'] => (document.kind === 'creditNote' ? 'creditNote' : 'invoice');

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

export interface StampWatchOptions {
  db: MostradorDB;
  bridge: BridgeClient;
  now?: () => number;
  onChange?: (change: DianStatusChange) => void;
}

const background = { priority: 'background' } as const;

/**
 * Polls Siigo for the DIAN status of sent electronic invoices on the schedule of
 * `nextStampCheckAt` (seconds at first, hourly later, 48 h at most). Accepted keeps the CUFE;
 * Rejected fetches `/stamp/errors`. Every change is stored with an audit line and reported.
 */
export function createStampWatch(options: StampWatchOptions) {
  const now = options.now ?? (() => Date.now());
  let running: Promise<number> | null = null;

  async function settle(watch: StampWatchRow, document: DocumentRow, change: DianStatusChange | null, next: number | null): Promise<void> {
    const at = new Date(now()).toISOString();
    await options.db.transaction('rw', [options.db.documents, options.db.stampWatch, options.db.audit], async () => {
      if (change === null && next !== null) {
        await options.db.stampWatch.put({ ...watch, checks: watch.checks + 1, nextCheckAt: next });
        await options.db.documents.update(document.id, { dian: { ...(document.dian ?? { cufe: null, errors: [] }), status: 'Draft', checkedAt: at } });
        return;
      }
      await options.db.stampWatch.delete(watch.documentId);
      const status = change?.status ?? 'Unanswered';
      await options.db.documents.update(document.id, {
        dian: { status, cufe: change?.cufe ?? null, errors: change?.errors ?? [], checkedAt: at },
        updatedAt: at,
      });
      await recordAudit(options.db, {
        at,
        documentId: document.id,
        event: `dian-${status.toLowerCase()}`,
        from: document.dian?.status ?? null,
        to: status,
        detail:
          status === 'Accepted'
            ? `Aceptada por la DIAN. ${dianDocumentWords[kindOf(document)].code} ${change?.cufe ?? ''}`
            : status === 'Rejected'
              ? `Rechazada por la DIAN: ${(change?.errors ?? []).join('; ')}`
              : `Sin respuesta de la DIAN tras 48 horas: revise la ${dianDocumentWords[kindOf(document)].one.toLowerCase()} en Siigo Nube`,
      });
    });
  }

  /**
   * The DIAN state of a sent document: an invoice's CUFE and `/stamp/errors`; a credit note's
   * CUDE and the errors on its stamp (Siigo has no stamp-errors route for notes).
   */
  async function stampOf(kind: DocumentRow['kind'], id: string): Promise<{ name: string; status: string; code: string | null; errors: () => Promise<string[]> }> {
    if (kind === 'creditNote') {
      const note = await options.bridge.invoke('credit-notes:get', { id }, background);
      const stamp = note.stamp;
      const errors = typeof stamp?.errors === 'string' && stamp.errors.trim() !== '' ? [stamp.errors] : [];
      return { name: note.name, status: stamp?.status ?? 'Draft', code: stamp?.cude ?? stamp?.cufe ?? null, errors: () => Promise.resolve(errors.length > 0 ? errors : ['La DIAN rechazó la nota crédito; revise el detalle en Siigo Nube']) };
    }
    const invoice = await options.bridge.invoke('invoices:get', { id }, background);
    return {
      name: invoice.name,
      status: invoice.stamp?.status ?? 'Draft',
      code: invoice.stamp?.cufe ?? invoice.cufe ?? null,
      errors: async () => (await options.bridge.invoke('invoices:stamp-errors', { id }, background)).errors.map((e) => e.message),
    };
  }

  async function check(watch: StampWatchRow): Promise<boolean> {
    const document = await options.db.documents.get(watch.documentId);
    if (!document) {
      await options.db.stampWatch.delete(watch.documentId);
      return false;
    }
    const stamped = await stampOf(document.kind, watch.siigoId);
    const status = stamped.status;
    let change: DianStatusChange | null = null;
    if (status === 'Accepted') {
      change = { documentId: document.id, kind: kindOf(document), name: stamped.name, status, cufe: stamped.code, errors: [] };
    } else if (status === 'Rejected') {
      change = { documentId: document.id, kind: kindOf(document), name: stamped.name, status, cufe: null, errors: await stamped.errors() };
    } else if (!isKnownStampStatus(status) || status === 'Draft') {
      const next = nextStampCheckAt(watch.startedAt, watch.checks + 1);
      if (next === null) change = { documentId: document.id, kind: kindOf(document), name: stamped.name, status: 'Unanswered', cufe: null, errors: [] };
      await settle(watch, document, change, next);
      if (change) options.onChange?.(change);
      return change !== null;
    }
    await settle(watch, document, change, null);
    if (change) options.onChange?.(change);
    return true;
  }

  async function runOnce(): Promise<number> {
    const due = await options.db.stampWatch.where('nextCheckAt').belowOrEqual(now()).toArray();
    let changed = 0;
    for (const watch of due) {
      try {
        if (await check(watch)) changed += 1;
      } catch (error) {
        // Offline or Siigo busy: try again on the next pass, the schedule is unchanged.
        if (!(error instanceof BridgeError)) throw error;
      }
    }
    return changed;
  }

  return {
    /** Checks every invoice that is due; resolves to how many changed status. Single-flight. */
    run(): Promise<number> {
      running ??= runOnce().finally(() => {
        running = null;
      });
      return running;
    },
    /** When the next check is due (ms epoch), or null when nothing is watched. */
    async nextDueAt(): Promise<number | null> {
      const first = await options.db.stampWatch.orderBy('nextCheckAt').first();
      return first?.nextCheckAt ?? null;
    },
  };
}
