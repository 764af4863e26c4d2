import { identifierKey, indexTokens, matchesAllWords, queryWords } from '../../../src-shared/search';
import type { MostradorDB } from '../../data/db';
import { searchCustomers } from '../../data/mirror/search';
import type { DocumentRow } from '../../data/outbox/rows';
import { customerItemFromDocument, customerItemFromRow, isLocalCustomer, type CustomerItem } from './customer-item';
import { overlayEdit } from './load-customer';

export interface CustomerSearchPage {
  items: CustomerItem[];
  /** More mirror rows exist beyond `limit`. */
  more: boolean;
}

/** The same rule as the mirror's search, applied in memory to the few customers queued here. */
function localMatches(item: CustomerItem, text: string): boolean {
  const key = identifierKey(text);
  if (key !== '' && identifierKey(item.identification).startsWith(key)) return true;
  const words = queryWords(text);
  return words.length > 0 && matchesAllWords(indexTokens([item.name, item.commercialName]), words);
}

/** Customers created on this PC not yet mirrored (a sent one is dropped once the mirror has it). */
async function localCustomers(db: MostradorDB): Promise<CustomerItem[]> {
  const documents = (await db.documents.where('kind').equals('customer').toArray()).filter(isLocalCustomer);
  const items: CustomerItem[] = [];
  for (const document of documents) {
    if (document.siigo && (await db.customers.get(document.siigo.id))) continue;
    items.push(customerItemFromDocument(document));
  }
  return items;
}

/**
 * This PC's customer edits (few), newest last per customer, by the names an edit uses for its
 * customer: the Siigo id and the creating document.
 */
async function newestEdits(db: MostradorDB): Promise<Map<string, DocumentRow>> {
  const edits = (await db.documents.where('kind').equals('customerUpdate').toArray())
    .filter((edit) => edit.state !== 'discarded' && edit.state !== 'draft')
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  const byName = new Map<string, DocumentRow>();
  for (const edit of edits) {
    for (const name of [edit.target?.siigoId, edit.target?.documentId]) if (name) byName.set(name, edit);
  }
  return byName;
}

/** The list's items as this PC's edits leave them (the same rule as the detail's). */
async function withEdits(db: MostradorDB, items: CustomerItem[], rows: ReadonlyMap<string, string | null>): Promise<CustomerItem[]> {
  const edits = await newestEdits(db);
  if (edits.size === 0) return items;
  return items.map((item) => {
    const edit = (item.mirrorId ? edits.get(item.mirrorId) : undefined) ?? (item.document ? edits.get(item.document.id) : undefined);
    return overlayEdit(item, edit, item.mirrorId ? (rows.get(item.mirrorId) ?? null) : null);
  });
}

/**
 * The customer list: queued customers first (few, and the ones a cashier just created), then
 * the mirror's best matches. Without text it browses the mirror. Inactive customers only when
 * asked for. Accents, case, dots in identifications do not matter (shared normalization).
 */
export async function findCustomers(
  db: MostradorDB,
  text: string,
  options: { limit: number; includeInactive: boolean },
): Promise<CustomerSearchPage> {
  const trimmed = text.trim();
  const local = (await localCustomers(db)).filter(
    (item) => (options.includeInactive || item.active) && (trimmed === '' || localMatches(item, trimmed)),
  );
  if (trimmed === '') {
    const rows = await db.customers
      .orderBy('id')
      .filter((row) => options.includeInactive || row.active)
      .limit(options.limit + 1)
      .toArray();
    const shown = rows.slice(0, options.limit);
    const items = await withEdits(db, [...local, ...shown.map(customerItemFromRow)], new Map(shown.map((row) => [row.id, row.lastUpdated])));
    return { items, more: rows.length > options.limit };
  }
  const page = await searchCustomers(db, trimmed, { limit: options.limit, includeInactive: options.includeInactive });
  const items = await withEdits(db, [...local, ...page.results.map(customerItemFromRow)], new Map(page.results.map((row) => [row.id, row.lastUpdated])));
  return { items, more: page.next !== null };
}
