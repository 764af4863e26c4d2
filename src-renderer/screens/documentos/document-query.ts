import type { Collection } from 'dexie';
import type { MostradorDB } from '../../data/db';
import type { DocumentRow } from '../../data/outbox/rows';
import { documentMatcher, queryPlan, type DocumentFilter } from './document-filters';

const pendingStates: ReadonlyArray<DocumentRow['state']> = ['queued', 'sending', 'retrying'];

/**
 * The documents the filter shows, read through the narrowest index there is (`queryPlan`);
 * `ordered` says the collection is already newest first (ids are ULIDs: creation order).
 */
function matching(db: MostradorDB, filter: DocumentFilter): { collection: Collection<DocumentRow, string>; ordered: boolean } {
  const matches = documentMatcher(filter);
  const plan = queryPlan(filter);
  switch (plan.index) {
    case 'pending':
      return { collection: db.documents.where('state').anyOf(pendingStates).filter(matches), ordered: false };
    case 'state':
      return { collection: db.documents.where('state').equals(plan.value).reverse().filter(matches), ordered: true };
    case 'kind':
      return { collection: db.documents.where('kind').equals(plan.value).reverse().filter(matches), ordered: true };
    case 'id':
      return { collection: db.documents.orderBy(':id').reverse().filter(matches), ordered: true };
  }
}

const newestFirst = (a: DocumentRow, b: DocumentRow) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** The first `limit` documents shown, newest first; Dexie stops reading once they are found. */
export async function shownDocuments(db: MostradorDB, filter: DocumentFilter, limit: number): Promise<DocumentRow[]> {
  const { collection, ordered } = matching(db, filter);
  if (ordered) return collection.limit(limit).toArray();
  return (await collection.toArray()).sort(newestFirst).slice(0, limit);
}

/** Every document shown, newest first (for the CSV). */
export async function allShownDocuments(db: MostradorDB, filter: DocumentFilter): Promise<DocumentRow[]> {
  const { collection, ordered } = matching(db, filter);
  const rows = await collection.toArray();
  return ordered ? rows : rows.sort(newestFirst);
}

/** Walks every document shown without keeping them (for the totals of tens of thousands). */
export async function eachShownDocument(db: MostradorDB, filter: DocumentFilter, visit: (document: DocumentRow) => void): Promise<void> {
  await matching(db, filter).collection.each(visit);
}
