import type { OperationKind } from '../../src-shared/outbox/states';
import type { MostradorDB } from '../data/db';
import type { DocumentRow } from '../data/outbox/rows';

/** The most recently edited draft of a kind: what a screen restores after a reload or crash. */
export async function latestDraft(db: MostradorDB, kind: OperationKind): Promise<DocumentRow | undefined> {
  const drafts = (await db.documents.where('kind').equals(kind).toArray()).filter((d) => d.state === 'draft');
  return drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}
