import type { QuotationCreate } from '../../../src-shared/siigo';
import type { MostradorDB } from '../../data/db';
import type { DocumentRow, UpdateTarget } from '../../data/outbox/rows';
import { validUntilOf } from './quotation-draft';

/**
 * A quotation as it is now: its last edit confirmed on this PC (sent, still waiting or refused),
 * else as it was created. `pendingChanges`: an edit is on its way to Siigo ("Cambios pendientes
 * de enviar a Siigo"); `refusedEditIds`: Siigo refused one, which will not get there until it is
 * corrected in Documentos ("Siigo no aceptó los cambios"). An edit merged into a creation still
 * in the queue changed the creation itself.
 */
export interface QuotationVersion {
  body: Partial<QuotationCreate>;
  summary: DocumentRow['summary'];
  /** yyyy-MM-dd, '' when unknown. */
  validUntil: string;
  pendingChanges: boolean;
  /** The edits on their way (queued, sending, retrying), for the seller to find them in Documentos. */
  pendingEditIds: string[];
  /** The edits Siigo refused (`needs_attention`), oldest first: Siigo still has the quotation without them. */
  refusedEditIds: string[];
  /** The document this version is read from (the last edit, else the quotation). */
  sourceId: string;
}

/** The record an edit of this quotation names (see queue-update.ts). */
export const quotationTarget = (quotation: Pick<DocumentRow, 'id' | 'siigo'>): UpdateTarget => ({ siigoId: quotation.siigo?.id ?? null, documentId: quotation.id });

const counts = (edit: DocumentRow) => edit.state !== 'draft' && edit.state !== 'discarded';

function versionOf(quotation: DocumentRow, edits: readonly DocumentRow[]): QuotationVersion {
  const kept = edits.filter(counts).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const last = kept.at(-1);
  // The validity is the last edit's own: an edit that cleared it has no label, and must not get
  // the quotation's old one back from the merge.
  const summary = last ? { ...quotation.summary, ...last.summary, label: last.summary.label } : quotation.summary;
  const pending = kept.filter((edit) => edit.state !== 'sent' && edit.state !== 'needs_attention');
  return {
    body: ((last ?? quotation).body ?? {}) as Partial<QuotationCreate>,
    summary,
    validUntil: validUntilOf({ summary }),
    pendingChanges: pending.length > 0,
    pendingEditIds: pending.map((edit) => edit.id),
    refusedEditIds: kept.filter((edit) => edit.state === 'needs_attention').map((edit) => edit.id),
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
