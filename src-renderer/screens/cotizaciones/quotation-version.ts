import type { QuotationCreate } from '../../../src-shared/siigo';
import type { MostradorDB } from '../../data/db';
import type { DocumentRow, UpdateTarget } from '../../data/outbox/rows';
import { validUntilOf } from './quotation-draft';

/**
 * A quotation as it is now: its last edit confirmed on this PC (sent or still waiting), else as
 * it was created. `pendingChanges`: an edit has not reached Siigo yet ("Cambios pendientes de
 * enviar a Siigo"). An edit merged into a creation still in the queue changed the creation itself.
 */
export interface QuotationVersion {
  body: Partial<QuotationCreate>;
  summary: DocumentRow['summary'];
  /** yyyy-MM-dd, '' when unknown. */
  validUntil: string;
  pendingChanges: boolean;
  /** The edits waiting (none sent yet, or refused), for the seller to find them in Documentos. */
  pendingEditIds: string[];
  /** The document this version is read from (the last edit, else the quotation). */
  sourceId: string;
}

/** The record an edit of this quotation names (see queue-update.ts). */
export const quotationTarget = (quotation: Pick<DocumentRow, 'id' | 'siigo'>): UpdateTarget => ({ siigoId: quotation.siigo?.id ?? null, documentId: quotation.id });

const counts = (edit: DocumentRow) => edit.state !== 'draft' && edit.state !== 'discarded';

function versionOf(quotation: DocumentRow, edits: readonly DocumentRow[]): QuotationVersion {
  const kept = edits.filter(counts).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const last = kept.at(-1);
  const summary = { ...quotation.summary, ...(last?.summary ?? {}) };
  const pending = kept.filter((edit) => edit.state !== 'sent');
  return {
    body: ((last ?? quotation).body ?? {}) as Partial<QuotationCreate>,
    summary,
    validUntil: validUntilOf({ summary }),
    pendingChanges: pending.length > 0,
    pendingEditIds: pending.map((edit) => edit.id),
    sourceId: (last ?? quotation).id,
  };
}

/**
 * The current versions of several quotations in one read of the edits (`quotationUpdate`
 * documents, by the `kind` index), each matched to its quotation by local id or Siigo id.
 */
export async function quotationVersions(db: MostradorDB, quotations: readonly DocumentRow[]): Promise<Map<string, QuotationVersion>> {
  const byName = new Map<string, string>();
  for (const q of quotations) {
    byName.set(q.id, q.id);
    if (q.siigo?.id) byName.set(q.siigo.id, q.id);
  }
  const edits = new Map<string, DocumentRow[]>();
  const all = quotations.some((q) => q.state !== 'draft') ? await db.documents.where('kind').equals('quotationUpdate').toArray() : [];
  for (const edit of all) {
    const owner = (edit.target?.documentId && byName.get(edit.target.documentId)) || (edit.target?.siigoId && byName.get(edit.target.siigoId));
    if (!owner) continue;
    edits.set(owner, [...(edits.get(owner) ?? []), edit]);
  }
  return new Map(quotations.map((q) => [q.id, versionOf(q, edits.get(q.id) ?? [])]));
}

export async function quotationVersion(db: MostradorDB, quotation: DocumentRow): Promise<QuotationVersion> {
  return (await quotationVersions(db, [quotation])).get(quotation.id)!;
}
