import type { OperationKind } from '../../src-shared/outbox/states';
import type { MostradorDB } from '../data/db';
import type { DocumentRow } from '../data/outbox/rows';

/**
 * The most recently edited draft of a kind: what a screen restores after a reload or crash.
 * Read by state, not kind: a shop holds a few drafts but a year of sent invoices, which the
 * Venta screen would otherwise read in full each time it opens.
 */
export async function latestDraft(db: MostradorDB, kind: OperationKind): Promise<DocumentRow | undefined> {
  const drafts = (await db.documents.where('state').equals('draft').toArray()).filter((d) => d.kind === kind);
  return drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}
